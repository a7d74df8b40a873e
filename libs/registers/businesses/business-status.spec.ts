import { describe, expect, it } from '@jest/globals';
import { changeStatus, statusOn, StatusChangeError, type StatusChange, type StatusPeriod } from './business-status.js';

const TODAY = '2026-03-10';

/** Periods written briefly: `active 2020-01-01..` or `suspended 2026-01-01..2026-04-30`. */
function periods(...lines: string[]): StatusPeriod[] {
  return lines.map((line, i) => {
    const [status, range] = line.split(' ');
    const [from, to] = range.split('..');
    return { id: String(i + 1), status: status as StatusPeriod['status'], from, to: to || null, reason: null };
  });
}
const brief = (list: StatusPeriod[]) => list.map((p) => `${p.id ?? 'new'} ${p.status} ${p.from}..${p.to ?? ''}`);
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof StatusChangeError) return { code: error.code, ...error.params };
    throw error;
  }
  throw new Error('expected a refusal');
};

const suspension = (from: string, to: string | null = null): StatusChange => ({ kind: 'suspension', from, to, reason: 'Privremena odjava' });
const resumption = (on: string): StatusChange => ({ kind: 'resumption', on, reason: null });
const removal = (on: string): StatusChange => ({ kind: 'removal', on, reason: 'Odjava radnje' });

describe('the status periods of a business', () => {
  const started = periods('active 2020-01-01..');
  const suspendedOpen = periods('active 2020-01-01..2026-01-31', 'suspended 2026-02-01..');
  /** Suspended until 30 April 2026, active again by itself from 1 May: still running on TODAY. */
  const runningFixed = periods('active 2020-01-01..2026-01-31', 'suspended 2026-02-01..2026-04-30', 'active 2026-05-01..');
  /** Suspended in 2025 until 30 June, active again since 1 July 2025: over. */
  const pastFixed = periods('active 2020-01-01..2025-01-31', 'suspended 2025-02-01..2025-06-30', 'active 2025-07-01..');

  it.each<[string, StatusPeriod[], StatusChange, string[]]>([
    ['a suspension until resumed', started, suspension('2026-03-01'), ['1 active 2020-01-01..2026-02-28', 'new suspended 2026-03-01..']],
    ['a suspension for a term, active again by itself', started, suspension('2026-03-01', '2026-05-31'), ['1 active 2020-01-01..2026-02-28', 'new suspended 2026-03-01..2026-05-31', 'new active 2026-06-01..']],
    ['a suspension planned ahead', started, suspension('2026-07-01'), ['1 active 2020-01-01..2026-06-30', 'new suspended 2026-07-01..']],
    ['a suspension extending a running one', runningFixed, suspension('2026-05-01', '2026-08-31'), ['1 active 2020-01-01..2026-01-31', '2 suspended 2026-02-01..2026-04-30', '3 suspended 2026-05-01..2026-08-31', 'new active 2026-09-01..']],
    ['a suspension after a running one ends', runningFixed, suspension('2026-06-01'), ['1 active 2020-01-01..2026-01-31', '2 suspended 2026-02-01..2026-04-30', '3 active 2026-05-01..2026-05-31', 'new suspended 2026-06-01..']],
    ['a resumption of an open suspension', suspendedOpen, resumption('2026-03-09'), ['1 active 2020-01-01..2026-01-31', '2 suspended 2026-02-01..2026-03-08', 'new active 2026-03-09..']],
    ['an early resumption of a running suspension', runningFixed, resumption('2026-03-15'), ['1 active 2020-01-01..2026-01-31', '2 suspended 2026-02-01..2026-03-14', '3 active 2026-03-15..']],
    ['a removal of an active business', started, removal('2026-03-10'), ['1 active 2020-01-01..2026-03-09', 'new removed 2026-03-10..']],
    ['a removal during an open suspension', suspendedOpen, removal('2026-03-01'), ['1 active 2020-01-01..2026-01-31', '2 suspended 2026-02-01..2026-02-28', 'new removed 2026-03-01..']],
    ['a removal during a running suspension', runningFixed, removal('2026-03-20'), ['1 active 2020-01-01..2026-01-31', '2 suspended 2026-02-01..2026-03-19', '3 removed 2026-03-20..']],
    ['a removal the day a running suspension would end', runningFixed, removal('2026-05-01'), ['1 active 2020-01-01..2026-01-31', '2 suspended 2026-02-01..2026-04-30', '3 removed 2026-05-01..']],
    ['a removal after a suspension that is over', pastFixed, removal('2026-03-01'), ['1 active 2020-01-01..2025-01-31', '2 suspended 2025-02-01..2025-06-30', '3 active 2025-07-01..2026-02-28', 'new removed 2026-03-01..']],
  ])('%s', (_name, before, change, after) => {
    expect(brief(changeStatus(before, change, TODAY))).toEqual(after);
  });

  it.each<[string, StatusPeriod[], StatusChange, Record<string, string>]>([
    ['a suspension of a suspended business', suspendedOpen, suspension('2026-04-01'), { code: 'BUSINESS_ALREADY_SUSPENDED', since: '2026-02-01' }],
    ['a suspension from the first day', started, suspension('2020-01-01'), { code: 'BUSINESS_STATUS_DATE_CONFLICT', earliest: '2020-01-02' }],
    ['a suspension into a running one', runningFixed, suspension('2026-03-01'), { code: 'BUSINESS_STATUS_DATE_CONFLICT', earliest: '2026-05-01' }],
    ['a suspension into the past, over a suspension that is over', pastFixed, suspension('2025-03-01'), { code: 'BUSINESS_STATUS_DATE_CONFLICT', earliest: '2025-07-02' }],
    ['a resumption of an active business', started, resumption('2026-03-01'), { code: 'BUSINESS_NOT_SUSPENDED' }],
    ['a resumption after a suspension that is over', pastFixed, resumption('2025-05-01'), { code: 'BUSINESS_NOT_SUSPENDED' }],
    ['a resumption on the day a suspension begins', suspendedOpen, resumption('2026-02-01'), { code: 'BUSINESS_STATUS_DATE_CONFLICT', earliest: '2026-02-02' }],
    ['a resumption on the day a running suspension begins', runningFixed, resumption('2026-02-01'), { code: 'BUSINESS_STATUS_DATE_CONFLICT', earliest: '2026-02-02' }],
    ['a removal before the last change', suspendedOpen, removal('2026-01-15'), { code: 'BUSINESS_STATUS_DATE_CONFLICT', earliest: '2026-02-02' }],
    ['any change of a removed business', periods('active 2020-01-01..2026-02-28', 'removed 2026-03-01..'), resumption('2026-03-05'), { code: 'BUSINESS_REMOVED', on: '2026-03-01' }],
  ])('refuses %s', (_name, before, change, answer) => {
    expect(refusal(() => changeStatus(before, change, TODAY))).toEqual(answer);
  });

  it('tells the status on a day, and none before the start', () => {
    expect(statusOn(runningFixed, '2026-03-10')?.status).toBe('suspended');
    expect(statusOn(runningFixed, '2026-05-01')?.status).toBe('active');
    expect(statusOn(runningFixed, '2019-12-31')).toBeNull();
  });
});
