/** The catalogs an area of the product brings along: English, and every other language with the same codes. */
export type AreaLocale = 'en' | 'sr-Latn' | 'bs' | 'cnr' | 'mk' | 'bg';

/**
 * Messages of one area (e.g. the registers), kept beside the core catalogs so areas grow without
 * touching each other's files. Serbian Cyrillic is made from Serbian Latin, as for the core.
 * Every language must give every code English gives: the type refuses a missing one.
 */
export function defineMessages<const E extends Record<string, string>>(
  messages: { en: E } & Record<Exclude<AreaLocale, 'en'>, Record<keyof E, string>>,
) {
  return messages;
}
