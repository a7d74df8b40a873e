import 'reflect-metadata';
import { mkdir, mkdtemp, chmod, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { MIGRATIONS } from './migrations/index.js';
import { SQL_SNAPSHOTS } from './sql-snapshots.js';
import { renderSqlSnapshots, runMigrations } from '../libs/database/index.js';
import { startEmbeddedPostgres } from '../libs/embedded/index.js';
import { freePort } from '../libs/embedded/free-port.js';

/**
 * `npm run sync:sql`: writes each snapshotted repository's statements to its committed `.sql`
 * file, from a throw-away embedded PostgreSQL migrated as production is. A test (medium tier)
 * fails while a committed file differs from what the code sends.
 */
async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'spis-sync-sql-'));
  // Run as root, the embedded PostgreSQL runs as the `postgres` user, who must reach the folder.
  await chmod(dataDir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: await freePort(), databases: ['spis'] });
  try {
    await runMigrations(pg.urlFor('spis'), MIGRATIONS);
    for (const [file, text] of await renderSqlSnapshots(pg.urlFor('spis'), SQL_SNAPSHOTS)) {
      await mkdir(dirname(resolve(file)), { recursive: true });
      await writeFile(resolve(file), text);
      process.stdout.write(`wrote ${file}\n`);
    }
  } finally {
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`sync:sql failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
