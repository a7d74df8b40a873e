import type { ValueTransformer } from 'typeorm';

/**
 * bigint columns (money in minor units, sizes) come back from pg as text; as JavaScript numbers
 * they must stay exact, so a value beyond Number.MAX_SAFE_INTEGER is an error, not a rounding —
 * on the way in too, where a fraction or an inexact integer would otherwise reach the database
 * as whatever PostgreSQL made of its text.
 */
export const exactBigintColumn: ValueTransformer = {
  to: (value: unknown) => {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) throw new RangeError(`Not a safe integer for a bigint column: ${value}`);
    return value;
  },
  from: (value: string | null) => {
    if (value === null) return null;
    const number = Number(value);
    if (!Number.isSafeInteger(number)) throw new RangeError(`Amount beyond a safe integer: ${value}`);
    return number;
  },
};
