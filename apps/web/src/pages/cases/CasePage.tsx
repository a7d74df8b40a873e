import { Badge, Card, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useCase } from '../../api/cases';
import type { CaseDetail } from '../../api/types';
import { useSession } from '../../auth/session';
import { DeadlineBadge, StatusBadge } from '../../components/CaseBadges';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { formatDate, formatDateTime, formatNumber, useScript } from '../../i18n/format';
import { AddActButton } from './AddActModal';
import { CaseActions } from './CaseActions';
import { CaseActs } from './CaseActs';
import { CaseAttachments } from './CaseAttachments';
import { CaseDeliveries, CaseTimeline } from './CaseTimeline';
import { OpenPdfButton } from './OpenPdfButton';
import { locationText } from '../archive/archiveApi';
import { CaseArchive } from './CaseArchive';
import { PrintReceiptButton } from '../registry/ReceptionStamp';

/** The case page: header, what can be done now, and the file's timeline, acts, attachments and books. */
export default function CasePage() {
  const { id } = useParams();
  const file = useCase(id!);
  return <QueryState query={file}>{(data) => <CaseView file={data} />}</QueryState>;
}

/** Files can be attached while the case is being worked on (the API refuses later ones). */
const OPEN_FOR_ATTACHMENTS = ['registered', 'assigned', 'in_progress', 'on_hold', 'resolved'];
/** The actions only the official processing the case is offered: they tell this user processes it. */
const PROCESSING = ['accept', 'hold', 'resume', 'resolve', 'close'];

function CaseView({ file }: { file: CaseDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  const script = useScript();
  const [tab, setTab] = useState<string | null>('timeline');
  const canUpload = session.can('create', 'Attachment') && OPEN_FOR_ATTACHMENTS.includes(file.status);
  const processes = file.availableActions.some((action) => PROCESSING.includes(action));

  return (
    <Stack>
      <PageHeader
        title={file.number}
        subtitle={
          <Group gap="xs" component="span">
            <StatusBadge status={file.status} />
            <DeadlineBadge deadline={file.deadline} />
            <span>{script(file.subject)}</span>
          </Group>
        }
      >
        <OpenPdfButton path={`/api/cases/${file.id}/cover.pdf`} label={t('casePage.coverSheet')} />
        {session.can('register', 'Case') && <PrintReceiptButton file={file} variant="light" />}
      </PageHeader>

      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
          <Field label={t('casePage.party')} value={script(file.party.name)} />
          <Field label={t('casePage.address')} value={script(file.party.address) || '—'} />
          {file.party.personalId !== undefined && <Field label={t('casePage.personalId')} value={file.party.personalId ?? '—'} />}
          <Field label={t('cases.classification')} value={file.classificationCode} />
          <Field label={t('cases.unit')} value={`${file.orgUnit.code} — ${script(file.orgUnit.name)}`} />
          <Field label={t('cases.assignee')} value={file.assignee ? script(file.assignee.fullName ?? file.assignee.username) : t('cases.unassigned')} />
          <Field label={t('casePage.receivedVia')} value={`${t(`receivedVia.${file.receivedVia}` as 'receivedVia.counter')}, ${formatDateTime(file.receivedAt)}`} />
          <Field label={t('casePage.dueDate')} value={file.dueDate ? formatDate(file.dueDate) : t('deadline.none')} />
          {file.feeAmount !== null && <Field label={t('casePage.fee')} value={formatNumber(file.feeAmount)} />}
          {file.retention && <Field label={t('casePage.retention')} value={file.retention.permanent ? t('casePage.permanent') : t('casePage.retentionYears', { count: file.retention.years ?? 0 })} />}
          {file.resolution && <Field label={t('casePage.resolution')} value={`${script(file.resolution)}${file.resolutionKind ? ` (${t(`resolutionKind.${file.resolutionKind}` as 'resolutionKind.other')})` : ''}`} />}
          {file.cancelReason && <Field label={t('casePage.cancelReason')} value={script(file.cancelReason)} />}
          {file.archive && (
            <Field
              label={t('casePage.location')}
              value={script(locationText(file.archive.entry.location))}
            />
          )}
        </SimpleGrid>
      </Card>

      <Card withBorder padding="md">
        <Title order={2} size="h5" mb="xs">
          {t('casePage.availableNow')}
        </Title>
        <Group justify="space-between" align="flex-start">
          <CaseActions file={file} />
          <AddActButton file={file} processes={processes} registers={session.can('register', 'Case')} />
        </Group>
        {file.archive?.openLoan && (
          <Badge color="orange" variant="light" mt="sm">
            {t('casePage.loan', { name: script(file.archive.openLoan.borrower.name), date: formatDate(file.archive.openLoan.dueOn) })}
          </Badge>
        )}
      </Card>

      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="timeline">{t('casePage.tabs.timeline')}</Tabs.Tab>
          <Tabs.Tab value="acts">
            {t('casePage.tabs.acts')} ({file.documents.length})
          </Tabs.Tab>
          <Tabs.Tab value="attachments">{t('casePage.tabs.attachments')}</Tabs.Tab>
          <Tabs.Tab value="deliveries">{t('casePage.tabs.deliveries')}</Tabs.Tab>
          {file.archive && <Tabs.Tab value="archive">{t('casePage.tabs.archive')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="timeline" pt="md">
          <CaseTimeline file={file} />
        </Tabs.Panel>
        <Tabs.Panel value="acts" pt="md">
          <CaseActs file={file} />
        </Tabs.Panel>
        <Tabs.Panel value="attachments" pt="md">
          <CaseAttachments file={file} canUpload={canUpload} />
        </Tabs.Panel>
        <Tabs.Panel value="deliveries" pt="md">
          <CaseDeliveries file={file} />
        </Tabs.Panel>
        {file.archive && (
          <Tabs.Panel value="archive" pt="md">
            <CaseArchive archive={file.archive} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}
