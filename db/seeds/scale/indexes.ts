import type pg from 'pg';

/** The tables a decade of cases fills with millions of rows. */
export const BULK_TABLES = ['case_file', 'case_act', 'outgoing_mail', 'case_hold', 'case_delivery', 'case_event', 'audit_log', 'archive_entry', 'archive_loan'];

/**
 * Secondary indexes are dropped for the load and built again afterwards from their own
 * definitions (pg_indexes), exactly as the migrations left them: building an index once over
 * millions of rows is many times faster than keeping it up to date row by row (the trigram index
 * most of all). Unique and primary-key indexes stay: they guard the data while it is written.
 * Everything runs in the generator's one transaction, so a failed run leaves the schema whole.
 */
export async function dropSecondaryIndexes(db: pg.ClientBase): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = current_schema() AND t.relname = ANY($1) AND NOT i.indisunique AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [BULK_TABLES],
  );
  for (const row of rows) await db.query(`DROP INDEX ${row.name}`);
  return rows.map((row) => row.definition as string);
}

export async function rebuildIndexes(db: pg.ClientBase, definitions: string[], log: (line: string) => void): Promise<void> {
  for (const definition of definitions) {
    const started = Date.now();
    await db.query(definition);
    log(`  ${definition.replace(/^CREATE (UNIQUE )?INDEX (\S+) ON .*$/, '$2')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}
