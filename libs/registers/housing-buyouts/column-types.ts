import type { ValueTransformer } from 'typeorm';
import { formatDecimal, parseDecimal } from './money.js';

/** bigint columns (para) come back from pg as text; as numbers they must stay exact. */
export const paraColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const number = Number(value);
    if (!Number.isSafeInteger(number)) throw new RangeError(`Amount beyond a safe integer: ${value}`);
    return number;
  },
};

/** numeric(14, 4) index values as integers × 10 000, never through floating point. */
export const indexColumn: ValueTransformer = {
  to: (value: number | null | undefined) => (value === null || value === undefined ? value : formatDecimal(value, 4)),
  from: (value: string | null) => (value === null ? null : parseDecimal(value, 4)),
};
