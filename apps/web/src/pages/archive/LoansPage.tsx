import { Anchor, Badge, Button, Card, Group, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import { invalidateWork } from '../../api/invalidate';
import type { CaseDetail, Loan } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';
import { notifyError, notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { formatDate, formatDateTime, useScript } from '../../i18n/format';
import { ActionModal } from '../cases/CaseActions';
import { useArchiveBook } from './archiveApi';

type LoanRow = Loan & { caseId: string; number: string; subject: string };

const caseById = (id: string) => call(api.GET('/api/cases/{id}', { params: { path: { id } } }));

/** Lending (revers): who has which case and until when; lending one out and taking it back. */
export default function LoansPage() {
  const { t } = useTranslation();
  const script = useScript();
  const client = useQueryClient();
  const errorText = useErrorText();
  const [open, setOpen] = useState('true');
  const paging = usePaging(20);
  const [lending, setLending] = useState<CaseDetail | null>(null);
  const [pick, setPick] = useState<string | null>(null);
  const loans = useQuery({
    queryKey: ['loans', open, paging.page, paging.pageSize],
    queryFn: () => call(api.GET('/api/archive/loans', { params: { query: { open: open === 'true', page: paging.page, pageSize: paging.pageSize } } })),
  });
  const onShelf = useArchiveBook({ status: 'archived', pageSize: 200 });
  const takeBack = useMutation({
    mutationFn: async (caseId: string) => {
      const file = await caseById(caseId);
      return call(api.POST('/api/cases/{id}/actions/{action}', { params: { path: { id: caseId, action: 'return' } }, body: { version: file.version } }));
    },
    onSuccess: () => notifySuccess(t('casePage.done', { action: t('caseAction.return') })),
    onError: (error) => notifyError(errorText(error)),
    onSettled: () => void invalidateWork(client),
  });

  return (
    <Stack>
      <PageHeader title={t('archive.loansTitle')} />
      <Card withBorder>
        <Group align="flex-end">
          <Select
            label={t('archive.lendPick')}
            w={420}
            searchable
            data={(onShelf.data?.items ?? []).map((entry) => ({ value: entry.caseId, label: `${entry.number} — ${script(entry.subject)}` }))}
            value={pick}
            onChange={setPick}
            nothingFoundMessage={t('common.noResults')}
          />
          <Button disabled={!pick} onClick={() => pick && void caseById(pick).then(setLending).catch((error: unknown) => notifyError(errorText(error)))}>
            {t('archive.lendCase')}
          </Button>
        </Group>
      </Card>
      <SegmentedControl
        w="fit-content"
        value={open}
        onChange={(value) => {
          setOpen(value);
          paging.setPage(1);
        }}
        data={[
          { value: 'true', label: t('archive.openLoans') },
          { value: 'false', label: t('archive.returned') },
        ]}
      />
      <QueryState query={loans}>
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
                    <Table.Th>{t('archive.borrower')}</Table.Th>
                    <Table.Th>{t('archive.lentAt')}</Table.Th>
                    <Table.Th>{t('archive.dueOn')}</Table.Th>
                    <Table.Th>{open === 'true' ? '' : t('archive.returnedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((loan) => (
                    <Table.Tr key={loan.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/cases/${loan.caseId}`}>
                          {loan.number}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{script(loan.subject)}</Table.Td>
                      <Table.Td>
                        {script(loan.borrower.name)}
                        {loan.purpose && (
                          <Text size="xs" c="dimmed">
                            {script(loan.purpose)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {formatDateTime(loan.lentAt)} · {loan.lentBy}
                      </Table.Td>
                      <Table.Td>
                        {formatDate(loan.dueOn)}
                        {loan.overdue && (
                          <Badge color="red" ml={4}>
                            {t('archive.overdueLoan')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {loan.returnedAt ? (
                          `${formatDateTime(loan.returnedAt)} · ${loan.receivedBy ?? ''}`
                        ) : (
                          <Button size="xs" variant="light" loading={takeBack.isPending && takeBack.variables === loan.caseId} onClick={() => takeBack.mutate(loan.caseId)}>
                            {t('archive.takeBack')}
                          </Button>
                        )}
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
      {lending && (
        <ActionModal
          file={lending}
          action="lend"
          onClose={() => {
            setLending(null);
            setPick(null);
          }}
        />
      )}
    </Stack>
  );
}
