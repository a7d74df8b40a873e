import { Injectable, StreamableFile } from '@nestjs/common';
import { inlineDisposition } from '../documents/content-disposition.js';
import { formatDate } from '../documents/formats.js';
import { DOCUMENT_LABELS, type DocumentLabels } from '../documents/labels.js';
import { A4_LANDSCAPE, PdfComposer, type Cell } from '../documents/pdf-layout.js';
import { PdfFonts } from '../documents/pdf-fonts.js';
import { pdfResponse } from '../documents/pdf-response.js';
import { PrintContexts } from '../documents/print-context.js';
import type { Locale } from '../i18n/i18n.js';
import { toCsv, type CsvCell } from '../shared/csv.js';
import { REPORT_LABELS } from './labels.js';
import type { ReportTable, TableLabels, TableValue } from './report-tables.js';

const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

/** A figure as the language prints it (an average with one decimal). */
function formatNumber(value: number, labels: DocumentLabels): string {
  if (Number.isInteger(value)) return String(value);
  let format = NUMBER_FORMATS.get(labels.numberLocale);
  if (!format) {
    format = new Intl.NumberFormat(labels.numberLocale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
    NUMBER_FORMATS.set(labels.numberLocale, format);
  }
  return format.format(value);
}

function printed(value: TableValue, labels: DocumentLabels): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value, labels);
  if (typeof value === 'string') return value;
  return formatDate(value.date, labels);
}

const csvValue = (value: TableValue): CsvCell => (value !== null && typeof value === 'object' ? value.date : value);

/** Reports as files: CSV for spreadsheets, PDF to print and sign, both from the same table. */
@Injectable()
export class ReportFiles {
  constructor(
    private readonly fonts: PdfFonts,
    private readonly print: PrintContexts,
  ) {}

  labels(locale: Locale): TableLabels {
    return { report: REPORT_LABELS[locale], document: DOCUMENT_LABELS[locale] };
  }

  /** The table as a CSV download (libs/shared/csv.ts: BOM, `;`, CRLF, formulas neutralised). */
  csv(table: ReportTable): StreamableFile {
    const csv = toCsv(
      table.columns.map((column) => column.header),
      table.rows.map((row) => row.cells.map(csvValue)),
    );
    const bytes = Buffer.from(csv, 'utf8');
    return new StreamableFile(bytes, {
      type: 'text/csv; charset=utf-8',
      disposition: inlineDisposition(table.name, 'csv').replace(/^inline/, 'attachment'),
      length: bytes.length,
    });
  }

  /** The table printed on landscape A4: title, period and state lines, the table with repeated headers. */
  async pdf(locale: Locale, table: ReportTable): Promise<StreamableFile> {
    const context = this.print.for(locale);
    const { doc, fonts } = await this.fonts.newDocument();
    const page = new PdfComposer(doc, fonts, { authority: context.authority, title: table.title, subtitle: table.notes[0] }, {
      labels: context.labels,
      printedAt: context.printedAt,
      size: A4_LANDSCAPE,
    });
    page.gap(4);
    page.paragraph(table.title, { size: 14, bold: true });
    for (const note of table.notes) page.paragraph(note, { size: 9 });
    page.gap(8);
    const columns = table.columns.map((column) => ({ header: column.header, weight: column.weight, align: column.numeric ? ('right' as const) : undefined }));
    const rows = table.rows.map((row) => row.cells.map((value): Cell => ({ text: printed(value, context.labels), bold: row.bold })));
    page.table(columns, rows, { fontSize: table.columns.length > 12 ? 7 : 8 });
    return pdfResponse('', { name: table.name, pdf: await page.save() });
  }
}
