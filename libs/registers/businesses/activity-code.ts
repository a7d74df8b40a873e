/**
 * Activity codes (šifra delatnosti) of Serbia's classification of activities (Uredba o
 * klasifikaciji delatnosti, KD 2010), which follows NACE Rev. 2: a class is four digits written
 * `47.11` — the division (`47`), the group (`47.1`), the class (`47.11`). Spis checks the format
 * and that the division exists; it does not carry the list of some 600 classes, which the
 * statistical office maintains.
 */

/** The 88 divisions of KD 2010 / NACE Rev. 2, by section (A 01–03 … U 99). */
const DIVISIONS: ReadonlySet<string> = new Set(
  [
    [1, 3], [5, 9], [10, 33], [35, 35], [36, 39], [41, 43], [45, 47], [49, 53], [55, 56], [58, 63], [64, 66],
    [68, 68], [69, 75], [77, 82], [84, 84], [85, 85], [86, 88], [90, 93], [94, 96], [97, 98], [99, 99],
  ].flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => String(first + i).padStart(2, '0'))),
);

/** `47.11` from `47.11` or `4711` (surrounding spaces aside); null when it is neither. */
export function normalizeActivityCode(text: string): string | null {
  const match = /^(\d{2})\.?(\d{2})$/.exec(text.trim());
  return match ? `${match[1]}.${match[2]}` : null;
}

/** A class code of an existing division, as `normalizeActivityCode` writes it. */
export function isActivityCode(code: string): boolean {
  return /^\d{2}\.\d{2}$/.test(code) && DIVISIONS.has(code.slice(0, 2));
}

/**
 * The start of codes a filter means: a section of the code, `4`, `47`, `47.1`, `471`, `47.11`
 * or `4711`, written as codes are stored (`47.1` for `471`); null when it is none of those.
 */
export function activityCodePrefix(text: string): string | null {
  const match = /^(\d{1,2})$|^(\d{2})\.?(\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  return match[1] ?? `${match[2]}.${match[3]}`;
}
