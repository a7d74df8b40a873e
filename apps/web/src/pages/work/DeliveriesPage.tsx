import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import { invalidateWork } from '../../api/invalidate';
import type { Delivery } from '../../api/types';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../components/ErrorAlert';
import { HiddenHeader } from '../../components/HiddenHeader';
import { notifyError, notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { formatDateTime, useScript } from '../../i18n/format';

/** Hand-overs waiting for this user's confirmation: the receiving signature of the delivery book. */
export default function DeliveriesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const script = useScript();
  const client = useQueryClient();
  const errorText = useErrorText();
  const paging = usePaging(20);
  const deliveries = useQuery({
    queryKey: ['deliveries', 'mine', paging.page, paging.pageSize],
    queryFn: () => call(api.GET('/api/deliveries', { params: { query: { pending: true, toUserId: session.me!.id, page: paging.page, pageSize: paging.pageSize } } })),
  });
  const confirm = useMutation({
    mutationFn: (id: string) => call(api.POST('/api/deliveries/{id}/confirm', { params: { path: { id } }, body: {} })),
    onSuccess: () => notifySuccess(t('deliveries.confirmed')),
    onError: (error) => notifyError(errorText(error)),
    onSettled: () => void invalidateWork(client),
  });
  return (
    <Stack>
      <PageHeader title={t('deliveries.title')} subtitle={t('deliveries.subtitle')} />
      <QueryState query={deliveries}>
        {(page) =>
          page.items.length === 0 ? (
            <Text c="dimmed">{t('common.noResults')}</Text>
          ) : (
            <>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('cases.number')}</Table.Th>
                    <Table.Th>{t('cases.subject')}</Table.Th>
                    <Table.Th>{t('deliveries.from')}</Table.Th>
                    <Table.Th>{t('deliveries.handedAt')}</Table.Th>
                    <Table.Th>{t('common.note')}</Table.Th>
                    <HiddenHeader>{t('common.actions')}</HiddenHeader>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((delivery) => (
                    <Table.Tr key={delivery.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/cases/${delivery.caseId}`}>
                          {delivery.caseNumber}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{script(delivery.subject)}</Table.Td>
                      <Table.Td>{script(delivery.from.fullName)}</Table.Td>
                      <Table.Td>{formatDateTime(delivery.handedAt)}</Table.Td>
                      <Table.Td>{script(delivery.note) || '—'}</Table.Td>
                      <Table.Td>
                        <Button size="xs" loading={confirm.isPending && confirm.variables === delivery.id} onClick={() => confirm.mutate(delivery.id)}>
                          {t('deliveries.confirm')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Pager total={page.total} page={paging.page} pageSize={paging.pageSize} onPage={paging.setPage} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
