import { describe, expect, it } from '@jest/globals';
import { exactBigintColumn } from './bigint-column.js';

describe('exactBigintColumn', () => {
  it('reads bigint columns as exact numbers and refuses ones beyond', () => {
    expect(exactBigintColumn.from('9007199254740991')).toBe(9007199254740991);
    expect(exactBigintColumn.from('0')).toBe(0);
    expect(exactBigintColumn.from(null)).toBeNull();
    expect(() => exactBigintColumn.from('9007199254740993')).toThrow(RangeError);
  });

  it('writes safe integers as they are and refuses fractions and inexact integers', () => {
    expect(exactBigintColumn.to(125050)).toBe(125050);
    expect(exactBigintColumn.to(null)).toBeNull();
    expect(exactBigintColumn.to(undefined)).toBeUndefined();
    expect(() => exactBigintColumn.to(1250.5)).toThrow(RangeError);
    expect(() => exactBigintColumn.to(2 ** 53)).toThrow(RangeError);
    expect(() => exactBigintColumn.to(Number.NaN)).toThrow(RangeError);
  });
});
