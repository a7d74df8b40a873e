import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { requestJson } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { Json } from '../../api/views';
import type { RegisterHistoryItem } from '../../../../../libs/registers/shared/register-changes.service.js';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { formatDate, formatDateTime, useScript } from '../../i18n/format';
import NotFoundPage from '../NotFoundPage';
import { BuyoutSchedule } from './BuyoutSchedule';
import { EntryActions } from './EntryForms';
import type { RegisterInfo } from './registry';
import { fieldLabel, useRegister, valueLabel } from './useRegister';

type Entry = Record<string, unknown> & { id: string; version?: number; cases?: Array<{ id: string; number: string }> };

const HIDDEN = new Set(['id', 'version', 'caseIds', 'cases', 'createdAt', 'updatedAt']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/** A register entry: its fields, the records under it, its cases and its history; changed within a case. */
export default function RegisterEntryPage() {
  const { id } = useParams();
  const { register, labels } = useRegister();
  const session = useSession();
  const entry = useQuery({
    queryKey: ['register-entry', register?.path, id],
    enabled: !!register && session.can('read', register.subject),
    queryFn: () => requestJson<Entry>('GET', `/api/registers/${register!.path}/${id}`),
  });
  if (!register) return <NotFoundPage />;
  if (!session.can('read', register.subject)) return <ErrorAlert error={new ApiError({ status: 403, code: 'FORBIDDEN' })} />;
  return <QueryState query={entry}>{(data) => <EntryView register={register} labels={labels} entry={data} />}</QueryState>;
}

function EntryView({ register, labels, entry }: { register: RegisterInfo; labels: any; entry: Entry }) {
  const { t } = useTranslation();
  const session = useSession();
  const script = useScript();
  const show = (path: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'string' && DAY.test(value)) return formatDate(value);
    if (typeof value === 'string' && INSTANT.test(value)) return formatDateTime(value);
    if (typeof value === 'object') {
      const money = value as { amountMinor?: number; currency?: string; numerator?: number; denominator?: number };
      if (money.amountMinor !== undefined) return `${(money.amountMinor / 100).toFixed(2)} ${money.currency ?? ''}`;
      if (money.numerator !== undefined) return `${money.numerator}/${money.denominator}`;
      return Object.entries(value)
        .filter(([, inner]) => inner !== null && typeof inner !== 'object')
        .map(([key, inner]) => `${fieldLabel(labels, key)}: ${show(key, inner)}`)
        .join(' · ');
    }
    return script(valueLabel(labels, path, String(value)));
  };
  const scalars = Object.entries(entry).filter(([key, value]) => !HIDDEN.has(key) && !Array.isArray(value));
  const lists = Object.entries(entry).filter(([key, value]) => !HIDDEN.has(key) && Array.isArray(value) && value.length > 0 && typeof value[0] === 'object') as Array<[string, Array<Record<string, unknown>>]>;
  const heading = register.columns ? register.columns.slice(0, 2).map((column) => column.value(entry, labels)).filter(Boolean).join(' · ') : entry.id;
  return (
    <Stack>
      <PageHeader title={script(String(heading))} subtitle={labels?.title ?? t(`registers.${register.key}`)}>
        {session.can('update', register.subject) && <EntryActions register={register} labels={labels} entry={entry} />}
      </PageHeader>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
          {scalars.map(([key, value]) => (
            <div key={key}>
              <Text size="xs" c="dimmed">
                {fieldLabel(labels, key)}
              </Text>
              <Text size="sm">{show(key, value)}</Text>
            </div>
          ))}
        </SimpleGrid>
      </Card>
      {(entry.cases?.length ?? 0) > 0 && (
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {t('registers.linkedCases')}:
          </Text>
          {entry.cases!.map((ref) => (
            <Badge key={ref.id} variant="light" component={Link} to={`/cases/${ref.id}`} style={{ cursor: 'pointer' }} tt="none">
              {ref.number}
            </Badge>
          ))}
        </Group>
      )}
      {register.key === 'housingBuyouts' && <BuyoutSchedule entryId={entry.id} />}
      {lists.map(([key, items]) => (
        <Card withBorder key={key}>
          <Title order={2} size="h5" mb="xs">
            {fieldLabel(labels, key)}
          </Title>
          <SubTable items={items} show={show} labels={labels} />
        </Card>
      ))}
      <History register={register} labels={labels} entryId={entry.id} />
    </Stack>
  );
}

function SubTable({ items, show, labels }: { items: Array<Record<string, unknown>>; show(path: string, value: unknown): string; labels: any }) {
  const keys = Object.keys(items[0]).filter((key) => !['id', 'caseId', 'endedCaseId', 'removedCaseId', 'linkId', 'personId'].includes(key));
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            {keys.map((key) => (
              <Table.Th key={key}>{fieldLabel(labels, key)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, i) => (
            <Table.Tr key={String(item.id ?? i)}>
              {keys.map((key) => (
                <Table.Td key={key}>{key === 'caseNumber' && item.caseId ? <Anchor component={Link} to={`/cases/${String(item.caseId)}`}>{String(item[key] ?? '')}</Anchor> : show(key, item[key])}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function History({ register, labels, entryId }: { register: RegisterInfo; labels: any; entryId: string }) {
  const { t } = useTranslation();
  const history = useQuery({
    queryKey: ['register-history', register.path, entryId],
    queryFn: () => requestJson<Array<Json<RegisterHistoryItem>> | { items: Array<Json<RegisterHistoryItem>> }>('GET', `/api/registers/${register.path}/${entryId}/history`),
  });
  return (
    <Card withBorder>
      <Title order={2} size="h5" mb="xs">
        {t('registers.history')}
      </Title>
      <QueryState query={history}>
        {(data) => {
          const items = Array.isArray(data) ? data : data.items;
          return (
            <Timeline bulletSize={12} lineWidth={2} active={items.length - 1}>
              {items.map((item, i) => (
                <Timeline.Item key={i} title={fieldLabel(labels, item.action)}>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(item.at)} · {item.actor} ·{' '}
                    <Anchor component={Link} to={`/cases/${item.case.id}`} size="xs">
                      {item.case.number}
                    </Anchor>
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          );
        }}
      </QueryState>
    </Card>
  );
}
