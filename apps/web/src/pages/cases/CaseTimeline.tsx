import { Table, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseEvent } from '../../api/types';
import { formatDate, formatDateTime, useScript } from '../../i18n/format';

/** The case's history, newest last, as the API's timeline (case_event) records it. */
export function CaseTimeline({ file }: { file: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const script = useScript();
  const label = (event: CaseEvent) => (i18n.exists(`event.${event.action}`) ? t(`event.${event.action}` as 'event.register') : event.action);
  return (
    <Timeline active={file.history.length - 1} bulletSize={14} lineWidth={2}>
      {file.history.map((event) => (
        <Timeline.Item key={event.id} title={label(event)}>
          <Text size="xs" c="dimmed">
            {formatDateTime(event.at)} · {event.actor ?? 'system'}
            {event.toStatus && event.fromStatus !== event.toStatus && ` · ${t(`status.${event.toStatus}`)}`}
          </Text>
          <EventDetails event={event} file={file} script={script} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** The few details worth a line: who got the case, why it waits, how it was resolved, where it is kept. */
function EventDetails({ event, file, script }: { event: CaseEvent; file: CaseDetail; script(text: string): string }) {
  const { t } = useTranslation();
  const d = (event.details ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  const text = (key: string) => (typeof d[key] === 'string' && d[key] ? String(d[key]) : null);
  if (text('toOrgUnitCode')) parts.push(`${t('common.unit')} ${text('toOrgUnitCode')}`);
  // An assignment names its hand-over in the delivery book, which names the receiver.
  const handOver = file.deliveries.find((delivery) => delivery.id === d.deliveryId);
  if (handOver?.toUsername) parts.push(`→ ${handOver.toUsername}`);
  if (text('resolution')) parts.push(script(text('resolution')!));
  if (text('reason')) parts.push(script(text('reason')!));
  if (text('expectedUntil')) parts.push(`${t('actionForm.expectedUntil')}: ${formatDate(text('expectedUntil'))}`);
  if (text('number') && event.action !== 'register') parts.push(text('number')!);
  if (text('filename')) parts.push(text('filename')!);
  if (text('subject')) parts.push(script(text('subject')!));
  const location = d.location as { room?: string; shelf?: string; box?: string } | undefined;
  if (location?.room) parts.push([location.room, location.shelf, location.box].filter(Boolean).join(' / '));
  const borrower = d.borrower as { name?: string } | undefined;
  if (borrower?.name) parts.push(script(borrower.name));
  if (parts.length === 0) return null;
  return <Text size="sm">{parts.join(' · ')}</Text>;
}

/** The internal delivery book entries of the case: each hand-over and the receiver's confirmation. */
export function CaseDeliveries({ file }: { file: CaseDetail }) {
  const { t } = useTranslation();
  if (file.deliveries.length === 0) return <Text c="dimmed">{t('common.noResults')}</Text>;
  return (
    <Table striped verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('deliveries.handedAt')}</Table.Th>
          <Table.Th>{t('deliveries.from')}</Table.Th>
          <Table.Th>{t('common.to')}</Table.Th>
          <Table.Th>{t('common.note')}</Table.Th>
          <Table.Th>{t('deliveries.confirm')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {file.deliveries.map((delivery) => (
          <Table.Tr key={delivery.id}>
            <Table.Td>{formatDateTime(delivery.handedAt)}</Table.Td>
            <Table.Td>{delivery.fromUsername}</Table.Td>
            <Table.Td>
              {delivery.toOrgUnitCode}
              {delivery.toUsername && ` · ${delivery.toUsername}`}
            </Table.Td>
            <Table.Td>{delivery.note ?? '—'}</Table.Td>
            <Table.Td>{delivery.confirmedAt ? `${formatDateTime(delivery.confirmedAt)} · ${delivery.confirmedBy}` : delivery.supersededAt ? '×' : '…'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
