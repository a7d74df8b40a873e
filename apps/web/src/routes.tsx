import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { ACCESS } from './access';
import { useSession, type Session } from './auth/session';
import { ErrorAlert } from './components/ErrorAlert';
import { ApiError } from './api/problem';
import { AppLayout } from './layout/AppLayout';
import { RouteError } from './layout/RouteError';
import { SignInPage } from './pages/SignInPage';

/** Each screen is its own chunk: a clerk loads what their positions use. */
function page(load: () => Promise<{ default: ComponentType }>, when?: (session: Session) => boolean): ReactNode {
  const Page = lazy(load);
  return (
    <Guard when={when}>
      <Suspense
        fallback={
          <Center py="xl" aria-busy="true">
            <Loader size="sm" />
          </Center>
        }
      >
        <Page />
      </Suspense>
    </Guard>
  );
}

function Guard({ when, children }: { when?: (session: Session) => boolean; children: ReactNode }) {
  const session = useSession();
  if (when && !when(session)) return <ErrorAlert error={new ApiError({ status: 403, code: 'FORBIDDEN' })} />;
  return <>{children}</>;
}


const routes: RouteObject[] = [
  { path: '/login', element: <SignInPage />, errorElement: <RouteError /> },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: ([
      { index: true, element: page(() => import('./pages/HomePage')) },
      { path: 'search', element: page(() => import('./pages/cases/SearchPage'), ACCESS.search) },
      { path: 'cases/:id', element: page(() => import('./pages/cases/CasePage'), ACCESS.search) },
      { path: 'registry/intake', element: page(() => import('./pages/registry/IntakePage'), ACCESS.registry) },
      { path: 'registry/today', element: page(() => import('./pages/registry/TodayPage'), ACCESS.registry) },
      { path: 'registry/outgoing', element: page(() => import('./pages/registry/OutgoingMailPage'), ACCESS.registry) },
      { path: 'my/cases', element: page(() => import('./pages/work/MyCasesPage'), ACCESS.myWork) },
      { path: 'my/deliveries', element: page(() => import('./pages/work/DeliveriesPage'), ACCESS.search) },
      { path: 'unit/assign', element: page(() => import('./pages/unit/ToAssignPage'), ACCESS.unitHead) },
      { path: 'unit/workload', element: page(() => import('./pages/unit/WorkloadPage'), ACCESS.unitHead) },
      { path: 'unit/overdue', element: page(() => import('./pages/unit/OverduePage'), ACCESS.search) },
      { path: 'archive/incoming', element: page(() => import('./pages/archive/ArchiveIncomingPage'), ACCESS.archiveWork) },
      { path: 'archive/book', element: page(() => import('./pages/archive/ArchiveBookPage'), ACCESS.archive) },
      { path: 'archive/loans', element: page(() => import('./pages/archive/LoansPage'), ACCESS.lending) },
      { path: 'archive/disposal', element: page(() => import('./pages/archive/DisposalPage'), ACCESS.disposal) },
      { path: 'archive/disposal/:id', element: page(() => import('./pages/archive/DisposalListPage'), ACCESS.disposal) },
      { path: 'registers/housing-buyouts-calculator', element: page(() => import('./pages/registers/BuyoutCalculatorPage')) },
      { path: 'registers/attorney-calendar', element: page(() => import('./pages/registers/AttorneyCalendarPage'), (s) => s.can('read', 'AttorneyCase')) },
      { path: 'registers/:register', element: page(() => import('./pages/registers/RegisterListPage')) },
      { path: 'registers/:register/:id', element: page(() => import('./pages/registers/RegisterEntryPage')) },
      { path: 'reports', element: page(() => import('./pages/reports/ReportsPage'), ACCESS.reports) },
      { path: 'admin/users', element: page(() => import('./pages/admin/UsersPage'), ACCESS.users) },
      { path: 'admin/positions', element: page(() => import('./pages/admin/PositionsPage'), ACCESS.positions) },
      { path: 'admin/roles', element: page(() => import('./pages/admin/RolesPage'), ACCESS.roles) },
      { path: 'admin/units', element: page(() => import('./pages/admin/UnitsPage'), ACCESS.units) },
      { path: 'admin/classification', element: page(() => import('./pages/admin/ClassificationPage'), ACCESS.classification) },
      { path: 'admin/numbering', element: page(() => import('./pages/admin/NumberingPage'), ACCESS.numbering) },
      { path: 'admin/audit', element: page(() => import('./pages/admin/AuditPage'), ACCESS.audit) },
      { path: '*', element: page(() => import('./pages/NotFoundPage')) },
    ] as RouteObject[]).map((route) => ({ ...route, errorElement: <RouteError inFrame /> })),
  },
];

export const router = createBrowserRouter(routes);
