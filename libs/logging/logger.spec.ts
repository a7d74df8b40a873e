import { describe, expect, it } from '@jest/globals';
import { Logger as NestLogger } from '@nestjs/common';
import { pino } from 'pino';
import { PinoNestLogger, resolveLogFormat } from './logger.js';
import { announceReady, announceStopped } from './start-screen.js';

/** A pino logger at `level` whose lines are kept, parsed. */
function captured(level = 'info') {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level, base: undefined, timestamp: false }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

describe('resolveLogFormat', () => {
  it.each<['auto' | 'json' | 'pretty', boolean, string]>([
    ['auto', true, 'pretty'],
    ['auto', false, 'json'],
    ['json', true, 'json'],
    ['pretty', false, 'pretty'],
  ])('LOG_FORMAT=%s with stdout a terminal: %s → %s', (setting, terminal, format) => {
    expect(resolveLogFormat(setting, terminal)).toBe(format);
  });
});

describe('PinoNestLogger: Nest log calls as pino lines', () => {
  it.each<[string, (logger: PinoNestLogger) => void, Record<string, unknown>]>([
    ["a message with Nest's context", (l) => l.log('attachment sweep: all agree', 'AttachmentSweep'), { level: 30, context: 'AttachmentSweep', msg: 'attachment sweep: all agree' }],
    ['fields, a message and the context', (l) => l.warn({ err: 'ECONNREFUSED' }, 'object storage not reachable', 'ObjectStorage'), { level: 40, context: 'ObjectStorage', err: 'ECONNREFUSED', msg: 'object storage not reachable' }],
    ['a message, its stack and the context', (l) => l.error('boom', 'Error: boom\n    at x (y.js:1:1)', 'ExceptionsHandler'), { level: 50, context: 'ExceptionsHandler', trace: 'Error: boom\n    at x (y.js:1:1)', msg: 'boom' }],
    ['a stack without a context', (l) => l.error('boom', 'Error: boom\n    at x (y.js:1:1)'), { level: 50, trace: 'Error: boom\n    at x (y.js:1:1)', msg: 'boom' }],
    ['a message alone', (l) => l.log('plain'), { level: 30, msg: 'plain' }],
  ])('%s', (_case, call, expected) => {
    const { logger, lines } = captured('trace');
    call(new PinoNestLogger(logger));
    expect(lines).toEqual([expected]);
  });

  it('reads a Nest Logger with a context the same way', () => {
    const { logger, lines } = captured();
    const nest = new NestLogger('ObjectStorage');
    NestLogger.overrideLogger(new PinoNestLogger(logger));
    try {
      nest.warn({ err: 'ECONNREFUSED' }, 'object storage not reachable at start-up');
    } finally {
      NestLogger.overrideLogger(false);
    }
    expect(lines).toEqual([{ level: 40, context: 'ObjectStorage', err: 'ECONNREFUSED', msg: 'object storage not reachable at start-up' }]);
  });

  it.each(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication'])("%s's start-up lines are debug, not info", (context) => {
    const { logger, lines } = captured('debug');
    const nest = new PinoNestLogger(logger);
    nest.log('Mapped {/api/cases, GET} route', context);
    nest.warn('still a warning', context);
    expect(lines.map((line) => line.level)).toEqual([20, 40]);
  });
});

describe('the ready and stopped lines', () => {
  const facts = { url: 'http://localhost:3000', readyMs: 2400, migrationsApplied: [], demo: { loaded: true, password: 'demo', users: [{ username: 'admin', description: 'administrator' }] } };

  it('in JSON: one line each, even when LOG_LEVEL hides info', () => {
    const { logger, lines } = captured('warn');
    announceReady(logger, 'json', facts);
    announceStopped(logger);
    expect(lines).toEqual([
      { level: 30, url: 'http://localhost:3000', apiDocs: 'http://localhost:3000/api/docs', readyMs: 2400, migrationsApplied: [], demoData: 'loaded', demoUsers: ['admin'], msg: 'Spis is running at http://localhost:3000' },
      { level: 30, msg: 'Spis stopped.' },
    ]);
  });

  it('on a screen: the address, the demo users, and last how to stop', () => {
    const { logger } = captured('silent');
    let written = '';
    announceReady(logger, 'pretty', facts, { write: (text: string) => ((written += text), true), isTTY: false });
    expect(written.trim().split('\n').map((text) => text.trim())).toEqual([
      'Spis is running at http://localhost:3000',
      'API documentation: http://localhost:3000/api/docs',
      'Ready in 2.4 s; migrations applied now: none (up to date).',
      '',
      'Demo data set loaded. Demo users (password "demo"):',
      'admin      administrator',
      '',
      'Press Ctrl+C to stop.',
    ]);
  });
});
