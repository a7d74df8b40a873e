import { BarChart } from '../../components/charts';
import { Anchor, Card, Stack, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { CaseQuery } from '../../api/cases';
import { useUnitOfficials, type Official } from '../../api/people';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useScript } from '../../i18n/format';
import { useHeadUnit } from './useHeadUnit';

interface Load {
  official: Official;
  open: number;
  onHold: number;
  overdue: number;
}

const count = (query: CaseQuery) => call(api.GET('/api/cases', { params: { query: { ...query, pageSize: 1 } } })).then((page) => page.total);

/** How many cases each official of the unit has open, waiting, and past their deadline. */
export default function WorkloadPage() {
  const { t } = useTranslation();
  const script = useScript();
  const { unitId, picker } = useHeadUnit();
  const officials = useUnitOfficials(unitId);
  const loads = useQuery({
    queryKey: ['workload', unitId, officials.data?.map((person) => person.userId)],
    enabled: !!officials.data,
    queryFn: () =>
      Promise.all(
        officials.data!.map(async (official): Promise<Load> => {
          const mine = { orgUnitId: unitId, assigneeId: official.userId };
          const [open, onHold, overdue] = await Promise.all([
            count({ ...mine, status: 'assigned,in_progress,on_hold,resolved' }),
            count({ ...mine, status: 'on_hold' }),
            count({ ...mine, overdue: true }),
          ]);
          return { official, open, onHold, overdue };
        }),
      ),
  });
  return (
    <Stack>
      <PageHeader title={t('unit.workloadTitle')}>{picker}</PageHeader>
      <QueryState query={loads}>
        {(rows) => (
          <>
            <Card withBorder>
              <BarChart
                h={Math.max(160, rows.length * 48)}
                data={rows.map((row) => ({ official: script(row.official.fullName), [t('unit.openCases')]: Math.max(0, row.open - row.onHold - row.overdue), [t('unit.onHold')]: row.onHold, [t('unit.overdueCases')]: row.overdue }))}
                role="img"
                aria-label={t('unit.workloadTitle')}
                dataKey="official"
                orientation="vertical"
                type="stacked"
                withLegend
                xAxisProps={{ allowDecimals: false }}
                yAxisProps={{ width: 160 }}
                series={[
                  { name: t('unit.openCases'), color: 'blue.6' },
                  { name: t('unit.onHold'), color: 'yellow.6' },
                  { name: t('unit.overdueCases'), color: 'red.6' },
                ]}
              />
            </Card>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('unit.official')}</Table.Th>
                  <Table.Th ta="right">{t('unit.openCases')}</Table.Th>
                  <Table.Th ta="right">{t('unit.onHold')}</Table.Th>
                  <Table.Th ta="right">{t('unit.overdueCases')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.official.userId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/search?assignee=${row.official.userId}`}>
                        {script(row.official.fullName)}
                      </Anchor>{' '}
                      <span style={{ color: 'var(--mantine-color-dimmed)' }}>· {script(row.official.positionTitle)}</span>
                    </Table.Td>
                    <Table.Td ta="right">{row.open}</Table.Td>
                    <Table.Td ta="right">{row.onHold}</Table.Td>
                    <Table.Td ta="right" c={row.overdue > 0 ? 'red' : undefined} fw={row.overdue > 0 ? 700 : undefined}>
                      {row.overdue}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
