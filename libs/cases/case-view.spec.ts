import { describe, expect, it } from '@jest/globals';
import type { CaseStatus } from './case-state-machine.js';
import { deadlineView } from './case-view.js';

describe('deadlineView: where a case stands against its legal deadline', () => {
  const view = (status: CaseStatus, dueDate: string | null, today: string, resolvedAt: string | null = null) =>
    deadlineView({ status, dueDate, resolvedAt: resolvedAt ? new Date(resolvedAt) : null }, today);

  it.each([
    ['in_progress', '2026-04-01', '2026-03-20', null, { state: 'ok', daysOverdue: 0 }],
    ['assigned', '2026-04-01', '2026-03-28', null, { state: 'near', daysOverdue: 0 }],
    ['registered', '2026-04-01', '2026-04-01', null, { state: 'near', daysOverdue: 0 }],
    ['in_progress', '2026-04-01', '2026-04-04', null, { state: 'overdue', daysOverdue: 3 }],
    ['on_hold', '2026-04-01', '2026-04-20', null, { state: 'paused', daysOverdue: 0 }],
    ['resolved', '2026-04-01', '2026-06-01', '2026-03-31T10:00:00Z', { state: 'met', daysOverdue: 0 }],
    // Decided at 00:30 on 2 April Belgrade time (22:30 UTC on 1 April): one day late.
    ['closed', '2026-04-01', '2026-06-01', '2026-04-01T22:30:00Z', { state: 'missed', daysOverdue: 1 }],
    ['archived', '2026-04-01', '2027-06-01', '2026-04-11T10:00:00Z', { state: 'missed', daysOverdue: 10 }],
  ] as const)('%s, due %s, on %s (decided %s) → %j', (status, due, today, resolvedAt, expected) => {
    expect(view(status, due, today, resolvedAt)).toEqual({ dueDate: due, ...expected });
  });

  it('has nothing to say without a deadline or for a cancelled case', () => {
    expect(view('in_progress', null, '2026-04-01')).toBeNull();
    expect(view('cancelled', '2026-04-01', '2026-05-01')).toBeNull();
  });
});
