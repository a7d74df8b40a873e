import { Anchor, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { CaseSummary } from '../api/types';
import { formatDateTime, useScript } from '../i18n/format';
import { DeadlineBadge, StatusBadge } from './CaseBadges';

export type CaseColumn = 'number' | 'subject' | 'party' | 'unit' | 'assignee' | 'received' | 'status' | 'deadline';

const DEFAULT_COLUMNS: CaseColumn[] = ['number', 'subject', 'party', 'unit', 'assignee', 'received', 'status', 'deadline'];

/**
 * Cases as a table: the number is a link (Tab + Enter), a click anywhere on the row opens the case,
 * and a left stripe marks cases near (yellow) or past (red) their deadline.
 */
export function CaseTable({ cases, columns = DEFAULT_COLUMNS, extra, caption }: { cases: CaseSummary[]; columns?: CaseColumn[]; extra?: { header: string; cell(file: CaseSummary): ReactNode }; caption?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const script = useScript();
  if (cases.length === 0) {
    return (
      <Text c="dimmed" py="md">
        {t('common.noResults')}
      </Text>
    );
  }
  const cell: Record<CaseColumn, (file: CaseSummary) => ReactNode> = {
    number: (file) => (
      <Anchor component={Link} to={`/cases/${file.id}`} fw={600} style={{ whiteSpace: 'nowrap' }}>
        {file.number}
      </Anchor>
    ),
    subject: (file) => script(file.subject),
    party: (file) => script(file.partyName),
    unit: (file) => file.orgUnit.code,
    assignee: (file) => (file.assignee ? script(file.assignee.fullName ?? file.assignee.username) : <Text span c="dimmed" size="sm">{t('cases.unassigned')}</Text>),
    received: (file) => formatDateTime(file.receivedAt),
    status: (file) => <StatusBadge status={file.status} />,
    deadline: (file) => <DeadlineBadge deadline={file.deadline} />,
  };
  const headers: Record<CaseColumn, string> = {
    number: t('cases.number'),
    subject: t('cases.subject'),
    party: t('cases.party'),
    unit: t('cases.unit'),
    assignee: t('cases.assignee'),
    received: t('cases.received'),
    status: t('cases.status'),
    deadline: t('cases.deadline'),
  };
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped highlightOnHover verticalSpacing="xs">
        {caption && <Table.Caption>{caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column}>{headers[column]}</Table.Th>
            ))}
            {extra && <Table.Th>{extra.header}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((file) => (
            <Table.Tr
              key={file.id}
              data-href
              className={file.deadline?.state === 'overdue' ? 'row-overdue' : file.deadline?.state === 'near' ? 'row-near' : undefined}
              onClick={(event) => {
                // Clicks in a row's own controls, or in their dropdowns (portals bubble through React), are theirs.
                const target = event.target as HTMLElement;
                if (!event.currentTarget.contains(target) || target.closest('a,button,input,[role="combobox"]')) return;
                navigate(`/cases/${file.id}`);
              }}
            >
              {columns.map((column) => (
                <Table.Td key={column}>{cell[column](file)}</Table.Td>
              ))}
              {extra && <Table.Td>{extra.cell(file)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
