import type { Action } from '../access/permissions.js';
import { conflict } from '../shared/errors.js';

/**
 * The one state machine of a case, declared as data. Services look transitions up here, check the
 * permission the row names, demand the fields it `requires`, and record the change in the audit
 * trail; nothing is ever deleted, a case only moves on.
 *
 *   registered → assigned → in_progress ⇄ on_hold → resolved → closed (a/a) → archived ⇄ lent
 *                                                                             → destroyed | handed_over
 *   registered | assigned | in_progress | on_hold → cancelled (registered by mistake; number stays used)
 *   closed → in_progress (reopened, e.g. after an appeal)
 */
export const CASE_STATES = [
  'registered',
  'assigned',
  'in_progress',
  'on_hold',
  'resolved',
  'closed',
  'archived',
  'lent',
  'destroyed',
  'handed_over',
  'cancelled',
] as const;
export type CaseStatus = (typeof CASE_STATES)[number];

/** What can happen to an existing case (registration creates it and is not a transition). */
export const CASE_ACTIONS = [
  'assign',
  'accept',
  'hold',
  'resume',
  'resolve',
  'close',
  'reopen',
  'archive',
  'lend',
  'return',
  'dispose',
  'hand_over',
  'cancel',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Fields a transition cannot be made without. */
export type TransitionField = 'resolution' | 'reason' | 'assigneeId' | 'location' | 'borrower';

export interface Transition {
  action: CaseAction;
  /** The states the action may be taken from. */
  from: readonly CaseStatus[];
  /** The resulting state; `same` keeps the state the case is in. */
  to: CaseStatus | 'same';
  /** The permission the caller needs (scope and conditions are checked by the access layer). */
  permission: { action: Action; subject: 'Case' | 'ArchiveEntry' | 'DisposalList' };
  /** Fields the request must carry. */
  requires?: readonly TransitionField[];
  /** Short English label (UI button, audit text). */
  label: string;
  /**
   * Taken only through an approved list (disposal / handover), never as a case action: such rows
   * say what the list's approval does to each case, and are never offered as a button.
   */
  throughList?: boolean;
}

/** No way out: the case's life is over (the record stays). */
export const TERMINAL_STATES: readonly CaseStatus[] = Object.freeze(['destroyed', 'handed_over', 'cancelled'] as const);

/** Open: received and not yet decided (nor cancelled). */
export const OPEN_STATES: readonly CaseStatus[] = Object.freeze(['registered', 'assigned', 'in_progress', 'on_hold'] as const);

/** Open cases whose legal deadline runs: every open state but `on_hold`, which pauses it while waiting for the party. */
export const DEADLINE_RUNNING_STATES: readonly CaseStatus[] = Object.freeze(OPEN_STATES.filter((state) => state !== 'on_hold'));

/** On the archive's shelf or lent out from it. */
export const IN_ARCHIVE_STATES: readonly CaseStatus[] = Object.freeze(['archived', 'lent'] as const);

/** What the archive book lists: cases in the archive and those that left it by a list. */
export const ARCHIVE_BOOK_STATES: readonly CaseStatus[] = Object.freeze([...IN_ARCHIVE_STATES, 'destroyed', 'handed_over'] as const);

/** States as an SQL list for `status IN …`: `('registered', 'assigned')`. The states are this file's constants, never input. */
export const sqlStates = (states: readonly CaseStatus[]) => `(${states.map((state) => `'${state}'`).join(', ')})`;

/**
 * Overdue, in SQL: the deadline runs and its day has passed (`:today`, a Belgrade calendar day);
 * on hold the deadline is paused, so a case waiting for the party is never overdue.
 */
export const overdueSql = (c: string) => `(${c}.status IN ${sqlStates(DEADLINE_RUNNING_STATES)} AND ${c}.due_date IS NOT NULL AND ${c}.due_date < CAST(:today AS date))`;

const row = (t: Transition): Transition =>
  Object.freeze({ ...t, from: Object.freeze([...t.from]), ...(t.requires ? { requires: Object.freeze([...t.requires]) } : {}), permission: Object.freeze({ ...t.permission }) });

/**
 * The table. Each (action, from-state) pair occurs at most once. The order of actions in
 * `availableActions` follows `CASE_ACTIONS`, not this table.
 */
export const CASE_TRANSITIONS: readonly Transition[] = Object.freeze([
  // Registry office hands a new case to a unit/official, or the head re-assigns it (recorded).
  // Re-assigning an accepted (in_progress) case sets it back to `assigned`: the new official
  // accepts it explicitly, so it is clear from when they are responsible.
  row({ action: 'assign', from: ['registered', 'assigned', 'in_progress'], to: 'assigned', permission: { action: 'assign', subject: 'Case' }, requires: ['assigneeId'], label: 'Assign' }),
  // Re-assigning a case waiting for the party (on_hold) or awaiting a/a (resolved) keeps its state:
  // the deadline stays paused / the decision stays made; the new official resumes or closes it.
  row({ action: 'assign', from: ['on_hold', 'resolved'], to: 'same', permission: { action: 'assign', subject: 'Case' }, requires: ['assigneeId'], label: 'Reassign' }),
  // The assigned official takes the case up.
  row({ action: 'accept', from: ['assigned'], to: 'in_progress', permission: { action: 'process', subject: 'Case' }, label: 'Accept' }),
  // Waiting for the party (supplement, fee, reply): the deadline pauses.
  row({ action: 'hold', from: ['in_progress'], to: 'on_hold', permission: { action: 'process', subject: 'Case' }, label: 'Put on hold' }),
  row({ action: 'resume', from: ['on_hold'], to: 'in_progress', permission: { action: 'process', subject: 'Case' }, label: 'Resume' }),
  // Decided (how: `resolution`). Also from on_hold: the party did not respond and the request is
  // dismissed / considered withdrawn.
  row({ action: 'resolve', from: ['in_progress', 'on_hold'], to: 'resolved', permission: { action: 'process', subject: 'Case' }, requires: ['resolution'], label: 'Resolve' }),
  // Closed a/a with the retention of its class. Always needs `resolution` (as the API does); allowed
  // directly from in_progress / on_hold for cases that need no separate decision step.
  row({ action: 'close', from: ['in_progress', 'on_hold', 'resolved'], to: 'closed', permission: { action: 'process', subject: 'Case' }, requires: ['resolution'], label: 'Close (a/a)' }),
  // E.g. after an appeal; only before it goes to the archive (an archived case is lent instead).
  row({ action: 'reopen', from: ['closed'], to: 'in_progress', permission: { action: 'process', subject: 'Case' }, label: 'Reopen' }),
  // The archivist takes the closed case into the archive, at a shelf `location`.
  row({ action: 'archive', from: ['closed'], to: 'archived', permission: { action: 'archive', subject: 'Case' }, requires: ['location'], label: 'Archive' }),
  row({ action: 'lend', from: ['archived'], to: 'lent', permission: { action: 'lend', subject: 'ArchiveEntry' }, requires: ['borrower'], label: 'Lend' }),
  row({ action: 'return', from: ['lent'], to: 'archived', permission: { action: 'lend', subject: 'ArchiveEntry' }, label: 'Return' }),
  // The disposal committee's approval of a disposal list marks its cases destroyed. Only from the
  // shelf: a lent case must be returned first.
  row({ action: 'dispose', from: ['archived'], to: 'destroyed', permission: { action: 'approve', subject: 'DisposalList' }, label: 'Destroy', throughList: true }),
  // Permanent material handed over to the historical archive, by the approval of a handover list.
  row({ action: 'hand_over', from: ['archived'], to: 'handed_over', permission: { action: 'approve', subject: 'DisposalList' }, label: 'Hand over', throughList: true }),
  // Registered by mistake: the registry office cancels it with a `reason` (its number stays used).
  // Not once resolved: a decided case is closed, not cancelled.
  row({ action: 'cancel', from: ['registered', 'assigned', 'in_progress', 'on_hold'], to: 'cancelled', permission: { action: 'register', subject: 'Case' }, requires: ['reason'], label: 'Cancel' }),
]);

/** Received and neither in the archive nor at an end: a later submission (an appeal, a supplement) may still join the case. */
export const BEFORE_ARCHIVE_STATES: readonly CaseStatus[] = Object.freeze(
  CASE_STATES.filter((state) => !ARCHIVE_BOOK_STATES.includes(state) && !TERMINAL_STATES.includes(state)),
);

const fromStatesOf = (action: CaseAction, to?: (target: Transition['to']) => boolean): readonly CaseStatus[] =>
  Object.freeze(CASE_STATES.filter((state) => CASE_TRANSITIONS.some((t) => t.action === action && (!to || to(t.to)) && t.from.includes(state))));

/** Being worked on or decided and not yet closed: the states a case is closed a/a from. */
export const WORKED_ON_STATES: readonly CaseStatus[] = fromStatesOf('close');

/** Where assigning moves the case on (to `assigned`), not where it keeps its state: a case can be handed to a unit alone from these. */
export const UNIT_HAND_OVER_STATES: readonly CaseStatus[] = fromStatesOf('assign', (to) => to !== 'same');

/** The transition for `action` from `status`; 409 INVALID_TRANSITION when there is none. */
export function transitionFor(status: CaseStatus, action: CaseAction): Transition {
  const found = CASE_TRANSITIONS.find((t) => t.action === action && t.from.includes(status));
  if (!found) throw conflict('INVALID_TRANSITION', { action: String(action), status: String(status) });
  return found;
}

/** The state after taking `action` from `status` (`same` resolved). */
export function nextStatus(status: CaseStatus, action: CaseAction): CaseStatus {
  const { to } = transitionFor(status, action);
  return to === 'same' ? status : to;
}

/** The actions the caller may take on a case in `status` now, in `CASE_ACTIONS` order (list-only ones excluded). */
export function availableActions(status: CaseStatus, can: (permission: Transition['permission']) => boolean): CaseAction[] {
  return CASE_ACTIONS.filter((action) =>
    CASE_TRANSITIONS.some((t) => t.action === action && !t.throughList && t.from.includes(status) && can(t.permission)),
  );
}
