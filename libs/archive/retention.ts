/**
 * Retention (rok čuvanja) of archived material: the pure rules, no Nest and no database.
 *
 * Retention is counted in whole years from 1 January of the year after the case was closed: a case
 * closed at any time in 2026 and kept 10 years may be disposed of (izlučivanje) from 1 January 2037.
 * Permanent material (trajno) is never disposed of; it is handed over to the competent historical
 * archive (predaja istorijskom arhivu) 30 years after closing, counted the same way.
 */

/** Years after closing when permanent material goes to the historical archive. */
export const HANDOVER_AFTER_YEARS = 30;

/** A disposal list destroys material whose retention passed; a handover list hands permanent material over. */
export const DISPOSAL_LIST_KINDS = ['disposal', 'handover'] as const;
export type DisposalListKind = (typeof DISPOSAL_LIST_KINDS)[number];

export interface RetentionFacts {
  /** Calendar year (Belgrade) in which the case was closed a/a. */
  closedYear: number;
  /** Years to keep; null when permanent. */
  retentionYears: number | null;
  permanent: boolean;
}

/** What an archive-book entry carries for the eligibility checks. */
export interface EligibilityFacts {
  permanent: boolean;
  eligibleFromYear: number;
}

/** The first year in which the material may be disposed of or, when permanent, handed over. */
export function eligibleFromYear(facts: RetentionFacts): number {
  if (!Number.isInteger(facts.closedYear)) throw new RangeError(`closedYear ${facts.closedYear} is not a year`);
  if (facts.permanent) return facts.closedYear + HANDOVER_AFTER_YEARS + 1;
  const years = facts.retentionYears;
  if (years === null || !Number.isInteger(years) || years < 1) {
    throw new RangeError(`retentionYears ${String(years)} is not a positive whole number of years`);
  }
  return facts.closedYear + years + 1;
}

/** The list an entry will end up on: permanent material is handed over, the rest disposed of. */
export function listKindFor(entry: Pick<EligibilityFacts, 'permanent'>): DisposalListKind {
  return entry.permanent ? 'handover' : 'disposal';
}

/** Why an entry may not go on a list of `kind` in `currentYear`, or null when it may. */
export type Ineligibility = 'PERMANENT_NEVER_DISPOSED' | 'NOT_PERMANENT_MATERIAL' | 'RETENTION_NOT_PASSED';

export function ineligibility(entry: EligibilityFacts, kind: DisposalListKind, currentYear: number): Ineligibility | null {
  if (kind === 'disposal' && entry.permanent) return 'PERMANENT_NEVER_DISPOSED';
  if (kind === 'handover' && !entry.permanent) return 'NOT_PERMANENT_MATERIAL';
  return currentYear >= entry.eligibleFromYear ? null : 'RETENTION_NOT_PASSED';
}

/** May the entry go on a list of `kind` in `currentYear`? */
export function isEligible(entry: EligibilityFacts, kind: DisposalListKind, currentYear: number): boolean {
  return ineligibility(entry, kind, currentYear) === null;
}
