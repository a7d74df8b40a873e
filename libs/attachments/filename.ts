import { cyrillicToLatin } from '../i18n/transliterate.js';
import type { AcceptedType } from './content-type.js';

const MAX_FILENAME_LENGTH = 255;
/** Control characters and the bidirectional overrides that make `rac.exe` show as `exe.car`. */
const INVISIBLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The name a file is shown and downloaded under: what the client sent, without any folder part,
 * invisible characters or surrounding blanks, at most 255 characters. It is only ever displayed:
 * object keys and types never come from it. A file sent without a usable name is called
 * `attachment.<extension of its detected type>`.
 */
export function displayFilename(sent: string | undefined, type: AcceptedType): string {
  const base = (sent ?? '').normalize('NFC').replace(INVISIBLE, '').split(/[\\/]/).pop()!.trim();
  const name = Array.from(base).slice(0, MAX_FILENAME_LENGTH).join('').trim();
  return name === '' || name === '.' || name === '..' ? `attachment.${type.extension}` : name;
}

/** RFC 5987 `value-chars`: percent-encoded UTF-8, where `'()*` are not allowed bare either. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `Content-Disposition` for a download (RFC 6266): `filename*` carries the exact name in UTF-8
 * (Cyrillic included), `filename` an ASCII stand-in for old clients — Serbian Cyrillic
 * transliterated, diacritics dropped, anything else replaced by `_`.
 */
export function contentDisposition(filename: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const fallback = cyrillicToLatin(filename)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'dj')
    .replace(/Đ/g, 'Dj')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeExtValue(filename)}`;
}
