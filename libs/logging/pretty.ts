/**
 * Readable lines for a person at a terminal, made from the JSON lines pino writes. Formatting the
 * finished line, not the call, means pino's redaction has already removed secrets and personal data.
 */

const ANSI = { dim: '2', bold: '1', red: '31', green: '32', yellow: '33', cyan: '36' } as const;
export type Style = keyof typeof ANSI;

/** `paint(text, 'red')`: styled on a terminal, plain text otherwise. */
export type Paint = (text: string, ...styles: Style[]) => string;

export function painter(colour: boolean): Paint {
  if (!colour) return (text) => text;
  return (text, ...styles) => (styles.length === 0 ? text : `\x1b[${styles.map((style) => ANSI[style]).join(';')}m${text}\x1b[0m`);
}

const LEVELS: Record<number, [label: string, style: Style | undefined]> = {
  10: ['trace', 'dim'],
  20: ['debug', 'dim'],
  30: ['info', 'green'],
  40: ['warn', 'yellow'],
  50: ['error', 'red'],
  60: ['fatal', 'red'],
};

/** Every line carries these, or the head of the line already says them. */
const SHOWN = new Set(['level', 'time', 'msg', 'service', 'pid', 'hostname', 'context', 'req', 'res', 'responseTime', 'err', 'trace']);

interface Entry {
  level: number;
  time: number;
  msg?: string;
  context?: string;
  req?: { method: string; path: string };
  res?: { statusCode: number };
  responseTime?: number;
  err?: string | { message?: string; stack?: string };
  trace?: string;
  [field: string]: unknown;
}

/**
 * One pino JSON line as `09:14:03  info  message  field=value`; a request as `GET /api/cases 200 12 ms`;
 * an error's stack on the lines below it. Anything that is not a pino line passes through unchanged.
 */
export function formatPretty(json: string, paint: Paint): string {
  let entry: Entry;
  try {
    entry = JSON.parse(json) as Entry;
  } catch {
    return json.trimEnd();
  }
  const [label, style] = LEVELS[entry.level] ?? [String(entry.level), undefined];
  const time = paint(new Date(entry.time).toTimeString().slice(0, 8), 'dim');
  const context = entry.context ? `${paint(`[${entry.context}]`, 'dim')} ` : '';
  const what = entry.req && entry.res ? `${entry.req.method} ${entry.req.path} ${entry.res.statusCode} ${entry.responseTime} ms` : (entry.msg ?? '');

  const err = typeof entry.err === 'object' && entry.err !== null ? entry.err : undefined;
  const fields = Object.entries(entry)
    .filter(([key]) => !SHOWN.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  if (typeof entry.err === 'string') fields.unshift(`err=${entry.err}`);
  else if (err?.message) fields.unshift(`err=${err.message}`);
  const details = fields.length > 0 ? `  ${paint(fields.join(' '), 'dim')}` : '';

  const stack = err?.stack ?? entry.trace;
  const below = stack && entry.level >= 50 ? `\n${paint(stack.replace(/^/gm, '    '), 'dim')}` : '';
  return `${time}  ${paint(label.padEnd(5), ...(style ? [style] : []))} ${context}${what}${details}${below}`;
}

/** Where a person may be reading: stdout, which knows whether it is a terminal. */
export type Terminal = Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean };

/** A pino destination that writes each line to `out` as `formatPretty` reads it; colour only on a terminal. */
export function prettyDestination(out: Terminal): { write(line: string): void } {
  const paint = painter(out.isTTY === true);
  return { write: (line) => void out.write(`${formatPretty(line, paint)}\n`) };
}
