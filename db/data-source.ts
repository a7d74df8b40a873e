import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from '../libs/database/index.js';
import { MIGRATIONS } from './migrations/index.js';

/** For the TypeORM CLI (`npm run migration:*`): DATABASE_URL must point at the database. */
export default new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  migrations: MIGRATIONS,
  migrationsTableName: 'schema_migrations',
  namingStrategy: new SnakeNamingStrategy(),
});
