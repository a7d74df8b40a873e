import { latinToCyrillic } from './transliterate.js';
import { AREAS, type AreaMessageCode } from './messages/areas/index.js';
import type { AreaLocale } from './messages/area.js';
import { en as coreEn, type Catalog as CoreCatalog } from './messages/en.js';
import { srLatn } from './messages/sr-Latn.js';
import { bs } from './messages/bs.js';
import { cnr } from './messages/cnr.js';
import { mk } from './messages/mk.js';
import { bg } from './messages/bg.js';

export type MessageCode = keyof typeof coreEn | AreaMessageCode;
export type Catalog = Record<MessageCode, string>;

/** Languages Spis speaks, as BCP 47 tags. Serbian (Latin) is the default. */
export const LOCALES = ['sr-Latn', 'sr-Cyrl', 'bs', 'cnr', 'mk', 'bg', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sr-Latn';

/** The core catalog of `locale` with every area's messages merged in. */
function withAreas(locale: AreaLocale, core: CoreCatalog): Catalog {
  return Object.assign({}, core, ...AREAS.map((area) => area[locale])) as Catalog;
}

const en = withAreas('en', coreEn);

function toCyrillic(catalog: Catalog): Catalog {
  return Object.fromEntries(Object.entries(catalog).map(([k, v]) => [k, latinToCyrillic(v)])) as Catalog;
}

export const CATALOGS: Record<Locale, Catalog> = {
  'sr-Latn': withAreas('sr-Latn', srLatn),
  'sr-Cyrl': toCyrillic(withAreas('sr-Latn', srLatn)),
  bs: withAreas('bs', bs),
  cnr: withAreas('cnr', cnr),
  mk: withAreas('mk', mk),
  bg: withAreas('bg', bg),
  en,
};

const ALIASES: Record<string, Locale> = {
  sr: 'sr-Latn', 'sr-latn': 'sr-Latn', 'sr-latn-rs': 'sr-Latn', 'sr-rs': 'sr-Latn',
  'sr-cyrl': 'sr-Cyrl', 'sr-cyrl-rs': 'sr-Cyrl', 'sr-cyrl-ba': 'sr-Cyrl', 'sr-cyrl-me': 'sr-Cyrl',
  bs: 'bs', 'bs-latn': 'bs', 'bs-ba': 'bs',
  cnr: 'cnr', 'sr-me': 'cnr', 'cnr-me': 'cnr', me: 'cnr',
  mk: 'mk', 'mk-mk': 'mk', bg: 'bg', 'bg-bg': 'bg', en: 'en',
};

/** Picks the best supported locale from an Accept-Language header (quality values honoured). */
export function negotiateLocale(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const exact = ALIASES[tag];
    if (exact) return exact;
    if (tag.startsWith('en')) return 'en';
    const base = ALIASES[tag.split('-')[0]];
    if (base) return base;
  }
  return DEFAULT_LOCALE;
}

export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(en, code);
}

/** The message for `code` in `locale`, placeholders filled; unknown codes fall back to the code. */
export function translate(code: string, locale: Locale, params: Record<string, unknown> = {}): string {
  const template = isMessageCode(code) ? CATALOGS[locale][code] : code;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
