import { Alert, Anchor, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { requestJson } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { Page } from '../../api/types';
import { useSession } from '../../auth/session';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { useScript } from '../../i18n/format';
import { currentLanguage } from '../../i18n/language';
import NotFoundPage from '../NotFoundPage';
import { OpenPdfButton } from '../cases/OpenPdfButton';
import { NewEntryButton } from './EntryForms';
import { useRegister } from './useRegister';

type Entry = Record<string, any> & { id: string };

/** A register's entries: searched (either script), paged, printed and exported as the API makes them. */
export default function RegisterListPage() {
  const { t } = useTranslation();
  const session = useSession();
  const script = useScript();
  const { register, labels } = useRegister();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [q] = useDebouncedValue(text.trim(), 300);
  const paging = usePaging(20);
  const base = `/api/registers/${register?.path}`;
  const list = useQuery({
    queryKey: ['register', register?.path, q, status, paging.page, paging.pageSize],
    enabled: !!register && session.can('read', register.subject),
    queryFn: () => requestJson<Page<Entry>>('GET', `${base}?${new URLSearchParams({ ...(q ? { q } : {}), ...(status ? { status } : {}), page: String(paging.page), pageSize: String(paging.pageSize) })}`),
    placeholderData: (previous) => previous,
  });
  if (!register) return <NotFoundPage />;
  if (!session.can('read', register.subject)) return <ErrorAlert error={new ApiError({ status: 403, code: 'FORBIDDEN' })} />;
  const title = labels?.title ?? t(`registers.${register.key}`);
  if (list.error instanceof ApiError && list.error.code === 'ROUTE_NOT_FOUND') {
    return (
      <Stack>
        <PageHeader title={t(`registers.${register.key}`)} />
        <Alert>{t('registers.notAvailable')}</Alert>
      </Stack>
    );
  }
  const filters = { ...(q ? { q } : {}), ...(status ? { status } : {}) };
  // The PDF button adds the language itself; the CSV asks for it here.
  const printQuery = new URLSearchParams(filters).toString();
  const exportQuery = new URLSearchParams({ ...filters, lang: currentLanguage() }).toString();
  const columns = register.columns;
  return (
    <Stack>
      <PageHeader title={title}>
        {session.can('export', register.subject) && (
          <>
            <OpenPdfButton path={`${base}/list.pdf${printQuery ? `?${printQuery}` : ''}`} label={t('common.print')} />
            <DownloadButton path={`${base}/export.csv?${exportQuery}`} label={t('common.export')} />
          </>
        )}
        {session.can('create', register.subject) && <NewEntryButton register={register} labels={labels} />}
      </PageHeader>
      <Group align="flex-end">
        <TextInput
          w={420}
          label={t('common.search')}
          placeholder={t('registers.searchHint')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            paging.setPage(1);
          }}
        />
        {labels?.statuses && (
          <Select
            w={260}
            label={t('common.status')}
            clearable
            placeholder={t('common.all')}
            data={Object.entries(labels.statuses as Record<string, string>).map(([value, label]) => ({ value, label: script(label) }))}
            value={status}
            onChange={(next) => {
              setStatus(next);
              paging.setPage(1);
            }}
          />
        )}
      </Group>
      {list.error && !(list.error instanceof ApiError && list.error.code === 'ROUTE_NOT_FOUND') && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data &&
        (list.data.items.length === 0 ? (
          <Text c="dimmed">{t('common.noResults')}</Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={800}>
              <Table striped highlightOnHover verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    {columns.map((column) => column.header(labels)).map((header) => (
                      <Table.Th key={header}>{header}</Table.Th>
                    ))}
                    <Table.Th>{labels?.columns?.cases ?? t('registers.linkedCases')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((entry) => {
                    const cells = columns.map((column) => column.value(entry, labels));
                    return (
                      <Table.Tr key={entry.id}>
                        {cells.map((cell, i) => (
                          <Table.Td key={i}>
                            {i === 0 ? (
                              <Anchor component={Link} to={`/registers/${register.path}/${entry.id}`}>
                                {script(String(cell ?? '—')) || '—'}
                              </Anchor>
                            ) : (
                              script(String(cell ?? '')) || '—'
                            )}
                          </Table.Td>
                        ))}
                        <Table.Td>
                          <Group gap={4}>
                            {(entry.cases as Array<{ id: string; number: string }> | undefined)?.map((ref) => (
                              <Anchor key={ref.id} component={Link} to={`/cases/${ref.id}`} size="sm">
                                {ref.number}
                              </Anchor>
                            ))}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager total={list.data.total} page={paging.page} pageSize={paging.pageSize} onPage={paging.setPage} onPageSize={paging.setPageSize} />
          </>
        ))}
    </Stack>
  );
}
