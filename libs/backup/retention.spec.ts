import { describe, expect, it } from '@jest/globals';
import { backupsToKeep, walNotNeeded } from './retention.js';

/** One backup a day at 02:00 Belgrade time (01:00 UTC in winter), `days` days back from 2026-12-06. */
const daily = (days: number) =>
  Array.from({ length: days }, (_, back) => {
    const at = new Date(Date.UTC(2026, 11, 6 - back, 1, 0, 0));
    return { id: at.toISOString(), startedAt: at.toISOString() };
  });

/** Noon on the day of the newest backup: only that one is younger than a day. */
const NOW = new Date('2026-12-06T12:00:00Z');

const dates = (kept: Set<string>) => [...kept].map((id) => id.slice(0, 10)).sort().reverse();

describe('backupsToKeep', () => {
  it.each<[string, { daily: number; weekly: number; monthly: number }, number]>([
    ['14 daily only', { daily: 14, weekly: 0, monthly: 0 }, 14],
    ['7 daily, 4 weekly (the weeks overlap the days for the first one)', { daily: 7, weekly: 4, monthly: 0 }, 10],
    ['14 daily, 8 weekly, 12 monthly over 400 days', { daily: 14, weekly: 8, monthly: 12 }, 14 + 6 + 10],
  ])('%s keeps %s', (_case, rule, count) => {
    expect(backupsToKeep(daily(400), rule, NOW).size).toBe(count);
  });

  it('keeps the newest backup of a day, not the first', () => {
    const twice = [
      { id: 'morning', startedAt: '2026-12-06T07:00:00.000Z' },
      { id: 'evening', startedAt: '2026-12-06T19:00:00.000Z' },
    ];
    expect([...backupsToKeep(twice, { daily: 1, weekly: 0, monthly: 0 }, new Date('2026-12-08T12:00:00Z'))]).toEqual(['evening']);
  });

  it('counts days in Belgrade: 23:30 UTC on the 5th is the 6th there', () => {
    const backups = [
      { id: 'a', startedAt: '2026-12-05T23:30:00.000Z' },
      { id: 'b', startedAt: '2026-12-06T10:00:00.000Z' },
    ];
    expect([...backupsToKeep(backups, { daily: 2, weekly: 0, monthly: 0 }, new Date('2026-12-08T12:00:00Z'))]).toEqual(['b']);
  });

  it('keeps one backup per ISO week, the newest of each (weeks start on Monday)', () => {
    const kept = backupsToKeep(daily(21), { daily: 1, weekly: 3, monthly: 0 }, NOW);
    // 6 December 2026 is a Sunday: its week, then the Sundays before.
    expect(dates(kept)).toEqual(['2026-12-06', '2026-11-29', '2026-11-22']);
  });

  it('keeps the newest backup of each month', () => {
    const kept = backupsToKeep(daily(70), { daily: 1, weekly: 0, monthly: 3 }, NOW);
    expect(dates(kept)).toEqual(['2026-12-06', '2026-11-30', '2026-10-31']);
  });

  it('keeps every backup of the last 24 hours, even two of one day', () => {
    const twice = [
      { id: 'morning', startedAt: '2026-12-06T07:00:00.000Z' },
      { id: 'evening', startedAt: '2026-12-06T19:00:00.000Z' },
    ];
    expect([...backupsToKeep(twice, { daily: 1, weekly: 0, monthly: 0 }, new Date('2026-12-06T20:00:00Z'))].sort()).toEqual(['evening', 'morning']);
  });

  it('always keeps the newest backup', () => {
    expect([...backupsToKeep(daily(1), { daily: 1, weekly: 0, monthly: 0 }, NOW)]).toHaveLength(1);
  });
});

describe('walNotNeeded', () => {
  it('removes the segments before the oldest kept backup on every timeline, and keeps history files', () => {
    const segments = ['000000010000000000000001', '000000010000000000000002', '000000010000000000000003', '000000020000000000000003', '00000002.history', '000000020000000000000004'];
    expect(walNotNeeded(segments, '000000010000000000000003')).toEqual(['000000010000000000000001', '000000010000000000000002']);
  });
});
