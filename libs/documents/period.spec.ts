import { describe, expect, it } from '@jest/globals';
import { lastDayOfYearFrom, periodProblem } from './period.js';

describe('periodProblem', () => {
  it.each<[string, string, string, string | null]>([
    ['one day', '2026-03-02', '2026-03-02', null],
    ['a month', '2026-01-01', '2026-01-31', null],
    ['a calendar year', '2026-01-01', '2026-12-31', null],
    ['a year starting mid-year', '2026-07-15', '2027-07-14', null],
    ['a year and a day', '2026-01-01', '2027-01-01', 'atMostAYear'],
    ['two years', '2025-01-01', '2026-12-31', 'atMostAYear'],
    ['ending the day before it starts', '2026-03-02', '2026-03-01', 'notBeforeFrom'],
    ['ending a year before it starts', '2026-03-02', '2025-03-02', 'notBeforeFrom'],
    ['from 29 February to 28 February', '2024-02-29', '2025-02-28', null],
    ['from 29 February to 1 March', '2024-02-29', '2025-03-01', 'atMostAYear'],
  ])('%s (%s – %s)', (_case, from, to, rule) => {
    expect(periodProblem({ from, to })?.rule ?? null).toBe(rule);
  });

  it('names the field `to`', () => {
    expect(periodProblem({ from: '2026-03-02', to: '2026-03-01' })?.field).toBe('to');
  });
});

describe('lastDayOfYearFrom', () => {
  it.each<[string, string]>([
    ['2026-01-01', '2026-12-31'],
    ['2026-03-01', '2027-02-28'],
    ['2027-03-01', '2028-02-29'],
    ['2024-02-29', '2025-02-28'],
    ['2026-12-31', '2027-12-30'],
  ])('%s → %s', (from, last) => {
    expect(lastDayOfYearFrom(from)).toBe(last);
  });
});
