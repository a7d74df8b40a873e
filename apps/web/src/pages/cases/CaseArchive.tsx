import { Card, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../api/types';
import { formatDate, formatDateTime, useScript } from '../../i18n/format';
import { locationText } from '../archive/archiveApi';

/** The case's archive-book entry and every loan (revers) of it. */
export function CaseArchive({ archive }: { archive: NonNullable<CaseDetail['archive']> }) {
  const { t } = useTranslation();
  const script = useScript();
  const { entry } = archive;
  return (
    <>
      <Card withBorder mb="md">
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <div>
            <Text size="xs" c="dimmed">
              {t('archive.location')}
            </Text>
            <Text size="sm">{script(locationText(entry.location))}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('casePage.archivedAt')}
            </Text>
            <Text size="sm">
              {formatDateTime(entry.archivedAt)} · {entry.archivedBy}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('archive.retention')}
            </Text>
            <Text size="sm">{entry.permanent ? t('casePage.permanent') : t('casePage.retentionYears', { count: entry.retentionYears ?? 0 })}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('archive.eligibleFrom')}
            </Text>
            <Text size="sm">{entry.permanent ? '—' : entry.eligibleFromYear}</Text>
          </div>
        </SimpleGrid>
      </Card>
      {archive.loans.length > 0 && (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('archive.borrower')}</Table.Th>
              <Table.Th>{t('archive.lentAt')}</Table.Th>
              <Table.Th>{t('archive.dueOn')}</Table.Th>
              <Table.Th>{t('archive.returnedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {archive.loans.map((loan) => (
              <Table.Tr key={loan.id}>
                <Table.Td>{script(loan.borrower.name)}</Table.Td>
                <Table.Td>{formatDateTime(loan.lentAt)}</Table.Td>
                <Table.Td>{formatDate(loan.dueOn)}</Table.Td>
                <Table.Td>{loan.returnedAt ? formatDateTime(loan.returnedAt) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
