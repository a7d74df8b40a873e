import { Code, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { AuditEntry } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../i18n/format';

/** The append-only audit trail: who did what to which record, newest first. */
export default function AuditPage() {
  const { t } = useTranslation();
  const [entityType, setEntityType] = useState('');
  const [entityId, setEntityId] = useState('');
  const [filter] = useDebouncedValue({ entityType: entityType.trim() || undefined, entityId: /^[0-9a-f-]{36}$/i.test(entityId.trim()) ? entityId.trim() : undefined }, 300);
  const paging = usePaging(50);
  const audit = useQuery({
    queryKey: ['audit', filter, paging.page, paging.pageSize],
    queryFn: () => call(api.GET('/api/audit', { params: { query: { ...filter, page: paging.page, pageSize: paging.pageSize } } })),
    placeholderData: (previous) => previous,
  });
  return (
    <Stack>
      <PageHeader title={t('admin.auditTitle')} />
      <Group>
        <TextInput label={t('admin.entity')} placeholder="Case, User, Position…" value={entityType} onChange={(event) => setEntityType(event.currentTarget.value)} />
        <TextInput label="ID" w={340} value={entityId} onChange={(event) => setEntityId(event.currentTarget.value)} />
      </Group>
      <QueryState query={audit}>
        {(page) => (
          <>
            <Table striped verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.at')}</Table.Th>
                  <Table.Th>{t('admin.actor')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                  <Table.Th>{t('admin.entity')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
                    <Table.Td>{entry.actor ?? 'system'}</Table.Td>
                    <Table.Td>
                      <Code>{entry.action}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{entry.entityType}</Text>
                      <Text size="xs" c="dimmed">
                        {entry.entityId}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Pager total={page.total} page={paging.page} pageSize={paging.pageSize} onPage={paging.setPage} onPageSize={paging.setPageSize} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
