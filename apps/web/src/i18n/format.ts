import { useTranslation } from 'react-i18next';
import { latinToCyrillic } from '../../../../libs/i18n/transliterate.js';
import { currentLanguage, isCyrillicSerbian, type Language } from './language';

/** Calendar days and times are those of Belgrade, whatever the machine's time zone. */
const ZONE = 'Europe/Belgrade';

const INTL_LOCALE: Record<Language, string> = {
  'sr-Latn': 'sr-Latn-RS',
  'sr-Cyrl': 'sr-Cyrl-RS',
  bs: 'bs-Latn-BA',
  cnr: 'sr-Latn-ME',
  mk: 'mk-MK',
  bg: 'bg-BG',
  en: 'en-GB',
};

export function intlLocale(language: Language = currentLanguage()): string {
  return INTL_LOCALE[language];
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `2026-03-05` (a DATE) or an instant, as a Belgrade calendar day in the UI language. */
export function formatDate(value: string | null | undefined, language?: Language): string {
  if (!value) return '—';
  const dateOnly = DATE_ONLY.test(value);
  const at = new Date(dateOnly ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(at.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: dateOnly ? 'UTC' : ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).format(at);
}

export function formatDateTime(value: string | null | undefined, language?: Language): string {
  if (!value) return '—';
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
}

export function formatNumber(value: number | string | null | undefined, fractionDigits = 2, language?: Language): string {
  if (value === null || value === undefined || value === '') return '—';
  return new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(Number(value));
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Today in Belgrade as `YYYY-MM-DD`. */
export function belgradeToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const at = new Date(`${day}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * Text from the records (unit names, titles, names) in the script of the UI: Serbian Cyrillic
 * shows the whole screen in Cyrillic, records included. Numbers and codes are not passed here.
 */
export function useScript(): (text: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const cyrillic = isCyrillicSerbian(i18n.language);
  return (text) => (text ? (cyrillic ? latinToCyrillic(text) : text) : '');
}
