import i18n, { type ParseKeys } from 'i18next';

/** A key of the UI texts (checked against the English catalog). */
export type TextKey = ParseKeys;

/** The UI languages, as BCP 47 tags the API understands in Accept-Language. Serbian Latin is the default. */
export const LANGUAGES = [
  { code: 'sr-Latn', label: 'Srpski (latinica)', dayjs: 'sr' },
  { code: 'sr-Cyrl', label: 'Српски (ћирилица)', dayjs: 'sr-cyrl' },
  { code: 'bs', label: 'Bosanski', dayjs: 'bs' },
  { code: 'cnr', label: 'Crnogorski', dayjs: 'sr' },
  { code: 'mk', label: 'Македонски', dayjs: 'mk' },
  { code: 'bg', label: 'Български', dayjs: 'bg' },
  { code: 'en', label: 'English', dayjs: 'en' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE: Language = 'sr-Latn';
const STORAGE_KEY = 'spis.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}

/** The language the user chose on this machine, else Serbian Latin. */
export function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Serbian Cyrillic is the one UI language written in a different script from its data. */
export function isCyrillicSerbian(language: string = currentLanguage()): boolean {
  return language === 'sr-Cyrl';
}
