import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { pdfText } from '../../test/support/files.js';
import { PdfFonts } from './pdf-fonts.js';

const fonts = new PdfFonts();

/** One page with `text` in both faces, read back as a PDF reader extracts it. */
async function printed(text: string): Promise<string> {
  const { doc, fonts: faces } = await fonts.newDocument();
  const page = doc.addPage();
  page.drawText(text, { x: 40, y: 700, size: 12, font: faces.regular });
  page.drawText(text, { x: 40, y: 680, size: 12, font: faces.bold });
  return pdfText(await doc.save());
}

describe('PdfFonts', () => {
  it('every document keeps its text extractable, whatever the documents before it printed', async () => {
    // Letters with diacritics are drawn from the plain letters' outlines; a document printing
    // "ć" must not take the text away from the "c" of the next one.
    const documents = [
      'Jelena Jovanović, Đurđa Šćekić-Žužić, ČAČAK',
      'Primalac abc zH CZS',
      'Љубица Ђурђевић, Ѓорѓе Ќосевски, Щерьо Йорданов',
      'Ljubica Djurdjevic, Gjorgje Kjosevski, Shterjo Jordanov, ЉЊЏ ЛНД Ш Щ',
    ];
    for (const text of documents) {
      const lines = (await printed(text)).split('\n').filter((line) => line.trim() !== '');
      expect(lines).toEqual([text, text]);
    }
  });

  it('embeds only the glyphs a document uses', async () => {
    const { doc, fonts: faces } = await fonts.newDocument();
    doc.addPage().drawText('351-124/2026-04', { x: 40, y: 700, size: 12, font: faces.regular });
    const bytes = await doc.save();
    // The whole DejaVu Sans is over 700 KiB; a subset of a dozen glyphs is a few KiB.
    expect(bytes.length).toBeLessThan(40 * 1024);
  });
});
