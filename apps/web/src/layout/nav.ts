import { ACCESS } from '../access';
import type { Session } from '../auth/session';
import type { TextKey } from '../i18n/language';
import { REGISTERS } from '../pages/registers/registry';

export interface NavItem {
  to: string;
  label: TextKey;
  visible(session: Session): boolean;
}

export interface NavSection {
  label: TextKey;
  items: NavItem[];
}

/** The menu, by the work each position does; a section shows when any of its items does. */
export const NAV: NavSection[] = [
  {
    label: 'nav.registry',
    items: [
      { to: '/registry/intake', label: 'nav.intake', visible: ACCESS.registry },
      { to: '/registry/today', label: 'nav.today', visible: ACCESS.registry },
      { to: '/registry/outgoing', label: 'nav.outgoing', visible: ACCESS.registry },
    ],
  },
  {
    label: 'nav.work',
    items: [
      { to: '/my/cases', label: 'nav.myCases', visible: ACCESS.myWork },
      { to: '/my/deliveries', label: 'nav.deliveries', visible: ACCESS.myWork },
    ],
  },
  {
    label: 'nav.unit',
    items: [
      { to: '/unit/assign', label: 'nav.toAssign', visible: ACCESS.unitHead },
      { to: '/unit/workload', label: 'nav.workload', visible: ACCESS.unitHead },
      { to: '/unit/overdue', label: 'nav.overdue', visible: ACCESS.unitHead },
    ],
  },
  {
    label: 'nav.cases',
    items: [{ to: '/search', label: 'nav.allCases', visible: ACCESS.search }],
  },
  {
    label: 'nav.archive',
    items: [
      { to: '/archive/incoming', label: 'nav.archiveIncoming', visible: ACCESS.archiveWork },
      { to: '/archive/book', label: 'nav.archiveBook', visible: ACCESS.archive },
      { to: '/archive/loans', label: 'nav.loans', visible: ACCESS.lending },
      { to: '/archive/disposal', label: 'nav.disposal', visible: ACCESS.disposal },
    ],
  },
  {
    label: 'nav.registers',
    items: [
      ...REGISTERS.map((register) => ({ to: `/registers/${register.path}`, label: `registers.${register.key}` as const, visible: (s: Session) => s.can('read', register.subject) })),
      { to: '/registers/housing-buyouts-calculator', label: 'nav.buyoutCalculator', visible: (s: Session) => s.can('read', 'HousingBuyout') },
      { to: '/registers/attorney-calendar', label: 'nav.attorneyCalendar', visible: (s: Session) => s.can('read', 'AttorneyCase') },
    ],
  },
  {
    label: 'nav.reports',
    items: [{ to: '/reports', label: 'nav.reports', visible: ACCESS.reports }],
  },
  {
    label: 'nav.admin',
    items: [
      { to: '/admin/users', label: 'nav.users', visible: ACCESS.users },
      { to: '/admin/positions', label: 'nav.positions', visible: ACCESS.positions },
      { to: '/admin/roles', label: 'nav.roles', visible: ACCESS.roles },
      { to: '/admin/units', label: 'nav.units', visible: ACCESS.units },
      { to: '/admin/classification', label: 'nav.classification', visible: ACCESS.classification },
      { to: '/admin/numbering', label: 'nav.numbering', visible: ACCESS.numbering },
      { to: '/admin/audit', label: 'nav.audit', visible: ACCESS.audit },
    ],
  },
];

export function visibleNav(session: Session): NavSection[] {
  return NAV.map((section) => ({ ...section, items: section.items.filter((item) => item.visible(session)) })).filter((section) => section.items.length > 0);
}
