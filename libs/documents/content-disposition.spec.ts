import { describe, expect, it } from '@jest/globals';
import { inlineDisposition } from './content-disposition.js';

describe('inlineDisposition', () => {
  it.each<[string, string, string]>([
    ['a Serbian case number', 'potvrda-351-124/2026-04', `inline; filename="potvrda-351-124-2026-04.pdf"; filename*=UTF-8''potvrda-351-124-2026-04.pdf`],
    ['a number in Cyrillic', 'омот-351-7/2026-04', `inline; filename="omot-351-7-2026-04.pdf"; filename*=UTF-8''%D0%BE%D0%BC%D0%BE%D1%82-351-7-2026-04.pdf`],
    ['a Bosnian number with spaces and a backslash', 'potvrda-UP-I 04\\351', `inline; filename="potvrda-UP-I-04-351.pdf"; filename*=UTF-8''potvrda-UP-I%2004-351.pdf`],
    ['Latin letters with diacritics', 'Đurđa Šćekić', `inline; filename="Djurdja-Scekic.pdf"; filename*=UTF-8''%C4%90ur%C4%91a%20%C5%A0%C4%87eki%C4%87.pdf`],
    ['quotes and characters RFC 5987 reserves', `list "A" (1)*'`, `inline; filename="list-A-1-.pdf"; filename*=UTF-8''list%20%22A%22%20%281%29%2A%27.pdf`],
  ])('%s', (_case, name, header) => {
    expect(inlineDisposition(name, 'pdf')).toBe(header);
  });
});
