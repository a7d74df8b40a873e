import { Anchor, Badge, Card, Grid, Group, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { requestJson } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { Schemas } from '../../api/views';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { formatDate, formatDateTime, formatNumber, useScript } from '../../i18n/format';
import NotFoundPage from '../NotFoundPage';
import { BuyoutSchedule } from './BuyoutSchedule';
import { EntryActions, RowActionButton } from './EntryForms';
import type { RegisterInfo } from './registry';
import { fieldLabel, historyLabel, useRegister, valueLabel } from './useRegister';

type Entry = Record<string, unknown> & { id: string; version?: number; cases?: Array<{ id: string; number: string }> };

/** Fields the screen does not show as such: identifiers (shown as links instead) and bookkeeping. */
const HIDDEN = new Set(['id', 'version', 'caseIds', 'cases', 'createdAt', 'updatedAt', 'replacesId', 'replacedById', 'personId', 'linkId', 'relativeId']);
const HIDDEN_IN_ROWS = new Set(['id', 'caseId', 'endedCaseId', 'removedCaseId', 'markedCaseId', 'linkId', 'personId', 'relativeId', 'startsAt']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;
/** Amounts the API keeps in para (1/100 dinar). */
const MINOR = new Set(['valueInDispute']);

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

/** How a value of an entry reads on screen: dates and amounts in the UI language, codes in the register's words. */
function useShow(labels: any) {
  const { t } = useTranslation();
  const script = useScript();
  const show = (path: string, value: unknown): string => {
    const key = path.split('.').pop()!;
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'number' && (MINOR.has(key) || key === 'amountMinor')) return formatNumber(value / 100);
    if (typeof value === 'string' && DAY.test(value)) return formatDate(value);
    if (typeof value === 'string' && INSTANT.test(value)) return formatDateTime(value);
    if (Array.isArray(value)) return value.map((item) => show(path, item)).join('; ');
    if (typeof value === 'object') {
      const money = value as { amountMinor?: number; currency?: string; numerator?: number; denominator?: number };
      if (money.amountMinor !== undefined) return `${formatNumber(money.amountMinor / 100)} ${money.currency ?? ''}`;
      if (money.numerator !== undefined) return `${money.numerator}/${money.denominator}`;
      return Object.entries(value)
        .filter(([inner, part]) => part !== null && part !== undefined && !HIDDEN_IN_ROWS.has(inner) && (typeof part !== 'object' || (part as { amountMinor?: number }).amountMinor !== undefined))
        .map(([inner, part]) => `${fieldLabel(labels, inner)}: ${show(inner, part)}`)
        .join(' · ');
    }
    return script(valueLabel(labels, path, String(value)));
  };
  return show;
}

function EntryView({ register, labels, entry }: { register: RegisterInfo; labels: any; entry: Entry }) {
  const { t } = useTranslation();
  const session = useSession();
  const script = useScript();
  const show = useShow(labels);
  const scalars = Object.entries(entry).filter(([key, value]) => !HIDDEN.has(key) && !(Array.isArray(value) && (value.length === 0 || typeof value[0] === 'object')));
  const lists = Object.entries(entry).filter(([key, value]) => !HIDDEN.has(key) && Array.isArray(value) && value.length > 0 && typeof value[0] === 'object') as Array<[string, Array<Record<string, unknown>>]>;
  const render = (key: string, value: unknown): ReactNode => {
    // Another entry of this register (the book a duplicate replaces): a link to it.
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string') {
      return (
        <Anchor component={Link} to={`/registers/${register.path}/${(value as { id: string }).id}`} size="sm">
          {show(key, value)}
        </Anchor>
      );
    }
    return show(key, value);
  };
  return (
    <Stack>
      <PageHeader title={script(register.title(entry)) || t('registers.entryTitle')} subtitle={labels?.title ?? t(`registers.${register.key}`)}>
        {session.can('update', register.subject) && <EntryActions register={register} labels={labels} entry={entry} />}
      </PageHeader>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack>
            <Card withBorder>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
                {scalars.map(([key, value]) => (
                  <div key={key}>
                    <Text size="xs" c="dimmed">
                      {fieldLabel(labels, key)}
                    </Text>
                    <Text size="sm" component="div">
                      {render(key, value)}
                    </Text>
                  </div>
                ))}
              </SimpleGrid>
            </Card>
            {(entry.cases?.length ?? 0) > 0 && (
              <Group gap="xs" data-testid="linked-cases">
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
                <SubTable register={register} labels={labels} entry={entry} list={key} items={items} />
              </Card>
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <History register={register} labels={labels} entryId={entry.id} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** The records under an entry (leases, status periods, hearings…), each with the case it was decided in. */
function SubTable({ register, labels, entry, list, items }: { register: RegisterInfo; labels: any; entry: Entry; list: string; items: Array<Record<string, unknown>> }) {
  const { t } = useTranslation();
  const session = useSession();
  const show = useShow(labels);
  const keys = Object.keys(items[0]).filter((key) => !HIDDEN_IN_ROWS.has(key));
  const actions = session.can('update', register.subject) ? (register.rowActions ?? []).filter((action) => action.list === list) : [];
  const caseLink = (key: string, item: Record<string, unknown>) => {
    const id = item[key.replace(/Number$/, 'Id')];
    return typeof id === 'string' ? (
      <Anchor component={Link} to={`/cases/${id}`} size="sm">
        {String(item[key] ?? '')}
      </Anchor>
    ) : null;
  };
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            {keys.map((key) => (
              <Table.Th key={key}>{fieldLabel(labels, key)}</Table.Th>
            ))}
            {actions.length > 0 && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, i) => (
            <Table.Tr key={String(item.id ?? i)}>
              {keys.map((key) => (
                <Table.Td key={key}>{/CaseNumber$|^caseNumber$/.test(key) && item[key] ? caseLink(key, item) : show(key, item[key])}</Table.Td>
              ))}
              {actions.length > 0 && (
                <Table.Td>
                  <Group gap={4}>
                    {actions
                      .filter((action) => action.applies(item))
                      .map((action) => (
                        <RowActionButton key={action.path} register={register} labels={labels} entry={entry} action={action} row={item} />
                      ))}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Leaf values of a snapshot, by path (lists compared whole). */
function leaves(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value) && (value as { amountMinor?: unknown }).amountMinor === undefined) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix) out[prefix] = value;
  return out;
}

/** An identifier of a record (`markedCaseId`), not a fact about it (`personalId`). */
const isReference = (path: string) => /(^|\.)id$|Id$/.test(path) && !/(personal|foreign)Id$/.test(path);

/** What a change changed: each plain field whose value differs, before → after. */
function differences(before: unknown, after: unknown): Array<{ path: string; from: unknown; to: unknown }> {
  if (!before || !after) return [];
  const old = leaves(before);
  const now = leaves(after);
  return Object.keys({ ...old, ...now })
    .filter((path) => !['id', 'version'].includes(path) && !isReference(path) && !Array.isArray(old[path] ?? now[path]) && JSON.stringify(old[path] ?? null) !== JSON.stringify(now[path] ?? null))
    .map((path) => ({ path, from: old[path], to: now[path] }));
}

/** A change of the entry, as the kit's `GET …/:id/history` answers it. */
type HistoryItem = Schemas['RegisterHistoryItemDto'];

function History({ register, labels, entryId }: { register: RegisterInfo; labels: any; entryId: string }) {
  const { t } = useTranslation();
  const show = useShow(labels);
  const history = useQuery({
    queryKey: ['register-history', register.path, entryId],
    queryFn: () => requestJson<HistoryItem[] | { items: HistoryItem[] }>('GET', `/api/registers/${register.path}/${entryId}/history`),
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
            <Timeline bulletSize={12} lineWidth={2} active={items.length - 1} data-testid="register-history">
              {items.map((item, i) => {
                const changes = differences(item.before, item.after);
                return (
                  <Timeline.Item key={i} title={historyLabel(labels, item.action)}>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(item.at)} · {item.actor} ·{' '}
                      <Anchor component={Link} to={`/cases/${item.case.id}`} size="xs">
                        {item.case.number}
                      </Anchor>
                    </Text>
                    {changes.length > 0 && (
                      <Text size="xs" component="div" mt={2} role="group" aria-label={t('registers.changes')}>
                        {changes.slice(0, 8).map((change) => (
                          <Fragment key={change.path}>
                            {fieldLabel(labels, change.path)}: {show(change.path, change.from)} → {show(change.path, change.to)}
                            <br />
                          </Fragment>
                        ))}
                      </Text>
                    )}
                  </Timeline.Item>
                );
              })}
            </Timeline>
          );
        }}
      </QueryState>
    </Card>
  );
}
