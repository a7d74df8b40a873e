import { describe, expect, it } from '@jest/globals';

import { latinToCyrillic } from './transliterate.js';
import { CATALOGS, DEFAULT_LOCALE, isMessageCode, LOCALES, negotiateLocale, translate, type Locale, type MessageCode } from './i18n.js';

describe('negotiateLocale', () => {
  it.each<[string | undefined | null, Locale]>([
    // Serbian: Latin by default, Cyrillic when asked for.
    ['sr', 'sr-Latn'],
    ['sr-Latn', 'sr-Latn'],
    ['sr-Latn-RS', 'sr-Latn'],
    ['sr-RS', 'sr-Latn'],
    ['sr-Cyrl', 'sr-Cyrl'],
    ['sr-Cyrl-RS', 'sr-Cyrl'],
    ['SR-CYRL-RS', 'sr-Cyrl'],
    ['sr-Cyrl-BA', 'sr-Cyrl'],
    ['sr-ME', 'cnr'],
    // The other languages, plain and with a region.
    ['bs', 'bs'],
    ['bs-BA', 'bs'],
    ['cnr', 'cnr'],
    ['mk', 'mk'],
    ['mk-MK', 'mk'],
    ['bg', 'bg'],
    ['bg-BG', 'bg'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
    // A region Spis does not list falls back to the language.
    ['bs-Cyrl-BA', 'bs'],
    ['mk-XX', 'mk'],
    // Unknown, empty or missing: the default.
    ['de-DE', 'sr-Latn'],
    ['fr, de;q=0.8', 'sr-Latn'],
    ['*', 'sr-Latn'],
    ['', 'sr-Latn'],
    ['   ', 'sr-Latn'],
    [undefined, 'sr-Latn'],
    [null, 'sr-Latn'],
  ])('maps %j to %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it.each<[string, Locale]>([
    ['en;q=0.5, mk;q=0.9', 'mk'],
    ['de-DE, en-GB;q=0.8, sr;q=0.7', 'en'],
    ['sr-Cyrl-RS, sr;q=0.9, en;q=0.8', 'sr-Cyrl'],
    ['en-GB;q=0.8, sr-Cyrl-RS;q=0.9', 'sr-Cyrl'],
    ['bg;q=0.2, de, fr;q=0.9', 'bg'],
    [' mk-MK;q=0.4 ,  bs;q=0.6 ', 'bs'],
  ])('honours quality values: %j → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it('keeps header order between tags of equal quality', () => {
    expect(negotiateLocale('bg;q=0.8, mk;q=0.8')).toBe('bg');
    expect(negotiateLocale('mk, bg')).toBe('mk');
  });

  it.each<[string, Locale]>([
    ['en;q=0, mk', 'mk'],
    ['en;q=0', 'sr-Latn'],
    ['en;q=abc, bg;q=0.1', 'bg'],
  ])('ignores tags refused with q=0 or an unreadable quality: %j → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it('defaults to Serbian (Latin)', () => {
    expect(DEFAULT_LOCALE).toBe('sr-Latn');
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('TOO_MANY_LOGIN_ATTEMPTS', 'en', { minutes: 15 })).toBe(
      'Too many failed sign-in attempts. Try again in 15 minutes.',
    );
    expect(translate('USERNAME_TAKEN', 'en', { username: 'pera' })).toBe('The username "pera" is already taken.');
  });

  it('fills every occurrence of several placeholders', () => {
    expect(translate('VERSION_CONFLICT', 'en', { expected: 3, current: 4 })).toContain('(your version 3, current 4)');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(translate('USERNAME_TAKEN', 'en')).toBe('The username "{username}" is already taken.');
  });

  it('does not transliterate parameter values into Cyrillic', () => {
    const text = translate('USERNAME_TAKEN', 'sr-Cyrl', { username: 'pera.peric' });
    expect(text).toContain('pera.peric');
    expect(text).not.toContain('{username}');
  });

  it('returns an unknown code as it is, with placeholders filled', () => {
    expect(isMessageCode('NO_SUCH_CODE')).toBe(false);
    expect(translate('NO_SUCH_CODE', 'sr-Latn')).toBe('NO_SUCH_CODE');
    expect(translate('Raw {x} text', 'en', { x: 1 })).toBe('Raw 1 text');
  });

  it('does not treat inherited object properties as message codes', () => {
    expect(isMessageCode('toString')).toBe(false);
    expect(translate('toString', 'en')).toBe('toString');
  });

  it.each(LOCALES.map((locale) => [locale]))('speaks %s', (locale) => {
    expect(translate('FORBIDDEN', locale)).toBe(CATALOGS[locale].FORBIDDEN);
  });

  it('serves Serbian Cyrillic as the transliteration of Serbian Latin, for every message', () => {
    for (const [code, latin] of Object.entries(CATALOGS['sr-Latn'])) {
      expect([code, CATALOGS['sr-Cyrl'][code as MessageCode]]).toEqual([code, latinToCyrillic(latin)]);
    }
  });

  it('writes Serbian Cyrillic messages in Cyrillic, placeholders kept', () => {
    const text = translate('TOO_MANY_LOGIN_ATTEMPTS', 'sr-Cyrl');
    expect(text).toContain('{minutes}');
    expect(text.replace(/\{\w+\}/g, '')).not.toMatch(/[a-zčćšžđ]/i);
    expect(translate('TOO_MANY_LOGIN_ATTEMPTS', 'sr-Cyrl', { minutes: 5 })).toMatch(/ 5 /);
  });
});

describe('CATALOGS', () => {
  const english = CATALOGS.en;
  const englishKeys = Object.keys(english).sort();
  const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

  it('has a catalog for every locale', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES.map((locale) => [locale]))('%s has exactly the keys of the English catalog', (locale) => {
    expect(Object.keys(CATALOGS[locale]).sort()).toEqual(englishKeys);
  });

  it.each(LOCALES.map((locale) => [locale]))('%s has no empty messages', (locale) => {
    const empty = Object.entries(CATALOGS[locale]).filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(LOCALES.map((locale) => [locale]))('%s keeps the placeholders of every English message', (locale) => {
    const mismatched = Object.entries(CATALOGS[locale])
      .map(([code, text]) => ({ code, expected: placeholders(english[code as MessageCode] ?? ''), actual: placeholders(text) }))
      .filter(({ expected, actual }) => expected.join() !== actual.join());
    expect(mismatched).toEqual([]);
  });
});
