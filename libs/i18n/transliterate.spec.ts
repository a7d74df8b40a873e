import { describe, expect, it } from '@jest/globals';

import { cyrillicToLatin, latinToCyrillic, searchFold } from './transliterate.js';

/** Pairs that transliterate exactly, in both directions. */
const PAIRS: Array<[cyrillic: string, latin: string]> = [
  ['Петровић', 'Petrović'],
  ['Љубљана', 'Ljubljana'],
  ['Џаковић', 'Džaković'],
  ['Његош', 'Njegoš'],
  ['Ђорђевић', 'Đorđević'],
  ['Жарко Чолић', 'Žarko Čolić'],
  ['Шабац', 'Šabac'],
  ['Ужице', 'Užice'],
  ['Чачак', 'Čačak'],
  ['Нови Сад', 'Novi Sad'],
  ['Општинска управа', 'Opštinska uprava'],
  ['предмет', 'predmet'],
  ['Јањић', 'Janjić'],
  ['Љиљана', 'Ljiljana'],
  ['Наџак', 'Nadžak'],
  // Capitals: a digraph inside a word in capitals is two capitals.
  ['ЉУБА', 'LJUBA'],
  ['ЊЕГОШ', 'NJEGOŠ'],
  ['ЏАКОВИЋ', 'DŽAKOVIĆ'],
  ['ЉИЉАНА ПЕТРОВИЋ', 'LJILJANA PETROVIĆ'],
  ['ПАЉ', 'PALJ'],
  ['ОПШТИНА ЋУПРИЈА', 'OPŠTINA ĆUPRIJA'],
  // A capital digraph letter alone or before lower case is title case.
  ['Љ', 'Lj'],
  ['Њ. Петровић', 'Nj. Petrović'],
  // Digits, punctuation and spaces pass through.
  ['Предмет бр. 01-123/2024, стр. 3', 'Predmet br. 01-123/2024, str. 3'],
  ['', ''],
];

describe('cyrillicToLatin', () => {
  it.each(PAIRS)('turns %j into %j', (cyrillic, latin) => {
    expect(cyrillicToLatin(cyrillic)).toBe(latin);
  });

  it('leaves Latin letters mixed into Cyrillic text as they are ("Њeгош" with a Latin e)', () => {
    expect(cyrillicToLatin('Њ\u0065гош')).toBe('Njegoš');
  });

  it('leaves Latin text unchanged', () => {
    expect(cyrillicToLatin('Petrović, LJUBA, Džaković')).toBe('Petrović, LJUBA, Džaković');
  });

  it.each([
    ['Ѓорѓи', 'Gjorgji'],
    ['Ќосе', 'Kjose'],
    ['Ѕвезда', 'Dzvezda'],
    ['Юлия', 'Julija'],
  ])('also maps Macedonian and Bulgarian letters: %j → %j', (cyrillic, latin) => {
    expect(cyrillicToLatin(cyrillic)).toBe(latin);
  });
});

describe('latinToCyrillic', () => {
  it.each(PAIRS.map(([cyrillic, latin]) => [latin, cyrillic]))('turns %j into %j', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it.each([
    ['Imate {count} novih predmeta.', 'Имате {count} нових предмета.'],
    ['Korisničko ime „{username}” je zauzeto.', 'Корисничко име „{username}” је заузето.'],
    ['{action} nije moguće dok je {status}', '{action} није могуће док је {status}'],
    ['{a}{b}', '{a}{b}'],
  ])('keeps placeholders untouched: %j → %j', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it('transliterates an unclosed brace and what follows it like ordinary text', () => {
    expect(latinToCyrillic('Broj {n')).toBe('Број {н');
  });

  it('reads an upper-case digraph in any case form as one letter ("LJ", "Lj" → "Љ")', () => {
    expect(latinToCyrillic('LJ Lj lj NJ Nj nj DŽ Dž dž')).toBe('Љ Љ љ Њ Њ њ Џ Џ џ');
  });

  it('is the inverse of cyrillicToLatin on Serbian text', () => {
    const text = 'Општинска управа општине Ћуприја, Џаковић Љубица, ЊЕГОШЕВА 12';
    expect(latinToCyrillic(cyrillicToLatin(text))).toBe(text);
  });
});

describe('searchFold', () => {
  it.each([
    ['Петровић'],
    ['Petrović'],
    ['PETROVIC'],
    ['petrovic'],
    ['PETROVIĆ'],
    ['ПЕТРОВИЋ'],
  ])('folds %j to "petrovic"', (text) => {
    expect(searchFold(text)).toBe('petrovic');
  });

  it.each([
    ['Đorđević'],
    ['Ђорђевић'],
    ['djordjevic'],
    ['DJORDJEVIC'],
    ['ĐORĐEVIĆ'],
  ])('folds %j to "djordjevic"', (text) => {
    expect(searchFold(text)).toBe('djordjevic');
  });

  it.each([
    ['Џаковић', 'dzakovic'],
    ['Džaković', 'dzakovic'],
    ['Љубљана', 'ljubljana'],
    ['ŽARKO ŠARIĆ', 'zarko saric'],
    ['Чачак', 'cacak'],
  ])('folds %j to %j', (text, folded) => {
    expect(searchFold(text)).toBe(folded);
  });

  it('removes combining marks left in decomposed (NFD) text', () => {
    expect(searchFold('Petrović'.normalize('NFD'))).toBe('petrovic');
  });

  it('makes different spellings of the same name equal', () => {
    const spellings = ['Петровић', 'Petrović', 'PETROVIC', 'petrovic'];
    expect(new Set(spellings.map(searchFold)).size).toBe(1);
    const others = ['Đorđević', 'Ђорђевић', 'djordjevic'];
    expect(new Set(others.map(searchFold)).size).toBe(1);
  });
});
