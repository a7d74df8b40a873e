/**
 * Case-number templates: the pure rules, no Nest and no database.
 *
 * An administrator sets the format of case numbers as a template such as
 * `{class}-{serial}/{year}-{unit}` (the Serbian default, giving `351-124/2026-04`) and, beside it,
 * the scope of the serial counter (one counter per year, per year and unit, or per year and class).
 * The serial restarts at 1 every 1 January, so every template must carry the year.
 *
 * Placeholders:
 * - `{class}`     classification mark, as given (e.g. `351`, `01.1`, `6550`)
 * - `{unit}`      organisational unit code, as given (e.g. `04`)
 * - `{serial}`    serial in the book, no padding (`124`)
 * - `{serial:N}`  serial zero-padded to N digits, N from 1 to 9 (`{serial:6}` → `001397`); a serial
 *                 with more digits than N is written in full, never cut
 * - `{year}`      the year, 4 digits (`2026`)
 * - `{yy}`        the year, 2 digits (`26`)
 * - `{dd}`, `{mm}` day and month of `registeredAt`, 2 digits each, on the Belgrade calendar
 *
 * Literal text between placeholders is kept as is; it may contain letters (Latin, with
 * diacritics, and Cyrillic), digits, `-`, `/`, `.`, `_` and spaces.
 */
import { badRequest } from '../shared/errors.js';

/** Which registrations share one serial counter: per year; per year and unit; per year and class. */
export type CounterScope = 'year' | 'year-unit' | 'year-class';

export const COUNTER_SCOPES: readonly CounterScope[] = ['year', 'year-unit', 'year-class'];

export interface NumberParts {
  classCode: string;
  /** Serial in the book for the counter (see {@link counterKey}); a positive integer. */
  serial: number;
  /**
   * The year written by `{year}` / `{yy}`, as the caller passes it: it is not derived from
   * `registeredAt`. The caller decides it from the same Belgrade calendar date that `{dd}` and
   * `{mm}` use (see {@link belgradeCalendarDate}), so a registration at 2026-12-31T23:30:00Z
   * (1 January 2027 in Belgrade) is numbered in 2027.
   */
  year: number;
  unitCode: string;
  /** The moment of registration; `{dd}` and `{mm}` are its calendar date in Europe/Belgrade. */
  registeredAt: Date;
}

export const DEFAULT_CASE_NUMBER_TEMPLATE = '{class}-{serial}/{year}-{unit}';
export const DEFAULT_COUNTER_SCOPE: CounterScope = 'year';

/** The time zone whose calendar date numbers and date placeholders follow. */
export const REGISTRY_TIME_ZONE = 'Europe/Belgrade';

export const MAX_TEMPLATE_LENGTH = 100;

export interface NumberFormatExample {
  country: string;
  template: string;
  scope: CounterScope;
  description: string;
}

/** Ready-made formats the admin UI offers; the first is the default. Each passes validateTemplate with its scope. */
export const NUMBER_FORMAT_EXAMPLES: readonly NumberFormatExample[] = [
  {
    country: 'Serbia',
    template: DEFAULT_CASE_NUMBER_TEMPLATE,
    scope: 'year',
    description:
      'Default: classification mark, serial in the book for the year, year, unit code — e.g. 351-124/2026-04.',
  },
  {
    country: 'Bosnia and Herzegovina',
    template: 'UP-I-{unit}-{class}-{serial}/{yy}',
    scope: 'year-unit',
    description:
      'First-instance administrative case (UP-I): unit, classification mark, serial per unit and year, two-digit year — e.g. UP-I-05-19-1234/26.',
  },
  {
    country: 'Brčko District',
    template: '{unit}-{class}-{serial:6}/{yy}',
    scope: 'year',
    description: 'Body code, classification mark, six-digit serial, two-digit year — e.g. 02-01.1-001397/10.',
  },
  {
    country: 'Montenegro',
    template: '{unit}-{class}/{yy}-{serial}',
    scope: 'year-class',
    description:
      'Unit, classification mark, two-digit year, serial per class and year — e.g. 01-014/26-1234; acts follow as /1, /2.',
  },
  {
    country: 'North Macedonia',
    template: '{unit}-{serial}/{yy}',
    scope: 'year-unit',
    description:
      'Unit code and serial per unit and year, with the two-digit year so numbers do not repeat — e.g. 08-1234/26; acts follow as /1, /2.',
  },
  {
    country: 'Bulgaria',
    template: '{serial}/{dd}.{mm}.{year}',
    scope: 'year',
    description: 'Incoming number with the registration date — e.g. 124/05.03.2026.',
  },
  {
    country: 'Croatia',
    template: '{class}-{unit}/{yy}-01/{serial}',
    scope: 'year-class',
    description:
      'Class-like (KLASA): classification mark, subgroup/unit, two-digit year, dossier 01, serial per class and year — e.g. 6550-01/10-01/8.',
  },
];

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'class' | 'unit' | 'year' | 'yy' | 'dd' | 'mm' }
  | { kind: 'serial'; width: number | null };

const SIMPLE_PLACEHOLDERS = new Set(['class', 'unit', 'year', 'yy', 'dd', 'mm']);

/** Letters of any script (Latin with diacritics, Cyrillic), ASCII digits, `-`, `/`, `.`, `_`, space. */
const LITERAL_CHAR = /^[\p{L}0-9\-/._ ]$/u;

function tokenize(template: string): { tokens: Token[]; problems: string[] } {
  const tokens: Token[] = [];
  const problems: string[] = [];
  let literal = '';
  const flush = () => {
    if (literal) tokens.push({ kind: 'literal', text: literal });
    literal = '';
  };

  let i = 0;
  while (i < template.length) {
    const ch = template[i];
    if (ch === '{') {
      const close = template.indexOf('}', i + 1);
      const nextOpen = template.indexOf('{', i + 1);
      if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
        problems.push(`unbalanced braces: "{" at character ${i + 1} is never closed`);
        i += 1;
        continue;
      }
      flush();
      const body = template.slice(i + 1, close);
      const serial = /^serial:(.*)$/s.exec(body);
      if (SIMPLE_PLACEHOLDERS.has(body)) {
        tokens.push({ kind: body as 'class' | 'unit' | 'year' | 'yy' | 'dd' | 'mm' });
      } else if (body === 'serial') {
        tokens.push({ kind: 'serial', width: null });
      } else if (serial) {
        if (/^[1-9]$/.test(serial[1])) {
          tokens.push({ kind: 'serial', width: Number(serial[1]) });
        } else {
          problems.push(`{${body}}: the serial padding width must be a single digit from 1 to 9`);
          // Still counts as the serial, so no "no serial" problem is added on top.
          tokens.push({ kind: 'serial', width: null });
        }
      } else {
        problems.push(`unknown placeholder {${body}}`);
      }
      i = close + 1;
    } else if (ch === '}') {
      problems.push(`unbalanced braces: "}" at character ${i + 1} has no matching "{"`);
      i += 1;
    } else {
      const cp = String.fromCodePoint(template.codePointAt(i)!);
      if (!LITERAL_CHAR.test(cp)) {
        problems.push(`character "${cp}" at character ${i + 1} is not allowed in literal text`);
      }
      literal += cp;
      i += cp.length;
    }
  }
  flush();
  return { tokens, problems };
}

/**
 * The problems with `template` used with counter `scope`, as human-readable English phrases
 * (empty when the template is usable). One problem per cause: empty template; longer than
 * 100 characters; unknown placeholder; unbalanced braces; a character not allowed in literal text;
 * a bad `{serial:N}` width; no serial; more than one serial; no `{year}`/`{yy}` (the serial
 * restarts every year, so numbers would repeat); `year-unit` without `{unit}`; `year-class`
 * without `{class}`; an unknown scope.
 */
export function validateTemplate(template: string, scope: CounterScope = DEFAULT_COUNTER_SCOPE): string[] {
  if (template.trim() === '') return ['the template is empty'];

  const problems: string[] = [];
  if (template.length > MAX_TEMPLATE_LENGTH) {
    problems.push(`the template is longer than ${MAX_TEMPLATE_LENGTH} characters (${template.length})`);
  }
  const { tokens, problems: syntax } = tokenize(template);
  problems.push(...syntax);

  const count = (kind: Token['kind']) => tokens.filter((t) => t.kind === kind).length;
  const serials = count('serial');
  if (serials === 0) problems.push('the template has no {serial} or {serial:N} placeholder');
  if (serials > 1) problems.push(`the template has more than one serial placeholder (${serials})`);
  if (count('year') + count('yy') === 0) {
    problems.push(
      'the template has no {year} or {yy} placeholder; the serial restarts every year, so numbers would repeat',
    );
  }
  if (!COUNTER_SCOPES.includes(scope)) {
    problems.push(`unknown counter scope "${String(scope)}"`);
  } else if (scope === 'year-unit' && count('unit') === 0) {
    problems.push('counter scope "year-unit" needs {unit} in the template, or numbers of different units would repeat');
  } else if (scope === 'year-class' && count('class') === 0) {
    problems.push(
      'counter scope "year-class" needs {class} in the template, or numbers of different classes would repeat',
    );
  }
  return [...new Set(problems)];
}

const BELGRADE_DATE = new Intl.DateTimeFormat('en-US', {
  timeZone: REGISTRY_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The calendar date of `at` in Europe/Belgrade (not the UTC date). */
export function belgradeCalendarDate(at: Date): { year: number; month: number; day: number } {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new RangeError('registeredAt is not a valid date');
  }
  const parts = BELGRADE_DATE.formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The case number `template` gives for `parts`. Throws `badRequest('INVALID_NUMBER_TEMPLATE',
 * { reason })` when {@link validateTemplate} (with `scope`, default `year`) finds a problem;
 * `reason` lists the problems separated by "; ". Throws a RangeError for parts no registration can
 * have (serial not a positive integer, year outside 1000–9999, invalid `registeredAt` when the
 * template uses `{dd}`/`{mm}`): those are caller bugs, not user input.
 */
export function formatCaseNumber(
  template: string,
  parts: NumberParts,
  scope: CounterScope = DEFAULT_COUNTER_SCOPE,
): string {
  const around = caseNumberAroundSerial(template, parts, scope);
  if (!Number.isSafeInteger(parts.serial) || parts.serial < 1) {
    throw new RangeError(`serial must be a positive integer, got ${parts.serial}`);
  }
  return `${around.before}${formatSerial(parts.serial, around.width)}${around.after}`;
}

/** The serial as `{serial}` (width null) or `{serial:N}` writes it: padded, never cut. */
export function formatSerial(serial: number, width: number | null): string {
  return width === null ? String(serial) : pad(serial, width);
}

/**
 * The case number `template` gives for `parts` before the serial is known: the text before the
 * serial, the serial's padding width (null: none), and the text after it (a template has exactly
 * one serial). Registration draws the serial inside its one writing statement and writes the
 * number there (`before || serial || after`); {@link formatCaseNumber} is the same in code.
 */
export function caseNumberAroundSerial(
  template: string,
  parts: Omit<NumberParts, 'serial'>,
  scope: CounterScope = DEFAULT_COUNTER_SCOPE,
): { before: string; width: number | null; after: string } {
  const problems = validateTemplate(template, scope);
  if (problems.length > 0) throw badRequest('INVALID_NUMBER_TEMPLATE', { reason: problems.join('; ') });
  if (!Number.isInteger(parts.year) || parts.year < 1000 || parts.year > 9999) {
    throw new RangeError(`year must be a four-digit year, got ${parts.year}`);
  }

  const { tokens } = tokenize(template);
  let date: { month: number; day: number } | undefined;
  const registeredDate = () => (date ??= belgradeCalendarDate(parts.registeredAt));
  const text = (t: Exclude<Token, { kind: 'serial' }>): string => {
    switch (t.kind) {
      case 'literal':
        return t.text;
      case 'class':
        return parts.classCode;
      case 'unit':
        return parts.unitCode;
      case 'year':
        return String(parts.year);
      case 'yy':
        return pad(parts.year % 100, 2);
      case 'dd':
        return pad(registeredDate().day, 2);
      case 'mm':
        return pad(registeredDate().month, 2);
    }
  };
  const at = tokens.findIndex((t) => t.kind === 'serial');
  const serial = tokens[at] as Extract<Token, { kind: 'serial' }>;
  const join = (part: Token[]) => part.map((t) => text(t as Exclude<Token, { kind: 'serial' }>)).join('');
  return { before: join(tokens.slice(0, at)), width: serial.width, after: join(tokens.slice(at + 1)) };
}

/** The number of the `subNumber`-th act in a case: `351-124/2026-04` and 2 → `351-124/2026-04/2`. */
export function formatActNumber(caseNumber: string, subNumber: number): string {
  if (!Number.isSafeInteger(subNumber) || subNumber < 1) {
    throw new RangeError(`act sub-number must be a positive integer, got ${subNumber}`);
  }
  return `${caseNumber}/${subNumber}`;
}

/**
 * The key of the serial counter a registration draws from:
 * - `year`       → `<year>`                 e.g. `2026`
 * - `year-unit`  → `<year>|<unitCode>`      e.g. `2026|04`
 * - `year-class` → `<year>|<classCode>`     e.g. `2026|351`
 *
 * The year is written in decimal without padding and codes as given; `|` separates them. A book
 * uses one scope, so keys of different scopes are never compared; within one scope the year part
 * has no `|`, so two different (year, code) pairs never share a key.
 */
export function counterKey(
  scope: CounterScope,
  parts: { year: number; unitCode: string; classCode: string },
): string {
  switch (scope) {
    case 'year':
      return String(parts.year);
    case 'year-unit':
      return `${parts.year}|${parts.unitCode}`;
    case 'year-class':
      return `${parts.year}|${parts.classCode}`;
    default:
      throw new RangeError(`unknown counter scope "${String(scope)}"`);
  }
}
