import 'reflect-metadata';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { seedBase } from '../index.js';
import { validateConfigOrExit } from '../../../libs/config/index.js';
import { runMigrations, SnakeNamingStrategy } from '../../../libs/database/index.js';
import { startEmbeddedPostgres } from '../../../libs/embedded/index.js';
import { generateScale } from './generate.js';

const USAGE = `Fills a Spis database with a decade of a large city's cases.

  npm run seed:scale -- --cases 1000000 [--database-url postgres://…] [--data-dir .data-scale] [--seed 2016] [--batch 5000]

Without --database-url: DATABASE_URL, else the embedded PostgreSQL that \`npm start\` uses under
DATA_DIR (or --data-dir), started here; stop the app on that folder first. The schema is migrated
and the built-in roles and plan seeded first, as at start-up. Every generated user's password is "demo".`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      seed: { type: 'string' },
      batch: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const cases = Number(values.cases);
  if (values.help || !Number.isInteger(cases) || cases < 1) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 64);
  }
  const config = validateConfigOrExit({ ...process.env, ...(values['data-dir'] ? { DATA_DIR: values['data-dir'] } : {}) });
  const log = (line: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

  let databaseUrl = values['database-url'] ?? config.DATABASE_URL;
  let stop: () => Promise<void> = async () => undefined;
  if (!databaseUrl) {
    const dataDir = resolve(config.DATA_DIR);
    log(`starting the embedded PostgreSQL of ${dataDir}`);
    const pg = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: config.EMBEDDED_PG_PORT, databases: ['spis'] });
    stop = () => pg.stop();
    databaseUrl = pg.urlFor('spis');
  }
  try {
    await runMigrations(databaseUrl, MIGRATIONS, log);
    const dataSource = new DataSource({ type: 'postgres', url: databaseUrl, namingStrategy: new SnakeNamingStrategy() });
    await dataSource.initialize();
    await seedBase(dataSource);
    await dataSource.destroy();

    const summary = await generateScale({
      databaseUrl,
      cases,
      seed: values.seed === undefined ? undefined : Number(values.seed),
      batch: values.batch === undefined ? undefined : Number(values.batch),
      log,
    });
    log(`done: ${summary.cases} cases in ${summary.seconds.toFixed(0)} s`);
    for (const [table, count] of Object.entries(summary.rows)) log(`  ${table.padEnd(14)} ${count}`);
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed:scale failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
