import type { ValueTransformer } from 'typeorm';
import { formatDecimal, parseDecimal } from './money.js';

/** numeric(14, 4) index values as integers × 10 000, never through floating point. */
export const indexColumn: ValueTransformer = {
  to: (value: number | null | undefined) => (value === null || value === undefined ? value : formatDecimal(value, 4)),
  from: (value: string | null) => (value === null ? null : parseDecimal(value, 4)),
};
