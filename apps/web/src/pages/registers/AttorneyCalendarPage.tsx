import { Anchor, Badge, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { requestJson } from '../../api/client';
import type { Schemas } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { addDays, belgradeToday, formatDate, useScript } from '../../i18n/format';
import { registerByPath } from './registry';
import { valueLabel } from './useRegister';

const REGISTER = registerByPath('attorney-cases')!;
const BASE = `/api/registers/${REGISTER.path}`;
const PERIODS = [7, 14, 30, 60, 90];
const DEFAULT_PERIOD = 30;

type CalendarPage = Schemas['HearingCalendarPageDto'];
type DeadlinePage = Schemas['AppealDeadlinePageDto'];

/** Red once run out, orange within three days, yellow within a week. */
function deadlineColour(daysLeft: number): string {
  if (daysLeft < 0) return 'red';
  if (daysLeft <= 3) return 'orange';
  if (daysLeft <= 7) return 'yellow';
  return 'green';
}

/** The municipal attorney's calendar: hearings of the coming days and appeal deadlines running out. */
export default function AttorneyCalendarPage() {
  const { t, i18n } = useTranslation();
  const script = useScript();
  const labels = REGISTER.labels[i18n.language as keyof typeof REGISTER.labels] ?? REGISTER.labels['sr-Latn'];
  const [params, setParams] = useSearchParams();
  const days = PERIODS.includes(Number(params.get('days'))) ? Number(params.get('days')) : DEFAULT_PERIOD;
  const hearingPaging = usePaging(20, 'h');
  const deadlinePaging = usePaging(20, 'd');
  const today = belgradeToday();
  const until = addDays(today, days);
  const hearings = useQuery({
    queryKey: ['attorney-calendar', 'hearings', today, until, hearingPaging.page, hearingPaging.pageSize],
    queryFn: () => requestJson<CalendarPage>('GET', `${BASE}/hearings?${new URLSearchParams({ from: today, to: until, page: String(hearingPaging.page), pageSize: String(hearingPaging.pageSize) })}`),
    placeholderData: (previous) => previous,
  });
  const deadlines = useQuery({
    queryKey: ['attorney-calendar', 'deadlines', until, deadlinePaging.page, deadlinePaging.pageSize],
    queryFn: () => requestJson<DeadlinePage>('GET', `${BASE}/deadlines?${new URLSearchParams({ before: until, page: String(deadlinePaging.page), pageSize: String(deadlinePaging.pageSize) })}`),
    placeholderData: (previous) => previous,
  });
  const entryLink = (entry: Schemas['AttorneyCaseRefDto']) => (
    <Anchor component={Link} to={`/registers/${REGISTER.path}/${entry.id}`}>
      {entry.registryNumber}
    </Anchor>
  );
  const daysLeft = (item: Schemas['AppealDeadlineDto']) => (item.daysLeft === 0 ? t('attorneyCalendar.dueToday') : item.daysLeft > 0 ? t('attorneyCalendar.inDays', { count: item.daysLeft }) : t('attorneyCalendar.lateDays', { count: -item.daysLeft }));
  return (
    <Stack>
      <PageHeader title={t('attorneyCalendar.title')} subtitle={t('attorneyCalendar.subtitle')}>
        <Select
          w={220}
          label={t('attorneyCalendar.period')}
          data={PERIODS.map((count) => ({ value: String(count), label: t('attorneyCalendar.nextDays', { count }) }))}
          value={String(days)}
          allowDeselect={false}
          onChange={(value) => {
            if (!value) return;
            // One change of the address: the period and both lists back on their first page.
            setParams(
              (current) => {
                const next = new URLSearchParams(current);
                next.set('days', value);
                next.set('hpage', '1');
                next.set('dpage', '1');
                return next;
              },
              { replace: true },
            );
          }}
        />
      </PageHeader>

      <Title order={2} size="h3">
        {t('attorneyCalendar.hearings')}
      </Title>
      <QueryState query={hearings}>
        {(page) =>
          page.items.length === 0 ? (
            <Text c="dimmed">{t('attorneyCalendar.noHearings')}</Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={800}>
                <Table striped highlightOnHover verticalSpacing="xs" data-testid="attorney-hearings">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('attorneyCalendar.when')}</Table.Th>
                      <Table.Th>{labels.columns.court}</Table.Th>
                      <Table.Th>{labels.columns.courtCaseNumber}</Table.Th>
                      <Table.Th>{t('registerFields.courtroom')}</Table.Th>
                      <Table.Th>{labels.columns.registryNumber}</Table.Th>
                      <Table.Th>{labels.columns.subject}</Table.Th>
                      <Table.Th>{t('attorneyCalendar.state')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((hearing) => (
                      <Table.Tr key={hearing.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {formatDate(hearing.day)} {hearing.time}
                        </Table.Td>
                        <Table.Td>{script(hearing.attorneyCase.court)}</Table.Td>
                        <Table.Td>{hearing.attorneyCase.courtCaseNumber ?? '—'}</Table.Td>
                        <Table.Td>{script(hearing.courtroom) || '—'}</Table.Td>
                        <Table.Td>{entryLink(hearing.attorneyCase)}</Table.Td>
                        <Table.Td>{script(hearing.attorneyCase.subject)}</Table.Td>
                        <Table.Td>{valueLabel(labels, 'state', hearing.state)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager total={page.total} page={hearingPaging.page} pageSize={hearingPaging.pageSize} onPage={hearingPaging.setPage} onPageSize={hearingPaging.setPageSize} />
            </>
          )
        }
      </QueryState>

      <Title order={2} size="h3" mt="md">
        {t('attorneyCalendar.deadlines')}
      </Title>
      <QueryState query={deadlines}>
        {(page) => (
          <>
            <Text size="sm" c="dimmed">
              {t('attorneyCalendar.asOf', { date: formatDate(page.before), today: formatDate(page.today) })}
            </Text>
            {page.items.length === 0 ? (
              <Text c="dimmed">{t('attorneyCalendar.noDeadlines')}</Text>
            ) : (
              <>
                <Table.ScrollContainer minWidth={800}>
                  <Table striped highlightOnHover verticalSpacing="xs" data-testid="attorney-deadlines">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{labels.columns.appealDeadline}</Table.Th>
                        <Table.Th>{t('attorneyCalendar.daysLeft')}</Table.Th>
                        <Table.Th>{labels.columns.registryNumber}</Table.Th>
                        <Table.Th>{labels.columns.court}</Table.Th>
                        <Table.Th>{labels.columns.courtCaseNumber}</Table.Th>
                        <Table.Th>{labels.columns.outcome}</Table.Th>
                        <Table.Th>{labels.columns.subject}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {page.items.map((item) => (
                        <Table.Tr key={item.id}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.appealDeadline)}</Table.Td>
                          <Table.Td>
                            <Badge color={deadlineColour(item.daysLeft)} variant={item.pastDue ? 'filled' : 'light'} radius="sm" tt="none">
                              {daysLeft(item)}
                            </Badge>
                          </Table.Td>
                          <Table.Td>{entryLink(item)}</Table.Td>
                          <Table.Td>{script(item.court)}</Table.Td>
                          <Table.Td>{item.courtCaseNumber ?? '—'}</Table.Td>
                          <Table.Td>{item.outcome ? valueLabel(labels, 'outcome', item.outcome) : '—'}</Table.Td>
                          <Table.Td>{script(item.subject)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                <Pager total={page.total} page={deadlinePaging.page} pageSize={deadlinePaging.pageSize} onPage={deadlinePaging.setPage} onPageSize={deadlinePaging.setPageSize} />
              </>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
