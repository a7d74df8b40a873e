import type { FieldError } from '../shared/errors.js';
import type { Period } from './books.js';

/** The last day a period starting on `from` may end on: the day before the same date a year later. */
export function lastDayOfYearFrom(from: string): string {
  const [y, m, d] = from.split('-').map(Number);
  // 29 February + 1 year is 1 March, so the period ends on 28 February.
  return new Date(Date.UTC(y + 1, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * What is wrong with a period of whole days, both included (dates already checked as
 * `YYYY-MM-DD`): ending before it starts, or spanning more than a year. Null when it is fine.
 */
export function periodProblem(period: Period): FieldError | null {
  if (period.to < period.from) return { field: 'to', rule: 'notBeforeFrom', message: 'to must not be before from' };
  if (period.to > lastDayOfYearFrom(period.from)) return { field: 'to', rule: 'atMostAYear', message: 'the period must not be longer than a year' };
  return null;
}
