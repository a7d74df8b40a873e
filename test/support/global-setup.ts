import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../db/migrations/index.js';
import { seedBase, seedDemo } from '../../db/seeds/index.js';
import { runMigrations, SnakeNamingStrategy } from '../../libs/database/index.js';
import { startEmbeddedPostgres, startEmbeddedS3 } from '../../libs/embedded/index.js';
import { freePort } from './free-port.js';

export const TEMPLATE_DATABASE = 'spis_template';

/**
 * Once per test run: a real PostgreSQL and a real S3 endpoint, both embedded, and a template
 * database holding the migrated schema and the demo data set. Each suite copies the template
 * into a database of its own, so suites never see each other's rows.
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = resolve('.data', `test-${process.pid}`);
  await rm(dataDir, { recursive: true, force: true });
  const [pgPort, s3Port] = [await freePort(), await freePort()];
  const pg = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: pgPort, databases: [TEMPLATE_DATABASE] });
  const s3 = await startEmbeddedS3({ dataDir: join(dataDir, 'objects'), port: s3Port });

  const templateUrl = pg.urlFor(TEMPLATE_DATABASE);
  await runMigrations(templateUrl, MIGRATIONS);
  const dataSource = new DataSource({ type: 'postgres', url: templateUrl, namingStrategy: new SnakeNamingStrategy() });
  await dataSource.initialize();
  await seedBase(dataSource);
  await seedDemo(dataSource);
  await dataSource.destroy();

  process.env.SPIS_TEST_PG_ADMIN_URL = pg.urlFor('postgres');
  process.env.SPIS_TEST_S3_PORT = String(s3.port);
  process.env.SPIS_TEST_DATA_DIR = dataDir;
  (globalThis as Record<string, unknown>).__spisTestServices = { pg, s3, dataDir };
}
