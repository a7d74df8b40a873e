import { describe, expect, it } from '@jest/globals';
import { createLogger } from './logger.js';
import { formatPretty, painter } from './pretty.js';

const plain = painter(false);
const line = (entry: Record<string, unknown>) => formatPretty(JSON.stringify({ time: Date.UTC(2026, 0, 5, 8, 14, 3), service: 'spis', ...entry }), plain);

/** What a terminal would show: every line a pretty logger wrote. */
function screen() {
  const written: string[] = [];
  return { out: { write: (text: string) => written.push(text) > 0, isTTY: false }, text: () => written.join('') };
}

describe('formatPretty: one readable line per pino line', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['a message', { level: 30, msg: 'embedded PostgreSQL on 127.0.0.1:54329' }, 'info  embedded PostgreSQL on 127.0.0.1:54329'],
    ['a warning with its fields', { level: 40, msg: 'uploaded, but not stamped', attachmentId: 'a1', code: 'PDF_ENCRYPTED' }, 'warn  uploaded, but not stamped  attachmentId=a1 code=PDF_ENCRYPTED'],
    ["Nest's context", { level: 30, context: 'AttachmentSweep', msg: 'attachment sweep: 3 versions and 3 objects agree' }, 'info  [AttachmentSweep] attachment sweep: 3 versions and 3 objects agree'],
    ['an error given as text', { level: 40, context: 'ObjectStorage', msg: 'object storage not reachable at start-up', err: 'connect ECONNREFUSED' }, 'warn  [ObjectStorage] object storage not reachable at start-up  err=connect ECONNREFUSED'],
    ['a field that is an object', { level: 40, msg: 'sweep found differences', orphans: { count: 2 } }, 'warn  sweep found differences  orphans={"count":2}'],
    [
      'a request: method, path, status, time, and not the id',
      { level: 30, req: { id: 'r-12345678', method: 'GET', path: '/api/cases' }, res: { statusCode: 200 }, responseTime: 12, msg: 'request completed' },
      'info  GET /api/cases 200 12 ms',
    ],
    ['a refused request', { level: 40, req: { id: 'r-12345678', method: 'POST', path: '/api/auth/login' }, res: { statusCode: 401 }, responseTime: 167, msg: 'request completed' }, 'warn  POST /api/auth/login 401 167 ms'],
  ])('%s', (_case, entry, expected) => {
    const formatted = line(entry);
    expect(formatted).toMatch(/^\d\d:\d\d:\d\d {2}/);
    expect(formatted.slice(10)).toBe(expected);
  });

  it("an error's stack follows on indented lines", () => {
    const formatted = line({ level: 50, context: 'Errors', msg: 'request failed', err: { name: 'TypeError', message: 'x is undefined', stack: 'TypeError: x is undefined\n    at handler (cases.service.js:10:5)' } });
    expect(formatted.split('\n').map((text, i) => (i === 0 ? text.slice(10) : text))).toEqual([
      'error [Errors] request failed  err=x is undefined',
      '    TypeError: x is undefined',
      '        at handler (cases.service.js:10:5)',
    ]);
  });

  it('a warning keeps to one line even with a stack', () => {
    expect(line({ level: 40, msg: 'retrying', err: { message: 'timeout', stack: 'Error: timeout\n    at x' } }).split('\n')).toHaveLength(1);
  });

  it('passes a line that is not JSON through unchanged', () => {
    expect(formatPretty('not json\n', plain)).toBe('not json');
  });

  it('colours only when told it writes to a terminal', () => {
    const entry = JSON.stringify({ level: 50, time: 0, msg: 'failed' });
    expect(formatPretty(entry, painter(false))).not.toContain('\x1b[');
    expect(formatPretty(entry, painter(true))).toContain('\x1b[31merror\x1b[0m');
  });
});

describe('createLogger in pretty format', () => {
  it('writes readable lines, never JSON', () => {
    const { out, text } = screen();
    createLogger('info', 'pretty', out).info({ attachmentId: 'a1' }, 'stored');
    expect(text()).toMatch(/^\d\d:\d\d:\d\d {2}info {2}stored {2}attachmentId=a1\n$/);
  });

  it('keeps the redaction: no password, token, authorization header or personal identifier reaches the screen', () => {
    const { out, text } = screen();
    createLogger('info', 'pretty', out).info(
      { user: { username: 'registry', password: 'hunter2-secret', refreshToken: 'rt-secret' }, party: { jmbg: '0101990710006', personalId: 'pid-secret' }, req: { headers: { authorization: 'Bearer at-secret', cookie: 'c-secret' } } },
      'signed in',
    );
    expect(text()).toContain('registry');
    expect(text()).not.toMatch(/secret|hunter2|0101990710006/);
  });

  it('follows LOG_LEVEL', () => {
    const { out, text } = screen();
    const logger = createLogger('warn', 'pretty', out);
    logger.info('hidden');
    logger.warn('shown');
    expect(text()).not.toContain('hidden');
    expect(text()).toContain('shown');
  });
});
