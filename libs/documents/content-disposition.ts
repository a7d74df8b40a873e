import { cyrillicToLatin } from '../i18n/transliterate.js';

/**
 * `Content-Disposition: inline` for a generated file named after a case number: a plain ASCII
 * `filename` every client understands (Cyrillic spelled in Latin, diacritics dropped, anything
 * else a `-`), and the exact name in UTF-8
 * as RFC 5987 `filename*` for those that read it. A `/` of the number is never a path separator.
 */
export function inlineDisposition(name: string, extension: string): string {
  const exact = `${name.normalize('NFC').replace(/[/\\]/g, '-')}.${extension}`;
  const ascii = cyrillicToLatin(exact)
    .replace(/đ/g, 'dj')
    .replace(/Đ/g, 'Dj')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-');
  const encoded = encodeURIComponent(exact).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
