import { DataSource, type MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

// Any constant works; all Spis processes must use the same one.
const MIGRATION_LOCK_KEY = 7_342_001;

/**
 * Applies pending migrations. Several API processes may start at once: a PostgreSQL advisory
 * lock lets one migrate while the others wait, then find nothing left to do.
 */
export async function runMigrations(
  url: string,
  migrations: MixedList<Function>,
  log: (message: string) => void = () => undefined,
): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
  });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) log(`migration applied: ${migration.name}`);
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}
