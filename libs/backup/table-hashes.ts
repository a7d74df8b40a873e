import type { TableHash } from './backup-record.js';

interface Queryable {
  query(sql: string): Promise<{ rows: Array<Record<string, unknown>> }>;
}

/**
 * Every table of the `public` schema told by its row count and an ordered hash of its rows (each
 * row's text form hashed, the hashes sorted and hashed together), so two databases with the same
 * rows give the same answer whatever order the rows lie in on disk.
 */
export async function tableHashes(db: Queryable): Promise<Record<string, TableHash>> {
  const { rows: tables } = await db.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname COLLATE "C"`,
  );
  const hashes: Record<string, TableHash> = {};
  for (const { name } of tables as Array<{ name: string }>) {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const { rows } = await db.query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(h, '' ORDER BY h COLLATE "C"), '')) AS hash
         FROM (SELECT md5(t::text) AS h FROM ${quoted} t) hashed`,
    );
    hashes[name] = { rows: Number(rows[0].rows), hash: String(rows[0].hash) };
  }
  return hashes;
}

/** The tables whose rows differ between two sets of hashes, with both sides. */
export function tableDifferences(expected: Record<string, TableHash>, actual: Record<string, TableHash>): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names
    .filter((name) => expected[name]?.hash !== actual[name]?.hash)
    .map((name) => `table ${name}: ${expected[name] ? `${expected[name].rows} rows` : 'absent'} expected, ${actual[name] ? `${actual[name].rows} rows` : 'absent'} found, not the same rows`);
}
