import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where SQL may be written (docs/architecture.md, "Repositories and SQL snapshots"): in a
 * repository, whose statements are snapshotted, and nowhere else in the libraries. Reads the sources
 * (run from the repository's root, as every tier is).
 */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });

/** Raw SQL: a statement text sent, `namedQuery`, a query builder, or a manager's own find/save/insert/update/delete. */
const RAW_SQL = /\.query\(|namedQuery|createQueryBuilder|\.manager\.(find|save|insert|update|delete)/;

/** Infrastructure beneath every repository: creating the database, the migrations' and scheduled jobs' locks, the helper itself, the backup API and reads of a restored copy. */
const INFRASTRUCTURE = ['libs/backup/cluster-sql.ts', 'libs/embedded/embedded-postgres.ts', 'libs/database/migrate.ts', 'libs/database/named-query.ts', 'libs/scheduling/single-node.service.ts'];

describe('SQL lives in repositories', () => {
  const files = sources('libs').map((path) => ({ path: path.split('\\').join('/'), text: readFileSync(path, 'utf8') }));

  it('no file of the libraries but a repository sends SQL of its own', () => {
    const outside = files
      .filter(({ path, text }) => !path.endsWith('.repository.ts') && RAW_SQL.test(text))
      .map(({ path }) => path)
      .filter((path) => !INFRASTRUCTURE.includes(path));
    expect(outside).toEqual([]);
  });

  it('only the library of cases writes case_file', () => {
    const writers = files.filter(({ text }) => /update case_file|insert into case_file|getRepository\(CaseFile\)\s*\.(update|insert|save)/i.test(text)).map(({ path }) => path);
    expect(writers.length).toBeGreaterThan(0);
    expect(writers.filter((path) => !path.startsWith('libs/cases/'))).toEqual([]);
  });
});
