import { rgb } from 'pdf-lib';
import { PdfFonts } from '../../libs/documents/pdf-fonts.js';
import { A4_PORTRAIT, textWidth } from '../../libs/documents/pdf-layout.js';
import { wrapText } from '../../libs/documents/text-wrap.js';

const fonts = new PdfFonts();
const [WIDTH, HEIGHT] = A4_PORTRAIT;
const MARGIN = 72;

/**
 * The first page of a party's typed submission, as the registry's scanner would deliver it: a
 * small PDF the reception stamp can be drawn on, in the script the party wrote in.
 */
export async function demoSubmissionScan(letter: { partyName: string; partyAddress: string; subject: string; day: string }): Promise<Uint8Array> {
  const { doc, fonts: face } = await fonts.newDocument();
  const page = doc.addPage([WIDTH, HEIGHT]);
  // Scanned paper is never quite white.
  page.drawRectangle({ x: 0, y: 0, width: WIDTH, height: HEIGHT, color: rgb(0.97, 0.96, 0.93) });
  const ink = rgb(0.12, 0.12, 0.15);
  let y = HEIGHT - 250;
  const line = (text: string, options: { bold?: boolean; size?: number; x?: number } = {}) => {
    page.drawText(text, { x: options.x ?? MARGIN, y, size: options.size ?? 11, font: options.bold ? face.bold : face.regular, color: ink });
    y -= (options.size ?? 11) * 1.6;
  };
  const lines = (text: string, bold: boolean, size: number) => {
    const font = bold ? face.bold : face.regular;
    for (const part of wrapText(text, WIDTH - 2 * MARGIN, (t) => textWidth(font, t, size))) line(part, { bold, size });
  };
  line(letter.partyName, { bold: true });
  line(letter.partyAddress);
  y -= 20;
  line('OPŠTINSKA UPRAVA OPŠTINE DEMO', { bold: true });
  line('Pisarnica');
  y -= 30;
  lines(letter.subject, true, 12);
  y -= 10;
  lines('Podnosim zahtev naveden u predmetu i prilažem potrebnu dokumentaciju. Molim da se po zahtevu postupi u zakonskom roku i da mi se odgovor dostavi na navedenu adresu.', false, 11);
  y -= 40;
  line(`Datum: ${letter.day.split('-').reverse().join('.')}.`);
  line('Podnosilac: ______________________', { x: 340 });
  return doc.save();
}
