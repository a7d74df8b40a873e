import type { ValueTransformer } from 'typeorm';
import { formatDecimal, parseDecimal } from '../../shared/fixed-point.js';

/**
 * numeric(14, 4) index values as integers × 10 000, never through floating point. An index is not
 * money: it keeps its four decimals (see buyout-calculation.ts), while amounts are minor units.
 */
export const indexColumn: ValueTransformer = {
  to: (value: number | null | undefined) => (value === null || value === undefined ? value : formatDecimal(value, 4)),
  from: (value: string | null) => (value === null ? null : parseDecimal(value, 4)),
};
