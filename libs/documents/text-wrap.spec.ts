import { describe, expect, it } from '@jest/globals';
import { printable, wrapText } from './text-wrap.js';

/** One point per character: widths in the tests read as character counts. */
const chars = (text: string) => Array.from(text).length;

describe('wrapText', () => {
  it.each<[string, string, number, string[]]>([
    ['a short text stays on one line', 'Petar Petrović', 20, ['Petar Petrović']],
    ['a text exactly as wide as the line stays whole', 'Petar Petrović', 14, ['Petar Petrović']],
    ['breaks at the last space that fits', 'Zahtev za izdavanje građevinske dozvole', 20, ['Zahtev za izdavanje', 'građevinske dozvole']],
    ['Cyrillic breaks the same way', 'Захтев за издавање грађевинске дозволе', 20, ['Захтев за издавање', 'грађевинске дозволе']],
    ['runs of spaces count as one', 'Ana    Jovanović', 20, ['Ana Jovanović']],
    ['a word wider than the line is cut into pieces', 'ljubica.djurdjevic@example.rs', 10, ['ljubica.dj', 'urdjevic@e', 'xample.rs']],
    ['a long word after a short one starts on its own line', 'e-pošta: ljubica.djurdjevic@example.rs', 12, ['e-pošta:', 'ljubica.djur', 'djevic@examp', 'le.rs']],
    ['keeps the line breaks of the text', 'Njegoševa 12\n11000 Beograd', 30, ['Njegoševa 12', '11000 Beograd']],
    ['an empty text is one empty line', '', 10, ['']],
    ['an empty line between paragraphs is kept', 'a\n\nb', 10, ['a', '', 'b']],
    ['a line too narrow for any character still takes one per line', 'Ђура', 0, ['Ђ', 'у', 'р', 'а']],
  ])('%s', (_scenario, text, width, lines) => {
    expect(wrapText(text, width, chars)).toEqual(lines);
  });

  it('never returns a line wider than the width when every character fits', () => {
    const text = 'Rešenje o odobrenju za izgradnju pomoćnog objekta na katastarskoj parceli 1234/5 KO Demo';
    for (const width of [8, 13, 21, 34]) {
      for (const line of wrapText(text, width, chars)) expect(chars(line)).toBeLessThanOrEqual(width);
    }
  });
});

describe('printable', () => {
  it.each<[string, string, string]>([
    ['decomposed letters become the composed ones', 'c\u0301 s\u030c z\u030c', 'ć š ž'],
    ['tabs and carriage returns become spaces', 'a\tb\r\nc', 'a b \nc'],
    ['other control characters become spaces', 'a\u0007b\u009bc', 'a b c'],
    ['Cyrillic and Latin letters stay as they are', 'Ѓорѓе Ќосевски, Щерьо Йорданов, Đurđa', 'Ѓорѓе Ќосевски, Щерьо Йорданов, Đurđa'],
  ])('%s', (_scenario, text, expected) => {
    expect(printable(text)).toBe(expected);
  });
});
