import { DOCUMENT_LABELS } from '../../../documents/labels.js';
import type { Locale } from '../../../i18n/i18n.js';

/**
 * Exact decimals in export columns (areas, amounts), from fixed-point text (`libs/shared/fixed-point.ts`,
 * `money.ts`), never through a float.
 */

/** `'1054.30'` as a spreadsheet of the region reads it: a comma before the decimals, no grouping (`1054,30`). */
export const csvDecimal = (text: string): string => text.replace('.', ',');

const formats = new Map<string, Intl.NumberFormat>();

/** `'1054.30'` (two decimals) as the document's language writes it, e.g. `1.054,30`. */
export function printedDecimal(text: string, locale: Locale): string {
  const { numberLocale } = DOCUMENT_LABELS[locale];
  let format = formats.get(numberLocale);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formats.set(numberLocale, format);
  }
  // Intl formats a decimal string exactly (no float in between).
  return format.format(text as `${number}`);
}
