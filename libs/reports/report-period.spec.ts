import { describe, expect, it } from '@jest/globals';

import { DomainError } from '../shared/errors.js';
import { monthPeriod, yearPeriod, type ReportPeriod } from './report-period.js';

describe('monthPeriod', () => {
  it.each<[number, number, string, ReportPeriod]>([
    // A month that is over: its last day counts, whatever day it is now.
    [2026, 1, '2026-03-10', { from: '2026-01-01', to: '2026-01-31', asOf: '2026-01-31', complete: true }],
    [2026, 2, '2026-03-01', { from: '2026-02-01', to: '2026-02-28', asOf: '2026-02-28', complete: true }],
    [2028, 2, '2028-03-01', { from: '2028-02-01', to: '2028-02-29', asOf: '2028-02-29', complete: true }],
    [2025, 12, '2026-01-01', { from: '2025-12-01', to: '2025-12-31', asOf: '2025-12-31', complete: true }],
    // The running month: as of today, including its last day itself.
    [2026, 3, '2026-03-10', { from: '2026-03-01', to: '2026-03-31', asOf: '2026-03-10', complete: false }],
    [2026, 3, '2026-03-01', { from: '2026-03-01', to: '2026-03-31', asOf: '2026-03-01', complete: false }],
    [2026, 3, '2026-03-31', { from: '2026-03-01', to: '2026-03-31', asOf: '2026-03-31', complete: false }],
  ])('%i-%i on %s', (year, month, today, expected) => {
    expect(monthPeriod(year, month, today)).toEqual(expected);
  });

  it('refuses a month that has not begun', () => {
    expect(() => monthPeriod(2026, 4, '2026-03-31')).toThrow(DomainError);
    try {
      monthPeriod(2026, 4, '2026-03-31');
    } catch (error) {
      expect(error).toMatchObject({ status: 400, code: 'REPORT_PERIOD_NOT_STARTED', params: { from: '2026-04-01' } });
    }
  });
});

describe('yearPeriod', () => {
  it('covers 1 January to 31 December, as of today while the year runs', () => {
    expect(yearPeriod(2025, '2026-02-01')).toEqual({ from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31', complete: true });
    expect(yearPeriod(2026, '2026-02-01')).toEqual({ from: '2026-01-01', to: '2026-12-31', asOf: '2026-02-01', complete: false });
  });

  it('refuses a year that has not begun', () => {
    expect(() => yearPeriod(2027, '2026-12-31')).toThrow(expect.objectContaining({ code: 'REPORT_PERIOD_NOT_STARTED' }));
  });
});
