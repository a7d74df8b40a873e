import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { requestJson } from '../../api/client';
import type { Schemas } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { formatNumber } from '../../i18n/format';
import { ScheduleView } from './ScheduleView';

type Statement = Schemas['BuyoutScheduleDto'];

/** A contract's account today: the schedule with what was paid, the balance and the arrears. */
export function BuyoutSchedule({ entryId }: { entryId: string }) {
  const { t } = useTranslation();
  const statement = useQuery({ queryKey: ['buyout-schedule', entryId], queryFn: () => requestJson<Statement>('GET', `/api/registers/housing-buyouts/${entryId}/schedule`) });
  return (
    <QueryState query={statement}>
      {(data) => (
        <Card withBorder>
          <Stack>
            <Title order={2} size="h5">
              {t('buyout.schedule')}
            </Title>
            <Group gap="xl">
              <Figure label={t('buyout.finalPrice')} value={data.total} />
              <Figure label={t('buyout.paid')} value={data.paid} />
              <Figure label={t('buyout.balance')} value={data.balance} />
              <Figure label={t('buyout.arrears')} value={data.arrears} danger={Number(data.arrears) > 0} />
            </Group>
            <ScheduleView rows={data.items.map((item) => ({ no: item.no, kind: item.kind, dueOn: item.dueOn, amount: Number(item.amount), paid: Number(item.paid), overdue: item.overdue }))} />
          </Stack>
        </Card>
      )}
    </QueryState>
  );
}

function Figure({ label, value, danger }: { label: string; value: string; danger?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} c={danger ? 'red' : undefined}>
        {formatNumber(value)}
      </Text>
    </div>
  );
}
