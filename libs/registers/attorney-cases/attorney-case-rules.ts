/**
 * The rules of the municipal attorney's registry that need no database: the kinds of case and the
 * register mark each is numbered under, the municipality's roles, decisions' outcomes, the statuses
 * an entry passes through, and the appeal deadline arithmetic.
 */
import { addDays, nextWorkingDay, type IsoDate } from '../../cases/zup-deadline.js';

/**
 * Kinds of case and the mark of the court register (upisnik) each is kept under, so the attorney's
 * number reads like the court's: litigation P (parnica), enforcement I (izvršenje), administrative
 * dispute U (upravni spor), administrative procedure UP (upravni postupak), misdemeanour Pr
 * (prekršaj), non-contentious R (vanparnični), criminal K (the municipality as injured party),
 * other O. The mark fills the book template's `{class}` and keeps a counter of its own each year.
 */
export const ATTORNEY_CASE_MARKS = {
  litigation: 'P',
  enforcement: 'I',
  'administrative-dispute': 'U',
  'administrative-procedure': 'UP',
  misdemeanour: 'Pr',
  'non-contentious': 'R',
  criminal: 'K',
  other: 'O',
} as const;
export type AttorneyCaseKind = keyof typeof ATTORNEY_CASE_MARKS;
export const ATTORNEY_CASE_KINDS = Object.keys(ATTORNEY_CASE_MARKS) as AttorneyCaseKind[];

/** What the municipality is in the proceedings. */
export const MUNICIPALITY_ROLES = ['plaintiff', 'defendant', 'proposer', 'opponent', 'creditor', 'debtor', 'interested-party', 'injured-party'] as const;
export type MunicipalityRole = (typeof MUNICIPALITY_ROLES)[number];

/** How a decision went for the municipality. */
export const OUTCOMES = ['won', 'lost', 'partly', 'settled', 'withdrawn'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * open → suspended (prekid, mirovanje) and back; final (pravnosnažno) by a final decision, open again
 * if proceedings resume (e.g. a retrial); closed (a/a) by closing, after which nothing changes.
 */
export const ATTORNEY_CASE_STATUSES = ['open', 'suspended', 'final', 'closed'] as const;
export type AttorneyCaseStatus = (typeof ATTORNEY_CASE_STATUSES)[number];
/** The statuses a change of the entry may set directly; `final` and `closed` come from their events. */
export const SETTABLE_STATUSES = ['open', 'suspended'] as const;

export const HEARING_STATES = ['scheduled', 'held', 'postponed'] as const;
export type HearingState = (typeof HEARING_STATES)[number];

/**
 * The last day for an appeal against a decision received on `receivedOn`: the period runs from the
 * day after receipt, and when its last day is a Saturday, Sunday or public holiday it ends on the
 * next working day, as ZPP, ZUP and the other procedural laws count periods.
 */
export function appealDeadline(receivedOn: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days for an appeal must be a positive whole number, got ${days}`);
  return nextWorkingDay(addDays(receivedOn, days));
}

/** A deadline not met by `today` (appeals lodged on the last day are in time). */
export function isPastDue(deadline: IsoDate, today: IsoDate): boolean {
  return deadline < today;
}
