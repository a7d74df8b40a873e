import { expect } from '@jest/globals';
import type { Response } from 'superagent';
import { extractText, getDocumentProxy } from 'unpdf';

/** Keeps a binary answer's bytes in `body` (`.buffer(true).parse(binary)`). */
export function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/**
 * The text of each page of a PDF as pdf.js reads it (through unpdf, so no system program is needed):
 * the text runs in the order the page draws them, a line break where pdf.js sees a line end, and a
 * space where it sees a gap between runs on a line.
 */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  // pdf.js refuses a Node Buffer and may take over the bytes it is given: it reads a copy.
  return (await extractText(new Uint8Array(pdf))).text;
}

/** The text of a whole PDF, page after page. */
export const pdfText = async (pdf: Uint8Array) => (await pdfPages(pdf)).join('\n');

/** Line breaks fall where the layout puts them; searches read across them. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The text of a PDF on one line. */
export const pdfLine = async (pdf: Uint8Array) => oneLine(await pdfText(pdf));

/** The text of one page (numbered from 1) on one line. */
export const pdfPageLine = async (pdf: Uint8Array, page: number) => oneLine((await pdfPages(pdf))[page - 1]);

/** A run of text as a reader sees it on the page: x to the right and y down from the top left corner of the page as displayed (turned by its /Rotate). */
export interface PdfRun {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The text runs of one page (numbered from 1), each drawn by one text operation, with where a reader sees them. */
export async function pdfRuns(pdf: Uint8Array, pageNumber: number): Promise<PdfRun[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  try {
    const page = await document.getPage(pageNumber);
    const viewport = page.getViewport({ scale: 1 });
    const runs: PdfRun[] = [];
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      // The run's box in page space: along its baseline by its width, and across it by its height.
      const [a, b, c, d, e, f] = item.transform as number[];
      const along = [a / Math.hypot(a, b), b / Math.hypot(a, b)];
      const across = [c / Math.hypot(c, d), d / Math.hypot(c, d)];
      const corners = [
        [0, 0],
        [item.width, 0],
        [0, item.height],
        [item.width, item.height],
      ].map(([u, v]) => viewport.convertToViewportPoint(e + u * along[0] + v * across[0], f + u * along[1] + v * across[1]));
      const xs = corners.map(([x]) => x);
      const ys = corners.map(([, y]) => y);
      runs.push({ text: item.str, xMin: Math.min(...xs), yMin: Math.min(...ys), xMax: Math.max(...xs), yMax: Math.max(...ys) });
    }
    return runs;
  } finally {
    await document.loadingTask.destroy();
  }
}

/**
 * The rows of a CSV as Spis writes it (libs/shared/csv.ts) and spreadsheets read it: a BOM, `;`
 * between cells, CRLF between rows, quoted cells (which may hold `;` and line breaks) with quotes
 * doubled inside.
 */
export function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') row.push(cell), (cell = '');
    else if (ch === '\r' && body[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
