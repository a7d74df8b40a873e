import { SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCases } from '../../api/cases';
import type { CaseSummary } from '../../api/types';
import { useSession } from '../../auth/session';
import { CaseTable } from '../../components/CaseTable';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';

const WORKING = 'assigned,in_progress,on_hold';
const WAITING_TO_CLOSE = 'resolved';
const PAGE = 20;

/** Earliest due date first; cases without a deadline after those with one, oldest first. */
function byDueDate(a: CaseSummary, b: CaseSummary): number {
  if (a.dueDate && b.dueDate) return a.dueDate.localeCompare(b.dueDate);
  if (a.dueDate || b.dueDate) return a.dueDate ? -1 : 1;
  return a.receivedAt.localeCompare(b.receivedAt);
}

/**
 * The official's inbox: their open cases by due date, coloured near (yellow) and past (red) the
 * deadline. The API lists newest first, so the (at most 200) open cases are ordered here.
 */
export default function MyCasesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [which, setWhich] = useState(WORKING);
  const [page, setPage] = useState(1);
  const cases = useCases({ assigneeId: session.me!.id, status: which, pageSize: 200 });
  return (
    <Stack>
      <PageHeader title={t('myCases.title')} subtitle={t('myCases.subtitle')} />
      <SegmentedControl
        w="fit-content"
        value={which}
        onChange={(value) => {
          setWhich(value);
          setPage(1);
        }}
        data={[
          { value: WORKING, label: t('myCases.open') },
          { value: WAITING_TO_CLOSE, label: t('myCases.closedRecently') },
        ]}
      />
      <QueryState query={cases}>
        {(data) => {
          const sorted = [...data.items].sort(byDueDate);
          return (
            <>
              <CaseTable cases={sorted.slice((page - 1) * PAGE, page * PAGE)} columns={['number', 'subject', 'party', 'received', 'status', 'deadline']} />
              <Pager total={sorted.length} page={page} pageSize={PAGE} onPage={setPage} />
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
