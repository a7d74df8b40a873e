import { describe, expect, it } from '@jest/globals';

import { DomainError } from '../shared/errors.js';
import {
  belgradeCalendarDate,
  caseNumberAroundSerial,
  counterKey,
  type CounterScope,
  DEFAULT_CASE_NUMBER_TEMPLATE,
  DEFAULT_COUNTER_SCOPE,
  formatActNumber,
  formatCaseNumber,
  formatSerial,
  type NumberParts,
  NUMBER_FORMAT_EXAMPLES,
  validateTemplate,
} from './case-number-template.js';

/** 10:00 on 5 March 2026 in Belgrade (CET, UTC+1). */
const MARCH_5_2026 = new Date('2026-03-05T09:00:00Z');

const parts = (over: Partial<NumberParts> = {}): NumberParts => ({
  classCode: '351',
  serial: 124,
  year: 2026,
  unitCode: '04',
  registeredAt: MARCH_5_2026,
  ...over,
});

const example = (country: string) => {
  const found = NUMBER_FORMAT_EXAMPLES.find((e) => e.country === country);
  if (!found) throw new Error(`no example for ${country}`);
  return found;
};

describe('defaults and examples', () => {
  it('defaults to the Serbian format with one counter per year', () => {
    expect(DEFAULT_CASE_NUMBER_TEMPLATE).toBe('{class}-{serial}/{year}-{unit}');
    expect(DEFAULT_COUNTER_SCOPE).toBe('year');
    expect(NUMBER_FORMAT_EXAMPLES[0]).toMatchObject({ template: DEFAULT_CASE_NUMBER_TEMPLATE, scope: 'year' });
  });

  it.each(NUMBER_FORMAT_EXAMPLES.map((e) => [e.country, e.template, e.scope] as const))(
    '%s example %s is valid with scope %s',
    (_country, template, scope) => {
      expect(validateTemplate(template, scope)).toEqual([]);
    },
  );

  it.each<[string, Partial<NumberParts>, string]>([
    ['Serbia', {}, '351-124/2026-04'],
    ['Bosnia and Herzegovina', { unitCode: '05', classCode: '19', serial: 1234 }, 'UP-I-05-19-1234/26'],
    ['Brčko District', { unitCode: '02', classCode: '01.1', serial: 1397, year: 2010 }, '02-01.1-001397/10'],
    ['Montenegro', { unitCode: '01', classCode: '014', serial: 1234 }, '01-014/26-1234'],
    ['North Macedonia', { unitCode: '08', serial: 1234 }, '08-1234/26'],
    ['Bulgaria', {}, '124/05.03.2026'],
    ['Croatia', { classCode: '6550', unitCode: '01', serial: 8, year: 2010 }, '6550-01/10-01/8'],
  ])('%s formats %j as %s', (country, over, expected) => {
    const { template, scope } = example(country);
    expect(formatCaseNumber(template, parts(over), scope)).toBe(expected);
  });
});

describe('formatCaseNumber', () => {
  it.each<[string, Partial<NumberParts>, string]>([
    ['{serial}/{year}', { serial: 7 }, '7/2026'],
    ['{serial:1}/{year}', { serial: 7 }, '7/2026'],
    ['{serial:3}/{year}', { serial: 7 }, '007/2026'],
    ['{serial:9}/{year}', { serial: 7 }, '000000007/2026'],
    ['{serial:3}/{year}', { serial: 1234 }, '1234/2026'], // never cut
    ['{serial}/{yy}', { year: 2005 }, '124/05'],
    ['{serial}/{yy}', { year: 2100 }, '124/00'],
    ['ПР-{class}-{serial}/{year}', {}, 'ПР-351-124/2026'], // Cyrillic literal
    ['Broj_{unit}.{class} {serial}/{year}', {}, 'Broj_04.351 124/2026'],
    ['{year}/{yy}/{serial}', {}, '2026/26/124'], // year twice is fine
  ])('%s with %j gives %s', (template, over, expected) => {
    expect(formatCaseNumber(template, parts(over))).toBe(expected);
  });

  it.each<[string, string]>([
    ['2026-03-05T09:00:00Z', '05.03.2026'],
    // 23:30 UTC on 31 December is 00:30 on 1 January in Belgrade (CET, UTC+1).
    ['2026-12-31T23:30:00Z', '01.01.2027'],
    ['2026-12-31T22:59:59Z', '31.12.2026'],
    ['2026-12-31T23:00:00Z', '01.01.2027'],
    // Summer time (CEST, UTC+2): 22:30 UTC on 30 June is 00:30 on 1 July.
    ['2026-06-30T22:30:00Z', '01.07.2026'],
    ['2026-06-30T21:59:59Z', '30.06.2026'],
    // The night clocks go forward (29 March 2026).
    ['2026-03-28T23:30:00Z', '29.03.2026'],
  ])('{dd}.{mm}.{year} at %s is %s on the Belgrade calendar', (iso, expected) => {
    const registeredAt = new Date(iso);
    // The caller decides the year from the same Belgrade date.
    const { year } = belgradeCalendarDate(registeredAt);
    expect(formatCaseNumber('{serial}/{dd}.{mm}.{year}', parts({ registeredAt, year }))).toBe(`124/${expected}`);
  });

  it('writes the year the caller passes, not the year of registeredAt', () => {
    const registeredAt = new Date('2026-12-31T23:30:00Z');
    expect(formatCaseNumber('{dd}.{mm}.{year}-{serial}', parts({ registeredAt, year: 2026 }))).toBe(
      '01.01.2026-124',
    );
  });

  it.each<[string, CounterScope | undefined, RegExp]>([
    ['{class}-{serial}', undefined, /\{year\} or \{yy\}/],
    ['{foo}-{serial}/{year}', 'year', /unknown placeholder \{foo\}/],
    ['{serial}/{year}', 'year-unit', /"year-unit" needs \{unit\}/],
    ['{serial}/{year}', 'year-class', /"year-class" needs \{class\}/],
  ])('rejects %s (scope %s) with INVALID_NUMBER_TEMPLATE', (template, scope, reason) => {
    let error: unknown;
    try {
      formatCaseNumber(template, parts(), scope);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const domain = error as DomainError;
    expect(domain.status).toBe(400);
    expect(domain.code).toBe('INVALID_NUMBER_TEMPLATE');
    expect(String(domain.params.reason)).toMatch(reason);
  });

  it('lists every problem in the reason', () => {
    expect(() => formatCaseNumber('{foo}', parts())).toThrow(
      expect.objectContaining({
        params: {
          reason:
            'unknown placeholder {foo}; the template has no {serial} or {serial:N} placeholder; ' +
            'the template has no {year} or {yy} placeholder; the serial restarts every year, so numbers would repeat',
        },
      }),
    );
  });

  it.each<[string, Partial<NumberParts>]>([
    ['serial 0', { serial: 0 }],
    ['negative serial', { serial: -1 }],
    ['fractional serial', { serial: 1.5 }],
    ['two-digit year', { year: 26 }],
    ['invalid registeredAt', { registeredAt: new Date('not a date') }],
  ])('throws a RangeError for %s', (_label, over) => {
    expect(() => formatCaseNumber('{serial}/{dd}.{mm}.{year}', parts(over))).toThrow(RangeError);
  });

  it('does not read registeredAt when the template has no date placeholder', () => {
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_TEMPLATE, parts({ registeredAt: new Date(Number.NaN) }))).toBe(
      '351-124/2026-04',
    );
  });
});

describe('validateTemplate', () => {
  it.each<[string, CounterScope]>([
    ['{class}-{serial}/{year}-{unit}', 'year'],
    ['{class}-{serial}/{year}-{unit}', 'year-unit'],
    ['{class}-{serial}/{year}-{unit}', 'year-class'],
    ['{serial}/{yy}', 'year'],
    ['{serial:6}/{year}', 'year'],
    ['ДЕЛ.БР {serial}/{dd}.{mm}.{year}', 'year'],
    ['Čačak_{unit}-{serial}/{yy}', 'year-unit'],
    [`${'x'.repeat(100 - '{serial}/{yy}'.length)}{serial}/{yy}`, 'year'], // exactly 100 characters
  ])('accepts %s with scope %s', (template, scope) => {
    expect(validateTemplate(template, scope)).toEqual([]);
  });

  it.each<[string, string, CounterScope, RegExp]>([
    ['empty', '', 'year', /empty/],
    ['blank', '   ', 'year', /empty/],
    ['too long', `${'x'.repeat(100 - '{serial}/{yy}'.length + 1)}{serial}/{yy}`, 'year', /longer than 100 characters \(101\)/],
    ['unknown placeholder', '{serial}/{year}-{foo}', 'year', /unknown placeholder \{foo\}/],
    ['empty placeholder', '{serial}/{year}-{}', 'year', /unknown placeholder \{\}/],
    ['placeholder in wrong case', '{Serial}/{year}', 'year', /unknown placeholder \{Serial\}/],
    ['unclosed brace', '{class-{serial}/{year}', 'year', /unbalanced braces: "\{" at character 1 is never closed/],
    ['unclosed brace at end', '{serial}/{year', 'year', /unbalanced braces: "\{" at character 10/],
    ['stray closing brace', '{serial}}/{year}', 'year', /unbalanced braces: "\}" at character 9 has no matching "\{"/],
    ['no serial', '{class}/{year}', 'year', /no \{serial\} or \{serial:N\}/],
    ['two serials', '{serial}-{serial:3}/{year}', 'year', /more than one serial placeholder \(2\)/],
    ['padding width 0', '{serial:0}/{year}', 'year', /\{serial:0\}: the serial padding width must be a single digit from 1 to 9/],
    ['padding width 10', '{serial:10}/{year}', 'year', /\{serial:10\}: .*from 1 to 9/],
    ['padding width not a number', '{serial:x}/{year}', 'year', /\{serial:x\}: .*from 1 to 9/],
    ['no year', '{class}-{serial}-{unit}', 'year', /no \{year\} or \{yy\}.*restarts every year/],
    ['year-unit without unit', '{class}-{serial}/{year}', 'year-unit', /"year-unit" needs \{unit\}/],
    ['year-class without class', '{unit}-{serial}/{year}', 'year-class', /"year-class" needs \{class\}/],
    ['literal character not allowed', '{serial}#{year}', 'year', /character "#" at character 9 is not allowed/],
    ['unknown scope', '{serial}/{year}', 'per-decade' as CounterScope, /unknown counter scope "per-decade"/],
  ])('reports %s: %s (scope %s)', (_label, template, scope, problem) => {
    const problems = validateTemplate(template, scope);
    expect(problems.some((p) => problem.test(p))).toBe(true);
  });

  it('defaults to scope year', () => {
    expect(validateTemplate('{serial}/{year}')).toEqual([]);
  });

  it('reports each cause once, and only the real ones', () => {
    expect(validateTemplate('{foo}-{foo}', 'year-unit')).toEqual([
      'unknown placeholder {foo}',
      'the template has no {serial} or {serial:N} placeholder',
      'the template has no {year} or {yy} placeholder; the serial restarts every year, so numbers would repeat',
      'counter scope "year-unit" needs {unit} in the template, or numbers of different units would repeat',
    ]);
  });

  it('reports only "empty" for an empty template', () => {
    expect(validateTemplate('', 'year-class')).toEqual(['the template is empty']);
  });
});

describe('belgradeCalendarDate', () => {
  it.each<[string, { year: number; month: number; day: number }]>([
    ['2026-12-31T23:30:00Z', { year: 2027, month: 1, day: 1 }],
    ['2026-12-31T22:30:00Z', { year: 2026, month: 12, day: 31 }],
    ['2026-07-15T12:00:00Z', { year: 2026, month: 7, day: 15 }],
  ])('%s is %j in Belgrade', (iso, expected) => {
    expect(belgradeCalendarDate(new Date(iso))).toEqual(expected);
  });
});

describe('counterKey', () => {
  const key = { year: 2026, unitCode: '04', classCode: '351' };

  it.each<[CounterScope, string]>([
    ['year', '2026'],
    ['year-unit', '2026|04'],
    ['year-class', '2026|351'],
  ])('scope %s gives %s', (scope, expected) => {
    expect(counterKey(scope, key)).toBe(expected);
  });

  it.each<[CounterScope, { year: number; unitCode: string; classCode: string }, string]>([
    ['year', { year: 2027, unitCode: '05', classCode: '01.1' }, '2027'],
    ['year-unit', { year: 2027, unitCode: '05', classCode: '01.1' }, '2027|05'],
    ['year-class', { year: 2027, unitCode: '05', classCode: '01.1' }, '2027|01.1'],
  ])('scope %s with %j gives %s', (scope, input, expected) => {
    expect(counterKey(scope, input)).toBe(expected);
  });

  it('throws for an unknown scope', () => {
    expect(() => counterKey('decade' as CounterScope, key)).toThrow(RangeError);
  });
});

describe('formatActNumber', () => {
  it.each<[string, number, string]>([
    ['351-124/2026-04', 1, '351-124/2026-04/1'],
    ['351-124/2026-04', 2, '351-124/2026-04/2'],
    ['6550-01/10-01/8', 12, '6550-01/10-01/8/12'],
    ['UP-I-05-19-1234/26', 3, 'UP-I-05-19-1234/26/3'],
  ])('act of %s number %d is %s', (caseNumber, sub, expected) => {
    expect(formatActNumber(caseNumber, sub)).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects sub-number %d', (sub) => {
    expect(() => formatActNumber('351-124/2026-04', sub)).toThrow(RangeError);
  });
});

describe('caseNumberAroundSerial: the number before the serial is drawn', () => {
  const parts = { classCode: '351', unitCode: 'IV-02', year: 2026, registeredAt: new Date('2026-03-05T10:00:00Z') };
  it.each(NUMBER_FORMAT_EXAMPLES.map((e) => [e.template, e.scope] as const))('%s: text before + serial + text after is the number', (template, scope) => {
    const around = caseNumberAroundSerial(template, parts, scope);
    for (const serial of [1, 7, 124, 1397, 1234567]) {
      expect(`${around.before}${formatSerial(serial, around.width)}${around.after}`).toBe(formatCaseNumber(template, { ...parts, serial }, scope));
    }
  });

  it('refuses a template formatCaseNumber refuses', () => {
    expect(() => caseNumberAroundSerial('{class}/{year}', parts)).toThrow(DomainError);
  });
});
