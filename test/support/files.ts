import { expect } from '@jest/globals';
import { execFile } from 'node:child_process';
import type { Response } from 'superagent';

/** Keeps a binary answer's bytes in `body` (`.buffer(true).parse(binary)`). */
export function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The text of a PDF, as poppler's `pdftotext` extracts it. */
export function pdfText(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('pdftotext', ['-enc', 'UTF-8', '-', '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    child.stdin!.end(pdf);
  });
}

/** `pdftotext` breaks lines where the layout does; searches read across them. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The text of a PDF on one line. */
export const pdfLine = async (pdf: Buffer) => oneLine(await pdfText(pdf));

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
