import type { Column } from '../../documents/pdf-layout.js';
import { DOCUMENT_LABELS, fill } from '../../documents/labels.js';
import { formatDate } from '../../documents/formats.js';
import type { Locale } from '../../i18n/i18n.js';
import { toCsv } from '../../shared/csv.js';
import type { RegisterListDocument } from '../shared/index.js';
import { HOUSING_BUYOUT_LABELS } from './housing-buyout-labels.js';
import type { BuyoutRow } from './housing-buyout-queries.service.js';
import { formatArea } from './housing-buyout-view.js';
import { formatMinorUnits, printMinorUnits, type MinorUnits } from '../../shared/money.js';

/** Amounts as a spreadsheet of the region reads them: a comma before the para, no grouping. */
const csvDecimal = (text: string) => text.replace('.', ',');

const printFormats = new Map<string, Intl.NumberFormat>();

/** An area (m² with two places) as the document's language writes it (e.g. `1.054,37`), exactly: from text, never a float. */
function printed(text: string, numberLocale: string): string {
  let format = printFormats.get(numberLocale);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    printFormats.set(numberLocale, format);
  }
  return format.format(text as `${number}`);
}

const balanceOf = ({ entry }: BuyoutRow) => Math.max(0, entry.total - entry.paid);
const caseNumbers = ({ cases }: BuyoutRow) => cases.map((ref) => ref.number).join(', ');

/**
 * The register as CSV in `locale`: one line per entry; the JMBG column is filled only for those
 * who may read it (`showPersonalIds`).
 */
export function housingBuyoutsCsv(locale: Locale, rows: BuyoutRow[], showPersonalIds: boolean): string {
  const words = HOUSING_BUYOUT_LABELS[locale];
  const c = words.columns;
  const header = [c.contractNumber, c.contractDate, c.buyer, c.personalId, c.flat, c.area, c.method, c.price, c.total, c.paid, c.balance, c.arrears, c.status, c.cases];
  return toCsv(
    header,
    rows.map((row) => {
      const { entry } = row;
      return [
        entry.contractNumber,
        entry.contractDate,
        entry.buyerName,
        showPersonalIds ? entry.buyerPersonalId : null,
        entry.flatAddress,
        csvDecimal(formatArea(entry.flatAreaHundredths)),
        words.methods[entry.paymentMethod],
        csvDecimal(formatMinorUnits(entry.price)),
        csvDecimal(formatMinorUnits(entry.total)),
        csvDecimal(formatMinorUnits(entry.paid)),
        csvDecimal(formatMinorUnits(balanceOf(row))),
        csvDecimal(formatMinorUnits(row.arrears)),
        words.statuses[entry.status],
        caseNumbers(row),
      ];
    }),
  );
}

/** The printed list: no identifiers on paper; amounts and dates as the language writes them. */
export function housingBuyoutsList(locale: Locale, rows: BuyoutRow[], today: string): RegisterListDocument {
  const words = HOUSING_BUYOUT_LABELS[locale];
  const document = DOCUMENT_LABELS[locale];
  const c = words.columns;
  const money = (amount: MinorUnits) => printMinorUnits(amount, document.numberLocale);
  const columns: Column[] = [
    { header: c.contractNumber, weight: 7 },
    { header: c.contractDate, weight: 6 },
    { header: c.buyer, weight: 11 },
    { header: c.flat, weight: 14 },
    { header: c.area, weight: 5, align: 'right' },
    { header: c.method, weight: 6 },
    { header: c.price, weight: 8, align: 'right' },
    { header: c.paid, weight: 8, align: 'right' },
    { header: c.balance, weight: 8, align: 'right' },
    { header: c.arrears, weight: 8, align: 'right' },
    { header: c.status, weight: 6 },
    { header: c.cases, weight: 10 },
  ];
  return {
    name: words.fileName,
    title: words.title,
    subtitle: `${fill(words.count, { count: rows.length })} · ${fill(words.asOf, { date: formatDate(today, document) })}`,
    columns,
    rows: rows.map((row) => {
      const { entry } = row;
      return [
        entry.contractNumber ?? '',
        formatDate(entry.contractDate, document),
        entry.buyerName,
        entry.flatAddress,
        printed(formatArea(entry.flatAreaHundredths), document.numberLocale),
        words.methods[entry.paymentMethod],
        money(entry.price),
        money(entry.paid),
        money(balanceOf(row)),
        money(row.arrears),
        words.statuses[entry.status],
        caseNumbers(row),
      ];
    }),
  };
}
