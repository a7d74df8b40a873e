import pg from 'pg';
import { addDays, belgradeDate, type IsoDate } from '../../../libs/cases/zup-deadline.js';
import { emptyRows, liveCase, type CaseRows } from './case-life.js';
import { disposeEachSpring } from './disposal.js';
import { BULK_TABLES, dropSecondaryIndexes, rebuildIndexes } from './indexes.js';
import { insertCaseRows } from './insert.js';
import { Random } from './random.js';
import { generateRegisters } from './registers.js';
import type { Organisation } from './organisation.js';
import { DECADE_FROM, ensureStructure } from './structure.js';
import { planYears, registrationsOf } from './year-plan.js';

export interface ScaleOptions {
  databaseUrl: string;
  /** Cases registered from the start of the decade to yesterday, unless `periods` says otherwise. */
  cases: number;
  /**
   * Spans of registrations, each from its first day until the day before the next span (the last
   * until yesterday), with its own number of cases: a thin past and a busy recent year, say.
   */
  periods?: Array<{ from: IsoDate; cases: number }>;
  /** The administration to staff and fill; the large city by default. */
  organisation?: Organisation;
  /** Disposal lists are approved each spring from this year until `disposalUntil` (the clock by default). */
  disposalFrom?: number;
  disposalUntil?: Date;
  /**
   * A `seed_marker` taken in the same transaction: when another run already holds it, nothing is
   * written and null is returned, so API processes starting at once fill a database only once.
   */
  marker?: string;
  /** The audit entry that records the run. */
  record?: { action: string; entityId: string };
  seed?: number;
  /** Cases written per statement batch. */
  batch?: number;
  /** The end of the decade; the clock by default. */
  now?: Date;
  log?: (line: string) => void;
}

/** Below this many cases, keeping the indexes up to date costs less than building them again. */
const INDEX_REBUILD_FROM = 20_000;

export interface ScaleSummary {
  cases: number;
  seconds: number;
  rows: Record<string, number>;
}

/**
 * Fills the database with a decade of a large city's office work: its organisation, `cases` cases
 * registered from 2016 to yesterday and taken through their lives until now, with acts, deliveries,
 * holds, mail, history, audit, archive book, loans and disposal lists, and counters where the last
 * serials stand, so the next registration continues gapless. One transaction; statistics refreshed.
 */
export async function generateScale(options: ScaleOptions): Promise<ScaleSummary>;
export async function generateScale(options: ScaleOptions & { marker: string }): Promise<ScaleSummary | null>;
export async function generateScale(options: ScaleOptions): Promise<ScaleSummary | null> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? new Date();
  const batchSize = options.batch ?? 5000;
  const random = new Random(options.seed ?? 2016);
  const periods = options.periods ?? [{ from: `${DECADE_FROM}-01-01`, cases: options.cases }];
  const total = periods.reduce((sum, period) => sum + period.cases, 0);
  const started = Date.now();
  const db = new pg.Client({ connectionString: options.databaseUrl });
  await db.connect();
  try {
    await db.query('BEGIN');
    if (options.marker) {
      const taken = await db.query(`INSERT INTO seed_marker (name) VALUES ($1) ON CONFLICT DO NOTHING RETURNING name`, [options.marker]);
      if (taken.rowCount === 0) {
        await db.query('ROLLBACK');
        return null;
      }
    }
    await db.query(`SET LOCAL maintenance_work_mem = '1GB'`);
    await db.query(`SET LOCAL work_mem = '256MB'`);
    const world = await ensureStructure(db, random, log, options.organisation);
    const counters = new Map<string, number>(
      (await db.query(`SELECT counter_key, last_serial FROM case_counter WHERE book_id = $1`, [world.book.id])).rows.map((r) => [r.counter_key, r.last_serial]),
    );
    const dropped = total >= INDEX_REBUILD_FROM ? await dropSecondaryIndexes(db) : [];
    if (dropped.length > 0) log(`${dropped.length} secondary indexes set aside for the load`);

    const yesterday = addDays(belgradeDate(now), -1);
    let written = 0;
    let pending: Promise<void> = Promise.resolve();
    for (const [i, period] of periods.entries()) {
      // Planning reads the book as the spans before left it.
      await pending;
      const until = i + 1 < periods.length ? addDays(periods[i + 1].from, -1) : yesterday;
      for (const plan of await planYears(db, world, period.cases, period.from, until)) {
        const registrations = registrationsOf(plan, world, random, counters);
        for (let start = 0; start < registrations.length; start += batchSize) {
          const rows: CaseRows = emptyRows();
          for (const registration of registrations.slice(start, start + batchSize)) liveCase(world, random, registration, now, rows);
          // The database writes one batch while the next is drawn.
          await pending;
          pending = insertCaseRows(db, rows);
          written += rows.files.length;
          if (written % 50_000 < batchSize) log(`${written} cases (${plan.year}), ${((Date.now() - started) / 1000).toFixed(0)} s`);
        }
      }
    }
    await pending;

    // Statistics as the load left the tables, for the statements that follow in this transaction.
    for (const table of BULK_TABLES) await db.query(`ANALYZE ${table}`);
    if (dropped.length > 0) {
      log('building indexes');
      await rebuildIndexes(db, dropped, log);
    }
    await db.query(
      `INSERT INTO case_counter (book_id, counter_key, last_serial)
       SELECT book_id, counter_key, max(serial) FROM case_file WHERE book_id = $1 GROUP BY book_id, counter_key
       ON CONFLICT (book_id, counter_key) DO UPDATE SET last_serial = GREATEST(case_counter.last_serial, EXCLUDED.last_serial)`,
      [world.book.id],
    );
    const destroyed = await disposeEachSpring(db, world.archivists, options.disposalFrom ?? DECADE_FROM + 3, options.disposalUntil ?? now);
    log(`disposal lists: ${destroyed} cases destroyed`);
    await generateRegisters(db, { world, random, now, log });
    const record = options.record ?? { action: 'scale.seed', entityId: 'scale' };
    await db.query(
      `INSERT INTO audit_log (action, entity_type, entity_id, after, actor_username) VALUES ($1, 'Installation', $2, $3, 'system')`,
      [record.action, record.entityId, JSON.stringify({ cases: written, seed: options.seed ?? 2016, now: now.toISOString() })],
    );
    await db.query('COMMIT');

    log('refreshing statistics');
    for (const table of BULK_TABLES) await db.query(`VACUUM (ANALYZE) ${table}`);
    const rows: Record<string, number> = {};
    for (const table of BULK_TABLES) rows[table] = Number((await db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    return { cases: written, seconds: (Date.now() - started) / 1000, rows };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}
