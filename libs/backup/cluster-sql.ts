import type { TableHash } from './backup-record.js';

/**
 * The SQL of backups, all in this file: PostgreSQL's backup API on a cluster connection, and reads
 * of a restored copy (any table, by name). Infrastructure beneath the repositories, as migrations
 * are (libs/database/sql-owners.spec.ts): none of it goes through the application's DataSource.
 */
interface Queryable {
  query(sql: string, values?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
}

/** pg_backup_start (fast: an immediate checkpoint); the same session must stop it. */
export async function backupStart(db: Queryable, label: string): Promise<{ lsn: string; wal: string }> {
  const { rows } = await db.query(`SELECT lsn::text AS lsn, pg_walfile_name(lsn) AS wal FROM pg_backup_start($1, true) AS lsn`, [label]);
  return rows[0] as { lsn: string; wal: string };
}

/** pg_backup_stop, without waiting for the archive (the caller waits, with a time limit). */
export async function backupStop(db: Queryable): Promise<{ lsn: string; wal: string; labelfile: string; spcmapfile: string }> {
  const { rows } = await db.query(`SELECT lsn::text AS lsn, pg_walfile_name(lsn) AS wal, labelfile, spcmapfile FROM pg_backup_stop(false)`);
  return rows[0] as { lsn: string; wal: string; labelfile: string; spcmapfile: string };
}

/** The objects a restored database's rows name, with the SHA-256 each row recorded. */
export async function namedObjects(db: Queryable): Promise<Array<{ key: string; sha256: string }>> {
  const { rows } = await db.query(`SELECT object_key AS key, sha256 FROM attachment_version WHERE missing_at IS NULL ORDER BY object_key`);
  return rows as Array<{ key: string; sha256: string }>;
}

/** How many tables a restored database has. */
export async function tableCount(db: Queryable): Promise<number> {
  return (await db.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`)).rows.length;
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
