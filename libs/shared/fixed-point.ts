/**
 * Fixed-point figures as integers: a decimal with `scale` places is kept as the integer of its
 * last place (money in para, areas in hundredths of m², rates in basis points, index values in
 * ten-thousandths). Floating point never touches them: text is parsed digit by digit, and products
 * are taken in `bigint`, so no intermediate figure loses a unit however large it grows.
 */

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
