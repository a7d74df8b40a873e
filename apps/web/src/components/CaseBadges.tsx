import { Badge, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, CaseSummary } from '../api/types';
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
const WORD_COLOURS = { ok: undefined, near: 'yellow', overdue: 'red', paused: 'dimmed', met: 'dimmed', missed: 'red' } as const;

/**
 * The legal deadline: its date, and in words whenever it says more than "in time" (due soon, days
 * late, paused, met, missed). The colours (green, yellow, red) only repeat what the words say, so
 * nothing is told by colour alone, and the words are there for a screen reader as for the eye.
 */
export function DeadlineBadge({ deadline }: { deadline: CaseSummary['deadline'] }) {
  const { t } = useTranslation();
  if (!deadline) {
    return (
      <span>
        <span aria-hidden>—</span>
        <VisuallyHidden>{t('deadline.none')}</VisuallyHidden>
      </span>
    );
  }
  const word = deadline.state === 'ok' ? null : deadline.daysOverdue > 0 ? t('deadline.late', { count: deadline.daysOverdue }) : t(`deadline.${deadline.state}`);
  return (
    <Stack gap={2} align="flex-start" component="span" data-testid="deadline">
      <Badge color={DEADLINE_COLOURS[deadline.state]} variant={deadline.state === 'overdue' ? 'filled' : 'light'} radius="sm">
        {formatDate(deadline.dueDate)}
      </Badge>
      {word && (
        <Text span size="xs" fw={600} c={WORD_COLOURS[deadline.state]} style={{ whiteSpace: 'nowrap' }}>
          {word}
        </Text>
      )}
    </Stack>
  );
}
