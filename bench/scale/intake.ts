import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DUPLICATE_WINDOW_DAYS, SEARCH_TAIL, tailPattern } from '../../libs/cases/duplicates.js';
import { registrationStatement } from '../../libs/cases/registration-statement.js';
import { belgradeDate, computeDueDate, legalDeadlineDays } from '../../libs/cases/zup-deadline.js';
import { caseNumberAroundSerial, counterKey, type CounterScope } from '../../libs/numbering/case-number-template.js';
import { searchFold } from '../../libs/i18n/transliterate.js';
import { CLASS_PROFILES, type ClassProfile } from '../../db/seeds/scale/classes.js';
import { Random, Weighted } from '../../db/seeds/scale/random.js';
import { fillSubject, party } from '../../db/seeds/scale/vocabulary.js';
import { type cpuMeter, load, summarise, type LoadResult } from './harness.js';

/** A submission as the registry clerk enters it: a class by its real frequency, a party, a subject. */
export function submissions(units: Map<string, string>, seed = 1) {
  const random = new Random(seed);
  const classes = new Weighted(CLASS_PROFILES.map((p) => [p, p.weight] as const));
  return () => {
    const profile: ClassProfile = classes.draw(random);
    const cyrillic = random.chance(0.27);
    const who = party(random, cyrillic);
    const administrative = random.chance(profile.administrative);
    return {
      classificationCode: profile.code,
      orgUnitId: units.get(profile.unit)!,
      unitCode: profile.unit,
      subject: fillSubject(random.pick(profile.subjects), random, 2026),
      party: { name: who.name, address: who.address, ...(who.personalId ? { personalId: who.personalId } : {}) },
      receivedVia: 'counter',
      administrativeProcedure: administrative,
      examinationProcedure: administrative && random.chance(profile.examination),
    };
  };
}

type Submission = ReturnType<ReturnType<typeof submissions>>;

/** `POST /api/cases` by `connections` clients at once, for `seconds`, as fast as answered or at `overallRate` per second. */
export function intakeOverHttp(
  port: number,
  token: string,
  units: Map<string, string>,
  options: { connections: number; seconds: number; overallRate?: number; meter?: ReturnType<typeof cpuMeter> },
): Promise<LoadResult> {
  const next = submissions(units, options.connections);
  return load({
    port,
    token,
    ...options,
    expect: 201,
    next: () => {
      const { unitCode: _unit, ...body } = next();
      return { method: 'POST', path: '/api/cases', body };
    },
  });
}

interface Fixed {
  book: { id: string; template: string; counter_scope: CounterScope };
  clerk: { id: string; username: string };
  marks: Map<string, string>;
}

/**
 * The registration transaction without the application: the statements
 * `CaseRegistrationService.registerIncomingSubmission` sends, in its order, over one connection,
 * for a registry clerk (who may read every case, so the permission condition is `1 = 1`):
 * the unit, the book share-locked, the classification mark, the duplicate search (the party's
 * cases in the last 30 days), then the one statement that draws the serial (the counter row every
 * registration of the year queues on) and writes the case, its first act, its history line and
 * its audit entry — built by the same `registrationStatement` — and the commit.
 */
async function registerDirectly(db: pg.ClientBase, fixed: Fixed, s: Submission): Promise<void> {
  const now = new Date();
  const year = Number(belgradeDate(now).slice(0, 4));
  await db.query('BEGIN');
  try {
    const [unit] = (await db.query(`SELECT id, code, name, active FROM org_unit WHERE id = $1`, [s.orgUnitId])).rows;
    await db.query(`SELECT b.id, b.code, b.name, b.template, b.counter_scope, b.is_default, b.created_at, b.updated_at, b.version FROM numbering_book b WHERE b.is_default FOR SHARE OF b`);
    await db.query(
      `SELECT m.id, m.code, m.title, m.retention_years, m.permanent, m.valid_from_year, m.valid_to_year, m.created_at, m.updated_at, m.version FROM classification_mark m
        WHERE m.code = $1 AND m.valid_from_year <= $2 AND (m.valid_to_year IS NULL OR m.valid_to_year >= $2) ORDER BY m.valid_from_year DESC LIMIT 1`,
      [s.classificationCode, year],
    );
    await db.query(
      `SELECT c.id AS id, c.number AS number, c.subject AS subject, c.party_name AS "partyName", c.registered_at AS "registeredAt", c.status AS status FROM case_file c
        WHERE 1 = 1 AND c.registered_at >= $1 AND ${SEARCH_TAIL} LIKE $2 AND c.status <> 'cancelled' ORDER BY c.registered_at DESC LIMIT 200`,
      [new Date(now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000), tailPattern(searchFold(s.party.name).trim())],
    );
    const prepared = {
      bookId: fixed.book.id,
      counterKey: counterKey(fixed.book.counter_scope, { year, unitCode: s.unitCode, classCode: s.classificationCode }),
      year,
      ...caseNumberAroundSerial(fixed.book.template, { classCode: s.classificationCode, unitCode: unit.code, year, registeredAt: now }, fixed.book.counter_scope),
    };
    const days = legalDeadlineDays({ administrativeProcedure: s.administrativeProcedure, examinationProcedure: s.examinationProcedure });
    const dueDate = days === null ? null : computeDueDate({ receivedOn: belgradeDate(now), days });
    const statement = registrationStatement({
      file: {
        id: randomUUID(), bookId: fixed.book.id, counterKey: prepared.counterKey, year, classificationMarkId: fixed.marks.get(s.classificationCode)!,
        classCode: s.classificationCode, orgUnitId: s.orgUnitId, assigneeId: null, subject: s.subject, partyName: s.party.name,
        partyAddress: s.party.address ?? null, partyPersonalId: s.party.personalId ?? null, receivedAt: now, receivedVia: 'counter', attachmentsCount: 0,
        feeMinor: null, administrativeProcedure: s.administrativeProcedure, examinationProcedure: s.examinationProcedure, deadlineDays: days, dueDate,
        status: 'registered', resolution: null, resolutionKind: null, resolvedAt: null, closedAt: null, retentionYears: null, retentionPermanent: null,
        cancelReason: null, cancelledAt: null, lastActNumber: 1, registeredAt: now, registeredBy: fixed.clerk.id, updatedAt: now, version: 1,
      },
      actId: randomUUID(),
      prepared,
      actor: { id: fixed.clerk.id, username: fixed.clerk.username },
      requestId: randomUUID(),
      details: { orgUnitCode: unit.code, classificationCode: s.classificationCode, dueDate },
    });
    await db.query(statement.sql, statement.parameters);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The same transaction from `connections` raw `pg` connections at once, for `seconds`. */
export async function intakeDirect(
  databaseUrl: string,
  units: Map<string, string>,
  connections: number,
  seconds: number,
  meter?: ReturnType<typeof cpuMeter>,
): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  try {
    const [book] = (await pool.query(`SELECT id, template, counter_scope FROM numbering_book WHERE is_default`)).rows;
    const [clerk] = (await pool.query(`SELECT id, username FROM app_user WHERE email = 'registry.1@scale.invalid'`)).rows;
    const year = Number(belgradeDate(new Date()).slice(0, 4));
    const marks = new Map<string, string>(
      (await pool.query(`SELECT DISTINCT ON (code) code, id FROM classification_mark WHERE valid_from_year <= $1 ORDER BY code, valid_from_year DESC`, [year])).rows.map((r) => [r.code, r.id]),
    );
    const fixed: Fixed = { book, clerk, marks };
    const latencies: number[] = [];
    let errors = 0;
    meter?.start();
    const started = performance.now();
    const deadline = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: connections }, async (_, i) => {
        const next = submissions(units, 1000 + i);
        const client = await pool.connect();
        try {
          while (performance.now() < deadline) {
            const t = performance.now();
            try {
              await registerDirectly(client, fixed, next());
              latencies.push(performance.now() - t);
            } catch {
              errors += 1;
            }
          }
        } finally {
          client.release();
        }
      }),
    );
    const summary = summarise(latencies, (performance.now() - started) / 1000, errors);
    const cpu = meter?.stop();
    if (cpu && latencies.length > 0) summary.cpu = { api: 0, db: cpu.dbMs / latencies.length };
    return summary;
  } finally {
    await pool.end();
  }
}
