import { describe, expect, it } from '@jest/globals';
import { appealDeadline, ATTORNEY_CASE_KINDS, ATTORNEY_CASE_MARKS, isPastDue } from './attorney-case-rules.js';

describe('appeal deadlines', () => {
  it.each<[string, string, number, string]>([
    ['15 days ending on a Thursday', '2026-03-04', 15, '2026-03-19'],
    ['8 days ending on a Thursday, a week earlier', '2026-03-04', 8, '2026-03-12'],
    ['ending on a Saturday moves to Monday', '2026-03-06', 15, '2026-03-23'],
    ['ending on a Sunday moves to Monday', '2026-03-07', 8, '2026-03-16'],
    // 15 February 2026, Statehood Day, is a Sunday: 16 February is a holiday too, and 17 February is off in its place.
    ['ending on Statehood Day moves past the holidays', '2026-02-07', 8, '2026-02-18'],
    ['ending on Orthodox Good Friday moves past Easter Monday', '2026-04-02', 8, '2026-04-14'],
    ['across the new year and its holidays', '2025-12-24', 8, '2026-01-05'],
  ])('%s: received %s, %d days → %s', (_label, receivedOn, days, expected) => {
    expect(appealDeadline(receivedOn, days)).toBe(expected);
  });

  it.each([0, -1, 1.5])('refuses %d days', (days) => {
    expect(() => appealDeadline('2026-03-04', days)).toThrow(RangeError);
  });

  it('an appeal on the last day is in time; the day after it is past due', () => {
    expect(isPastDue('2026-03-19', '2026-03-19')).toBe(false);
    expect(isPastDue('2026-03-19', '2026-03-20')).toBe(true);
  });
});

describe('register marks', () => {
  it('gives every kind a distinct mark', () => {
    const marks = ATTORNEY_CASE_KINDS.map((kind) => ATTORNEY_CASE_MARKS[kind]);
    expect(new Set(marks).size).toBe(marks.length);
    expect(ATTORNEY_CASE_MARKS.litigation).toBe('P');
  });
});
