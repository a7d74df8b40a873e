import { Checkbox, Group, MultiSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCases } from '../../api/cases';
import type { CaseStatus } from '../../api/types';
import { CaseTable } from '../../components/CaseTable';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';

export const CASE_STATES: CaseStatus[] = ['registered', 'assigned', 'in_progress', 'on_hold', 'resolved', 'closed', 'archived', 'lent', 'destroyed', 'handed_over', 'cancelled'];

/** Every case the user may see, searched by number, party or subject and filtered by state, year and deadline. */
export default function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(text.trim(), 300);
  const status = params.get('status')?.split(',').filter(Boolean) ?? [];
  const overdue = params.get('overdue') === 'true';
  const year = Number(params.get('year')) || undefined;
  const assigneeId = params.get('assignee') ?? undefined;
  const paging = usePaging(20);
  const cases = useCases({ q: q || undefined, status: status.join(',') || undefined, overdue: overdue || undefined, year, assigneeId, page: paging.page, pageSize: paging.pageSize });

  const setParam = (key: string, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        next.set('page', '1');
        return next;
      },
      { replace: true },
    );

  return (
    <Stack>
      <PageHeader title={q ? t('search.resultsFor', { q }) : t('nav.allCases')} subtitle={t('search.hint')} />
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('search.label')}
          placeholder={t('search.placeholder')}
          w={320}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setParam('q', event.currentTarget.value.trim() || undefined);
          }}
        />
        <MultiSelect
          label={t('cases.filters.status')}
          w={300}
          data={CASE_STATES.map((state) => ({ value: state, label: t(`status.${state}`) }))}
          value={status}
          onChange={(value) => setParam('status', value.join(',') || undefined)}
          clearable
        />
        <NumberInput label={t('cases.filters.year')} w={110} min={1900} max={2999} value={year ?? ''} onChange={(value) => setParam('year', value ? String(value) : undefined)} />
        <Checkbox label={t('cases.filters.overdue')} checked={overdue} onChange={(event) => setParam('overdue', event.currentTarget.checked ? 'true' : undefined)} mb={8} />
      </Group>
      <QueryState query={cases}>
        {(page) => (
          <>
            <CaseTable cases={page.items} />
            <Pager total={page.total} capped={page.totalCapped} page={paging.page} pageSize={paging.pageSize} onPage={paging.setPage} onPageSize={paging.setPageSize} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
