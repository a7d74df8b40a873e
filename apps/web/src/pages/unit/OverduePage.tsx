import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCases } from '../../api/cases';
import { CaseTable } from '../../components/CaseTable';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { useSession } from '../../auth/session';
import { useHeadUnit } from './useHeadUnit';

/** Open cases past their legal deadline: of the head's unit, or all the user may see. */
export default function OverduePage() {
  const { t } = useTranslation();
  const session = useSession();
  const { unitId, picker } = useHeadUnit();
  const paging = usePaging(20);
  const cases = useCases({ overdue: true, orgUnitId: session.headOfUnits.length > 0 ? unitId : undefined, page: paging.page, pageSize: paging.pageSize });
  return (
    <Stack>
      <PageHeader title={t('unit.overdueTitle')} subtitle={t('unit.overdueSubtitle')}>
        {picker}
      </PageHeader>
      <QueryState query={cases}>
        {(page) => (
          <>
            <CaseTable cases={page.items} columns={['number', 'subject', 'party', 'assignee', 'status', 'deadline']} />
            <Pager total={page.total} page={paging.page} pageSize={paging.pageSize} onPage={paging.setPage} onPageSize={paging.setPageSize} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
