import { concatTransformationMatrix, PDFDocument, popGraphicsState, pushGraphicsState, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { printMinorUnits, type MinorUnits } from '../shared/money.js';
import { formatDateTime } from './formats.js';
import type { DocumentFonts, PdfFonts } from './pdf-fonts.js';
import { textWidth } from './pdf-layout.js';
import type { PrintContext } from './receipt.js';
import { printable, wrapText } from './text-wrap.js';

/** What the reception stamp (prijemni štambilj) states about the submission, from its case. */
export interface StampFacts {
  number: string;
  classificationCode: string;
  receivedAt: Date;
  attachmentsCount: number;
  /** The fee paid, in para. */
  feeMinor: MinorUnits | null;
}

export type UnstampableReason = 'encrypted' | 'unreadable' | 'no-pages';

/** The bytes are not a PDF pdf-lib can open and write again, so no stamp can be drawn on them. */
export class PdfNotStampableError extends Error {
  constructor(
    readonly reason: UnstampableReason,
    cause?: unknown,
  ) {
    super(`the PDF cannot be stamped: ${reason}`, { cause });
    this.name = 'PdfNotStampableError';
  }
}

/** `x' = a·u + c·v + e`, `y' = b·u + d·v + f`: PDF's `cm` operands. */
export type Matrix = [a: number, b: number, c: number, d: number, e: number, f: number];

/** The page as a reader sees it: its width and height, and where a point of that view lies on the page. */
export interface VisualFrame {
  width: number;
  height: number;
  /** From the view's coordinates (origin bottom left, y up, as displayed) to the page's own. */
  matrix: Matrix;
}

/**
 * The visible area (crop box) of a page as displayed, after its `/Rotate` (clockwise, in quarter
 * turns). Scanners often store a landscape sheet as a portrait page turned by 90°: drawing in this
 * frame puts the stamp at the top right of what the reader sees, upright.
 */
export function visualFrame(box: { x: number; y: number; width: number; height: number }, rotation: number): VisualFrame {
  const x = Math.min(box.x, box.x + box.width);
  const y = Math.min(box.y, box.y + box.height);
  const w = Math.abs(box.width);
  const h = Math.abs(box.height);
  // /Rotate must be a multiple of 90; anything else is read as the nearest quarter turn.
  const quarter = ((Math.round(rotation / 90) % 4) + 4) % 4;
  switch (quarter) {
    case 1:
      return { width: h, height: w, matrix: [0, 1, -1, 0, x + w, y] };
    case 2:
      return { width: w, height: h, matrix: [-1, 0, 0, -1, x + w, y + h] };
    case 3:
      return { width: h, height: w, matrix: [0, -1, 1, 0, x, y + h] };
    default:
      return { width: w, height: h, matrix: [1, 0, 0, 1, x, y] };
  }
}

/** `outer` after `inner`: a point goes through `inner` first. */
function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}

/** The stamp is designed for the short side of A4; other pages scale it by their short side. */
const A4_SHORT_SIDE = 595.28;
const MIN_SCALE = 0.4;
const MAX_SCALE = 4;
/** Stamp measures at scale 1, in points. */
const WIDTH = 196;
const MARGIN = 14;
const PADDING = 5;
const LABEL_WIDTH = 70;
const AUTHORITY_SIZE = 8;
const LABEL_SIZE = 6.5;
const VALUE_SIZE = 8;
const MIN_VALUE_SIZE = 4.5;
const LINE = 1.25;
/** Stamp-pad violet-blue, so the stamp stands apart from the black of a scan. */
const INK = rgb(0.12, 0.16, 0.55);
const PAPER = rgb(1, 1, 1);

/** How big the stamp is drawn on a page of this view: by its short side, within bounds. */
export function stampScale(frame: Pick<VisualFrame, 'width' | 'height'>): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.min(frame.width, frame.height) / A4_SHORT_SIDE));
}

/**
 * Draws the reception stamp (prijemni štambilj) in the top right corner of the first page of a
 * scanned submission and returns the whole PDF written again; the input is not changed. The stamp
 * states the authority, when the submission was received, its classification mark, case number,
 * number of attachments and fee, on white with a border, in DejaVu Sans (a subset, embedded), so
 * it prints in any script and stays searchable text.
 *
 * The other pages, their content and the document's metadata are kept as they are; pdf-lib wraps
 * the page's existing content in its own graphics state, so whatever the scan left set does not
 * move or distort the stamp. Encrypted or unreadable PDFs throw PdfNotStampableError.
 */
export async function stampReceived(pdfFonts: PdfFonts, context: PrintContext, facts: StampFacts, pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await load(pdf);
  const page = doc.getPages()[0];
  if (!page) throw new PdfNotStampableError('no-pages');
  const fonts = await pdfFonts.embedInto(doc);
  const frame = visualFrame(page.getCropBox(), page.getRotation().angle);
  const s = stampScale(frame);
  const block = layOut(context, facts, fonts);
  // Local stamp coordinates (origin at its bottom left, scale 1) → the view → the page.
  const placed = compose(frame.matrix, [s, 0, 0, s, frame.width - (MARGIN + WIDTH) * s, frame.height - (MARGIN + block.height) * s]);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...placed));
  draw(page, block);
  page.pushOperators(popGraphicsState());
  try {
    return await doc.save({ useObjectStreams: false });
  } catch (error) {
    throw new PdfNotStampableError('unreadable', error);
  }
}

async function load(pdf: Uint8Array): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    // Keeps the scan's own producer and dates: the stamp changes the first page, not the document.
    // Encryption is checked below rather than by pdf-lib's error, whose class `instanceof` misses.
    doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
    doc.getPages();
  } catch (error) {
    throw new PdfNotStampableError('unreadable', error);
  }
  // pdf-lib cannot decrypt: the content would be garbled and the stamp drawn unencrypted beside it.
  if (doc.isEncrypted) throw new PdfNotStampableError('encrypted');
  return doc;
}

interface StampLine {
  text: string;
  font: PDFFont;
  size: number;
  x: number;
}

interface StampRow {
  label: string;
  labelSize: number;
  value: string;
  size: number;
}

interface StampBlock {
  height: number;
  fonts: DocumentFonts;
  /** Top to bottom: the authority's lines, then the rows. */
  heading: StampLine[];
  headingHeight: number;
  rows: StampRow[];
  rowHeight: number;
}

/** The largest size up to `size` at which `text` fits `width`. */
function fitted(font: PDFFont, text: string, size: number, width: number): number {
  const measured = textWidth(font, text, size);
  return measured <= width ? size : Math.max(MIN_VALUE_SIZE, (size * width) / measured);
}

function layOut(context: PrintContext, facts: StampFacts, fonts: DocumentFonts): StampBlock {
  const { labels } = context;
  const text = labels.stamp;
  const inner = WIDTH - 2 * PADDING;
  const heading = wrapText(context.authority, inner, (line) => textWidth(fonts.bold, line, AUTHORITY_SIZE)).map((line) => ({
    text: line,
    font: fonts.bold,
    size: AUTHORITY_SIZE,
    x: PADDING + (inner - textWidth(fonts.bold, line, AUTHORITY_SIZE)) / 2,
  }));
  const valueWidth = inner - LABEL_WIDTH;
  const row = (label: string, value: string, size = VALUE_SIZE): StampRow => {
    const [named, shown] = [printable(label), printable(value)];
    return { label: named, labelSize: fitted(fonts.regular, named, LABEL_SIZE, LABEL_WIDTH - 8), value: shown, size: fitted(fonts.bold, shown, size, valueWidth) };
  };
  const rows = [
    row(text.receivedAt, formatDateTime(facts.receivedAt, labels)),
    row(text.classification, facts.classificationCode),
    row(text.caseNumber, facts.number, VALUE_SIZE + 1),
    row(text.attachments, String(facts.attachmentsCount)),
    row(text.fee, facts.feeMinor === null ? labels.none : printMinorUnits(facts.feeMinor, labels.numberLocale)),
  ];
  const headingHeight = heading.length * AUTHORITY_SIZE * LINE + 2 * PADDING - 2;
  const rowHeight = (VALUE_SIZE + 1) * LINE + 4;
  return { height: headingHeight + rows.length * rowHeight, fonts, heading, headingHeight, rows, rowHeight };
}

/** The stamp in its own coordinates: a white box with a border, the authority on top, one ruled row per fact. */
function draw(page: PDFPage, block: StampBlock): void {
  const { fonts } = block;
  page.drawRectangle({ x: 0, y: 0, width: WIDTH, height: block.height, color: PAPER, borderColor: INK, borderWidth: 1.2 });
  let top = block.height - PADDING;
  for (const line of block.heading) {
    top -= line.size * LINE;
    page.drawText(line.text, { x: line.x, y: top + line.size * 0.25, size: line.size, font: line.font, color: INK });
  }
  top = block.height - block.headingHeight;
  for (const row of block.rows) {
    page.drawLine({ start: { x: 0, y: top }, end: { x: WIDTH, y: top }, thickness: 0.6, color: INK });
    const baseline = top - block.rowHeight / 2 - VALUE_SIZE * 0.35;
    page.drawText(row.label, { x: PADDING, y: baseline, size: row.labelSize, font: fonts.regular, color: INK });
    page.drawText(row.value, { x: PADDING + LABEL_WIDTH, y: baseline, size: row.size, font: fonts.bold, color: INK });
    top -= block.rowHeight;
  }
  page.drawLine({ start: { x: PADDING + LABEL_WIDTH - 4, y: 0 }, end: { x: PADDING + LABEL_WIDTH - 4, y: block.height - block.headingHeight }, thickness: 0.6, color: INK });
}
