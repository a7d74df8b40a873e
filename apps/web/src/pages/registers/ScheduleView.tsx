import { AreaChart } from '../../components/charts';
import { Card, ScrollArea, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../i18n/format';

export interface ScheduleRow {
  no: number;
  kind: string;
  dueOn: string;
  amount: number;
  paid?: number;
  overdue?: boolean;
}

/** A payment schedule as a table (each payment and what remains after it) and as a chart of the balance over time. */
export function ScheduleView({ rows, kinds }: { rows: ScheduleRow[]; kinds?: Record<string, string> }) {
  const { t } = useTranslation();
  const total = rows.reduce((sum, row) => sum + row.amount, 0);
  let remaining = total;
  const lines = rows.map((row) => {
    remaining -= row.amount;
    return { ...row, balance: Math.max(0, remaining) };
  });
  return (
    <>
      <Card withBorder>
        <AreaChart
          h={220}
          data={[{ dueOn: '', [t('buyout.balance')]: total }, ...lines.map((line) => ({ dueOn: formatDate(line.dueOn), [t('buyout.balance')]: Math.round(line.balance) }))]}
          dataKey="dueOn"
          series={[{ name: t('buyout.balance'), color: 'blue.6' }]}
          curveType="stepAfter"
          withDots={false}
          valueFormatter={(value) => formatNumber(value, 0)}
          yAxisProps={{ width: 90 }}
          role="img"
          aria-label={t('buyout.schedule')}
        />
      </Card>
      {/* The table scrolls on its own: a region in the tab order, so the keyboard scrolls it too. */}
      <ScrollArea h={360} type="auto" viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': t('buyout.schedule') }}>
        <Table striped stickyHeader verticalSpacing={4} fz="sm" aria-label={t('buyout.schedule')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('buyout.month')}</Table.Th>
              <Table.Th>{t('common.date')}</Table.Th>
              <Table.Th ta="right">{t('buyout.instalment')}</Table.Th>
              {rows.some((row) => row.paid !== undefined) && <Table.Th ta="right">{t('buyout.paid')}</Table.Th>}
              <Table.Th ta="right">{t('buyout.balance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={`${line.kind}-${line.no}`} c={line.overdue ? 'red' : undefined}>
                <Table.Td>{line.no === 0 ? (kinds?.[line.kind] ?? line.kind) : line.no}</Table.Td>
                <Table.Td>
                  {formatDate(line.dueOn)}
                  {line.overdue && ` · ${t('deadline.overdue')}`}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(line.amount)}</Table.Td>
                {line.paid !== undefined && <Table.Td ta="right">{formatNumber(line.paid)}</Table.Td>}
                <Table.Td ta="right">{formatNumber(line.balance)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </>
  );
}
