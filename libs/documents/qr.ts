import { fill, popGraphicsState, pushGraphicsState, rectangle, rgb, setFillingColor, type PDFOperator, type PDFPage } from 'pdf-lib';
import qrcode from 'qrcode-generator';

/** Light modules around the code, as the QR specification asks, so scanners find its edges. */
const QUIET_ZONE = 4;

/**
 * The dark modules of a QR code for `text` (UTF-8, error correction level M), row by row. The
 * library turns each character into one byte; giving it the UTF-8 bytes as characters keeps any
 * case number intact.
 */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(Buffer.from(text, 'utf8').toString('latin1'), 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  return Array.from({ length: count }, (_, row) => Array.from({ length: count }, (_, col) => qr.isDark(row, col)));
}

/**
 * Draws the QR code of `text` as filled squares with its quiet zone, `size` points wide, its
 * lower left corner at (`x`, `y`). Each run of dark modules in a row is one rectangle, and all of
 * them are filled by one operator: a few hundred operators less than drawing them one by one.
 */
export function drawQrCode(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const matrix = qrMatrix(text);
  const cell = size / (matrix.length + 2 * QUIET_ZONE);
  const runs: PDFOperator[] = [];
  matrix.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c += 1;
        continue;
      }
      const start = c;
      while (c < row.length && row[c]) c += 1;
      runs.push(rectangle(x + (QUIET_ZONE + start) * cell, y + size - (QUIET_ZONE + r + 1) * cell, (c - start) * cell, cell));
    }
  });
  page.pushOperators(pushGraphicsState(), setFillingColor(rgb(0, 0, 0)), ...runs, fill(), popGraphicsState());
}
