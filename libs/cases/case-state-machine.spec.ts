import { describe, expect, it } from '@jest/globals';

import { DomainError } from '../shared/errors.js';
import { ARCHIVE_CASE_STATES } from '../access/system-roles.js';
import {
  ARCHIVE_BOOK_STATES,
  BEFORE_ARCHIVE_STATES,
  UNIT_HAND_OVER_STATES,
  WORKED_ON_STATES,
  CASE_ACTIONS,
  CASE_STATES,
  CASE_TRANSITIONS,
  DEADLINE_RUNNING_STATES,
  IN_ARCHIVE_STATES,
  OPEN_STATES,
  overdueSql,
  sqlStates,
  TERMINAL_STATES,
  availableActions,
  nextStatus,
  transitionFor,
  type CaseAction,
  type CaseStatus,
  type Transition,
} from './case-state-machine.js';

/** Every allowed (state, action) pair and the state it leads to, written out by hand. */
const ALLOWED: ReadonlyArray<[CaseStatus, CaseAction, CaseStatus]> = [
  ['registered', 'assign', 'assigned'],
  ['assigned', 'assign', 'assigned'],
  ['in_progress', 'assign', 'assigned'],
  ['on_hold', 'assign', 'on_hold'],
  ['resolved', 'assign', 'resolved'],
  ['assigned', 'accept', 'in_progress'],
  ['in_progress', 'hold', 'on_hold'],
  ['on_hold', 'resume', 'in_progress'],
  ['in_progress', 'resolve', 'resolved'],
  ['on_hold', 'resolve', 'resolved'],
  ['in_progress', 'close', 'closed'],
  ['on_hold', 'close', 'closed'],
  ['resolved', 'close', 'closed'],
  ['closed', 'reopen', 'in_progress'],
  ['closed', 'archive', 'archived'],
  ['archived', 'lend', 'lent'],
  ['lent', 'return', 'archived'],
  ['archived', 'dispose', 'destroyed'],
  ['archived', 'hand_over', 'handed_over'],
  ['registered', 'cancel', 'cancelled'],
  ['assigned', 'cancel', 'cancelled'],
  ['in_progress', 'cancel', 'cancelled'],
  ['on_hold', 'cancel', 'cancelled'],
];

const expected = new Map(ALLOWED.map(([s, a, to]) => [`${s}/${a}`, to]));
const crossProduct = CASE_STATES.flatMap((status) =>
  CASE_ACTIONS.map((action) => {
    const to = expected.get(`${status}/${action}`) ?? null;
    return { status, action, to, outcome: to ?? '409 INVALID_TRANSITION' };
  }),
);

/** Runs `fn`, expecting a 409 INVALID_TRANSITION DomainError naming action and status. */
function expectInvalid(fn: () => unknown, action: string, status: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  expect({ status: error.status, code: error.code, params: error.params }).toEqual({
    status: 409,
    code: 'INVALID_TRANSITION',
    params: { action, status },
  });
}

describe('case state machine: the full table', () => {
  it('covers every state × action pair', () => {
    expect(crossProduct).toHaveLength(CASE_STATES.length * CASE_ACTIONS.length);
    for (const [s, a] of ALLOWED) {
      expect(CASE_STATES).toContain(s);
      expect(CASE_ACTIONS).toContain(a);
    }
  });

  it.each(crossProduct)('$status + $action → $outcome', ({ status, action, to }) => {
    if (to === null) {
      expectInvalid(() => transitionFor(status, action), action, status);
      expectInvalid(() => nextStatus(status, action), action, status);
    } else {
      expect(transitionFor(status, action).action).toBe(action);
      expect(nextStatus(status, action)).toBe(to);
    }
  });

  it('declares each (action, from-state) pair at most once', () => {
    const pairs = CASE_TRANSITIONS.flatMap((t) => t.from.map((s) => `${t.action}/${s}`));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('rejects an unknown action', () => {
    expectInvalid(() => transitionFor('in_progress', 'delete' as CaseAction), 'delete', 'in_progress');
  });
});

describe('case state machine: paths', () => {
  it('follows the happy path registered → … → destroyed', () => {
    const steps: CaseAction[] = ['assign', 'accept', 'hold', 'resume', 'resolve', 'close', 'archive', 'lend', 'return', 'dispose'];
    const visited: CaseStatus[] = ['registered'];
    for (const action of steps) visited.push(nextStatus(visited[visited.length - 1], action));
    expect(visited).toEqual([
      'registered', 'assigned', 'in_progress', 'on_hold', 'in_progress', 'resolved', 'closed', 'archived', 'lent', 'archived', 'destroyed',
    ]);
  });

  it('hands permanent material over to the historical archive', () => {
    expect(nextStatus('archived', 'hand_over')).toBe('handed_over');
  });

  it('reopens a closed case and closes it again', () => {
    const reopened = nextStatus('closed', 'reopen');
    expect(reopened).toBe('in_progress');
    expect(nextStatus(nextStatus(reopened, 'resolve'), 'close')).toBe('closed');
  });

  it('sends a reassigned in-progress case back to assigned, to be accepted by the new official', () => {
    expect(nextStatus('in_progress', 'assign')).toBe('assigned');
    expect(transitionFor('on_hold', 'assign').to).toBe('same');
  });

  it.each(OPEN_STATES.map((s) => [s]))('cancels from open state %s', (status) => {
    expect(nextStatus(status, 'cancel')).toBe('cancelled');
  });

  it.each([['resolved'], ['closed'], ['archived'], ['lent']] as const)('does not cancel once %s', (status) => {
    expectInvalid(() => nextStatus(status, 'cancel'), 'cancel', status);
  });

  it.each(TERMINAL_STATES.map((s) => [s]))('allows nothing from terminal state %s', (status) => {
    expect(availableActions(status, () => true)).toEqual([]);
    for (const action of CASE_ACTIONS) expectInvalid(() => transitionFor(status, action), action, status);
  });

  it('lists the terminal and open states', () => {
    expect([...TERMINAL_STATES].sort()).toEqual(['cancelled', 'destroyed', 'handed_over']);
    expect([...OPEN_STATES].sort()).toEqual(['assigned', 'in_progress', 'on_hold', 'registered']);
  });
});

describe('availableActions', () => {
  const onlyProcess = (p: Transition['permission']) => p.action === 'process' && p.subject === 'Case';

  it.each<[CaseStatus, CaseAction[]]>([
    ['registered', []],
    ['assigned', ['accept']],
    ['in_progress', ['hold', 'resolve', 'close']],
    ['on_hold', ['resume', 'resolve', 'close']],
    ['resolved', ['close']],
    ['closed', ['reopen']],
    ['archived', []],
    ['lent', []],
  ])('gives an official (process only) in %s: %j', (status, actions) => {
    expect(availableActions(status, onlyProcess)).toEqual(actions);
  });

  it.each<[CaseStatus, CaseAction[]]>([
    ['registered', ['assign', 'cancel']],
    ['in_progress', ['assign', 'hold', 'resolve', 'close', 'cancel']],
    ['closed', ['reopen', 'archive']],
    // Destroying and handing over happen only through an approved list, never as a button.
    ['archived', ['lend']],
    ['lent', ['return']],
  ])('gives someone allowed everything in %s: %j', (status, actions) => {
    expect(availableActions(status, () => true)).toEqual(actions);
  });

  it('gives an archivist (archive Case, lend ArchiveEntry) the archive buttons', () => {
    const archivist = (p: Transition['permission']) =>
      (p.action === 'archive' && p.subject === 'Case') || (p.action === 'lend' && p.subject === 'ArchiveEntry');
    expect(availableActions('closed', archivist)).toEqual(['archive']);
    expect(availableActions('archived', archivist)).toEqual(['lend']);
    expect(availableActions('lent', archivist)).toEqual(['return']);
    expect(availableActions('in_progress', archivist)).toEqual([]);
  });
});

describe('transition rows', () => {
  it.each<[CaseStatus, CaseAction, readonly string[]]>([
    ['resolved', 'close', ['resolution']],
    ['in_progress', 'close', ['resolution']],
    ['registered', 'cancel', ['reason']],
    ['in_progress', 'resolve', ['resolution']],
    ['registered', 'assign', ['assigneeId']],
    ['closed', 'archive', ['location']],
    ['archived', 'lend', ['borrower']],
    ['assigned', 'accept', []],
  ])('%s + %s requires %j', (status, action, fields) => {
    expect(transitionFor(status, action).requires ?? []).toEqual(fields);
  });

  it.each<[CaseAction, Transition['permission']]>([
    ['accept', { action: 'process', subject: 'Case' }],
    ['cancel', { action: 'register', subject: 'Case' }],
    ['archive', { action: 'archive', subject: 'Case' }],
    ['lend', { action: 'lend', subject: 'ArchiveEntry' }],
    ['return', { action: 'lend', subject: 'ArchiveEntry' }],
    ['dispose', { action: 'approve', subject: 'DisposalList' }],
    ['hand_over', { action: 'approve', subject: 'DisposalList' }],
  ])('%s needs %j', (action, permission) => {
    for (const t of CASE_TRANSITIONS.filter((row) => row.action === action)) expect(t.permission).toEqual(permission);
  });

  it('targets only known states, has known actions and a label', () => {
    for (const t of CASE_TRANSITIONS) {
      expect(CASE_ACTIONS).toContain(t.action);
      expect(t.from.length).toBeGreaterThan(0);
      for (const s of t.from) expect(CASE_STATES).toContain(s);
      if (t.to !== 'same') expect(CASE_STATES).toContain(t.to);
      expect(t.label.trim().length).toBeGreaterThan(0);
    }
  });

  it('uses every action somewhere', () => {
    expect(new Set(CASE_TRANSITIONS.map((t) => t.action))).toEqual(new Set(CASE_ACTIONS));
  });

  it('reaches every state from registered', () => {
    const reached = new Set<CaseStatus>(['registered']);
    const queue: CaseStatus[] = ['registered'];
    while (queue.length > 0) {
      const status = queue.shift() as CaseStatus;
      for (const action of CASE_ACTIONS) {
        let next: CaseStatus;
        try {
          next = nextStatus(status, action);
        } catch {
          continue;
        }
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect([...reached].sort()).toEqual([...CASE_STATES].sort());
  });

  it('is frozen', () => {
    expect(Object.isFrozen(CASE_TRANSITIONS)).toBe(true);
    expect(CASE_TRANSITIONS.every((t) => Object.isFrozen(t) && Object.isFrozen(t.from))).toBe(true);
  });
});

describe('the named sets of states, everywhere the same', () => {
  const fromStatesOf = (action: CaseAction) => [...new Set(CASE_TRANSITIONS.filter((t) => t.action === action).flatMap((t) => t.from))].sort();

  it('open cases are those that can still be cancelled; their deadline runs except while on hold', () => {
    expect([...OPEN_STATES].sort()).toEqual(fromStatesOf('cancel'));
    expect(DEADLINE_RUNNING_STATES).toEqual(OPEN_STATES.filter((state) => state !== 'on_hold'));
    expect(fromStatesOf('hold').every((state) => DEADLINE_RUNNING_STATES.includes(state))).toBe(true);
  });

  it('in the archive are the cases that can be lent or returned; the book also keeps those that left it by a list', () => {
    expect([...IN_ARCHIVE_STATES].sort()).toEqual([...new Set([...fromStatesOf('lend'), ...fromStatesOf('return')])].sort());
    const leftByList = CASE_TRANSITIONS.filter((t) => t.throughList).map((t) => t.to);
    expect([...ARCHIVE_BOOK_STATES].sort()).toEqual([...IN_ARCHIVE_STATES, ...leftByList].sort());
    // The archivist's role reaches cases from their closing on (libs/access keeps the list it grants).
    expect([...ARCHIVE_CASE_STATES].sort()).toEqual(['closed', ...ARCHIVE_BOOK_STATES].sort());
  });

  it('acts join a case before the archive (incoming) or while it is worked on (the official\'s own); a unit alone takes a case where assigning moves it', () => {
    expect(BEFORE_ARCHIVE_STATES).toEqual(['registered', 'assigned', 'in_progress', 'on_hold', 'resolved', 'closed']);
    expect(WORKED_ON_STATES).toEqual(['in_progress', 'on_hold', 'resolved']);
    expect(UNIT_HAND_OVER_STATES).toEqual(['registered', 'assigned', 'in_progress']);
  });

  it('the SQL list and the overdue condition are written from the same sets', () => {
    expect(sqlStates(DEADLINE_RUNNING_STATES)).toBe(`('registered', 'assigned', 'in_progress')`);
    expect(overdueSql('c')).toBe(`(c.status IN ('registered', 'assigned', 'in_progress') AND c.due_date IS NOT NULL AND c.due_date < CAST(:today AS date))`);
  });
});
