import { Alert, Anchor, Badge, Button, Card, Group, Modal, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { invalidateWork } from '../../api/invalidate';
import type { DisposalListDetail } from '../../api/types';
import { useSession } from '../../auth/session';
import { StatusBadge } from '../../components/CaseBadges';
import { useErrorText } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { formatDate, formatDateTime, useScript } from '../../i18n/format';
import { OpenPdfButton } from '../cases/OpenPdfButton';
import { locationText } from './archiveApi';

/** One disposal or handover list: its cases, and the committee's approval (which executes it) or rejection. */
export default function DisposalListPage() {
  const { id } = useParams();
  const list = useQuery({ queryKey: ['disposal-list', id], queryFn: () => call(api.GET('/api/archive/disposal-lists/{id}', { params: { path: { id: id! } } })) });
  return <QueryState query={list}>{(data) => <ListView list={data} />}</QueryState>;
}

function ListView({ list }: { list: DisposalListDetail }) {
  const { t } = useTranslation();
  const script = useScript();
  const session = useSession();
  const [deciding, setDeciding] = useState<'approve' | 'reject' | null>(null);
  const title = t('archive.listTitle', { kind: t(`archive.kind.${list.kind}`), date: formatDate(list.createdAt) });
  return (
    <Stack>
      <PageHeader title={title} subtitle={<Badge variant="light">{t(`archive.listStatus.${list.status}`)}</Badge>}>
        <OpenPdfButton path={`/api/books/disposal-lists/${list.id}`} label={t('archive.printList')} />
        {list.status === 'draft' && session.can('approve', 'DisposalList') && (
          <>
            <Button color="red" variant="outline" onClick={() => setDeciding('reject')}>
              {t('archive.reject')}
            </Button>
            <Button onClick={() => setDeciding('approve')}>{t('archive.approve')}</Button>
          </>
        )}
      </PageHeader>
      {list.status === 'approved' && (
        <Alert color="green">
          {formatDateTime(list.approvedAt)} · {list.approvedBy} · {list.decisionNumber ?? ''} {list.archiveConsent ? `· ${list.archiveConsent}` : ''}
        </Alert>
      )}
      {list.status === 'rejected' && <Alert color="gray">{script(list.rejectionReason)}</Alert>}
      {list.note && <Text>{script(list.note)}</Text>}
      <Card withBorder>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.number')}</Table.Th>
              <Table.Th>{t('cases.subject')}</Table.Th>
              <Table.Th>{t('archive.retention')}</Table.Th>
              <Table.Th>{t('archive.location')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/cases/${entry.caseId}`}>
                    {entry.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{script(entry.subject)}</Table.Td>
                <Table.Td>{entry.permanent ? t('casePage.permanent') : t('casePage.retentionYears', { count: entry.retentionYears ?? 0 })}</Table.Td>
                <Table.Td>{script(locationText(entry.location))}</Table.Td>
                <Table.Td>
                  <StatusBadge status={entry.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {deciding && <DecisionModal list={list} decision={deciding} onClose={() => setDeciding(null)} />}
    </Stack>
  );
}

function DecisionModal({ list, decision, onClose }: { list: DisposalListDetail; decision: 'approve' | 'reject'; onClose(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorText = useErrorText();
  const [decisionNumber, setDecisionNumber] = useState('');
  const [consent, setConsent] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const decide = useMutation({
    mutationFn: () =>
      decision === 'approve'
        ? call(api.POST('/api/archive/disposal-lists/{id}/approve', { params: { path: { id: list.id } }, body: { version: list.version, ...(decisionNumber.trim() ? { decisionNumber: decisionNumber.trim() } : {}), ...(consent.trim() ? { archiveConsent: consent.trim() } : {}) } }))
        : call(api.POST('/api/archive/disposal-lists/{id}/reject', { params: { path: { id: list.id } }, body: { version: list.version, reason: reason.trim() } })),
    onSuccess: () => {
      notifySuccess(decision === 'approve' ? t('archive.approved', { status: t(list.kind === 'disposal' ? 'status.destroyed' : 'status.handed_over') }) : t('archive.rejectedDone'));
      onClose();
    },
    onError: (error) => setFailure(errorText(error)),
    onSettled: () => void invalidateWork(client),
  });
  return (
    <Modal opened onClose={onClose} title={decision === 'approve' ? t('archive.approve') : t('archive.reject')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (decision === 'reject' && !reason.trim()) return;
          decide.mutate();
        }}
      >
        <Stack>
          {decision === 'approve' ? (
            <>
              <Text size="sm">{t('archive.executeHint')}</Text>
              <TextInput label={t('archive.decisionNumber')} data-autofocus maxLength={100} value={decisionNumber} onChange={(event) => setDecisionNumber(event.currentTarget.value)} />
              <Textarea label={t('archive.archiveConsent')} maxLength={2000} value={consent} onChange={(event) => setConsent(event.currentTarget.value)} />
            </>
          ) : (
            <Textarea label={t('archive.rejectReason')} required data-autofocus maxLength={2000} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={tried && !reason.trim() ? t('validation.required') : undefined} />
          )}
          {failure && (
            <Text c="red" size="sm" role="alert">
              {failure}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={decision === 'reject' ? 'red' : undefined} loading={decide.isPending}>
              {decision === 'approve' ? t('archive.approve') : t('archive.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
