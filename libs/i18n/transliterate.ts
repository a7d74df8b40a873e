/**
 * Serbian Cyrillic ⇄ Latin transliteration (Vuk's alphabet ⇄ Gaj's alphabet), plus a "search fold"
 * that maps both scripts, with or without diacritics, onto one plain ASCII-ish form, so that
 * "Петровић", "Petrović" and "petrovic" compare equal.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k',
  л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u',
  ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
  // Macedonian and Bulgarian letters, so their names fold too.
  ѓ: 'gj', ќ: 'kj', ѕ: 'dz', й: 'j', щ: 'št', ъ: 'a', ь: '', ю: 'ju', я: 'ja', ё: 'jo', ы: 'y', э: 'e',
};

const LATIN_DIGRAPHS_TO_CYRILLIC: Array<[string, string]> = [
  ['dž', 'џ'], ['lj', 'љ'], ['nj', 'њ'],
];
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', đ: 'ђ', e: 'е', ž: 'ж', z: 'з', i: 'и', j: 'ј', k: 'к',
  l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', ć: 'ћ', u: 'у', f: 'ф', h: 'х',
  c: 'ц', č: 'ч', š: 'ш',
};

function matchCase(source: string, target: string): string {
  if (source === source.toLowerCase()) return target;
  if (source.length > 1 && source === source.toUpperCase()) return target.toUpperCase();
  return target.charAt(0).toUpperCase() + target.slice(1);
}

const isLetter = (ch: string | undefined) => ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
const isUpper = (ch: string | undefined) => isLetter(ch) && ch === ch!.toUpperCase();

export function cyrillicToLatin(text: string): string {
  const chars = Array.from(text);
  let out = '';
  chars.forEach((ch, i) => {
    const mapped = CYRILLIC_TO_LATIN[ch.toLowerCase()];
    if (mapped === undefined) {
      out += ch;
      return;
    }
    // A capital that becomes two Latin letters is all capitals inside a word in capitals:
    // "Љубљана" → "Ljubljana", but "ЉУБА" → "LJUBA" and "ПАЉ" → "PALJ".
    const next = chars[i + 1];
    const inCapitals = isUpper(ch) && (isUpper(next) || (!isLetter(next) && isUpper(chars[i - 1])));
    out += inCapitals ? mapped.toUpperCase() : matchCase(ch, mapped);
  });
  return out;
}

/**
 * Latin → Serbian Cyrillic. Placeholders such as `{count}` and anything inside them are kept,
 * so message templates can be transliterated whole.
 */
export function latinToCyrillic(input: string): string {
  // Decomposed input ("c" + combining acute) must read as the single letter "ć".
  const text = input.normalize('NFC');
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '{') {
      const end = text.indexOf('}', i);
      if (end > i) {
        out += text.slice(i, end + 1);
        i = end + 1;
        continue;
      }
    }
    const pair = text.slice(i, i + 2);
    const digraph = LATIN_DIGRAPHS_TO_CYRILLIC.find(([latin]) => latin === pair.toLowerCase());
    if (digraph) {
      out += matchCase(pair, digraph[1]);
      i += 2;
      continue;
    }
    const ch = text[i];
    const mapped = LATIN_TO_CYRILLIC[ch.toLowerCase()];
    out += mapped === undefined ? ch : matchCase(ch, mapped);
    i += 1;
  }
  return out;
}

const DIACRITIC_FOLD: Record<string, string> = { č: 'c', ć: 'c', š: 's', ž: 'z', đ: 'dj', dž: 'dz' };

/**
 * Folds text for script- and diacritic-insensitive search: Cyrillic to Latin, lower case,
 * č/ć→c, š→s, ž→z, đ→dj, remaining combining marks removed. The stored search text of a
 * case and the user's query are both folded here, so the database only compares plain text.
 */
export function searchFold(text: string): string {
  const latin = cyrillicToLatin(text).toLowerCase();
  return latin
    .replace(/dž|[čćšžđ]/g, (m) => DIACRITIC_FOLD[m])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
