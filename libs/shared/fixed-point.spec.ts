import { describe, expect, it } from '@jest/globals';
import { formatDecimal, isDecimal, mulDivCeil, mulDivHalfUp, parseDecimal } from './fixed-point.js';

describe('mulDivHalfUp', () => {
  it.each<[number, number, number, number, string]>([
    [5, 1, 2, 3, '2.5 → 3: a half goes up'],
    [3, 1, 2, 2, '1.5 → 2'],
    [1, 1, 3, 0, '0.333 → 0'],
    [2, 1, 3, 1, '0.667 → 1'],
    [38_571_428, 1_025_000, 1_000_000, 39_535_714, '38 571 428 × 1.025 = 39 535 713.7 → 39 535 714'],
    [Number.MAX_SAFE_INTEGER, 3, 3, Number.MAX_SAFE_INTEGER, 'a product beyond 2^53 stays exact (in floating point it would not)'],
  ])('%i × %i / %i = %i (%s)', (a, b, c, expected) => {
    expect(mulDivHalfUp(a, b, c)).toBe(expected);
  });

  it('refuses fractions, negatives and results beyond a safe integer', () => {
    expect(() => mulDivHalfUp(1.5, 1, 1)).toThrow(RangeError);
    expect(() => mulDivHalfUp(-1, 1, 1)).toThrow(RangeError);
    expect(() => mulDivHalfUp(1, 1, 0)).toThrow(RangeError);
    expect(() => mulDivHalfUp(Number.MAX_SAFE_INTEGER, 2, 1)).toThrow(RangeError);
  });
});

describe('mulDivCeil', () => {
  it.each<[number, number, number, number]>([
    [349_049_972, 1_000, 10_000, 34_904_998], // 10 % of 3 490 499.72 is 349 049.972 → at least 349 049.98
    [300_000_000, 1_000, 10_000, 30_000_000], // exact: nothing to round
  ])('%i × %i / %i rounded up = %i', (a, b, c, expected) => {
    expect(mulDivCeil(a, b, c)).toBe(expected);
  });
});

describe('decimals', () => {
  it.each<[string, number, number]>([
    ['54.37', 2, 5437],
    ['54.3', 2, 5430],
    ['54', 2, 5400],
    ['0.5', 2, 50],
    ['102.5', 4, 1_025_000],
    ['150000.00', 2, 15_000_000],
  ])('parseDecimal(%s, %i) = %i', (text, scale, expected) => {
    expect(parseDecimal(text, scale)).toBe(expected);
  });

  it.each(['54.371', '-1', '1e3', '', '1,5', ' 1', '1.', '.5', '1234567890123456'])('refuses %j with two decimals', (text) => {
    expect(() => parseDecimal(text, 2)).toThrow(RangeError);
    expect(isDecimal(text, 2)).toBe(false);
  });

  it.each<[number, number, string]>([
    [5437, 2, '54.37'],
    [5, 2, '0.05'],
    [0, 2, '0.00'],
    [1_025_000, 4, '102.5000'],
    [387_386_250, 2, '3873862.50'],
  ])('formatDecimal(%i, %i) = %s', (value, scale, expected) => {
    expect(formatDecimal(value, scale)).toBe(expected);
  });
});
