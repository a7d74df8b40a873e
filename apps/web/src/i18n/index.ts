import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { latinToCyrillic } from '../../../../libs/i18n/transliterate.js';
import { bg } from './messages/bg';
import { bs } from './messages/bs';
import { cnr } from './messages/cnr';
import { en } from './messages/en';
import { mk } from './messages/mk';
import { srLatn } from './messages/sr-Latn';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, storedLanguage, type Language } from './language';
import type { Messages } from './messages/types';

/** Applies `convert` to every string of a message tree (keys and placeholders stay as they are). */
export function mapMessages<T>(tree: T, convert: (text: string) => string): T {
  if (typeof tree === 'string') return convert(tree) as T;
  return Object.fromEntries(Object.entries(tree as Record<string, unknown>).map(([key, value]) => [key, mapMessages(value, convert)])) as T;
}

/**
 * Serbian Cyrillic is Serbian Latin transliterated, with the same rule the API uses for its
 * messages (libs/i18n/transliterate.ts): one set of Serbian texts, two scripts.
 */
export const CATALOGS: Record<Language, Messages> = {
  'sr-Latn': srLatn,
  'sr-Cyrl': mapMessages(srLatn, latinToCyrillic),
  bs,
  cnr,
  mk,
  bg,
  en,
};

// Screen readers choose their voice by <html lang>, browsers their hyphenation and spelling: it
// follows the UI language and script (sr-Latn, sr-Cyrl, bs, cnr, mk, bg, en) from the first paint.
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = isLanguage(language) ? language : DEFAULT_LANGUAGE;
});

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(LANGUAGES.map(({ code }) => [code, { translation: CATALOGS[code] }])),
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES.map(({ code }) => code),
  // `sr-Latn` and `sr-Cyrl` are complete languages of their own, not variants of `sr`.
  load: 'currentOnly',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
