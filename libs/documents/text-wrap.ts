/** Width of a piece of text in points, in the font and size it will be drawn with. */
export type MeasureText = (text: string) => number;

/**
 * Text as the fonts can draw it: NFC (so "c" + combining acute is the one glyph "ć"), with tabs,
 * carriage returns and other control characters, which have no glyphs, turned into spaces.
 */
export function printable(text: string): string {
  return text.normalize('NFC').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ');
}

/**
 * Breaks `text` into lines no wider than `maxWidth`: at spaces where possible, inside a word only
 * when the word alone is too wide (a long address or e-mail in a narrow column). Line breaks in
 * the text are kept; an empty text is one empty line, so a table cell always has a height.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of printable(text).split('\n')) {
    const words = paragraph.split(' ').filter((word) => word !== '');
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      for (const piece of splitWord(word, maxWidth, measure)) {
        if (line !== '') lines.push(line);
        line = piece;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A word too wide for a line, cut into pieces that fit (at least one character each). */
function splitWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  if (measure(word) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const ch of Array.from(word)) {
    if (piece !== '' && measure(piece + ch) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  pieces.push(piece);
  return pieces;
}
