import { formatDate } from '../../../documents/formats.js';
import { DOCUMENT_LABELS, fill } from '../../../documents/labels.js';
import type { Column } from '../../../documents/pdf-layout.js';
import { toCsv } from '../../../shared/csv.js';
import type { RegisterListDocument } from '../register-list-pdf.js';
import type { ExportColumn, ExportContext, RegisterLabelsBase } from './register-declaration.js';

/**
 * The register as CSV: one line per entry, the declared columns except the printed-only ones;
 * identifier columns filled only for those who may read them (`showPersonalIds`). Dates as ISO days.
 */
export function registerCsv<R, L>(columns: Array<ExportColumn<R, L>>, rows: R[], context: ExportContext<L>, showPersonalIds: boolean): string {
  const inCsv = columns.filter((column) => !column.printedOnly);
  return toCsv(
    inCsv.map((column) => column.header(context.labels)),
    rows.map((row) => inCsv.map((column) => (column.personal && !showPersonalIds ? null : (column.value(row, context) ?? null)))),
  );
}

/** The printed list: the columns with a width, no identifiers on paper, dates as the language writes them. */
export function registerPrintedList<R, L extends RegisterLabelsBase>(
  register: { columns: Array<ExportColumn<R, L>>; subtitle?(context: ExportContext<L>, count: number): string },
  rows: R[],
  context: ExportContext<L>,
): RegisterListDocument {
  const printed = register.columns.filter((column) => column.weight !== undefined && !column.personal);
  const document = DOCUMENT_LABELS[context.locale];
  const cell = (column: ExportColumn<R, L>, row: R): string => {
    const value = column.value(row, context);
    if (value === null || value === undefined) return '';
    return column.kind === 'date' ? formatDate(String(value), document) : String(value);
  };
  return {
    name: context.labels.fileName,
    title: context.labels.title,
    subtitle: register.subtitle ? register.subtitle(context, rows.length) : fill(context.labels.count, { count: rows.length }),
    columns: printed.map((column): Column => ({ header: column.header(context.labels), weight: column.weight!, ...(column.align ? { align: column.align } : {}) })),
    rows: rows.map((row) => printed.map((column) => cell(column, row))),
  };
}
