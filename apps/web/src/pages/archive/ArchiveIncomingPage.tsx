import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCases } from '../../api/cases';
import { CaseTable } from '../../components/CaseTable';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { CaseActions } from '../cases/CaseActions';

/** Cases closed a/a and not yet in the archive; taking one in asks for its shelf. */
export default function ArchiveIncomingPage() {
  const { t } = useTranslation();
  const paging = usePaging(20);
  const cases = useCases({ status: 'closed', page: paging.page, pageSize: paging.pageSize });
  return (
    <Stack>
      <PageHeader title={t('archive.incomingTitle')} subtitle={t('archive.incomingSubtitle')} />
      <QueryState query={cases}>
        {(page) => (
          <>
            <CaseTable cases={page.items} columns={['number', 'subject', 'party', 'unit', 'assignee']} extra={{ header: t('common.actions'), cell: (file) => <CaseActions file={file} /> }} />
            <Pager total={page.total} page={paging.page} pageSize={paging.pageSize} onPage={paging.setPage} onPageSize={paging.setPageSize} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
