import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { SQL_SNAPSHOTS } from '../../db/sql-snapshots.js';
import { renderSqlSnapshots } from '../../libs/database/sql-snapshots.js';
import { databaseFrom, type TestDatabase } from '../support/test-database.js';
import { BASE_TEMPLATE_DATABASE } from '../support/test-services.js';

/**
 * The committed SQL of each snapshotted repository is what its code sends today (after Immich's
 * sync-sql): a change of a query's shape must come with `npm run sync:sql`, so it shows in review.
 */
describe('SQL snapshots', () => {
  let database: TestDatabase;
  let rendered: Map<string, string>;

  beforeAll(async () => {
    database = await databaseFrom(BASE_TEMPLATE_DATABASE);
    rendered = await renderSqlSnapshots(database.url, SQL_SNAPSHOTS);
  });
  afterAll(() => database?.drop());

  it.each(SQL_SNAPSHOTS.map((target) => [target.file]))('%s is what the code sends (npm run sync:sql rewrites it)', async (file) => {
    const committed = await readFile(resolve(file), 'utf8');
    expect(rendered.get(file)).toBe(committed);
  });

  it('has a statement under every @GenerateSql method, and nothing else', () => {
    for (const text of rendered.values()) {
      const sections = text.split('\n\n').slice(1);
      expect(sections.length).toBeGreaterThan(0);
      for (const section of sections) expect(section).toMatch(/^-- \w+\.\w+\n\S[\s\S]*;\n?$/);
    }
  });
});
