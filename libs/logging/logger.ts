import { randomUUID } from 'node:crypto';
import type { LoggerService } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { prettyDestination, type Terminal } from './pretty.js';

/** Anything that may hold a secret or personal data is removed before a line is written. */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.refreshToken',
  '*.accessToken',
  '*.personalId',
  '*.jmbg',
];

export type LogFormat = 'json' | 'pretty';

/** LOG_FORMAT=auto: a person reads a terminal, a log collector reads anything else. */
export function resolveLogFormat(setting: 'auto' | LogFormat, stdoutIsTerminal: boolean): LogFormat {
  if (setting !== 'auto') return setting;
  return stdoutIsTerminal ? 'pretty' : 'json';
}

/**
 * Lines go to `out`: stdout for the server; stderr for the admin commands, whose stdout is their
 * answer. JSON goes through pino's own destination, pretty lines through ours.
 */
export function createLogger(level: string, format: LogFormat = 'json', out: Terminal = process.stdout): Logger {
  const options = { level, redact: { paths: REDACT, remove: true }, base: { service: 'spis' } };
  if (format === 'pretty') return pino(options, prettyDestination(out));
  return out === process.stderr ? pino(options, pino.destination(2)) : pino(options);
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * One line per request with its id. Only the path is logged: query strings carry search terms
 * (names of parties) and must not reach the logs.
 */
export function httpLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
  });
}

/**
 * Nest's start-up chatter: a line per module and per route (some two hundred), and "starting" and
 * "started" lines that Spis's own ready line says better. Debug, so the default level shows what matters.
 */
const START_UP_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

type Level = 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal';

/** A stack trace, which Nest passes to `error` as a string. */
const isStack = (text: string) => /\n\s+at /.test(text);

/** Nest's own log lines go through pino too, so every line is structured. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, ...params: unknown[]) {
    const level = START_UP_CONTEXTS.has(String(params.at(-1))) ? 'debug' : 'info';
    this.write(level, message, params);
  }
  error(message: unknown, ...params: unknown[]) { this.write('error', message, params); }
  warn(message: unknown, ...params: unknown[]) { this.write('warn', message, params); }
  debug(message: unknown, ...params: unknown[]) { this.write('debug', message, params); }
  verbose(message: unknown, ...params: unknown[]) { this.write('trace', message, params); }
  fatal(message: unknown, ...params: unknown[]) { this.write('fatal', message, params); }

  /**
   * Nest's `Logger` appends its context as the last argument, after the caller's own: so
   * `new Logger('Storage').warn({ err }, 'not reachable')` arrives as `({ err }, 'not reachable', 'Storage')`,
   * and `error(message, stack, context)` carries a stack trace.
   */
  private write(level: Level, message: unknown, params: unknown[]) {
    const rest = [...params];
    const last = rest.at(-1);
    const context = typeof last === 'string' && !isStack(last) ? (rest.pop() as string) : undefined;
    const texts = rest.filter((param): param is string => typeof param === 'string');
    const trace = texts.find(isStack);
    const text = texts.find((param) => param !== trace);
    const base = { context, ...(trace ? { trace } : {}) };
    if (message instanceof Error) this.logger[level]({ ...base, err: message }, text ?? message.message);
    else if (typeof message === 'object' && message !== null) this.logger[level]({ ...base, ...(message as object) }, text);
    else this.logger[level](base, text === undefined ? String(message) : `${String(message)} ${text}`);
  }
}
