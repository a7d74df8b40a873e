/**
 * Money and other fixed-point figures of the buyout calculation, as integers: amounts in para
 * (1/100 of a dinar), areas in hundredths of a square metre, rates in basis points (1/100 of a
 * per cent), index values in ten-thousandths. Floating point never touches them: products are
 * taken in `bigint`, so no intermediate figure loses a para however large it grows.
 */

/** An amount in para (1/100 dinar); a safe, non-negative integer. */
export type Para = number;

/** 100 % in basis points. */
export const WHOLE = 10_000;

function requireNonNegativeInteger(value: number, what: string): bigint {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative safe integer, got ${value}`);
  return BigInt(value);
}

/**
 * `a × b / c` rounded half up (…,5 goes up) to a whole unit. All three are non-negative integers;
 * the product is exact in bigint, so there is exactly one rounding, at the end.
 */
export function mulDivHalfUp(a: number, b: number, c: number): number {
  const [x, y, z] = [requireNonNegativeInteger(a, 'a'), requireNonNegativeInteger(b, 'b'), requireNonNegativeInteger(c, 'c')];
  if (z === 0n) throw new RangeError('division by zero');
  const result = (2n * x * y + z) / (2n * z);
  if (result > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${a} × ${b} / ${c} is beyond a safe integer`);
  return Number(result);
}

/** `a × b / c` rounded up to a whole unit (for minimums that must be reached: "at least 10 %"). */
export function mulDivCeil(a: number, b: number, c: number): number {
  const [x, y, z] = [requireNonNegativeInteger(a, 'a'), requireNonNegativeInteger(b, 'b'), requireNonNegativeInteger(c, 'c')];
  if (z === 0n) throw new RangeError('division by zero');
  return Number((x * y + z - 1n) / z);
}

const DECIMAL = /^(\d{1,15})(?:\.(\d+))?$/;

/**
 * A decimal written with a point, as an integer of `scale` decimals: `parseDecimal('54.37', 2)` is
 * 5437. More decimals than `scale`, signs, exponents, commas or spaces are refused (RangeError),
 * never rounded away silently.
 */
export function parseDecimal(text: string, scale: number): number {
  const match = DECIMAL.exec(text);
  if (!match || (match[2] ?? '').length > scale) throw new RangeError(`Not a decimal with at most ${scale} decimals: ${JSON.stringify(text)}`);
  const value = BigInt(match[1]) * 10n ** BigInt(scale) + BigInt((match[2] ?? '').padEnd(scale, '0') || '0');
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`Too large: ${text}`);
  return Number(value);
}

/** Is `text` a decimal `parseDecimal(text, scale)` accepts? */
export function isDecimal(text: unknown, scale: number): text is string {
  if (typeof text !== 'string') return false;
  try {
    parseDecimal(text, scale);
    return true;
  } catch {
    return false;
  }
}

/** An integer of `scale` decimals written out: `formatDecimal(5437, 2)` is `'54.37'`. */
export function formatDecimal(value: number, scale: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a safe integer: ${value}`);
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(scale + 1, '0');
  return scale === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** Para as dinars with two decimals: 387386250 → `'3873862.50'`. */
export const formatMoney = (para: Para): string => formatDecimal(para, 2);
/** Dinars with up to two decimals as para: `'3873862.5'` → 387386250. */
export const parseMoney = (text: string): Para => parseDecimal(text, 2);
