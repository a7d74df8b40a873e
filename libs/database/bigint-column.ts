import type { ValueTransformer } from 'typeorm';

/**
 * bigint columns (amounts in minor units, sizes) come back from pg as text; as JavaScript numbers
 * they must stay exact, so a value beyond Number.MAX_SAFE_INTEGER is an error, not a rounding.
 */
export const exactBigintColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const number = Number(value);
    if (!Number.isSafeInteger(number)) throw new RangeError(`Amount beyond a safe integer: ${value}`);
    return number;
  },
};
