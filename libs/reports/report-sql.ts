/**
 * SQL fragments the reports share, so that "decided", "pending" and "overdue" mean the same in
 * every report (docs/reports.md gives the definitions in words). Parameters are TypeORM-style
 * `:name`; `:from`, `:asOf` and `:today` are ISO dates (Belgrade calendar days).
 */
import { DEADLINE_RUNNING_STATES, OPEN_STATES, sqlStates } from '../cases/case-state-machine.js';

/** The instant Belgrade's calendar day `day` (a date expression) begins. */
export const belgradeStart = (day: string) => `(CAST(${day} AS date)::timestamp AT TIME ZONE 'Europe/Belgrade')`;

/** The Belgrade calendar day of the instant `instant`. */
export const belgradeDay = (instant: string) => `CAST(${instant} AT TIME ZONE 'Europe/Belgrade' AS date)`;

/** First instant of the period: the start of `:from`. */
export const PERIOD_START = belgradeStart(':from');

/** First instant after the period: the start of the day after `:asOf` (the cut-off). */
export const PERIOD_END = belgradeStart(`CAST(:asOf AS date) + 1`);

/**
 * The timeline line of a decision (rešavanje): `resolve`, or `close` straight from work without a
 * separate decision step. Closing a case already resolved is no second decision. Written exactly
 * as the partial index `case_event_decision_idx` is (db/migrations/1764300000000-Reports.ts), so
 * the planner uses it.
 */
export const isDecision = (e: string) => `(${e}.action = 'resolve' OR (${e}.action = 'close' AND ${e}.from_status <> 'resolved'))`;

/** A reopening (after an appeal) of case `caseId` at an instant matching `when` (e.g. `>= X`). */
const reopened = (caseId: string, when: string) =>
  `EXISTS (SELECT 1 FROM case_event r WHERE r.case_id = ${caseId} AND r.action = 'reopen' AND r.at ${when})`;

/** Each case's first reopening (a small set: reopenings are rare), for `decidedInTime`. */
export const FIRST_REOPENINGS = `SELECT case_id, min(at) AS at FROM case_event WHERE action = 'reopen' GROUP BY case_id`;

/**
 * Whether decision `e` of case `c` came on or before the due date: true, false, or NULL when there
 * is nothing to measure it against — no legal deadline, or a new decision after a reopening (the
 * deadline speaks of the first decision, and Spis sets no new one when a case is reopened).
 * `reopening` is the case's row of FIRST_REOPENINGS, if any.
 */
export const decidedInTime = (e: string, c: string, reopening: string) =>
  `CASE WHEN ${c}.due_date IS NULL OR ${reopening}.at < ${e}.at THEN NULL ELSE ${belgradeDay(`${e}.at`)} <= ${c}.due_date END`;

/**
 * The time a case is open, as a range: after its receipt up to and including its last decision
 * (or its cancellation), unbounded while neither. `OPEN_SPAN @> T`: received before T and not
 * decided before T. The expression of the GiST index `case_file_open_span_idx`, whose range
 * statistics tell the planner how many cases that is (two correlated column ranges would not).
 */
export const OPEN_SPAN = `tstzrange(c.received_at, GREATEST(c.received_at, COALESCE(c.resolved_at, c.cancelled_at, 'infinity'::timestamptz)), '(]')`;

/**
 * The cases a period's facts can be about, with the columns the reports use: those received in
 * the period, and those received earlier and not decided before it began (undecided, or last
 * decided in or after it). Every case decided, reopened or pending in the period is among them.
 * Two parts, each narrow enough for its index (`case_file_received_idx`, `case_file_open_span_idx`).
 */
export function casesOfPeriod(where: string): string {
  const columns = 'c.id, c.org_unit_id, c.assignee_id, c.received_at, c.resolved_at, c.due_date, c.administrative_procedure';
  return `SELECT ${columns} FROM case_file c
           WHERE c.received_at >= ${PERIOD_START} AND c.received_at < ${PERIOD_END} AND c.status <> 'cancelled' AND (${where})
          UNION ALL
          SELECT ${columns} FROM case_file c
           WHERE ${OPEN_SPAN} @> ${PERIOD_START} AND c.status <> 'cancelled' AND (${where})`;
}

/**
 * Whether case `c` was pending (received and not yet decided) at the instant `cutoff`. The row says
 * when the last decision was made (`resolved_at`, cleared by a reopening); only a case reopened
 * after `cutoff` needs its timeline: it was decided at `cutoff` if its last decision or reopening
 * before then was a decision. Cancelled cases are left out by the callers.
 */
export function pendingAt(c: string, cutoff: string): string {
  const decidedBeforeCutoff = `EXISTS (SELECT 1 FROM case_event d WHERE d.case_id = ${c}.id AND ${isDecision('d')} AND d.at < ${cutoff}
      AND NOT ${reopened(`${c}.id`, `> d.at AND r.at < ${cutoff}`)})`;
  return `(${c}.received_at < ${cutoff} AND (${c}.resolved_at IS NULL OR ${c}.resolved_at >= ${cutoff})
    AND NOT (${reopened(`${c}.id`, `>= ${cutoff}`)} AND ${decidedBeforeCutoff}))`;
}

/**
 * Whether pending case `c` was overdue on day `day`: its due date (extended by the days it spent
 * on hold) had passed before that day, and it was not on hold at the end of it. As the case list
 * shows it on that day: on the due day itself a case is still in time.
 */
export function overdueOn(c: string, day: string): string {
  return `(${c}.due_date IS NOT NULL AND ${c}.due_date < CAST(${day} AS date)
    AND NOT EXISTS (SELECT 1 FROM case_hold h WHERE h.case_id = ${c}.id AND h.from_date <= CAST(${day} AS date)
                    AND (h.to_date IS NULL OR h.to_date > CAST(${day} AS date))))`;
}

/** Open cases whose deadline runs now (on hold it is paused), as `GET /cases?overdue=` reads them. */
export const RUNNING = sqlStates(DEADLINE_RUNNING_STATES);
/** Open cases: received and not decided (nor cancelled). */
export const OPEN = sqlStates(OPEN_STATES);

/** Days before the due date from which a running case is "near" its deadline (deadlineState). */
export const NEAR_DAYS = 5;
