import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Injectable } from '@nestjs/common';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';

/** The two faces every document uses. */
export interface DocumentFonts {
  regular: PDFFont;
  bold: PDFFont;
}

interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
}

let files: FontFiles | undefined;

/**
 * DejaVu Sans: one font with every letter of Serbian (both scripts), Bosnian, Montenegrin,
 * Macedonian and Bulgarian, read from disk once per process.
 */
function fontFiles(): FontFiles {
  if (!files) {
    const require = createRequire(import.meta.url);
    const read = (name: string) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`)));
    files = { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf') };
  }
  return files;
}

type Font = ReturnType<typeof fontkit.create>;

/** The parts of a parsed fontkit TTFFont a second font over the same bytes is made from. */
interface ParsedFont {
  constructor: new (stream: unknown) => Font;
  stream: { constructor: new (buffer: unknown) => { pos: number }; buffer: unknown };
  _directoryPos: number;
  _tables: object;
}

const parsed = new Map<Uint8Array, Font>();

/**
 * fontkit for pdf-lib, decoding each font file's tables once per process: pdf-lib has fontkit
 * parse the whole file again for every document, which took most of the time of a receipt.
 *
 * Each document still gets a font object of its own, sharing only the decoded tables, as
 * fontkit's own `getVariation` makes one. Sharing one font object is wrong: it caches glyphs
 * with the characters they were first met for, so after one document drew "ć" (whose outline
 * includes "c" with no character of its own), the next document's "c" had no text behind it and
 * disappeared from the extracted text.
 */
const sharedFontkit = {
  create(buffer: Uint8Array, postscriptName?: string): Font {
    let base = parsed.get(buffer);
    if (!base) {
      base = fontkit.create(buffer, postscriptName);
      parsed.set(buffer, base);
    }
    const internals = base as unknown as ParsedFont;
    const stream = new internals.stream.constructor(internals.stream.buffer);
    stream.pos = internals._directoryPos;
    const font = new internals.constructor(stream);
    (font as unknown as ParsedFont)._tables = internals._tables;
    // No OpenType shaping, each character its own glyph: Latin and Cyrillic need no ligatures or
    // contextual forms, and shaping every string pdf-lib measures or draws was a third of the
    // time of a receipt. pdf-lib reads only the glyphs of a layout.
    font.layout = ((text: string) => ({ glyphs: font.glyphsForString(text) })) as unknown as Font['layout'];
    return font;
  },
};

/**
 * The fonts of printed documents. Each document embeds only the glyphs it uses (a subset), with
 * the text mapping that keeps what is printed extractable and searchable.
 */
@Injectable()
export class PdfFonts {
  private readonly files = fontFiles();

  /** A new, empty PDF with the fonts embedded in it. */
  async newDocument(): Promise<{ doc: PDFDocument; fonts: DocumentFonts }> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    return { doc, fonts: await this.embedInto(doc) };
  }

  /** The fonts embedded in a document, new or loaded (e.g. a scanned PDF that gets a reception stamp). */
  async embedInto(doc: PDFDocument): Promise<DocumentFonts> {
    doc.registerFontkit(sharedFontkit);
    const regular = await doc.embedFont(this.files.regular, { subset: true });
    const bold = await doc.embedFont(this.files.bold, { subset: true });
    return { regular, bold };
  }
}
