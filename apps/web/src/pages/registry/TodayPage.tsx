import { Group, Stack } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCases } from '../../api/cases';
import { CaseTable } from '../../components/CaseTable';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { belgradeToday } from '../../i18n/format';
import { OpenPdfButton } from '../cases/OpenPdfButton';

/** The day's page of the case register (delovodnik): what was received, and its printed book. */
export default function TodayPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = belgradeToday();
  const day = params.get('day') ?? today;
  const paging = usePaging(50);
  const cases = useCases({ receivedFrom: day, receivedTo: day, page: paging.page, pageSize: paging.pageSize });
  return (
    <Stack>
      <PageHeader title={t('today.title')} subtitle={t('today.subtitle')}>
        <DateInput
          aria-label={t('today.date')}
          valueFormat="DD.MM.YYYY"
          maxDate={today}
          value={day}
          onChange={(value) => setParams(value ? { day: value } : {}, { replace: true })}
          w={140}
        />
        <OpenPdfButton path={`/api/books/case-register.pdf?from=${day}&to=${day}`} label={t('today.printBook')} />
      </PageHeader>
      <QueryState query={cases}>
        {(page) => (
          <>
            <CaseTable cases={[...page.items].reverse()} columns={['number', 'received', 'party', 'subject', 'unit', 'assignee', 'status']} />
            <Group justify="flex-end">
              <Pager total={page.total} page={paging.page} pageSize={paging.pageSize} onPage={paging.setPage} onPageSize={paging.setPageSize} />
            </Group>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
