import { describe, expect, it } from '@jest/globals';
import { exactBigintColumn } from './bigint-column.js';

describe('exactBigintColumn', () => {
  it('reads bigint columns as exact numbers and refuses ones beyond', () => {
    expect(exactBigintColumn.from('9007199254740991')).toBe(9007199254740991);
    expect(exactBigintColumn.from(null)).toBeNull();
    expect(() => exactBigintColumn.from('9007199254740993')).toThrow(RangeError);
  });
});
