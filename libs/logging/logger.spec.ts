import { describe, expect, it } from '@jest/globals';
import { Logger as NestLogger } from '@nestjs/common';
import { pino } from 'pino';
import { PinoNestLogger } from './logger.js';

/** A pino logger at `level` whose lines are kept, parsed. */
function captured(level = 'info') {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level, base: undefined, timestamp: false }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

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
