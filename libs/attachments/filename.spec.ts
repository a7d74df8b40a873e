import { describe, expect, it } from '@jest/globals';
import { JPEG, PDF } from './content-type.js';
import { contentDisposition, displayFilename } from './filename.js';

const DISPLAY: Array<[sent: string | undefined, shown: string, why: string]> = [
  ['Rešenje o gradjevinskoj dozvoli.pdf', 'Rešenje o gradjevinskoj dozvoli.pdf', 'Latin with diacritics kept'],
  ['Решење о грађевинској дозволи.pdf', 'Решење о грађевинској дозволи.pdf', 'Cyrillic kept'],
  ['C:\\fakepath\\zahtev.pdf', 'zahtev.pdf', 'the folder a browser prepends is dropped'],
  ['../../etc/passwd', 'passwd', 'no path traversal, even for display'],
  ['  skener 01.pdf  ', 'skener 01.pdf', 'surrounding blanks dropped'],
  ['ra\u202efdp.exe', 'rafdp.exe', 'a right-to-left override cannot disguise the name'],
  ['line\r\nbreak.pdf', 'linebreak.pdf', 'no control characters (header injection)'],
  ['Re\u0161enje.pdf'.normalize('NFD'), 'Rešenje.pdf', 'decomposed letters composed (NFC)'],
  [undefined, 'attachment.pdf', 'no name: named after the detected type'],
  ['', 'attachment.pdf', 'empty name'],
  ['..', 'attachment.pdf', 'a name that is only a parent folder'],
];

const DISPOSITION: Array<[filename: string, header: string]> = [
  ['zahtev.pdf', `attachment; filename="zahtev.pdf"; filename*=UTF-8''zahtev.pdf`],
  ['Решење бр. 5.pdf', `attachment; filename="Resenje br. 5.pdf"; filename*=UTF-8''%D0%A0%D0%B5%D1%88%D0%B5%D1%9A%D0%B5%20%D0%B1%D1%80.%205.pdf`],
  ['Đurđevdan (nacrt).docx', `attachment; filename="Djurdjevdan (nacrt).docx"; filename*=UTF-8''%C4%90ur%C4%91evdan%20%28nacrt%29.docx`],
  ['a"b\\c%.pdf', `attachment; filename="a_b_c_.pdf"; filename*=UTF-8''a%22b%5Cc%25.pdf`],
  ['日本.png', `attachment; filename="__.png"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.png`],
];

describe('displayFilename', () => {
  it.each(DISPLAY)('%j is shown as %j (%s)', (sent, shown) => {
    expect(displayFilename(sent, PDF)).toBe(shown);
  });

  it('keeps at most 255 characters, counting Cyrillic letters as one each', () => {
    expect(Array.from(displayFilename('ж'.repeat(300), JPEG))).toHaveLength(255);
  });
});

describe('contentDisposition', () => {
  it.each(DISPOSITION)('%j → %s', (filename, header) => {
    expect(contentDisposition(filename)).toBe(header);
  });

  it('round-trips the exact name through filename*', () => {
    const name = 'Записник са увиђаја — 12.03.2026.pdf';
    const encoded = /filename\*=UTF-8''(.+)$/.exec(contentDisposition(name))![1];
    expect(decodeURIComponent(encoded)).toBe(name);
  });
});
