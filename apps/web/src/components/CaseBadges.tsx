import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, CaseSummary } from '../api/views';
import { formatDate } from '../i18n/format';

const STATUS_COLOURS: Record<CaseStatus, string> = {
  registered: 'blue',
  assigned: 'indigo',
  in_progress: 'cyan',
  on_hold: 'yellow',
  resolved: 'teal',
  closed: 'gray',
  archived: 'dark',
  lent: 'orange',
  destroyed: 'red',
  handed_over: 'grape',
  cancelled: 'red',
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}

const DEADLINE_COLOURS = { ok: 'green', near: 'yellow', overdue: 'red', paused: 'gray', met: 'green', missed: 'red' } as const;

/** The legal deadline: green in time, yellow within days, red past it (with the days late). */
export function DeadlineBadge({ deadline }: { deadline: CaseSummary['deadline'] }) {
  const { t } = useTranslation();
  if (!deadline) return <span aria-label={t('deadline.none')}>—</span>;
  const state = t(`deadline.${deadline.state}`);
  const late = deadline.daysOverdue > 0 ? ` · ${t('deadline.late', { count: deadline.daysOverdue })}` : '';
  return (
    <Tooltip label={`${state}${late}`}>
      <Badge color={DEADLINE_COLOURS[deadline.state]} variant={deadline.state === 'overdue' ? 'filled' : 'light'} radius="sm" aria-label={`${t('deadline.due', { date: formatDate(deadline.dueDate) })}, ${state}${late}`}>
        {formatDate(deadline.dueDate)}
      </Badge>
    </Tooltip>
  );
}
