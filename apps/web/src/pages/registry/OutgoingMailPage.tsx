import { Anchor, Badge, Button, Checkbox, Group, Modal, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { invalidateWork } from '../../api/invalidate';
import type { MailStatus, OutgoingMail } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';
import { HiddenHeader } from '../../components/HiddenHeader';
import { notifyError, notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { addDays, belgradeToday, formatDate, useScript } from '../../i18n/format';
import { OpenPdfButton } from '../cases/OpenPdfButton';

const TABS: MailStatus[] = ['pending', 'sent', 'delivered', 'returned'];

/** The outgoing mail book (knjiga za otpremu pošte): letters to send, and receipts (povratnice) to record. */
export default function OutgoingMailPage() {
  const { t } = useTranslation();
  const script = useScript();
  const client = useQueryClient();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as MailStatus | null) ?? 'pending';
  const paging = usePaging(50);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [receiptFor, setReceiptFor] = useState<OutgoingMail | null>(null);
  const today = belgradeToday();
  const mail = useQuery({
    queryKey: ['outgoing-mail', status, paging.page, paging.pageSize],
    // Letters wait to be sent in the order they came; once sent, the clerk looks for the latest (receipts come back days later).
    queryFn: () =>
      call(
        api.GET('/api/outgoing-mail', { params: { query: { status, order: status === 'pending' ? 'oldest' : 'newest', page: paging.page, pageSize: paging.pageSize } } }),
      ),
  });
  const send = useMutation({
    mutationFn: async (entries: OutgoingMail[]) => {
      for (const entry of entries) await call(api.POST('/api/outgoing-mail/{id}/send', { params: { path: { id: entry.id } }, body: { version: entry.version } }));
    },
    onSuccess: () => {
      setChosen(new Set());
      notifySuccess(t('outgoing.sentDone'));
    },
    onError: (error) => notifyError(errorText(error)),
    onSettled: () => void invalidateWork(client),
  });

  return (
    <Stack>
      <PageHeader title={t('outgoing.title')}>
        <OpenPdfButton path={`/api/books/outgoing-mail.pdf?from=${addDays(today, -30)}&to=${today}`} label={t('outgoing.printBook')} />
      </PageHeader>
      <Group justify="space-between">
        <SegmentedControl
          value={status}
          onChange={(value) => {
            setChosen(new Set());
            setParams({ status: value }, { replace: true });
          }}
          data={TABS.map((value) => ({ value, label: t(`mailStatus.${value}`) }))}
        />
        {status === 'pending' && (
          <Button disabled={chosen.size === 0} loading={send.isPending} onClick={() => send.mutate((mail.data?.items ?? []).filter((entry) => chosen.has(entry.id)))}>
            {t('outgoing.markSent')} ({chosen.size})
          </Button>
        )}
      </Group>
      <QueryState query={mail}>
        {(page) =>
          page.items.length === 0 ? (
            <Text c="dimmed">{t('common.noResults')}</Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={800}>
                <Table striped verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      {status === 'pending' && (
                        <Table.Th w={1}>
                          <Checkbox
                            aria-label={t('common.all')}
                            checked={chosen.size === page.items.length}
                            indeterminate={chosen.size > 0 && chosen.size < page.items.length}
                            onChange={(event) => setChosen(event.currentTarget.checked ? new Set(page.items.map((entry) => entry.id)) : new Set())}
                          />
                        </Table.Th>
                      )}
                      <Table.Th>{t('outgoing.act')}</Table.Th>
                      <Table.Th>{t('cases.subject')}</Table.Th>
                      <Table.Th>{t('outgoing.recipient')}</Table.Th>
                      <Table.Th>{t('outgoing.method')}</Table.Th>
                      <Table.Th>{t('outgoing.sentOn')}</Table.Th>
                      <Table.Th>{t('outgoing.deliveredOn')}</Table.Th>
                      <HiddenHeader>{t('common.actions')}</HiddenHeader>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((entry) => (
                      <Table.Tr key={entry.id}>
                        {status === 'pending' && (
                          <Table.Td>
                            <Checkbox
                              aria-label={entry.actNumber}
                              checked={chosen.has(entry.id)}
                              onChange={(event) => {
                                const next = new Set(chosen);
                                if (event.currentTarget.checked) next.add(entry.id);
                                else next.delete(entry.id);
                                setChosen(next);
                              }}
                            />
                          </Table.Td>
                        )}
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Anchor component={Link} to={`/cases/${entry.caseId}`}>
                            {entry.actNumber}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{script(entry.actSubject)}</Table.Td>
                        <Table.Td>
                          {script(entry.recipientName)}
                          <Text size="xs" c="dimmed">
                            {script(entry.recipientAddress)}
                          </Text>
                        </Table.Td>
                        <Table.Td>{t(`dispatchMethod.${entry.method}` as 'dispatchMethod.post')}</Table.Td>
                        <Table.Td>{formatDate(entry.sentOn)}</Table.Td>
                        <Table.Td>
                          {formatDate(entry.deliveredOn)}
                          {entry.status === 'returned' && (
                            <Badge color="red" variant="light" ml={4}>
                              {t('mailStatus.returned')}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {entry.status === 'pending' && (
                            <Button size="xs" variant="light" onClick={() => send.mutate([entry])}>
                              {t('outgoing.markSent')}
                            </Button>
                          )}
                          {entry.status === 'sent' && (
                            <Button size="xs" variant="light" onClick={() => setReceiptFor(entry)}>
                              {t('outgoing.recordReceipt')}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager total={page.total} page={paging.page} pageSize={paging.pageSize} onPage={paging.setPage} onPageSize={paging.setPageSize} />
            </>
          )
        }
      </QueryState>
      {receiptFor && <ReceiptModal entry={receiptFor} onClose={() => setReceiptFor(null)} />}
    </Stack>
  );
}

/** The delivery receipt came back: the day on it, or the letter returned undelivered. */
function ReceiptModal({ entry, onClose }: { entry: OutgoingMail; onClose(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorText = useErrorText();
  const today = belgradeToday();
  const [deliveredOn, setDeliveredOn] = useState<string | null>(today);
  const [returned, setReturned] = useState(false);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const record = useMutation({
    mutationFn: () =>
      call(api.POST('/api/outgoing-mail/{id}/receipt', { params: { path: { id: entry.id } }, body: { deliveredOn: deliveredOn!, returned, ...(note.trim() ? { note: note.trim() } : {}), version: entry.version } })),
    onSuccess: () => {
      notifySuccess(t('outgoing.receiptDone'));
      onClose();
    },
    onError: (error) => setFailure(errorText(error)),
    onSettled: () => void invalidateWork(client),
  });
  return (
    <Modal opened onClose={onClose} title={t('outgoing.receiptTitle', { number: entry.actNumber })}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (deliveredOn) record.mutate();
        }}
      >
        <Stack>
          <DateInput label={t('outgoing.deliveredDate')} required data-autofocus valueFormat="DD.MM.YYYY" maxDate={today} minDate={entry.sentOn ?? undefined} value={deliveredOn} onChange={setDeliveredOn} error={deliveredOn ? undefined : t('validation.date')} />
          <Checkbox label={t('outgoing.returnedUndelivered')} checked={returned} onChange={(event) => setReturned(event.currentTarget.checked)} />
          <TextInput label={t('outgoing.receiptNote')} maxLength={1000} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          {failure && (
            <Text c="red" size="sm" role="alert">
              {failure}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} disabled={!deliveredOn}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
