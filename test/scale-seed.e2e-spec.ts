import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { caseSearchText } from '../libs/cases/case-registration.service.js';
import { belgradeDate } from '../libs/cases/zup-deadline.js';
import type { AddressInfo } from 'node:net';
import { DEMO_PAST_CASES, DEMO_YEAR_CASES, seedDemoHistory, seedDemoToday, type DemoToday } from '../db/seeds/index.js';
import { generateScale, type ScaleSummary } from '../db/seeds/scale/generate.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * What the generator writes, at two sizes: the scale benchmark's decade of a large city
 * (`npm run seed:scale`, small here) and the demo municipality's year that `npm start` creates on
 * a new data folder. Each is one the application itself could have written — gapless numbers that
 * new registrations continue, states that agree with the history, folded search text, and users
 * who can sign in and work.
 */
const WORLDS = [
  {
    name: 'the scale generator',
    cases: 2000,
    firstYear: 2016,
    unit: 'IV-02',
    generate: (spis: TestApp) => generateScale({ databaseUrl: spis.settings.databaseUrl, cases: 2000, seed: 7 }),
  },
  {
    name: 'the demo municipality',
    cases: DEMO_PAST_CASES + DEMO_YEAR_CASES,
    firstYear: 2019,
    unit: '04',
    generate: async (spis: TestApp) => (await seedDemoHistory(spis.settings.databaseUrl))!,
  },
];

describe.each(WORLDS)('$name', (world) => {
  let spis: TestApp;
  let summary: ScaleSummary;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => spis.dataSource.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    spis = await startTestApp();
    summary = await world.generate(spis);
  }, 180_000);
  afterAll(() => spis.close());

  it('writes the cases asked for over its years, each year numbered 1, 2, 3… without a gap', async () => {
    expect(summary.cases).toBe(world.cases);
    const years = await q<{ year: number; cases: number; top: number; distinct: number }>(
      `SELECT year, count(*)::int AS cases, max(serial) AS top, count(DISTINCT serial)::int AS distinct FROM case_file GROUP BY year ORDER BY year`,
    );
    const thisYear = Number(belgradeDate(new Date()).slice(0, 4));
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: thisYear - world.firstYear + 1 }, (_, i) => world.firstYear + i));
    for (const year of years) expect([year.top, year.distinct]).toEqual([year.cases, year.cases]);
    const counters = await q(
      `SELECT k.counter_key FROM case_counter k JOIN (SELECT counter_key, max(serial) AS top FROM case_file GROUP BY counter_key) c USING (counter_key) WHERE k.last_serial <> c.top`,
    );
    expect(counters).toEqual([]);
  });

  it('a registration after seeding gets the next serial of the year', async () => {
    const year = belgradeDate(new Date()).slice(0, 4);
    const [{ last }] = await q<{ last: number }>(`SELECT last_serial AS last FROM case_counter WHERE counter_key = $1`, [year]);
    const [unit] = await q<{ id: string }>(`SELECT id FROM org_unit WHERE code = $1`, [world.unit]);
    const registry = await spis.as('registry');
    const response = await registry
      .post('/api/cases')
      .send({ classificationCode: '351', orgUnitId: unit.id, subject: 'Zahtev za građevinsku dozvolu', party: { name: 'Петар Петровић' }, receivedVia: 'counter' })
      .expect(201);
    expect(response.body.number).toBe(`351-${last + 1}/${year}-${world.unit}`);
  });

  it('every case is in the state its history leads to, at the version its transitions give', async () => {
    const disagreeing = await q(
      `SELECT c.number, c.status, c.version, t.last_status, t.transitions
         FROM case_file c
         JOIN LATERAL (SELECT (array_agg(e.to_status ORDER BY e.at, e.id) FILTER (WHERE e.to_status IS NOT NULL))[count(*) FILTER (WHERE e.to_status IS NOT NULL)::int] AS last_status,
                              count(*) FILTER (WHERE e.to_status IS NOT NULL AND e.action <> 'register')::int AS transitions
                         FROM case_event e WHERE e.case_id = c.id) t ON true
        WHERE t.last_status IS DISTINCT FROM c.status OR c.version <> t.transitions + 1`,
    );
    expect(disagreeing).toEqual([]);
  });

  it('states agree with the books: holds, deliveries, archive, loans, disposal lists, acts', async () => {
    const broken = await q<{ rule: string; cases: number }>(
      `SELECT rule, count(*)::int AS cases FROM (
         SELECT 'on hold without an open hold' AS rule FROM case_file c WHERE c.status = 'on_hold' AND NOT EXISTS (SELECT 1 FROM case_hold h WHERE h.case_id = c.id AND h.to_date IS NULL)
         UNION ALL SELECT 'open hold but not on hold' FROM case_hold h JOIN case_file c ON c.id = h.case_id WHERE h.to_date IS NULL AND c.status <> 'on_hold'
         UNION ALL SELECT 'in the archive without an entry' FROM case_file c WHERE c.status IN ('archived', 'lent', 'destroyed') AND NOT EXISTS (SELECT 1 FROM archive_entry e WHERE e.case_id = c.id)
         UNION ALL SELECT 'entry of a case not in the archive' FROM archive_entry e JOIN case_file c ON c.id = e.case_id WHERE c.status NOT IN ('archived', 'lent', 'destroyed')
         UNION ALL SELECT 'lent without an open loan' FROM case_file c JOIN archive_entry e ON e.case_id = c.id WHERE c.status = 'lent' AND NOT EXISTS (SELECT 1 FROM archive_loan l WHERE l.archive_entry_id = e.id AND l.returned_at IS NULL)
         UNION ALL SELECT 'destroyed off an approved list' FROM case_file c JOIN archive_entry e ON e.case_id = c.id WHERE c.status = 'destroyed'
                   AND NOT EXISTS (SELECT 1 FROM disposal_list_item i JOIN disposal_list d ON d.id = i.list_id WHERE i.archive_entry_id = e.id AND d.status = 'approved')
         UNION ALL SELECT 'acts not numbered 1…n' FROM case_file c WHERE c.last_act_number <> (SELECT count(*) FROM case_act a WHERE a.case_id = c.id)
                   OR c.last_act_number <> (SELECT max(sub_number) FROM case_act a WHERE a.case_id = c.id)
         UNION ALL SELECT 'assigned without a confirmed-or-pending delivery to the assignee' FROM case_file c WHERE c.assignee_id IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM case_delivery d WHERE d.case_id = c.id AND d.to_user_id = c.assignee_id)
         UNION ALL SELECT 'decided after now or before registration' FROM case_file c WHERE c.resolved_at > now() OR c.resolved_at < c.registered_at OR c.received_at > c.registered_at
         UNION ALL SELECT 'closed without retention' FROM case_file c WHERE c.closed_at IS NOT NULL AND c.retention_permanent IS NULL
         UNION ALL SELECT 'case without its register audit entry' FROM case_file c WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_type = 'Case' AND a.entity_id = c.id::text AND a.action = 'case.register')
       ) problems GROUP BY rule`,
    );
    expect(broken).toEqual([]);
    const states = new Set((await q<{ status: string }>(`SELECT DISTINCT status FROM case_file`)).map((r) => r.status));
    for (const state of ['assigned', 'in_progress', 'closed', 'archived', 'destroyed']) expect(states).toContain(state);
  });

  it('the search text of every case is what registration would have written', async () => {
    const rows = await q<{ number: string; subject: string; partyName: string; searchText: string }>(
      `SELECT number, subject, party_name AS "partyName", search_text AS "searchText" FROM case_file`,
    );
    const wrong = rows.filter((row) => row.searchText !== caseSearchText(row));
    expect(wrong).toEqual([]);
    expect(rows.some((row) => /[а-я]/i.test(row.partyName))).toBe(true);
  });

  it('a generated official signs in and finds the cases assigned to them', async () => {
    const [busiest] = await q<{ username: string; id: string; open: number }>(
      `SELECT u.username, u.id, count(*)::int AS open FROM case_file c JOIN app_user u ON u.id = c.assignee_id
        WHERE c.status IN ('assigned', 'in_progress', 'on_hold') GROUP BY u.id ORDER BY open DESC LIMIT 1`,
    );
    const official = await spis.as(busiest.username);
    const inbox = await official.get('/api/cases').query({ assigneeId: busiest.id, status: 'assigned,in_progress,on_hold' }).expect(200);
    expect(inbox.body.total).toBe(busiest.open);
    await official.get(`/api/cases/${inbox.body.items[0].id}`).expect(200);
  });

  describe('the registers kept beside the cases', () => {
    /** Each register, the table of its entries, and the classification marks of the cases that change it. */
    const REGISTERS = [
      { name: 'real-estate', table: 'real_estate', marks: ['463', '464', '465'] },
      { name: 'work-books', table: 'work_book', marks: ['10'] },
      { name: 'businesses', table: 'business', marks: ['30'] },
      { name: 'housing-buyouts', table: 'housing_buyout', marks: ['362'] },
      { name: 'displaced-persons', table: 'displaced_person', marks: ['220'] },
      { name: 'attorney-cases', table: 'attorney_case', marks: ['740', '700'] },
    ];

    it('every register has entries, each with a history that starts with its creation', async () => {
      for (const register of REGISTERS) {
        const [{ entries, created }] = await q<{ entries: number; created: number }>(
          `SELECT count(*)::int AS entries,
                  count(*) FILTER (WHERE (SELECT ch.action FROM register_change ch WHERE ch.register = $1 AND ch.entry_id = e.id ORDER BY ch.id LIMIT 1) = 'create')::int AS created
             FROM ${register.table} e`,
          [register.name],
        );
        expect([register.name, entries > 0, created]).toEqual([register.name, true, entries]);
      }
    });

    it('each entry is what its history leads to: one change per version, the last one at the row\'s version and status', async () => {
      for (const register of REGISTERS) {
        const disagreeing = await q(
          `SELECT e.id, e.version, h.changes, h.last->>'version' AS "lastVersion"
             FROM ${register.table} e
             JOIN LATERAL (SELECT count(*)::int AS changes, (array_agg(ch.after ORDER BY ch.id DESC))[1] AS last
                             FROM register_change ch WHERE ch.register = $1 AND ch.entry_id = e.id) h ON true
            WHERE h.changes <> e.version OR (h.last->>'version')::int <> e.version
               OR (to_jsonb(e) ? 'status' AND $1 <> 'real-estate' AND h.last->>'status' IS DISTINCT FROM to_jsonb(e)->>'status')`,
          [register.name],
        );
        expect([register.name, disagreeing]).toEqual([register.name, []]);
      }
    });

    it('every change was made in a case of the register\'s classification, by its official, before it was decided, and linked to it', async () => {
      const wrong = await q<{ register: string; rule: string; changes: number }>(
        `SELECT ch.register, CASE WHEN l.case_id IS NULL THEN 'not linked' WHEN c.assignee_id <> ch.actor_id THEN 'not by the official'
                                   WHEN ch.at > c.resolved_at OR ch.at < c.registered_at THEN 'outside the work on the case' ELSE 'class ' || c.class_code END AS rule, count(*)::int AS changes
           FROM register_change ch JOIN case_file c ON c.id = ch.case_id
           LEFT JOIN register_entry_case l ON l.register = ch.register AND l.entry_id = ch.entry_id AND l.case_id = ch.case_id
          WHERE l.case_id IS NULL OR c.assignee_id <> ch.actor_id OR ch.at > c.resolved_at OR ch.at < c.registered_at
             OR NOT (c.class_code = ANY (CASE ch.register ${REGISTERS.map((r) => `WHEN '${r.name}' THEN ARRAY['${r.marks.join("','")}']`).join(' ')} END))
          GROUP BY 1, 2`,
      );
      expect(wrong).toEqual([]);
      const [{ unaudited, personal }] = await q<{ unaudited: number; personal: number }>(
        `SELECT (SELECT count(*) FROM register_change ch WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'register.' || ch.register || '.' || ch.action
                   AND a.entity_id = ch.entry_id::text AND a.at = ch.at AND a.after->>'caseId' = ch.case_id::text))::int AS unaudited,
                (SELECT count(*) FROM audit_log a WHERE a.action LIKE 'register.%' AND jsonb_path_exists(a.after, 'strict $.**.personalId ? (@ != null)'))::int AS personal`,
      );
      expect({ unaudited, personal }).toEqual({ unaudited: 0, personal: 0 });
    });

    it('a keeper signs in and reads each register, an entry and its history through the API', async () => {
      for (const register of REGISTERS) {
        const [latest] = await q<{ username: string; entryId: string; version: number }>(
          `SELECT u.username, ch.entry_id AS "entryId", e.version FROM register_change ch JOIN app_user u ON u.id = ch.actor_id JOIN ${register.table} e ON e.id = ch.entry_id
            WHERE ch.register = $1 ORDER BY e.version DESC, ch.id DESC LIMIT 1`,
          [register.name],
        );
        const [{ entries }] = await q<{ entries: number }>(`SELECT count(*)::int AS entries FROM ${register.table}`);
        const keeper = await spis.as(latest.username);
        const list = await keeper.get(`/api/registers/${register.name}`).expect(200);
        expect([register.name, list.body.total]).toEqual([register.name, entries]);
        const entry = await keeper.get(`/api/registers/${register.name}/${latest.entryId}`).expect(200);
        const history = await keeper.get(`/api/registers/${register.name}/${latest.entryId}/history`).expect(200);
        const items = Array.isArray(history.body) ? history.body : history.body.items;
        expect(items).toHaveLength(latest.version);
        const last = items.at(-1).after;
        // What the entry says now is what its last change left (the view adds what depends on the day it is read).
        const said = Object.entries(last).filter(([key, value]) => typeof value !== 'object' && !(register.name === 'real-estate' && key === 'status'));
        expect([register.name, Object.fromEntries(said.map(([key]) => [key, entry.body[key]]))]).toEqual([register.name, Object.fromEntries(said)]);
        expect(entry.body.caseIds.length).toBeGreaterThan(0);
      }
    });

    it('the attorney\'s book continues gapless: the next case taken on gets the next number of its mark and year', async () => {
      const gaps = await q(`SELECT counter_key FROM attorney_case GROUP BY counter_key HAVING max(serial) <> count(*) OR count(DISTINCT serial) <> count(*)`);
      expect(gaps).toEqual([]);
      const year = belgradeDate(new Date()).slice(0, 4);
      const [counter] = await q<{ last: number }>(
        `SELECT k.last_serial AS last FROM case_counter k JOIN numbering_book b ON b.id = k.book_id WHERE b.code = 'attorney-cases' AND k.counter_key = $1`,
        [`${year}|P`],
      );
      const [attorney] = await q<{ id: string; username: string; unitId: string }>(
        `SELECT u.id, u.username, o.id AS "unitId" FROM app_user u JOIN position p ON p.user_id = u.id JOIN org_unit o ON o.id = p.org_unit_id
           JOIN position_role pr ON pr.position_id = p.id JOIN role r ON r.id = pr.role_id WHERE r.code = 'municipal-attorney' ORDER BY u.username LIMIT 1`,
      );
      const registry = await spis.as('registry');
      const registered = await registry
        .post('/api/cases')
        .send({ classificationCode: '740', orgUnitId: attorney.unitId, subject: 'Tužba protiv Grada radi naknade štete', party: { name: 'Marko Marković' }, receivedVia: 'post' })
        .expect(201);
      await registry.post(`/api/cases/${registered.body.id}/assign`).send({ assigneeId: attorney.id }).expect(200);
      const keeper = await spis.as(attorney.username);
      const created = await keeper
        .post('/api/registers/attorney-cases')
        .send({ caseId: registered.body.id, kind: 'litigation', court: 'Prvi osnovni sud u Beogradu', municipalityRole: 'defendant', subject: 'Naknada štete', opposingParties: [{ name: 'Marko Marković' }] })
        .expect(201);
      expect(created.body.registryNumber).toBe(`P-${(counter?.last ?? 0) + 1}/${year}`);
    });
  });
});

/**
 * The first `npm start` on a new data folder: the demo municipality's year, then this morning's
 * work done through the API. Every demo user signs in to screens full of work.
 */
describe('the demo municipality on its first morning', () => {
  let spis: TestApp;
  let morning: DemoToday;
  const today = belgradeDate(new Date());
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => spis.dataSource.query(sql, params) as Promise<T[]>;
  const userId = async (username: string) => (await q<{ id: string }>(`SELECT id FROM app_user WHERE username = $1`, [username]))[0].id;
  const unitId = async (code: string) => (await q<{ id: string }>(`SELECT id FROM org_unit WHERE code = $1`, [code]))[0].id;

  beforeAll(async () => {
    spis = await startTestApp();
    const server = await spis.app.listen(0, '127.0.0.1');
    await seedDemoHistory(spis.settings.databaseUrl);
    morning = await seedDemoToday(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    // A few seconds on a quiet machine, a minute and more on a busy one.
  }, 180_000);
  afterAll(() => spis.close());

  it('is written once: a second start on the same database adds nothing', async () => {
    expect(await seedDemoHistory(spis.settings.databaseUrl)).toBeNull();
    const [{ cases }] = await q<{ cases: number }>(`SELECT count(*)::int AS cases FROM case_file`);
    expect(cases).toBe(DEMO_PAST_CASES + DEMO_YEAR_CASES + morning.registered);
  });

  it('holds cases in every state a case can be in', async () => {
    const states = (await q<{ status: string }>(`SELECT DISTINCT status FROM case_file`)).map((r) => r.status).sort();
    expect(states).toEqual(['archived', 'assigned', 'cancelled', 'closed', 'destroyed', 'in_progress', 'lent', 'on_hold', 'registered', 'resolved']);
  });

  it('the registry clerk finds this morning\'s submissions in today\'s register, with stamped scans', async () => {
    const registry = await spis.as('registry');
    const todays = await registry.get('/api/cases').query({ receivedFrom: today, pageSize: 50 }).expect(200);
    expect(todays.body.total).toBe(morning.registered);
    const [{ stamped }] = await q<{ stamped: number }>(
      `SELECT count(DISTINCT a.case_id)::int AS stamped FROM attachment a JOIN attachment_version v ON v.attachment_id = a.id WHERE v.version = 2`,
    );
    expect(stamped).toBe(morning.scans);
    const mail = await registry.get('/api/outgoing-mail').query({ status: 'pending' }).expect(200);
    expect(mail.body.total).toBeGreaterThan(0);
  });

  it('the head of urban planning has new cases to assign, overdue ones, and a team with work', async () => {
    const head = await spis.as('head');
    const waiting = await head.get('/api/cases').query({ orgUnitId: await unitId('04'), status: 'registered' }).expect(200);
    expect(waiting.body.total).toBeGreaterThanOrEqual(morning.waitingForHead);
    const overdue = await head.get('/api/cases').query({ orgUnitId: await unitId('04'), overdue: true }).expect(200);
    expect(overdue.body.total).toBeGreaterThan(0);
    const [{ officials }] = await q<{ officials: number }>(
      `SELECT count(DISTINCT assignee_id)::int AS officials FROM case_file c JOIN org_unit o ON o.id = c.org_unit_id WHERE o.code = '04' AND c.status IN ('assigned', 'in_progress', 'on_hold')`,
    );
    expect(officials).toBeGreaterThanOrEqual(4);
  });

  it('the official carries most of her unit\'s open cases and has hand-overs to confirm', async () => {
    const official = await spis.as('official');
    const id = await userId('official');
    const inbox = await official.get('/api/cases').query({ assigneeId: id, status: 'assigned,in_progress,on_hold' }).expect(200);
    expect(inbox.body.total).toBeGreaterThan(10);
    const deliveries = await official.get('/api/deliveries').query({ pending: true, toUserId: id }).expect(200);
    expect(deliveries.body.total).toBeGreaterThanOrEqual(morning.handedToOfficial);
  });

  it('the archivist has closed cases waiting, an archive book, loans out and cases due for disposal', async () => {
    const archivist = await spis.as('archivist');
    const waiting = await archivist.get('/api/cases').query({ status: 'closed' }).expect(200);
    expect(waiting.body.total).toBeGreaterThan(100);
    const book = await archivist.get('/api/archive/book').query({ year: Number(today.slice(0, 4)) - 1 }).expect(200);
    expect(book.body.total).toBeGreaterThan(0);
    const loans = await archivist.get('/api/archive/loans').expect(200);
    expect(loans.body.items.filter((loan: { returnedAt: string | null }) => loan.returnedAt === null)).toHaveLength(morning.lent);
    const candidates = await archivist.get('/api/archive/disposal-candidates').expect(200);
    expect(candidates.body.total).toBeGreaterThan(0);
    const lists = await archivist.get('/api/archive/disposal-lists').expect(200);
    expect(lists.body.total).toBeGreaterThan(0);
  });

  it('management\'s dashboard and monthly report count a year\'s work, and today\'s', async () => {
    const manager = await spis.as('manager');
    const dashboard = await manager.get('/api/reports/dashboard').expect(200);
    expect(dashboard.body.receivedToday).toBe(morning.registered);
    expect(dashboard.body.resolvedToday).toBe(morning.resolved);
    expect(dashboard.body.open.total).toBeGreaterThan(100);
    expect(dashboard.body.overdue).toBeGreaterThan(0);
    // Last month: a full month of every department's work.
    const [year, month] = today.split('-').map(Number);
    const last = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
    const monthly = await manager.get('/api/reports/monthly').query(last).expect(200);
    expect(monthly.body.total.received).toBeGreaterThan(100);
    expect(monthly.body.units.length).toBeGreaterThanOrEqual(6);
  });

  it('each register keeper among the demo users finds entries tied to their cases', async () => {
    const keepers: Array<[string, string]> = [
      ['official2', 'real-estate'], ['official2', 'housing-buyouts'], ['economy', 'businesses'], ['economy', 'work-books'],
      ['social', 'displaced-persons'], ['attorney', 'attorney-cases'],
    ];
    for (const [username, register] of keepers) {
      const keeper = await spis.as(username);
      const list = await keeper.get(`/api/registers/${register}`).expect(200);
      expect([register, list.body.total > 0]).toEqual([register, true]);
      const entry = await keeper.get(`/api/registers/${register}/${list.body.items[0].id}`).expect(200);
      expect([register, entry.body.caseIds.length > 0]).toEqual([register, true]);
    }
  });
});
