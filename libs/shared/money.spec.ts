import { describe, expect, it } from '@jest/globals';
import { formatMinorUnits, fromMajorUnits, MAX_MINOR_UNITS, minorUnits, parseMinorUnits, printMinorUnits, toMajorUnits } from './money.js';

describe('MinorUnits', () => {
  it('is a safe integer: fractions of a para and inexact integers are refused', () => {
    expect(minorUnits(125050)).toBe(125050);
    expect(minorUnits(MAX_MINOR_UNITS)).toBe(9007199254740991);
    expect(() => minorUnits(1250.5)).toThrow(RangeError);
    expect(() => minorUnits(2 ** 53)).toThrow(RangeError);
    expect(() => formatMinorUnits(1.5)).toThrow(RangeError);
  });

  it.each<[number, string]>([
    [125050, '1250.50'],
    [5, '0.05'],
    [99, '0.99'],
    [100, '1.00'],
    [0, '0.00'],
    [MAX_MINOR_UNITS, '90071992547409.91'],
  ])('%i para is %s as text, and back', (amount, text) => {
    expect(formatMinorUnits(amount)).toBe(text);
    expect(parseMinorUnits(text)).toBe(amount);
  });

  it.each(['1250.505', '-1', '1e3', '1,5'])('text %j is refused, not rounded', (text) => {
    expect(() => parseMinorUnits(text)).toThrow(RangeError);
  });
});

describe('amounts as JSON numbers of dinars (the case fee)', () => {
  it.each<[number, number, string]>([
    [0.29, 29, '0.29 × 100 is 28.999999999999996 in floating point; the digits give 29'],
    [1250.5, 125050, 'one decimal'],
    [320, 32000, 'whole dinars'],
    [0.01, 1, 'one para'],
    [1.15, 115, '1.15 × 100 is 114.99999999999999'],
    [9999999999.99, 999999999999, 'the largest fee numeric(12, 2) held'],
  ])('%d dinars are %i para (%s), and back', (dinars, para) => {
    expect(fromMajorUnits(dinars)).toBe(para);
    expect(toMajorUnits(para)).toBe(dinars);
  });

  it('refuses a third decimal, a sign and what is not a number', () => {
    expect(() => fromMajorUnits(0.1 + 0.2)).toThrow(RangeError);
    expect(() => fromMajorUnits(1.005)).toThrow(RangeError);
    expect(() => fromMajorUnits(-1)).toThrow(RangeError);
    expect(() => fromMajorUnits(1e21)).toThrow(RangeError);
    expect(() => fromMajorUnits(Number.NaN)).toThrow(RangeError);
  });

  it('every amount of up to 15 digits survives the trip through a JSON number', () => {
    for (const para of [1, 99, 100, 101, 123456789012345, 999999999999999, 1000000000000001 - 2]) {
      expect(fromMajorUnits(JSON.parse(JSON.stringify(toMajorUnits(para))))).toBe(para);
    }
    expect(() => toMajorUnits(1_000_000_000_000_000)).toThrow(RangeError);
  });
});

describe('printMinorUnits', () => {
  it.each<[string, number, string]>([
    ['sr-Latn-RS', 125050, '1.250,50'],
    ['en-GB', 387386250, '3,873,862.50'],
    ['sr-Latn-RS', MAX_MINOR_UNITS, '90.071.992.547.409,91'],
  ])('in %s, %i para prints as %s, from the digits', (locale, amount, printed) => {
    expect(printMinorUnits(amount, locale)).toBe(printed);
  });
});
