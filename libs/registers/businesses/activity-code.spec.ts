import { describe, expect, it } from '@jest/globals';
import { activityCodePrefix, isActivityCode, normalizeActivityCode } from './activity-code.js';

describe('activity codes (šifra delatnosti, KD 2010)', () => {
  it.each([
    ['47.11', '47.11'],
    ['4711', '47.11'],
    [' 96.02 ', '96.02'],
    ['47.1', null],
    ['471', null],
    ['47,11', null],
    ['A47.11', null],
  ])('%j is written %j', (text, code) => {
    expect(normalizeActivityCode(text)).toBe(code);
  });

  it.each([
    ['47.11', true],
    ['01.11', true],
    ['56.10', true],
    ['99.00', true],
    ['04.11', false],
    ['34.10', false],
    ['40.00', false],
    ['89.99', false],
    ['00.00', false],
    ['4711', false],
  ])('%s is a class of an existing division: %s', (code, valid) => {
    expect(isActivityCode(code)).toBe(valid);
  });

  it.each([
    ['4', '4'],
    ['47', '47'],
    ['47.1', '47.1'],
    ['471', '47.1'],
    ['47.11', '47.11'],
    ['4711', '47.11'],
    ['47111', null],
    ['x', null],
    ['47.', null],
  ])('the filter %j means codes starting %j', (text, prefix) => {
    expect(activityCodePrefix(text)).toBe(prefix);
  });
});
