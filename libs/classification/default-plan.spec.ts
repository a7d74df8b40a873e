import { describe, expect, it } from '@jest/globals';

import {
  DEFAULT_CLASSIFICATION_PLAN,
  DEFAULT_PLAN_VALID_FROM_YEAR,
  type DefaultClassificationMark,
} from './default-plan.js';

const codes = DEFAULT_CLASSIFICATION_PLAN.map((m) => m.code);
const byCode = new Map<string, DefaultClassificationMark>(DEFAULT_CLASSIFICATION_PLAN.map((m) => [m.code, m]));

/** Retention as a comparable number: permanent sorts above any number of years. */
const retentionRank = (m: DefaultClassificationMark): number => (m.permanent ? Number.POSITIVE_INFINITY : (m.retentionYears ?? 0));

describe('DEFAULT_CLASSIFICATION_PLAN', () => {
  it('has a plausible size and valid-from year', () => {
    expect(DEFAULT_CLASSIFICATION_PLAN.length).toBeGreaterThanOrEqual(100);
    expect(DEFAULT_CLASSIFICATION_PLAN.length).toBeLessThanOrEqual(160);
    expect(Number.isInteger(DEFAULT_PLAN_VALID_FROM_YEAR)).toBe(true);
  });

  it('has valid, unique codes', () => {
    for (const code of codes) {
      expect(code).toMatch(/^[0-9]{1,3}$/);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('is ordered by code as strings (parent before children)', () => {
    const sorted = [...codes].sort();
    expect(codes).toEqual(sorted);
  });

  it('gives every mark a non-empty title', () => {
    for (const mark of DEFAULT_CLASSIFICATION_PLAN) {
      expect(mark.title.trim().length).toBeGreaterThan(0);
    }
  });

  it('gives every mark exactly one of retentionYears (integer 1..200) or permanent', () => {
    for (const mark of DEFAULT_CLASSIFICATION_PLAN) {
      const hasYears = mark.retentionYears !== undefined;
      const isPermanent = mark.permanent !== undefined;
      expect({ code: mark.code, exactlyOne: hasYears !== isPermanent }).toEqual({ code: mark.code, exactlyOne: true });
      if (hasYears) {
        const years = mark.retentionYears as number;
        expect(Number.isInteger(years)).toBe(true);
        expect(years).toBeGreaterThanOrEqual(1);
        expect(years).toBeLessThanOrEqual(200);
      } else {
        expect(mark.permanent).toBe(true);
      }
    }
  });

  it('has the parent of every two- and three-digit code', () => {
    const missing = codes.filter((code) => code.length > 1 && !byCode.has(code.slice(0, -1)));
    expect(missing).toEqual([]);
  });

  it('never keeps a parent shorter than any of its children', () => {
    const violations = DEFAULT_CLASSIFICATION_PLAN.filter((m) => m.code.length > 1).filter((m) => {
      const parent = byCode.get(m.code.slice(0, -1));
      return parent !== undefined && retentionRank(parent) < retentionRank(m);
    }).map((m) => m.code);
    expect(violations).toEqual([]);
  });

  it('contains all ten main groups', () => {
    for (let group = 0; group <= 9; group++) {
      expect(byCode.has(String(group))).toBe(true);
    }
  });

  it('contains the subgroups commonly used by municipal administrations', () => {
    const required = [
      '011', '020', '031', '035', '037', '112', '120', '130', '181', '200', '203', '204', '206', '217', '218', '220',
      '300', '310', '320', '322', '330', '334', '350', '351', '352', '353', '354', '361', '401', '404', '410', '420',
      '430', '436', '450', '463', '464', '501', '550', '553', '560', '601', '610', '620', '630', '640', '650', '660',
      '670', '700', '740', '800', '820', '840', '900', '950',
    ];
    expect(required.filter((code) => !byCode.has(code))).toEqual([]);
  });

  it('has 351 for urban planning and construction', () => {
    const mark = byCode.get('351');
    expect(mark).toBeDefined();
    expect(mark?.title).toMatch(/urbanizam|izgradnj|građevin/i);
  });
});
