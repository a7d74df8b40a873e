import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import { pdfPageLine, pdfRuns } from '../../test/support/files.js';
import type { Locale } from '../i18n/i18n.js';
import { DOCUMENT_LABELS } from './labels.js';
import { PdfFonts } from './pdf-fonts.js';
import { PdfNotStampableError, stampReceived, stampScale, visualFrame, type Matrix, type StampFacts } from './reception-stamp.js';

const fonts = new PdfFonts();
const FACTS: StampFacts = { number: '351-124/2026-04', classificationCode: '351', receivedAt: new Date('2026-03-02T08:15:00Z'), attachmentsCount: 3, feeMinor: 125050 };
const A4: [number, number] = [595.28, 841.89];
const context = (locale: Locale, authority = 'Opštinska uprava opštine Demo') => ({ authority, labels: DOCUMENT_LABELS[locale], printedAt: new Date() });
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A PDF of `pages` pages of `size`, the first turned by `rotate`, each saying which page it is. */
async function scan(options: { pages?: number; size?: [number, number]; rotate?: number } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= (options.pages ?? 2); n++) {
    const page = doc.addPage(options.size ?? A4);
    if (n === 1 && options.rotate) page.setRotation(degrees(options.rotate));
    page.drawText(`Scanned page ${n}`, { x: 40, y: 40, size: 12, font });
  }
  return doc.save();
}

const apply = ([a, b, c, d, e, f]: Matrix, u: number, v: number) => [a * u + c * v + e, b * u + d * v + f].map((n) => Math.round(n * 100) / 100);

describe('visualFrame', () => {
  const box = { x: 10, y: 20, width: 600, height: 800 };
  it.each([
    // rotation, displayed size, the page corner the reader sees at the top right, and at the bottom left
    [0, [600, 800], [610, 820], [10, 20]],
    [90, [800, 600], [10, 820], [610, 20]],
    [180, [600, 800], [10, 20], [610, 820]],
    [270, [800, 600], [610, 20], [10, 820]],
    [-90, [800, 600], [610, 20], [10, 820]],
    [450, [800, 600], [10, 820], [610, 20]],
  ])('a page turned by %d° is seen as %j, its corner %j at the top right', (rotation, size, topRight, bottomLeft) => {
    const frame = visualFrame(box, rotation);
    expect([frame.width, frame.height]).toEqual(size);
    expect(apply(frame.matrix, frame.width, frame.height)).toEqual(topRight);
    expect(apply(frame.matrix, 0, 0)).toEqual(bottomLeft);
  });

  it('reads a box written with its corners the other way round', () => {
    expect(visualFrame({ x: 610, y: 820, width: -600, height: -800 }, 0)).toEqual(visualFrame(box, 0));
  });
});

describe('stampScale', () => {
  it.each([
    ['A4 portrait', 595.28, 841.89, 1],
    ['A4 landscape', 841.89, 595.28, 1],
    ['A3', 841.89, 1190.55, 841.89 / 595.28],
    ['a tiny label', 100, 150, 0.4],
    ['a scan stored at 300 points per inch', 2480, 3508, 4],
  ])('%s', (_what, width, height, scale) => {
    expect(stampScale({ width, height })).toBeCloseTo(scale, 5);
  });
});

describe('stampReceived', () => {
  it.each([
    ['an A4 portrait scan', { size: A4 }, A4],
    ['an A4 landscape scan', { size: [A4[1], A4[0]] as [number, number] }, [A4[1], A4[0]]],
    ['a portrait page shown turned by 90°', { size: A4, rotate: 90 }, [A4[1], A4[0]]],
    ['a page shown upside down', { size: A4, rotate: 180 }, A4],
    ['a portrait page shown turned by 270°', { size: A4, rotate: 270 }, [A4[1], A4[0]]],
    ['an A5 scan', { size: [420, 595] as [number, number] }, [420, 595]],
  ])('on %s the stamp is upright at the top right of page 1; the other pages and the input stay as they were', async (_what, options, [shownWidth, shownHeight]) => {
    const original = await scan({ ...options, pages: 3 });
    const before = sha256(original);
    const stamped = await stampReceived(fonts, context('sr-Latn'), FACTS, original);

    expect(sha256(original)).toBe(before);
    expect((await PDFDocument.load(stamped)).getPageCount()).toBe(3);
    const number = (await pdfRuns(stamped, 1)).find((run) => run.text === FACTS.number);
    expect(number).toBeDefined();
    const { xMin, xMax, yMin, yMax } = number!;
    // Upright: a long run of text is wider than tall as the reader sees it.
    expect(xMax - xMin).toBeGreaterThan(3 * (yMax - yMin));
    expect(xMin).toBeGreaterThan(shownWidth / 2);
    expect(xMax).toBeLessThan(shownWidth);
    expect(yMax).toBeLessThan(shownHeight / 4);
    for (const page of [2, 3]) expect(await pdfPageLine(stamped, page)).toBe(await pdfPageLine(original, page));
    expect(await pdfPageLine(stamped, 1)).toContain('Scanned page 1');
  });

  it('states the authority, the date and time received, the classification mark, the case number, the attachments and the fee', async () => {
    const text = await pdfPageLine(await stampReceived(fonts, context('sr-Latn'), FACTS, await scan()), 1);
    for (const expected of ['Opštinska uprava opštine Demo', 'Primljeno', '02.03.2026. u 09:15', 'Klas. oznaka', '351', 'Broj predmeta', FACTS.number, 'Broj priloga', '3', 'Taksa', '1.250,50']) {
      expect(text).toContain(expected);
    }
  });

  it.each<[Locale, string, string[]]>([
    ['sr-Cyrl', 'Општинска управа општине Демо', ['Примљено', '02.03.2026. у 09:15', 'Клас. ознака', 'Број предмета', 'Број прилога', 'Такса']],
    ['mk', 'Општинска администрација Демо', ['Примено', '02.03.2026 во 09:15', 'Број на предмет', 'Такса']],
    ['bg', 'Общинска администрация Демо', ['Постъпил', '02.03.2026 г., 09:15 ч.', 'Преписка №', 'Приложения']],
    ['en', 'Demo Municipal Administration', ['Received', '02/03/2026 at 09:15', 'Case number', 'Attachments', 'Fee']],
  ])('in %s, its words are extractable text', async (locale, authority, words) => {
    const text = await pdfPageLine(await stampReceived(fonts, context(locale, authority), FACTS, await scan()), 1);
    for (const expected of [authority, FACTS.number, ...words]) expect(text).toContain(expected);
  });

  it('a case without a fee shows a dash; a long authority wraps and a long number shrinks, both still whole', async () => {
    const authority = 'Gradska uprava grada Novog Sada — Odeljenje za opštu upravu, pisarnica i arhiva';
    const number = 'UP-I-04-351-000124/2026-0004-0001';
    const text = await pdfPageLine(await stampReceived(fonts, context('sr-Latn', authority), { ...FACTS, number, feeMinor: null }, await scan()), 1);
    expect(text).toContain(number);
    expect(text).toContain('Gradska uprava grada Novog Sada');
    expect(text).toContain('pisarnica i arhiva');
    expect(text).toMatch(/Taksa —/);
  });

  it('stamps a page already stamped once (a second version of a scan)', async () => {
    const once = await stampReceived(fonts, context('sr-Latn'), FACTS, await scan());
    const twice = await stampReceived(fonts, context('sr-Cyrl'), FACTS, once);
    expect(await pdfPageLine(twice, 1)).toContain('Примљено');
  });

  it.each<[string, () => Promise<Uint8Array>, string]>([
    ['an encrypted (password-protected) PDF', encrypted, 'encrypted'],
    ['bytes that only start like a PDF', async () => Buffer.from('%PDF-1.4\n%%EOF\n'), 'unreadable'],
    ['a PDF without pages', async () => (await PDFDocument.create()).save({ addDefaultPage: false }), 'no-pages'],
  ])('refuses %s', async (_what, make, reason) => {
    const error = await stampReceived(fonts, context('sr-Latn'), FACTS, await make()).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(PdfNotStampableError);
    expect((error as PdfNotStampableError).reason).toBe(reason);
  });
});

/** A scan whose trailer names a standard security handler, as a password-protected PDF's does. */
async function encrypted(): Promise<Uint8Array> {
  const text = Buffer.from(await (await PDFDocument.load(await scan())).save({ useObjectStreams: false })).toString('latin1');
  return Buffer.from(text.replace(/trailer\s*<</, 'trailer\n<< /Encrypt << /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >>'), 'latin1');
}
