import { Injectable, StreamableFile } from '@nestjs/common';
import type { PrintedDocument } from '../../documents/case-papers.service.js';
import { inlineDisposition } from '../../documents/content-disposition.js';
import { A4_LANDSCAPE, PdfComposer, type Cell, type Column } from '../../documents/pdf-layout.js';
import { PdfFonts } from '../../documents/pdf-fonts.js';
import { pdfResponse } from '../../documents/pdf-response.js';
import { PrintContexts } from '../../documents/print-context.js';
import type { Locale } from '../../i18n/i18n.js';

/** A register list to print: its title, a line saying which entries (the filters), and the table. */
export interface RegisterListDocument {
  /** File name without extension, e.g. `nepokretnosti`. */
  name: string;
  title: string;
  /** E.g. the filters applied and the number of entries. */
  subtitle?: string;
  columns: Column[];
  rows: Cell[][];
}

/** Prints register lists: landscape A4, the authority and title on every page, "strana N od M". */
@Injectable()
export class RegisterListPdf {
  constructor(
    private readonly fonts: PdfFonts,
    private readonly print: PrintContexts,
  ) {}

  async build(locale: Locale, list: RegisterListDocument): Promise<PrintedDocument> {
    const context = this.print.for(locale);
    const { doc, fonts } = await this.fonts.newDocument();
    const page = new PdfComposer(doc, fonts, { authority: context.authority, title: list.title, subtitle: list.subtitle }, { labels: context.labels, printedAt: context.printedAt, size: A4_LANDSCAPE });
    page.paragraph(list.title, { size: 14, bold: true });
    if (list.subtitle) page.paragraph(list.subtitle, { size: 9 });
    page.gap(8);
    page.table(list.columns, list.rows, { fontSize: 8 });
    return { name: list.name, pdf: await page.save() };
  }

  /** The printed list as the HTTP answer. */
  async response(locale: Locale, list: RegisterListDocument): Promise<StreamableFile> {
    return pdfResponse('', await this.build(locale, list));
  }
}

/** A CSV export as the HTTP answer, downloaded under `name`.csv. */
export function csvResponse(name: string, csv: string): StreamableFile {
  const bytes = Buffer.from(csv, 'utf8');
  return new StreamableFile(bytes, { type: 'text/csv; charset=utf-8', disposition: inlineDisposition(name, 'csv').replace(/^inline/, 'attachment'), length: bytes.length });
}
