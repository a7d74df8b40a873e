import { Anchor, Badge, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { StatusBadge } from '../../components/CaseBadges';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { belgradeToday, formatDate, useScript } from '../../i18n/format';
import { OpenPdfButton } from '../cases/OpenPdfButton';
import { locationText, useArchiveBook, type BookFilter } from './archiveApi';

const STATUSES = ['archived', 'lent', 'destroyed', 'handed_over'] as const;

/** The archive book (arhivska knjiga): by year and class, with retention and shelf location. */
export default function ArchiveBookPage() {
  const { t } = useTranslation();
  const script = useScript();
  const [params, setParams] = useSearchParams();
  const paging = usePaging(50);
  const year = Number(params.get('year')) || undefined;
  const classCode = params.get('class') || undefined;
  const status = (params.get('status') as BookFilter['status']) || undefined;
  const book = useArchiveBook({ year, classCode: classCode && /^\d+$/.test(classCode) ? classCode : undefined, status, page: paging.page, pageSize: paging.pageSize });
  const set = (key: string, value: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      next.set('page', '1');
      return next;
    });
  return (
    <Stack>
      <PageHeader title={t('archive.bookTitle')}>
        <OpenPdfButton path={`/api/books/archive-book.pdf?year=${year ?? Number(belgradeToday().slice(0, 4))}`} label={t('archive.printBook')} />
      </PageHeader>
      <Group align="flex-end">
        <NumberInput label={t('common.year')} w={110} min={1900} max={2999} value={year ?? ''} onChange={(value) => set('year', value ? String(value) : undefined)} />
        <TextInput label={t('cases.classification')} w={110} value={classCode ?? ''} onChange={(event) => set('class', event.currentTarget.value.replace(/\D/g, '') || undefined)} />
        <Select label={t('common.status')} w={180} clearable data={STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))} value={status ?? null} onChange={(value) => set('status', value ?? undefined)} />
      </Group>
      <QueryState query={book}>
        {(page) =>
          page.items.length === 0 ? (
            <Text c="dimmed">{t('common.noResults')}</Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={900}>
                <Table striped verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('cases.number')}</Table.Th>
                      <Table.Th>{t('cases.subject')}</Table.Th>
                      <Table.Th>{t('cases.party')}</Table.Th>
                      <Table.Th>{t('archive.retention')}</Table.Th>
                      <Table.Th>{t('archive.location')}</Table.Th>
                      <Table.Th>{t('archive.eligibleFrom')}</Table.Th>
                      <Table.Th>{t('common.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((entry) => (
                      <Table.Tr key={entry.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Anchor component={Link} to={`/cases/${entry.caseId}`}>
                            {entry.number}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {formatDate(entry.archivedAt)} · {entry.archivedBy}
                          </Text>
                        </Table.Td>
                        <Table.Td>{script(entry.subject)}</Table.Td>
                        <Table.Td>{script(entry.partyName)}</Table.Td>
                        <Table.Td>{entry.permanent ? t('casePage.permanent') : t('casePage.retentionYears', { count: entry.retentionYears ?? 0 })}</Table.Td>
                        <Table.Td>{script(locationText(entry.location))}</Table.Td>
                        <Table.Td>{entry.permanent ? '—' : entry.eligibleFromYear}</Table.Td>
                        <Table.Td>
                          <StatusBadge status={entry.status} />
                          {entry.openLoan && (
                            <Badge color={entry.openLoan.overdue ? 'red' : 'orange'} variant="light" ml={4}>
                              {script(entry.openLoan.borrower.name)}
                            </Badge>
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
    </Stack>
  );
}
