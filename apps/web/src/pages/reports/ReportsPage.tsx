import { BarChart } from '../../components/charts';
import { Anchor, Card, Group, NumberInput, Select, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { REPORT_LABELS, type ReportLabels } from '../../../../../libs/reports/labels.js';
import { api, call } from '../../api/client';
import type { Schemas } from '../../api/types';
import { useOrgUnits } from '../../api/reference';
import { useSession } from '../../auth/session';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { belgradeToday, formatDate, formatNumber, useScript } from '../../i18n/format';
import { currentLanguage } from '../../i18n/language';
import { OpenPdfButton } from '../cases/OpenPdfButton';
import { DownloadButton } from '../../components/DownloadButton';

/** The report's printed words (the PDF's and CSV's) in the UI language: one wording for screen and paper. */
function useReportLabels(): ReportLabels {
  const { i18n } = useTranslation();
  return REPORT_LABELS[(i18n.language as keyof typeof REPORT_LABELS) in REPORT_LABELS ? (i18n.language as keyof typeof REPORT_LABELS) : 'sr-Latn'];
}

const query = (params: Record<string, string | number | undefined>) =>
  Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');

/**
 * Reports for heads and management: today's dashboard, the monthly report on officials' work and
 * efficiency, the annual report for the administrative inspection, unresolved and overdue cases;
 * each on screen, as PDF and as CSV.
 */
export default function ReportsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const script = useScript();
  const units = useOrgUnits();
  const today = belgradeToday();
  const [orgUnitId, setOrgUnitId] = useState<string | null>(session.headOfUnits[0] ?? null);
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [month, setMonth] = useState(Number(today.slice(5, 7)));
  const [tab, setTab] = useState<string | null>('monthly');
  const mayExport = session.can('export', 'Report');
  const unit = orgUnitId ?? undefined;

  return (
    <Stack>
      <PageHeader title={t('reports.title')}>
        <Select
          aria-label={t('common.unit')}
          placeholder={t('common.all')}
          w={320}
          clearable={session.headOfUnits.length === 0}
          searchable
          data={(units.data ?? []).map((candidate) => ({ value: candidate.id, label: `${candidate.code} — ${script(candidate.name)}` }))}
          value={orgUnitId}
          onChange={setOrgUnitId}
        />
      </PageHeader>
      <DashboardCards orgUnitId={unit} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="monthly">{t('reports.monthly')}</Tabs.Tab>
          <Tabs.Tab value="inspection">{t('reports.inspection')}</Tabs.Tab>
          <Tabs.Tab value="unresolved">{t('reports.unresolved')}</Tabs.Tab>
          <Tabs.Tab value="overdue">{t('reports.overdue')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="monthly" pt="md">
          <Group align="flex-end" mb="md">
            <NumberInput label={t('common.year')} w={100} min={1900} max={2999} value={year} onChange={(value) => setYear(Number(value) || year)} />
            <NumberInput label={t('reports.month')} w={90} min={1} max={12} value={month} onChange={(value) => setMonth(Number(value) || month)} />
            {mayExport && <Exports path="/api/reports/monthly" params={{ orgUnitId: unit, year, month }} />}
          </Group>
          <MonthlyView params={{ orgUnitId: unit, year, month }} />
        </Tabs.Panel>
        <Tabs.Panel value="inspection" pt="md">
          <Group align="flex-end" mb="md">
            <NumberInput label={t('common.year')} w={100} min={1900} max={2999} value={year} onChange={(value) => setYear(Number(value) || year)} />
            {mayExport && <Exports path="/api/reports/inspection" params={{ orgUnitId: unit, year }} />}
          </Group>
          <InspectionView params={{ orgUnitId: unit, year }} />
        </Tabs.Panel>
        <Tabs.Panel value="unresolved" pt="md">
          {mayExport && (
            <Group mb="md">
              <Exports path="/api/reports/unresolved" params={{ orgUnitId: unit }} />
            </Group>
          )}
          <UnresolvedView orgUnitId={unit} />
        </Tabs.Panel>
        <Tabs.Panel value="overdue" pt="md">
          {mayExport && (
            <Group mb="md">
              <Exports path="/api/reports/overdue" params={{ orgUnitId: unit }} />
            </Group>
          )}
          <OverdueView orgUnitId={unit} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Exports({ path, params }: { path: string; params: Record<string, string | number | undefined> }) {
  const { t } = useTranslation();
  const search = query({ ...params, lang: currentLanguage() });
  return (
    <Group gap="xs">
      <OpenPdfButton path={`${path}.pdf?${search}`} label={t('common.print')} />
      <DownloadButton path={`${path}.csv?${search}`} label={t('common.export')} />
    </Group>
  );
}

function DashboardCards({ orgUnitId }: { orgUnitId?: string }) {
  const { t } = useTranslation();
  const dashboard = useQuery({
    queryKey: ['report-dashboard', orgUnitId],
    queryFn: () => call(api.GET('/api/reports/dashboard', { params: { query: { orgUnitId } } })),
  });
  return (
    <QueryState query={dashboard}>
      {(data) => (
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          <Figure label={t('reports.receivedToday')} value={data.receivedToday} />
          <Figure label={t('reports.resolvedToday')} value={data.resolvedToday} />
          <Figure label={t('reports.openCases')} value={data.open.total} />
          <Figure label={t('deadline.near')} value={data.dueSoon} colour="yellow" />
          <Figure label={t('deadline.overdue')} value={data.overdue} colour={data.overdue > 0 ? 'red' : undefined} />
        </SimpleGrid>
      )}
    </QueryState>
  );
}

function Figure({ label, value, colour }: { label: string; value: number; colour?: string }) {
  return (
    <Card withBorder padding="sm" role="group" aria-label={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} c={colour}>
        {value}
      </Text>
    </Card>
  );
}

/** A breakdown as the printed report lays it out: each unit (bold), its officials under it, the total last. */
/** The layout the monthly and the unresolved report share: figures per unit, and within it per official. */
interface Breakdown<F> {
  total: F;
  units: Array<{ orgUnit: Schemas['ReportUnitDto']; figures: F; officials: Array<{ official: Schemas['ReportOfficialDto'] | null; figures: F }> }>;
}

function BreakdownTable<F>({ data, columns }: { data: Breakdown<F>; columns: Array<{ header: string; value(figures: F): ReactNode }> }) {
  const labels = useReportLabels();
  const script = useScript();
  const cells = (figures: F) => columns.map((column) => <Table.Td key={column.header} ta="right">{column.value(figures)}</Table.Td>);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{labels.columns.unitCode}</Table.Th>
            <Table.Th>
              {labels.columns.unit} / {labels.columns.official}
            </Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.header} ta="right">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.units.map((line) => (
            <Fragment key={line.orgUnit.id}>
              <Table.Tr fw={700}>
                <Table.Td>{line.orgUnit.code}</Table.Td>
                <Table.Td>{script(line.orgUnit.name)}</Table.Td>
                {cells(line.figures)}
              </Table.Tr>
              {line.officials.map((person) => (
                <Table.Tr key={person.official?.id ?? 'none'}>
                  <Table.Td />
                  <Table.Td pl="xl">{person.official ? script(person.official.fullName) : labels.unassigned}</Table.Td>
                  {cells(person.figures)}
                </Table.Tr>
              ))}
            </Fragment>
          ))}
          <Table.Tr fw={700}>
            <Table.Td colSpan={2}>{labels.total}</Table.Td>
            {cells(data.total)}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MonthlyView({ params }: { params: { orgUnitId?: string; year: number; month: number } }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const script = useScript();
  const report = useQuery({ queryKey: ['report-monthly', params], queryFn: () => call(api.GET('/api/reports/monthly', { params: { query: params } })) });
  const c = labels.monthly.columns;
  return (
    <QueryState query={report}>
      {(data) => (
        <Stack>
          <Title order={2} size="h5">
            {labels.monthly.title} · {formatDate(data.period.from)} – {formatDate(data.period.to)}
          </Title>
          {data.units.length > 0 && (
            <Card withBorder>
              <BarChart
                h={220}
                data={data.units.map((line) => ({ unit: line.orgUnit.code, [c.resolvedInTime]: line.figures.resolvedInTime, [c.resolvedLate]: line.figures.resolvedLate, [c.pending]: line.figures.pending }))}
                dataKey="unit"
                type="stacked"
                withLegend
                maxBarWidth={64}
                yAxisProps={{ allowDecimals: false }}
                series={[
                  { name: c.resolvedInTime, color: 'teal.6' },
                  { name: c.resolvedLate, color: 'orange.6' },
                  { name: c.pending, color: 'gray.5' },
                ]}
                role="img"
                aria-label={`${labels.monthly.title} ${script(t('reports.chart'))}`}
              />
            </Card>
          )}
          <BreakdownTable
            data={data}
            columns={[
              { header: c.received, value: (f) => f.received },
              { header: c.assigned, value: (f) => f.assigned },
              { header: c.resolved, value: (f) => f.resolved },
              { header: c.resolvedInTime, value: (f) => f.resolvedInTime },
              { header: c.resolvedLate, value: (f) => f.resolvedLate },
              { header: c.pending, value: (f) => f.pending },
              { header: c.overdue, value: (f) => f.overdue },
              { header: c.averageDaysToResolve, value: (f) => (f.averageDaysToResolve === null ? '—' : formatNumber(f.averageDaysToResolve, 1)) },
            ]}
          />
        </Stack>
      )}
    </QueryState>
  );
}

function InspectionView({ params }: { params: { orgUnitId?: string; year: number } }) {
  const labels = useReportLabels();
  const script = useScript();
  const report = useQuery({ queryKey: ['report-inspection', params], queryFn: () => call(api.GET('/api/reports/inspection', { params: { query: params } })) });
  const c = labels.inspection.columns;
  const keys = ['carriedOver', 'received', 'resolved', 'resolvedInTime', 'resolvedLate', 'unresolved', 'unresolvedOverdue', 'appeals'] as const;
  return (
    <QueryState query={report}>
      {(data) => (
        <Stack>
          <Title order={2} size="h5">
            {labels.inspection.title.replace('{year}', String(data.period.year))}
          </Title>
          <Table striped withTableBorder verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{labels.columns.unitCode}</Table.Th>
                <Table.Th>{labels.columns.unit}</Table.Th>
                {keys.map((key) => (
                  <Table.Th key={key} ta="right">
                    {c[key]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.units.map((line) => (
                <Table.Tr key={line.orgUnit.id}>
                  <Table.Td>{line.orgUnit.code}</Table.Td>
                  <Table.Td>{script(line.orgUnit.name)}</Table.Td>
                  {keys.map((key) => (
                    <Table.Td key={key} ta="right">
                      {line.figures[key]}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td colSpan={2}>{labels.total}</Table.Td>
                {keys.map((key) => (
                  <Table.Td key={key} ta="right">
                    {data.total[key]}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </QueryState>
  );
}

function UnresolvedView({ orgUnitId }: { orgUnitId?: string }) {
  const labels = useReportLabels();
  const report = useQuery({ queryKey: ['report-unresolved', orgUnitId], queryFn: () => call(api.GET('/api/reports/unresolved', { params: { query: { orgUnitId } } })) });
  const c = labels.unresolved.columns;
  return (
    <QueryState query={report}>
      {(data) => (
        <Stack>
          <Title order={2} size="h5">
            {labels.unresolved.title} · {labels.asOf.replace('{date}', formatDate(data.asOf))}
          </Title>
          <BreakdownTable
            data={data}
            columns={[
              { header: c.open, value: (f) => f.open },
              { header: c.registered, value: (f) => f.registered },
              { header: c.assigned, value: (f) => f.assigned },
              { header: c.inProgress, value: (f) => f.inProgress },
              { header: c.onHold, value: (f) => f.onHold },
              { header: c.dueSoon, value: (f) => f.dueSoon },
              { header: c.overdue, value: (f) => f.overdue },
              { header: c.upTo30, value: (f) => f.age.upTo30 },
              { header: c.upTo60, value: (f) => f.age.upTo60 },
              { header: c.upTo90, value: (f) => f.age.upTo90 },
              { header: c.over90, value: (f) => f.age.over90 },
              { header: c.oldestReceivedOn, value: (f) => formatDate(f.oldestReceivedOn) },
            ]}
          />
        </Stack>
      )}
    </QueryState>
  );
}

function OverdueView({ orgUnitId }: { orgUnitId?: string }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const script = useScript();
  const paging = usePaging(50, 'o');
  const report = useQuery({
    queryKey: ['report-overdue', orgUnitId, paging.page, paging.pageSize],
    queryFn: () => call(api.GET('/api/reports/overdue', { params: { query: { orgUnitId, page: paging.page, pageSize: paging.pageSize } } })),
  });
  const c = labels.overdue.columns;
  return (
    <QueryState query={report}>
      {(data) =>
        data.items.length === 0 ? (
          <Text c="dimmed">{t('common.noResults')}</Text>
        ) : (
          <>
            <Table striped verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{c.caseNumber}</Table.Th>
                  <Table.Th>{c.subject}</Table.Th>
                  <Table.Th>{labels.columns.official}</Table.Th>
                  <Table.Th>{c.status}</Table.Th>
                  <Table.Th>{c.receivedOn}</Table.Th>
                  <Table.Th>{c.dueDate}</Table.Th>
                  <Table.Th ta="right">{c.daysOverdue}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((item) => (
                  <Table.Tr key={item.id} className="row-overdue">
                    <Table.Td>
                      <Anchor component={Link} to={`/cases/${item.id}`}>
                        {item.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{script(item.subject)}</Table.Td>
                    <Table.Td>{item.official ? script(item.official.fullName) : labels.unassigned}</Table.Td>
                    <Table.Td>{t(`status.${item.status}`)}</Table.Td>
                    <Table.Td>{formatDate(item.receivedOn)}</Table.Td>
                    <Table.Td>{formatDate(item.dueDate)}</Table.Td>
                    <Table.Td ta="right" c="red" fw={700}>
                      {item.daysOverdue}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Pager total={data.total} page={paging.page} pageSize={paging.pageSize} onPage={paging.setPage} onPageSize={paging.setPageSize} />
          </>
        )
      }
    </QueryState>
  );
}
