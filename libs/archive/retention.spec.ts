import { describe, expect, it } from '@jest/globals';
import { eligibleFromYear, ineligibility, isEligible, listKindFor, type DisposalListKind, type Ineligibility, type RetentionFacts } from './retention.js';

describe('eligibleFromYear: retention counted from 1 January after closing', () => {
  const cases: Array<[string, RetentionFacts, number]> = [
    ['closed 2026, kept 10 years → from 2037', { closedYear: 2026, retentionYears: 10, permanent: false }, 2037],
    ['closed 2026, kept 2 years → from 2029', { closedYear: 2026, retentionYears: 2, permanent: false }, 2029],
    ['closed 2026, kept 1 year → from 2028', { closedYear: 2026, retentionYears: 1, permanent: false }, 2028],
    ['closed 2020, kept 5 years → from 2026', { closedYear: 2020, retentionYears: 5, permanent: false }, 2026],
    ['permanent, closed 2026 → handed over from 2057', { closedYear: 2026, retentionYears: null, permanent: true }, 2057],
    ['permanent ignores any years given → handed over 30 years on', { closedYear: 2000, retentionYears: 10, permanent: true }, 2031],
  ];
  it.each(cases)('%s', (_name, facts, expected) => {
    expect(eligibleFromYear(facts)).toBe(expected);
  });

  const invalid: Array<[string, RetentionFacts]> = [
    ['no retention and not permanent', { closedYear: 2026, retentionYears: null, permanent: false }],
    ['zero years', { closedYear: 2026, retentionYears: 0, permanent: false }],
    ['fractional years', { closedYear: 2026, retentionYears: 2.5, permanent: false }],
    ['closed year not a year', { closedYear: Number.NaN, retentionYears: 10, permanent: false }],
  ];
  it.each(invalid)('refuses %s', (_name, facts) => {
    expect(() => eligibleFromYear(facts)).toThrow(RangeError);
  });
});

describe('isEligible / ineligibility: what may go on which list in a year', () => {
  const tenYears = { permanent: false, eligibleFromYear: 2037 };
  const permanent = { permanent: true, eligibleFromYear: 2057 };
  const cases: Array<[string, typeof tenYears, DisposalListKind, number, Ineligibility | null]> = [
    ['10-year case in the last year of retention', tenYears, 'disposal', 2036, 'RETENTION_NOT_PASSED'],
    ['10-year case in its first eligible year', tenYears, 'disposal', 2037, null],
    ['10-year case years later', tenYears, 'disposal', 2050, null],
    ['10-year case on a handover list', tenYears, 'handover', 2060, 'NOT_PERMANENT_MATERIAL'],
    ['permanent case on a disposal list, even centuries on', permanent, 'disposal', 2300, 'PERMANENT_NEVER_DISPOSED'],
    ['permanent case before 30 years', permanent, 'handover', 2056, 'RETENTION_NOT_PASSED'],
    ['permanent case after 30 years', permanent, 'handover', 2057, null],
  ];
  it.each(cases)('%s', (_name, entry, kind, year, expected) => {
    expect(ineligibility(entry, kind, year)).toBe(expected);
    expect(isEligible(entry, kind, year)).toBe(expected === null);
  });
});

describe('listKindFor', () => {
  it.each([
    [true, 'handover'],
    [false, 'disposal'],
  ] as const)('permanent=%s → %s', (permanentMaterial, kind) => {
    expect(listKindFor({ permanent: permanentMaterial })).toBe(kind);
  });
});
