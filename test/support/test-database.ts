import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A statement on the test cluster's `postgres` database (creating and dropping databases). */
export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.SPIS_TEST_PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A database of the suite's own, copied from `template` (built by the tier's global set-up). */
export async function databaseFrom(template: string): Promise<TestDatabase> {
  const name = `spis_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = new URL(process.env.SPIS_TEST_PG_ADMIN_URL!);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
