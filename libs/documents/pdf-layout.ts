import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { fill, type DocumentLabels } from './labels.js';
import { formatDateTime } from './formats.js';
import type { DocumentFonts } from './pdf-fonts.js';
import { printable, wrapText } from './text-wrap.js';

export type PageSize = [width: number, height: number];
export const A4_PORTRAIT: PageSize = [595.28, 841.89];
export const A4_LANDSCAPE: PageSize = [841.89, 595.28];

const MARGIN = 42;
const HEADER_HEIGHT = 30;
const FOOTER_HEIGHT = 24;
const LINE_GAP = 1.25;
const CELL_PADDING = 3;
/** Labels and running text that stand back from the facts. */
export const MUTED = rgb(0.45, 0.45, 0.45);
const RULE = rgb(0.6, 0.6, 0.6);
const HEADER_FILL = rgb(0.92, 0.92, 0.92);

/** Advance widths of characters at size 1000, per font face, kept for the life of the process. */
const ADVANCES = new Map<string, Map<string, number>>();

/**
 * The width of `text`: the sum of its characters' advances. Without shaping (see PdfFonts) that is
 * exactly what pdf-lib measures, without laying the text out again for every candidate line.
 */
export function textWidth(font: PDFFont, text: string, size: number): number {
  let advances = ADVANCES.get(font.name);
  if (!advances) {
    advances = new Map();
    ADVANCES.set(font.name, advances);
  }
  let total = 0;
  for (const ch of text) {
    let advance = advances.get(ch);
    if (advance === undefined) {
      advance = font.widthOfTextAtSize(ch, 1000);
      advances.set(ch, advance);
    }
    total += advance;
  }
  return (total * size) / 1000;
}

/** What every page of a document says about it: whose it is and what it is. */
export interface DocumentHeading {
  authority: string;
  title: string;
  subtitle?: string;
}

export interface PrintSettings {
  labels: DocumentLabels;
  printedAt: Date;
  size: PageSize;
}

export interface Column {
  header: string;
  /** Share of the table's width, relative to the other columns. */
  weight: number;
  align?: 'left' | 'right';
}

/** A table cell: text, bold when it heads a group of rows (a case above its acts). */
export type Cell = string | { text: string; bold?: boolean };

export interface TableOptions {
  fontSize?: number;
  /** Room to sign in: no row is lower than this. */
  minRowHeight?: number;
}

/**
 * Lays out a printed document top to bottom: a running header and footer on every page
 * ("strana N od M"), then titles, label–value lines, paragraphs and tables whose rows wrap and
 * move to a new page, header row repeated, when they do not fit.
 */
export class PdfComposer {
  private readonly pages: PDFPage[] = [];
  private current!: PDFPage;
  private cursor = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: DocumentFonts,
    private readonly heading: DocumentHeading,
    private readonly settings: PrintSettings,
  ) {
    doc.setTitle(heading.subtitle ? `${heading.title} – ${heading.subtitle}` : heading.title);
    doc.setAuthor(heading.authority);
    doc.setCreator('Spis');
    doc.setProducer('Spis');
    doc.setLanguage(settings.labels.lang);
    doc.setCreationDate(settings.printedAt);
    doc.setModificationDate(settings.printedAt);
    this.newPage();
  }

  get labels(): DocumentLabels {
    return this.settings.labels;
  }

  get page(): PDFPage {
    return this.current;
  }

  /** Distance from the bottom of the page to the top of the free space. */
  get y(): number {
    return this.cursor;
  }

  get left(): number {
    return MARGIN;
  }

  get width(): number {
    return this.settings.size[0] - 2 * MARGIN;
  }

  private get bottom(): number {
    return MARGIN + FOOTER_HEIGHT;
  }

  private get top(): number {
    return this.settings.size[1] - MARGIN - HEADER_HEIGHT;
  }

  newPage(): void {
    this.current = this.doc.addPage(this.settings.size);
    this.pages.push(this.current);
    const [, height] = this.settings.size;
    const baseline = height - MARGIN - 9;
    const authority = this.fit(this.heading.authority, this.fonts.bold, 9, this.width);
    this.current.drawText(authority, { x: MARGIN, y: baseline, size: 9, font: this.fonts.bold });
    // The title repeats on the right where the authority's name leaves room for it.
    const room = this.width - textWidth(this.fonts.bold, authority, 9) - 24;
    const running = this.fit(this.heading.subtitle ? `${this.heading.title} · ${this.heading.subtitle}` : this.heading.title, this.fonts.regular, 8, room);
    if (running !== '…') this.drawRight(running, this.settings.size[0] - MARGIN, baseline, 8, this.fonts.regular, MUTED);
    this.rule(height - MARGIN - 15);
    this.cursor = this.top;
  }

  /** Moves down by `points`. */
  gap(points: number): void {
    this.cursor -= points;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.cursor - height < this.bottom) this.newPage();
  }

  /** Text wrapped to `width` (the whole line by default), moving the cursor below it. */
  paragraph(text: string, options: { size?: number; bold?: boolean; x?: number; width?: number; color?: ReturnType<typeof rgb> } = {}): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const x = options.x ?? MARGIN;
    const width = options.width ?? this.width - (x - MARGIN);
    for (const line of this.wrap(text, font, size, width)) {
      this.ensureSpace(size * LINE_GAP);
      this.cursor -= size;
      this.current.drawText(line, { x, y: this.cursor, size, font, color: options.color });
      this.cursor -= size * (LINE_GAP - 1);
    }
  }

  /**
   * Label–value lines ("Broj predmeta: 351-124/2026-04"), labels in one column, values wrapped
   * in the rest of `width`.
   */
  fields(rows: Array<[label: string, value: string, bold?: boolean]>, options: { size?: number; width?: number; labelWidth?: number } = {}): void {
    const size = options.size ?? 10;
    const width = options.width ?? this.width;
    const labelWidth = options.labelWidth ?? Math.min(170, width * 0.4);
    for (const [label, value, bold] of rows) {
      const font = bold ? this.fonts.bold : this.fonts.regular;
      const labelLines = this.wrap(`${label}:`, this.fonts.regular, size, labelWidth - 8);
      const valueLines = this.wrap(value, font, size, width - labelWidth);
      const lines = Math.max(labelLines.length, valueLines.length);
      this.ensureSpace(lines * size * LINE_GAP);
      const top = this.cursor;
      labelLines.forEach((line, i) => this.current.drawText(line, { x: MARGIN, y: top - size - i * size * LINE_GAP, size, font: this.fonts.regular, color: MUTED }));
      valueLines.forEach((line, i) => this.current.drawText(line, { x: MARGIN + labelWidth, y: top - size - i * size * LINE_GAP, size, font }));
      this.cursor = top - lines * size * LINE_GAP - size * 0.35;
    }
  }

  /** A table over the full width; a row that does not fit starts a new page under a repeated header. */
  table(columns: Column[], rows: Cell[][], options: TableOptions = {}): void {
    const size = options.fontSize ?? 8;
    const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
    const widths = columns.map((column) => (column.weight / totalWeight) * this.width);
    const lineHeight = size * LINE_GAP;
    const layout = (cells: Cell[], header: boolean) =>
      cells.map((cell, i) => {
        const text = typeof cell === 'string' ? cell : cell.text;
        const font = header || (typeof cell !== 'string' && cell.bold) ? this.fonts.bold : this.fonts.regular;
        return { font, lines: this.wrap(text, font, size, widths[i] - 2 * CELL_PADDING) };
      });
    const heightOf = (cells: ReturnType<typeof layout>, minimum = 0) =>
      Math.max(minimum, Math.max(...cells.map((cell) => cell.lines.length)) * lineHeight + 2 * CELL_PADDING);

    const header = layout(columns.map((column) => column.header), true);
    const headerHeight = heightOf(header);
    const drawRow = (cells: ReturnType<typeof layout>, height: number, shaded: boolean) => {
      const top = this.cursor;
      if (shaded) this.current.drawRectangle({ x: MARGIN, y: top - height, width: this.width, height, color: HEADER_FILL });
      let x = MARGIN;
      cells.forEach((cell, i) => {
        cell.lines.forEach((line, n) => {
          const baseline = top - CELL_PADDING - size - n * lineHeight + size * 0.15;
          if (columns[i].align === 'right') this.drawRight(line, x + widths[i] - CELL_PADDING, baseline, size, cell.font);
          else this.current.drawText(line, { x: x + CELL_PADDING, y: baseline, size, font: cell.font });
        });
        x += widths[i];
      });
      this.current.drawRectangle({ x: MARGIN, y: top - height, width: this.width, height, borderColor: RULE, borderWidth: 0.5 });
      x = MARGIN;
      for (const width of widths.slice(0, -1)) {
        x += width;
        this.current.drawLine({ start: { x, y: top }, end: { x, y: top - height }, thickness: 0.5, color: RULE });
      }
      this.cursor = top - height;
    };

    this.ensureSpace(headerHeight + lineHeight + 2 * CELL_PADDING);
    drawRow(header, headerHeight, true);
    const pageRoom = this.top - this.bottom - headerHeight;
    for (const row of rows) {
      const cells = layout(row, false);
      // A row taller than a whole page (a very long text in a narrow column) is cut to one page.
      const maxLines = Math.floor((pageRoom - 2 * CELL_PADDING) / lineHeight);
      for (const cell of cells) if (cell.lines.length > maxLines) cell.lines = [...cell.lines.slice(0, maxLines - 1), '…'];
      const height = heightOf(cells, options.minRowHeight);
      if (this.cursor - height < this.bottom) {
        this.newPage();
        drawRow(header, headerHeight, true);
      }
      drawRow(cells, height, false);
    }
  }

  /** Lines to sign on, side by side, each with its label under it: `x` from the left margin, `width` wide. */
  signatureLines(lines: Array<{ label: string; x: number; width: number }>): void {
    this.ensureSpace(44);
    const y = this.cursor - 26;
    for (const { label, x, width } of lines) {
      this.current.drawLine({ start: { x: MARGIN + x, y }, end: { x: MARGIN + x + width, y }, thickness: 0.6, color: rgb(0, 0, 0) });
      this.current.drawText(this.fit(label, this.fonts.regular, 8, width), { x: MARGIN + x, y: y - 10, size: 8, font: this.fonts.regular, color: MUTED });
    }
    this.cursor = y - 18;
  }

  /** Finishes the pages (footer with the print time and "strana N od M") and returns the PDF's bytes. */
  async save(): Promise<Uint8Array> {
    const printed = fill(this.labels.printedAt, { at: formatDateTime(this.settings.printedAt, this.labels) });
    const [width] = this.settings.size;
    const baseline = MARGIN - 2;
    this.pages.forEach((page, i) => {
      this.current = page;
      this.rule(MARGIN + 10);
      page.drawText(printed, { x: MARGIN, y: baseline, size: 8, font: this.fonts.regular, color: MUTED });
      this.drawRight(fill(this.labels.page, { page: i + 1, pages: this.pages.length }), width - MARGIN, baseline, 8, this.fonts.regular, MUTED);
    });
    // In one go: pdf-lib otherwise pauses for a timer tick every 50 objects.
    return this.doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
  }

  /** Lines of `text` that fit `width` in `font` at `size`. */
  wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    return wrapText(text, width, (part) => textWidth(font, part, size));
  }

  /** `text` on one line, cut short with an ellipsis when wider than `width`. */
  private fit(text: string, font: PDFFont, size: number, width: number): string {
    const line = printable(text).replace(/\n/g, ' ');
    if (textWidth(font, line, size) <= width) return line;
    const chars = Array.from(line);
    while (chars.length > 0 && textWidth(font, `${chars.join('')}…`, size) > width) chars.pop();
    return `${chars.join('')}…`;
  }

  private drawRight(text: string, right: number, y: number, size: number, font: PDFFont, color = rgb(0, 0, 0)): void {
    this.current.drawText(text, { x: right - textWidth(font, text, size), y, size, font, color });
  }

  private rule(y: number): void {
    this.current.drawLine({ start: { x: MARGIN, y }, end: { x: this.settings.size[0] - MARGIN, y }, thickness: 0.5, color: RULE });
  }
}
