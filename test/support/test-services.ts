import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../db/migrations/index.js';
import { seedBase } from '../../db/seeds/index.js';
import { runMigrations, SnakeNamingStrategy } from '../../libs/database/index.js';
import { startEmbeddedPostgres, startEmbeddedS3, type EmbeddedPostgresHandle, type EmbeddedS3Handle } from '../../libs/embedded/index.js';
import { freePort } from '../../libs/embedded/free-port.js';

/** The migrated schema with what every installation has (built-in roles, classification plan), and nothing else. */
export const BASE_TEMPLATE_DATABASE = 'spis_base_template';

interface TestServices {
  dataDir: string;
  pg: EmbeddedPostgresHandle;
  s3?: EmbeddedS3Handle;
  templates: Set<string>;
}

/**
 * The services live in Jest's main process from the first global set-up to the teardown. When a run
 * takes in several tiers, each tier's set-up runs there in turn, and they share what the first started.
 */
const shared = globalThis as { __spisTestServices?: TestServices };

async function adminQuery(services: TestServices, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: services.pg.urlFor('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** One embedded PostgreSQL for the whole run; its admin URL is handed to the test workers. */
export async function ensurePostgres(): Promise<TestServices> {
  if (shared.__spisTestServices) return shared.__spisTestServices;
  const dataDir = resolve('.data', `test-${process.pid}`);
  await rm(dataDir, { recursive: true, force: true });
  const pgHandle = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: await freePort(), databases: [] });
  const services: TestServices = { dataDir, pg: pgHandle, templates: new Set() };
  shared.__spisTestServices = services;
  process.env.SPIS_TEST_PG_ADMIN_URL = pgHandle.urlFor('postgres');
  process.env.SPIS_TEST_DATA_DIR = dataDir;
  return services;
}

/** The embedded S3 endpoint, for the tiers that store files; suites make their own buckets on it. */
export async function ensureS3(): Promise<void> {
  const services = await ensurePostgres();
  if (services.s3) return;
  services.s3 = await startEmbeddedS3({ dataDir: join(services.dataDir, 'objects'), port: await freePort() });
  process.env.SPIS_TEST_S3_PORT = String(services.s3.port);
}

/**
 * A template database suites copy (`CREATE DATABASE … TEMPLATE`), built once: the base template is
 * migrated and given the base seed; any other is a copy of the base template with `seed` run on it,
 * so the migrations run once however many templates a run needs.
 */
export async function ensureTemplate(name: string, seed: (dataSource: DataSource) => Promise<unknown>): Promise<void> {
  const services = await ensurePostgres();
  if (services.templates.has(name)) return;
  if (name === BASE_TEMPLATE_DATABASE) {
    await adminQuery(services, `CREATE DATABASE ${name}`);
    await runMigrations(services.pg.urlFor(name), MIGRATIONS);
  } else {
    await ensureBaseTemplate();
    await adminQuery(services, `CREATE DATABASE ${name} TEMPLATE ${BASE_TEMPLATE_DATABASE}`);
  }
  const dataSource = new DataSource({ type: 'postgres', url: services.pg.urlFor(name), namingStrategy: new SnakeNamingStrategy() });
  await dataSource.initialize();
  try {
    await seed(dataSource);
  } finally {
    await dataSource.destroy();
  }
  services.templates.add(name);
}

export const ensureBaseTemplate = () => ensureTemplate(BASE_TEMPLATE_DATABASE, seedBase);

/** Stops what the set-ups started and removes its data; nothing to do when none ran. */
export async function stopTestServices(): Promise<void> {
  const services = shared.__spisTestServices;
  if (!services) return;
  shared.__spisTestServices = undefined;
  await services.s3?.stop();
  await services.pg.stop();
  await rm(services.dataDir, { recursive: true, force: true });
}
