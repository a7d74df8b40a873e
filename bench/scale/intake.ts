import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ENTRY_FROM } from '../../libs/archive/archive-views.js';
import { caseSearchText } from '../../libs/cases/case-registration.service.js';
import { DUPLICATE_WINDOW_DAYS } from '../../libs/cases/duplicates.js';
import { belgradeDate, computeDueDate, legalDeadlineDays } from '../../libs/cases/zup-deadline.js';
import { counterKey, formatCaseNumber, type CounterScope } from '../../libs/numbering/case-number-template.js';
import { searchFold } from '../../libs/shared/transliterate.js';
import { containsPattern } from '../../libs/shared/validation.js';
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
 * the unit, the book share-locked, the classification mark, the duplicate search, the counter
 * upsert (the row every registration of the year queues on), the case, its first act, the case
 * read back, its history line, its audit entry, then the case detail the response carries.
 */
async function registerDirectly(db: pg.ClientBase, fixed: Fixed, s: Submission): Promise<void> {
  const now = new Date();
  const year = Number(belgradeDate(now).slice(0, 4));
  await db.query('BEGIN');
  try {
    await db.query(`SELECT id, code, active FROM org_unit WHERE id = $1`, [s.orgUnitId]);
    await db.query(`SELECT b.id, b.code, b.name, b.template, b.counter_scope, b.is_default, b.created_at, b.updated_at, b.version FROM numbering_book b WHERE b.is_default FOR SHARE OF b`);
    await db.query(
      `SELECT m.id, m.code, m.title, m.retention_years, m.permanent, m.valid_from_year, m.valid_to_year, m.created_at, m.updated_at, m.version FROM classification_mark m
        WHERE m.code = $1 AND m.valid_from_year <= $2 AND (m.valid_to_year IS NULL OR m.valid_to_year >= $2) ORDER BY m.valid_from_year DESC LIMIT 1`,
      [s.classificationCode, year],
    );
    await db.query(
      `SELECT c.id AS id, c.number AS number, c.subject AS subject, c.party_name AS "partyName", c.registered_at AS "registeredAt", c.status AS status FROM case_file c
        WHERE 1 = 1 AND c.registered_at >= $1 AND c.search_text LIKE $2 AND c.status <> 'cancelled' ORDER BY c.registered_at DESC LIMIT 200`,
      [new Date(now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000), containsPattern(searchFold(s.party.name).trim())],
    );
    const key = counterKey(fixed.book.counter_scope, { year, unitCode: s.unitCode, classCode: s.classificationCode });
    const [{ last_serial: serial }] = (
      await db.query(
        `INSERT INTO case_counter (book_id, counter_key, last_serial) VALUES ($1, $2, 1)
         ON CONFLICT (book_id, counter_key) DO UPDATE SET last_serial = case_counter.last_serial + 1 RETURNING last_serial`,
        [fixed.book.id, key],
      )
    ).rows;
    const number = formatCaseNumber(fixed.book.template, { classCode: s.classificationCode, unitCode: s.unitCode, serial, year, registeredAt: now }, fixed.book.counter_scope);
    const days = legalDeadlineDays({ administrativeProcedure: s.administrativeProcedure, examinationProcedure: s.examinationProcedure });
    const due = days === null ? null : computeDueDate({ receivedOn: belgradeDate(now), days });
    const id = randomUUID();
    await db.query(
      `INSERT INTO case_file (id, book_id, number, counter_key, serial, year, classification_mark_id, class_code, org_unit_id, subject, party_name, party_address,
         party_personal_id, received_at, received_via, attachments_count, administrative_procedure, examination_procedure, deadline_days, due_date, status,
         last_act_number, search_text, registered_at, registered_by, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 0, $16, $17, $18, $19, 'registered', 1, $20, $14, $21, $14, 1) RETURNING id, updated_at, version`,
      [id, fixed.book.id, number, key, serial, year, fixed.marks.get(s.classificationCode), s.classificationCode, s.orgUnitId, s.subject, s.party.name,
        s.party.address, s.party.personalId ?? null, now, s.receivedVia, s.administrativeProcedure, s.examinationProcedure, days, due,
        caseSearchText({ number, subject: s.subject, partyName: s.party.name }), fixed.clerk.id],
    );
    await db.query(
      `INSERT INTO case_act (case_id, sub_number, number, direction, subject, correspondent, received_via, act_date, attachments_count, created_by, created_at)
       VALUES ($1, 1, $2, 'incoming', $3, $4, $5, $6, 0, $7, $6)`,
      [id, `${number}/1`, s.subject, s.party.name, s.receivedVia, now, fixed.clerk.id],
    );
    const [created] = (await db.query(`SELECT * FROM case_file WHERE id = $1 LIMIT 1`, [id])).rows;
    await db.query(
      `INSERT INTO case_event (case_id, at, actor_id, actor_username, action, from_status, to_status, details) VALUES ($1, $2, $3, $4, 'register', NULL, 'registered', $5)`,
      [id, now, fixed.clerk.id, fixed.clerk.username, JSON.stringify({ number, orgUnitCode: s.unitCode, classificationCode: s.classificationCode, dueDate: due })],
    );
    await db.query(
      `INSERT INTO audit_log (at, actor_id, actor_username, action, entity_type, entity_id, before, after, request_id) VALUES ($1, $2, $3, 'case.register', 'Case', $4, NULL, $5, $6) RETURNING id`,
      [now, fixed.clerk.id, fixed.clerk.username, id, JSON.stringify(created), randomUUID()],
    );
    await db.query(
      `SELECT c.*, ou.code AS ou_code, ou.name AS ou_name, au.username AS au_username, au.full_name AS au_full_name FROM case_file c
         INNER JOIN org_unit ou ON ou.id = c.org_unit_id LEFT JOIN app_user au ON au.id = c.assignee_id WHERE (1 = 1) AND c.id = $1`,
      [id],
    );
    await db.query(
      `SELECT a.*, u.username, om.* FROM case_act a JOIN app_user u ON u.id = a.created_by LEFT JOIN outgoing_mail om ON om.act_id = a.id WHERE a.case_id = $1 ORDER BY a.sub_number`,
      [id],
    );
    await db.query(`SELECT e.id::text AS id, e.at, e.actor_username, e.action, e.from_status, e.to_status, e.details FROM case_event e WHERE e.case_id = $1 ORDER BY e.id`, [id]);
    await db.query(`SELECT id, from_date, to_date, reason, expected_until FROM case_hold WHERE case_id = $1 ORDER BY from_date, id`, [id]);
    await db.query(
      `SELECT d.*, fu.username, tu.code, tuser.username, cu.username FROM case_delivery d JOIN app_user fu ON fu.id = d.from_user_id JOIN org_unit tu ON tu.id = d.to_org_unit_id
         LEFT JOIN app_user tuser ON tuser.id = d.to_user_id LEFT JOIN app_user cu ON cu.id = d.confirmed_by WHERE d.case_id = $1 ORDER BY d.handed_at, d.id`,
      [id],
    );
    await db.query(`SELECT e.*, c.number FROM ${ENTRY_FROM} WHERE e.case_id = $1`, [id]);
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
