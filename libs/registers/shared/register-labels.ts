import type { Locale } from '../../i18n/i18n.js';
import type { AreaLocale } from '../../i18n/messages/area.js';
import { latinToCyrillic } from '../../i18n/transliterate.js';

function toCyrillic<T>(value: T): T {
  if (typeof value === 'string') return latinToCyrillic(value) as T;
  if (Array.isArray(value)) return value.map(toCyrillic) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCyrillic(v)])) as T;
  return value;
}

/**
 * A register's printed words (list titles, column headers, value names) in every language Spis
 * prints in; Serbian Cyrillic is made from Serbian Latin.
 */
export function registerLabels<T>(byLanguage: Record<AreaLocale, T>): Record<Locale, T> {
  return { ...byLanguage, 'sr-Cyrl': toCyrillic(byLanguage['sr-Latn']) };
}
