import type { Logger } from 'pino';
import type { LogFormat } from './logger.js';
import { painter, type Terminal } from './pretty.js';

export interface ReadyFacts {
  url: string;
  readyMs: number;
  migrationsApplied: string[];
  /** In demo mode: whether the demo data was loaded now, and whom to sign in as. */
  demo?: { loaded: boolean; password: string; users: ReadonlyArray<{ username: string; description: string }> };
}

/**
 * "Ready" and "stopped" are said whatever LOG_LEVEL is: a person waits for the address, a service
 * manager or a test for the line. In JSON they stay one structured line each.
 */
const always = (logger: Logger) => (logger.isLevelEnabled('info') ? logger : logger.child({}, { level: 'info' }));

/**
 * Where Spis can be reached, and in demo mode whom to sign in as. On a person's screen it is the
 * last thing written, ending with how to stop; request lines follow it as people use the app.
 */
export function announceReady(logger: Logger, format: LogFormat, facts: ReadyFacts, out: Terminal = process.stdout): void {
  const docs = `${facts.url}/api/docs`;
  if (format === 'json') {
    always(logger).info(
      {
        url: facts.url,
        apiDocs: docs,
        readyMs: facts.readyMs,
        migrationsApplied: facts.migrationsApplied,
        ...(facts.demo ? { demoData: facts.demo.loaded ? 'loaded' : 'already present', demoUsers: facts.demo.users.map((user) => user.username) } : {}),
      },
      `Spis is running at ${facts.url}`,
    );
    return;
  }
  const paint = painter(out.isTTY === true);
  const applied = facts.migrationsApplied.length === 0 ? 'none (up to date)' : `${facts.migrationsApplied.length}, listed above`;
  const lines = [
    '',
    `  Spis is running at ${paint(facts.url, 'bold', 'cyan')}`,
    `  API documentation: ${docs}`,
    paint(`  Ready in ${(facts.readyMs / 1000).toFixed(1)} s; migrations applied now: ${applied}.`, 'dim'),
  ];
  if (facts.demo) {
    lines.push('', `  ${facts.demo.loaded ? 'Demo data set loaded.' : 'Demo data set already present.'} Demo users (password "${facts.demo.password}"):`);
    for (const user of facts.demo.users) lines.push(`    ${paint(user.username.padEnd(10), 'bold')} ${user.description}`);
  }
  lines.push('', `  Press ${paint('Ctrl+C', 'bold')} to stop.`, '');
  out.write(`${lines.join('\n')}\n`);
}

export function announceStopped(logger: Logger): void {
  always(logger).info('Spis stopped.');
}
