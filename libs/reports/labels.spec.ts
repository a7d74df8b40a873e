import { describe, expect, it } from '@jest/globals';

import { LOCALES } from '../i18n/i18n.js';
import { REPORT_LABELS } from './labels.js';

/** Every string of `value` with its path, e.g. `monthly.columns.received`. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as object).flatMap(([key, inner]) => strings(inner, path ? `${path}.${key}` : key));
}

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('report labels', () => {
  const reference = new Map(strings(REPORT_LABELS.en));

  it.each(LOCALES.map((locale) => [locale]))('%s has every label, none empty, with the same placeholders as English', (locale) => {
    const labels = new Map(strings(REPORT_LABELS[locale]));
    expect([...labels.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [path, text] of labels) {
      expect({ path, empty: text.trim() === '' }).toEqual({ path, empty: false });
      expect({ path, placeholders: placeholders(text) }).toEqual({ path, placeholders: placeholders(reference.get(path)!) });
    }
  });

  it('writes Serbian Cyrillic by transliterating Serbian Latin', () => {
    expect(REPORT_LABELS['sr-Cyrl'].monthly.title).toBe('ИЗВЕШТАЈ О РАДУ И ЕФИКАСНОСТИ');
    expect(REPORT_LABELS['sr-Cyrl'].inspection.title).toBe('ИЗВЕШТАЈ О РЕШАВАЊУ У УПРАВНОМ ПОСТУПКУ ЗА {year}. ГОДИНУ');
    expect(REPORT_LABELS['sr-Cyrl'].columns.official).toBe('Обрађивач');
  });
});
