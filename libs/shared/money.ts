import { formatDecimal, parseDecimal } from './fixed-point.js';

/**
 * Money, everywhere in Spis: an integer count of minor units (para, 1/100 of a dinar; cents of
 * another currency), `bigint` in PostgreSQL, this type in TypeScript, read and written through
 * the one column transformer (`MinorUnitsColumn`, libs/database/money-column.ts).
 *
 * A safe-integer `number`, not a `bigint`: every amount leaves Spis as JSON, which has no bigint
 * (`JSON.stringify` throws on one), and the web app runs the buyout calculation in the browser on
 * the same figures. A safe integer is exact up to 2^53 − 1 para (90 trillion dinars), beyond any
 * amount a municipality books; the column transformer refuses anything else both ways, the money
 * columns refuse it in a CHECK, and products that could pass 2^53 are taken in `bigint`
 * (fixed-point.ts). Rates, index values and areas are not money and keep their own scales.
 */
export type MinorUnits = number;

/** Minor units in a major one: every currency the registers book (RSD, EUR) has two decimals. */
export const MINOR_DIGITS = 2;

/** The largest amount: what a JSON number and a JavaScript number still hold exactly. */
export const MAX_MINOR_UNITS: MinorUnits = Number.MAX_SAFE_INTEGER;

/**
 * The largest amount `toMajorUnits` answers: a decimal of up to 15 significant digits survives the
 * trip through a floating-point number and back; one of 16 may not.
 */
const MAX_AS_MAJOR_NUMBER = 999_999_999_999_999;

export const isMinorUnits = (value: unknown): value is MinorUnits => Number.isSafeInteger(value);

/** `value` as an amount, or a RangeError: never a fraction of a para, never an inexact integer. */
export function minorUnits(value: number): MinorUnits {
  if (!isMinorUnits(value)) throw new RangeError(`Not an amount in minor units (a safe integer): ${value}`);
  return value;
}

/** An amount as decimal text with two places, as the API and the exports write it: 125050 → `'1250.50'`. */
export const formatMinorUnits = (amount: MinorUnits): string => formatDecimal(amount, MINOR_DIGITS);

/** Decimal text with at most two places as an amount: `'1250.5'` → 125050. More places are refused, never rounded. */
export const parseMinorUnits = (text: string): MinorUnits => parseDecimal(text, MINOR_DIGITS);

/**
 * An amount given as a JSON number of major units (dinars), e.g. a fee of `1250.5`, exactly: the
 * number's shortest decimal text (what `String` gives, the digits the client sent) is parsed, not
 * multiplied, since 0.29 × 100 is 28.999999999999996 in floating point. A number with more than
 * two decimals, negative or beyond a safe integer of minor units is refused (RangeError).
 */
export function fromMajorUnits(amount: number): MinorUnits {
  if (!Number.isFinite(amount)) throw new RangeError(`Not an amount: ${amount}`);
  return parseMinorUnits(String(amount));
}

/**
 * An amount as a JSON number of major units (dinars), for the API fields that have always answered
 * so: the floating-point number nearest to the decimal, the same one a client's JSON parser makes of
 * the decimal text, so `fromMajorUnits` gives the amount back. Up to 15 digits; larger is refused.
 */
export function toMajorUnits(amount: MinorUnits): number {
  if (!isMinorUnits(amount) || Math.abs(amount) > MAX_AS_MAJOR_NUMBER) throw new RangeError(`Not exact as a number of major units: ${amount}`);
  return Number(formatMinorUnits(amount));
}

const PRINT_FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * An amount as a document in `numberLocale` writes it (`1.250,50` in Serbian, `1,250.50` in
 * English): Intl formats the decimal text, so no floating-point value comes between.
 */
export function printMinorUnits(amount: MinorUnits, numberLocale: string): string {
  let format = PRINT_FORMATS.get(numberLocale);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale, { minimumFractionDigits: MINOR_DIGITS, maximumFractionDigits: MINOR_DIGITS });
    PRINT_FORMATS.set(numberLocale, format);
  }
  return format.format(formatMinorUnits(amount) as `${number}`);
}
