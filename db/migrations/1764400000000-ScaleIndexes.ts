import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the benchmarks at a capital city's scale (a million cases, docs/performance.md) asked of
 * the schema.
 */
export class ScaleIndexes1764400000000 implements MigrationInterface {
  name = 'ScaleIndexes1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // The duplicate check before registration looks for the cases of one party: the search text
    // ends with the folded party name, so reversed its end is a B-tree range
    // (libs/cases/duplicates.ts SEARCH_TAIL) — a fraction of a millisecond where the trigram index
    // took 35 ms of CPU per registration. Bounded to 200 characters so any text fits an entry; with
    // the registration time beside it, a common name's older cases are passed over in the index.
    await q.query(`CREATE INDEX case_file_search_tail_idx ON case_file ((left(reverse(search_text), 200)) text_pattern_ops, registered_at)`);
    // The list shows the newest cases first; with a year asked for, walking all cases from the
    // newest passes every later year before reaching it (0.5 s at 1M for 2021): this walks the year.
    await q.query(`CREATE INDEX case_file_year_registered_idx ON case_file (year, registered_at DESC, id DESC)`);
    // How often a word occurs decides the search's plan: a common word is best found walking the
    // newest cases until a page is full, a rare one through the trigram index. The default sample
    // (100 histogram entries) sees neither well; 1,000 tells a 1 % word from a 0.01 % one.
    await q.query(`ALTER TABLE case_file ALTER COLUMN search_text SET STATISTICS 1000`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_file ALTER COLUMN search_text SET STATISTICS -1`);
    await q.query(`DROP INDEX IF EXISTS case_file_year_registered_idx`);
    await q.query(`DROP INDEX IF EXISTS case_file_search_tail_idx`);
  }
}
