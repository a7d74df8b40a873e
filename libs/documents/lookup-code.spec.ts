import { describe, expect, it } from '@jest/globals';
import { lookupCode, lookupKey } from './lookup-code.js';

const KEY = lookupKey('a'.repeat(64));
const CASE = '6f1c2a9e-3b7d-4c1e-9a55-0d2b8e4f7a10';

describe('lookupCode', () => {
  it('is ten base32 characters', () => {
    expect(lookupCode(KEY, CASE)).toMatch(/^[A-Z2-7]{10}$/);
  });

  it('is the same every time the same case is printed, whatever the letter case of its id', () => {
    expect(lookupCode(KEY, CASE)).toBe(lookupCode(KEY, CASE));
    expect(lookupCode(KEY, CASE.toUpperCase())).toBe(lookupCode(KEY, CASE));
  });

  it('differs between cases and between installations', () => {
    const other = '6f1c2a9e-3b7d-4c1e-9a55-0d2b8e4f7a11';
    expect(lookupCode(KEY, other)).not.toBe(lookupCode(KEY, CASE));
    expect(lookupCode(lookupKey('b'.repeat(64)), CASE)).not.toBe(lookupCode(KEY, CASE));
  });

  it('spreads over the alphabet (no fixed characters across many cases)', () => {
    const codes = Array.from({ length: 200 }, (_, i) => lookupCode(KEY, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`));
    expect(new Set(codes).size).toBe(200);
    for (let position = 0; position < 10; position += 1) {
      expect(new Set(codes.map((code) => code[position])).size).toBeGreaterThan(16);
    }
  });
});
