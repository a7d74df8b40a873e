import { Card, SimpleGrid, Text, Title, UnstyledButton } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ACCESS } from '../access';
import { api, call } from '../api/client';
import type { CaseQuery } from '../api/cases';
import { type Session, useSession } from '../auth/session';
import { belgradeToday } from '../i18n/format';
import type { TextKey } from '../i18n/language';

/** A figure on the start page: how much waits on a screen, counted as that screen counts it. */
interface Glance {
  to: string;
  label: TextKey;
  count(): Promise<{ total: number }>;
}

const total = (request: Promise<{ data?: { total: number }; error?: unknown; response: Response }>) => call(request);

/** What waits for this user today, by the screens their positions give them. */
function glancesFor(session: Session): Glance[] {
  const today = belgradeToday();
  const me = session.me!.id;
  const unit = session.headOfUnits[0];
  const cases = (query: CaseQuery) => total(api.GET('/api/cases', { params: { query: { ...query, pageSize: 1 } } }));
  const glances: Array<Glance & { visible: boolean }> = [
    { to: '/registry/today', label: 'nav.today', visible: ACCESS.registry(session), count: () => cases({ receivedFrom: today, receivedTo: today }) },
    { to: '/registry/outgoing', label: 'nav.outgoing', visible: ACCESS.registry(session), count: () => total(api.GET('/api/outgoing-mail', { params: { query: { status: 'pending', pageSize: 1 } } })) },
    { to: '/my/cases', label: 'nav.myCases', visible: ACCESS.myWork(session), count: () => cases({ assigneeId: me, status: 'assigned,in_progress,on_hold' }) },
    { to: '/my/deliveries', label: 'nav.deliveries', visible: ACCESS.myWork(session), count: () => total(api.GET('/api/deliveries', { params: { query: { pending: true, toUserId: me, pageSize: 1 } } })) },
    { to: '/unit/assign', label: 'nav.toAssign', visible: ACCESS.unitHead(session) && !!unit, count: () => cases({ orgUnitId: unit, status: 'registered' }) },
    { to: '/unit/overdue', label: 'nav.overdue', visible: ACCESS.unitHead(session) && !!unit, count: () => cases({ orgUnitId: unit, overdue: true }) },
    { to: '/archive/incoming', label: 'nav.archiveIncoming', visible: ACCESS.archiveWork(session), count: () => cases({ status: 'closed' }) },
    { to: '/archive/loans', label: 'nav.loans', visible: ACCESS.lending(session), count: () => total(api.GET('/api/archive/loans', { params: { query: { open: true, pageSize: 1 } } })) },
    { to: '/archive/disposal', label: 'nav.disposal', visible: ACCESS.disposal(session), count: () => total(api.GET('/api/archive/disposal-candidates', { params: { query: { pageSize: 1 } } })) },
  ];
  return glances.filter((glance) => glance.visible);
}

/** The start page's figures: each a link to the screen where that work waits. */
export function AtAGlance() {
  const { t } = useTranslation();
  const session = useSession();
  const glances = glancesFor(session);
  const counts = useQueries({ queries: glances.map((glance) => ({ queryKey: ['glance', glance.to, session.me!.id], queryFn: glance.count })) });
  if (glances.length === 0) return null;
  return (
    <section aria-labelledby="glance-title">
      <Title id="glance-title" order={2} size="h4" mb="xs">
        {t('home.glance')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
        {glances.map((glance, i) => (
          <UnstyledButton key={glance.to} component={Link} to={glance.to}>
            <Card withBorder padding="sm" role="group" aria-label={t(glance.label)} aria-busy={counts[i].isPending}>
              <Text size="sm" c="dimmed">
                {t(glance.label)}
              </Text>
              <Text fz={28} fw={700}>
                {counts[i].data?.total ?? '…'}
              </Text>
            </Card>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </section>
  );
}
