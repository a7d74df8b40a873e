import { describe, expect, it } from '@jest/globals';
import { designationErrors, inForceOn, isArea, leasesOverlap, normalizeArea, runsPast, shownStatus, type LeasePeriod } from './real-estate-rules.js';

const lease = (termFrom: string, termTo: string | null, endedOn: string | null = null): LeasePeriod => ({ termFrom, termTo, endedOn });

describe('a property designation by kind', () => {
  it.each([
    ['land', null, null, []],
    ['land', 1, null, ['buildingNumber:notForKind']],
    ['land', 1, '7', ['buildingNumber:notForKind', 'unitNumber:notForKind']],
    ['building', 1, null, []],
    ['building', null, null, ['buildingNumber:requiredForKind']],
    ['building', 1, '7', ['unitNumber:notForKind']],
    ['flat', 1, '7', []],
    ['flat', 1, null, ['unitNumber:requiredForKind']],
    ['business-premises', null, 'L-2', ['buildingNumber:requiredForKind']],
  ] as const)('%s with building %s and unit %s → %j', (kind, building, unit, expected) => {
    expect(designationErrors(kind, building, unit).map((error) => `${error.field}:${error.rule}`)).toEqual(expected);
  });
});

describe('lease periods', () => {
  it.each([
    ['one ends the day before the other starts', lease('2026-01-01', '2026-03-31'), lease('2026-04-01', null), false],
    ['they share the last day', lease('2026-01-01', '2026-03-31'), lease('2026-03-31', '2026-12-31'), true],
    ['an open lease overlaps anything after its start', lease('2026-01-01', null), lease('2030-01-01', '2030-12-31'), true],
    ['an ended open lease frees the days after its end', lease('2026-01-01', null, '2026-06-30'), lease('2026-07-01', null), false],
    ['an early end frees the rest of the term', lease('2026-01-01', '2030-12-31', '2026-05-31'), lease('2026-06-01', '2027-05-31'), false],
    ['one inside the other', lease('2026-01-01', '2026-12-31'), lease('2026-05-01', '2026-05-31'), true],
  ])('%s', (_name, a, b, expected) => {
    expect(leasesOverlap(a, b)).toBe(expected);
    expect(leasesOverlap(b, a)).toBe(expected);
  });

  it('a lease is in force from its first to its last day, both included', () => {
    const term = lease('2026-04-01', '2026-09-30');
    expect(['2026-03-31', '2026-04-01', '2026-09-30', '2026-10-01'].map((day) => inForceOn(term, day))).toEqual([false, true, true, false]);
    expect(inForceOn(lease('2026-04-01', '2030-03-31', '2026-06-30'), '2026-07-01')).toBe(false);
    expect(inForceOn(lease('2020-01-01', null), '2099-12-31')).toBe(true);
  });

  it('a lease runs past a day when its last day is later or it has none', () => {
    expect(runsPast(lease('2026-01-01', '2026-06-30'), '2026-06-30')).toBe(false);
    expect(runsPast(lease('2026-01-01', '2026-06-30'), '2026-06-29')).toBe(true);
    expect(runsPast(lease('2026-01-01', null), '2040-01-01')).toBe(true);
  });
});

describe('the status a property shows', () => {
  it('is leased only when active with a lease in force', () => {
    expect(shownStatus('active', true)).toBe('leased');
    expect(shownStatus('active', false)).toBe('active');
    expect(shownStatus('alienated', true)).toBe('alienated');
  });
});

describe('areas and amounts, exactly', () => {
  it.each([
    ['54.37', true], ['54.3', true], ['54', true], ['0.01', true], ['9999999999.99', true],
    ['0', false], ['0.00', false], ['54.375', false], ['-1', false], ['1e3', false], ['54,37', false], ['', false], ['12345678901', false],
  ])('%j is an area: %s', (text, expected) => {
    expect(isArea(text)).toBe(expected);
  });

  it('writes areas as the database gives them back', () => {
    expect(['54.3', '54', '007.5', '0.01'].map(normalizeArea)).toEqual(['54.30', '54.00', '7.50', '0.01']);
  });
});
