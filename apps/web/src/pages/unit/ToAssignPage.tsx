import { Button, Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssign, useCases } from '../../api/cases';
import { useUnitOfficials } from '../../api/people';
import type { CaseSummary } from '../../api/types';
import { CaseTable } from '../../components/CaseTable';
import { useErrorText } from '../../components/ErrorAlert';
import { notifyError, notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { useScript } from '../../i18n/format';
import { useHeadUnit } from './useHeadUnit';

/** Signing (signiranje): the unit's new cases, each assigned to an official right in the list. */
export default function ToAssignPage() {
  const { t } = useTranslation();
  const { unitId, picker } = useHeadUnit();
  const paging = usePaging(20);
  const cases = useCases({ orgUnitId: unitId, status: 'registered', page: paging.page, pageSize: paging.pageSize }, { enabled: !!unitId });
  const officials = useUnitOfficials(unitId);
  return (
    <Stack>
      <PageHeader title={t('unit.toAssignTitle')} subtitle={t('unit.toAssignSubtitle')}>
        {picker}
      </PageHeader>
      <QueryState query={cases}>
        {(page) => (
          <>
            <CaseTable
              cases={page.items}
              columns={['number', 'subject', 'party', 'received', 'deadline']}
              extra={{ header: t('unit.assignTo'), cell: (file) => <AssignInline file={file} officials={officials.data ?? []} /> }}
            />
            <Pager total={page.total} page={paging.page} pageSize={paging.pageSize} onPage={paging.setPage} onPageSize={paging.setPageSize} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function AssignInline({ file, officials }: { file: CaseSummary; officials: Array<{ userId: string; fullName: string; positionTitle: string }> }) {
  const { t } = useTranslation();
  const script = useScript();
  const errorText = useErrorText();
  const assign = useAssign();
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  return (
    <Group gap="xs" wrap="nowrap">
      <Select
        size="xs"
        w={200}
        searchable
        aria-label={`${t('unit.assignTo')} ${file.number}`}
        placeholder={t('actionForm.assignee')}
        data={officials.map((person) => ({ value: person.userId, label: script(person.fullName) }))}
        value={assigneeId}
        onChange={setAssigneeId}
      />
      <Button
        size="xs"
        disabled={!assigneeId}
        loading={assign.isPending}
        onClick={() =>
          assign.mutate(
            { id: file.id, body: { assigneeId: assigneeId!, version: file.version } },
            {
              onSuccess: () => notifySuccess(t('unit.assigned', { number: file.number, name: script(officials.find((person) => person.userId === assigneeId)?.fullName) })),
              onError: (error) => notifyError(errorText(error)),
            },
          )
        }
      >
        {t('caseAction.assign')}
      </Button>
    </Group>
  );
}
