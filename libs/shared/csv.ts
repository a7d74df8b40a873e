/**
 * CSV as spreadsheets in Serbia and its neighbours open it with a double click: UTF-8 with a byte
 * order mark (else Excel reads Windows-1250 and mangles č, ć, đ, š, ž and Cyrillic), `;` between
 * cells (the comma is the decimal separator there), CRLF line ends, and decimals with a comma.
 */

/** What a cell holds: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  /** Between the whole and the fraction of a number; `,` by default, as Serbian Excel reads it. */
  decimalSeparator?: ',' | '.';
}

const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';

/**
 * Text a spreadsheet would run as a formula ("CSV injection"): starting with `=`, `+`, `-`, `@`, or
 * a tab or carriage return that some spreadsheets skip before looking for one (OWASP).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as written to the file. Text that could be read as a formula is prefixed with `'` (shown
 * as text, never run); text with the separator, a quote or a line break is quoted, quotes doubled.
 * Numbers are written as numbers (never neutralised: `-3` is a number, not a formula).
 */
export function csvCell(value: CsvCell, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = String(value);
    return (options.decimalSeparator ?? ',') === ',' ? text.replace('.', ',') : text;
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: the header line, then one line per row, each line ended by CRLF, BOM first. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>, options: CsvOptions = {}): string {
  const lines = [header.map((cell) => csvCell(cell, options)).join(SEPARATOR)];
  for (const row of rows) lines.push(row.map((cell) => csvCell(cell, options)).join(SEPARATOR));
  return BOM + lines.map((line) => line + LINE_END).join('');
}
