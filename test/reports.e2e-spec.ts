import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';
import { binary, oneLine, pdfText } from './support/files.js';

/**
 * The reports over a small data set built as users build it: the registry registers cases in
 * units 04 and 05, officials accept, put on hold, resume, resolve on time and late, close, reopen
 * after an appeal; one case is cancelled. The clock moves from December 2025 to 15 April 2026
 * ("today"). Every expected figure is worked out below from this list (docs/reports.md defines them).
 *
 * Unit 04 (official Ana Petrović, head Dragan Nikolić), unit 05 (official2 Milan Đorđević).
 * ZUP = administrative procedure, 30 days; due dates as Spis computes them (holidays: Orthodox
 * Easter 10–13 April 2026; a deadline ending on a weekend moves to Monday).
 *
 *  A 04 ZUP  received 2025-12-10, due 2026-01-09; resolved 01-20 (late), closed 01-22.
 *  B 04 ZUP  received 03-02, due 04-01; resolved 03-20 (in time, 18 days), closed 03-23, reopened 04-06 (appeal).
 *  C 04 ZUP  received 02-02, due 03-04; closed 03-10 (late, 36 days), reopened 03-25 (appeal), resolved again 04-09.
 *  D 04 ZUP  received 03-03, due 04-02; on hold 03-05…03-16 (11 days) → due 04-13, Easter Monday → 04-14;
 *            resolved 04-08: after the first due date, in time thanks to the hold.
 *  E 04 8 days by a special law: received 03-09, due 03-17; on hold since 03-12 (never resumed).
 *  F 04 no deadline: received 03-11, closed 03-13 (2 days).
 *  G 04 registered 03-12, assigned, cancelled the same day (registered by mistake).
 *  H 04 5 days: received 03-16, due 03-21 (Saturday) → 03-23; never assigned. Subject is a formula.
 *  I 04 no deadline: received 03-17, assigned to official, reassigned to the head 03-18, accepted.
 *  J 05 ZUP  received 02-20, due 03-22 (Sunday) → 03-23; resolved 03-27 (late, 35 days), closed 03-30.
 *  K 05 ZUP  received 03-05, due 04-04 (Saturday) → 04-06; in progress.
 *  M 05 no deadline: received 04-14, closed today 04-15.
 *  L 05 3 days: received today 04-15, due 04-18 (Saturday) → 04-20; registered.
 */
describe('reports', () => {
  let spis: TestApp;
  let registry: Client, head: Client, official: Client, official2: Client, manager: Client;
  const unit: Record<string, string> = {};
  const user: Record<string, string> = {};
  const cases: Record<string, { id: string; version: number; number: string }> = {};

  /** Belgrade wall-clock time on `day` (CET before 29 March 2026, CEST after). */
  const at = (day: string, time = '09:00') => spis.travelTo(`${day}T${time}:00${day >= '2026-03-29' ? '+02:00' : '+01:00'}`);

  const register = async (name: string, orgUnitCode: string, overrides: Record<string, unknown> = {}) => {
    const response = await registry
      .post('/api/cases')
      .send({
        classificationCode: '352',
        orgUnitId: unit[orgUnitCode],
        subject: `Zahtev ${name}`,
        party: { name: 'Petar Petrović', address: 'Njegoševa 12, Demo' },
        receivedVia: 'counter',
        ...overrides,
      })
      .expect(201);
    cases[name] = response.body;
  };
  const assign = async (client: Client, name: string, username: string) => {
    const response = await client.post(`/api/cases/${cases[name].id}/assign`).send({ assigneeId: user[username], version: cases[name].version });
    expect(response.status).toBe(200);
    cases[name] = response.body;
  };
  const act = async (client: Client, name: string, action: string, details: Record<string, unknown> = {}) => {
    const response = await client.post(`/api/cases/${cases[name].id}/actions/${action}`).send({ version: cases[name].version, ...details });
    if (response.status !== 200) throw new Error(`${name} ${action}: ${response.status} ${JSON.stringify(response.body)}`);
    cases[name] = response.body;
  };
  const resolution = { resolution: 'Rešenjem usvojen zahtev' };
  const appeal = { reason: 'Uvažena žalba stranke' };

  beforeAll(async () => {
    spis = await startTestApp();
    [registry, head, official, official2, manager] = await Promise.all(['registry', 'head', 'official', 'official2', 'manager'].map((name) => spis.as(name)));
    for (const row of await spis.dataSource.query(`SELECT id, code FROM org_unit`)) unit[row.code] = row.id;
    for (const row of await spis.dataSource.query(`SELECT id, username FROM app_user`)) user[row.username] = row.id;
    const zup = { administrativeProcedure: true };

    await at('2025-12-10');
    await register('A', '04', zup);
    await assign(registry, 'A', 'official');
    await at('2025-12-11');
    await act(official, 'A', 'accept');
    await at('2026-01-20');
    await act(official, 'A', 'resolve', resolution);
    await at('2026-01-22');
    await act(official, 'A', 'close', resolution);

    await at('2026-02-02');
    await register('C', '04', zup);
    await assign(registry, 'C', 'official');
    await at('2026-02-03');
    await act(official, 'C', 'accept');
    await at('2026-02-20');
    await register('J', '05', zup);
    await assign(registry, 'J', 'official2');
    await at('2026-02-23');
    await act(official2, 'J', 'accept');

    await at('2026-03-02');
    await register('B', '04', zup);
    await assign(registry, 'B', 'official');
    await at('2026-03-03');
    await act(official, 'B', 'accept');
    await register('D', '04', zup);
    await assign(registry, 'D', 'official');
    await at('2026-03-04');
    await act(official, 'D', 'accept');
    await at('2026-03-05');
    await act(official, 'D', 'hold', { reason: 'Dopuna dokumentacije' });
    await register('K', '05', zup);
    await assign(registry, 'K', 'official2');
    await at('2026-03-06');
    await act(official2, 'K', 'accept');
    await at('2026-03-09');
    await register('E', '04', { deadlineDays: 8 });
    await assign(registry, 'E', 'official');
    await at('2026-03-10');
    await act(official, 'E', 'accept');
    await act(official, 'C', 'close', resolution);
    await at('2026-03-11');
    await register('F', '04');
    await assign(registry, 'F', 'official');
    await at('2026-03-12');
    await act(official, 'F', 'accept');
    await act(official, 'E', 'hold', { reason: 'Čeka se uplata takse' });
    await register('G', '04');
    await assign(registry, 'G', 'official');
    await act(registry, 'G', 'cancel', { reason: 'Pogrešno zaveden podnesak' });
    await at('2026-03-13');
    await act(official, 'F', 'close', resolution);
    await at('2026-03-16');
    await act(official, 'D', 'resume');
    expect(cases.D).toMatchObject({ dueDate: '2026-04-14' });
    await register('H', '04', { deadlineDays: 5, subject: '=HYPERLINK("http://x.example";"klik")' });
    await at('2026-03-17');
    await register('I', '04');
    await assign(registry, 'I', 'official');
    await at('2026-03-18');
    await assign(registry, 'I', 'head');
    await at('2026-03-19');
    await act(head, 'I', 'accept');
    await at('2026-03-20');
    await act(official, 'B', 'resolve', resolution);
    await at('2026-03-23');
    await act(official, 'B', 'close', resolution);
    await at('2026-03-25');
    await act(official, 'C', 'reopen', appeal);
    await at('2026-03-27');
    await act(official2, 'J', 'resolve', resolution);
    await at('2026-03-30');
    await act(official2, 'J', 'close', resolution);

    await at('2026-04-06');
    await act(official, 'B', 'reopen', appeal);
    await at('2026-04-08');
    await act(official, 'D', 'resolve', resolution);
    await at('2026-04-09');
    await act(official, 'C', 'resolve', { resolution: 'Ponovnim rešenjem usvojen zahtev po žalbi' });
    await at('2026-04-14');
    await register('M', '05');
    await assign(registry, 'M', 'official2');
    await act(official2, 'M', 'accept');
    await at('2026-04-15');
    await act(official2, 'M', 'close', resolution);
    await register('L', '05', { deadlineDays: 3 });

    expect(Object.fromEntries(Object.entries(cases).map(([name, file]) => [name, (file as unknown as { dueDate: string | null }).dueDate]))).toEqual({
      A: '2026-01-09', B: '2026-04-01', C: '2026-03-04', D: '2026-04-14', E: '2026-03-17', F: null, G: null,
      H: '2026-03-23', I: null, J: '2026-03-23', K: '2026-04-06', L: '2026-04-20', M: null,
    });
  }, 180_000);
  afterAll(() => spis.close());

  const figures = (received: number, assigned: number, resolved: number, resolvedInTime: number, resolvedLate: number, pending: number, overdue: number, averageDaysToResolve: number | null) => ({
    received, assigned, resolved, resolvedInTime, resolvedLate, pending, overdue, averageDaysToResolve,
  });
  const unit04 = () => ({ id: unit['04'], code: '04', name: 'Odeljenje za urbanizam, građevinske i komunalne poslove' });
  const unit05 = () => ({ id: unit['05'], code: '05', name: 'Odeljenje za imovinsko-pravne i stambene poslove' });
  const ana = () => ({ id: user.official, username: 'official', fullName: 'Ana Petrović' });
  const dragan = () => ({ id: user.head, username: 'head', fullName: 'Dragan Nikolić' });
  const milan = () => ({ id: user.official2, username: 'official2', fullName: 'Milan Đorđević' });

  /*
   * March 2026, complete (state at the end of 31 March).
   * Unit 04
   *   received (current official): B, D, E, F → Ana 4; I → Dragan 1; H → nobody 1; G cancelled, left out. Unit 6.
   *   assigned (hand-overs to an official in March): Ana B, D, E, F, I = 5 (G cancelled); Dragan I = 1; unit 5 distinct cases.
   *   resolved (decisions in March): C closed 03-10 late (36 days), F closed 03-13 no deadline (2 days), B resolved 03-20
   *     in time (18 days); B's close 03-23 follows its decision and is none. All Ana's: 3, in time 1, late 1, average 56/3 = 18.7.
   *   pending at the end: C (reopened 03-25, decided again only in April; due 03-04 → overdue), D (due 04-14), E (on hold:
   *     past its due date 03-17 but not overdue), → Ana 3, overdue 1; I → Dragan 1; H (due 03-23, overdue) → nobody 1, overdue 1.
   *     B is not pending: decided 03-20, its reopening came only in April. Unit 5, overdue 2.
   * Unit 05
   *   received K; assigned K; resolved J 03-27 late (35 days); pending K (due 04-06, not yet). Milan all of them.
   * Total: received 7, assigned 6, resolved 4 (1 in time, 2 late, F without deadline), pending 6, overdue 2,
   *   average (36 + 2 + 18 + 35) / 4 = 22.75 → 22.8.
   */
  const march = () => ({
    period: { year: 2026, month: 3, from: '2026-03-01', to: '2026-03-31', asOf: '2026-03-31', complete: true },
    orgUnit: null,
    total: figures(7, 6, 4, 1, 2, 6, 2, 22.8),
    units: [
      {
        orgUnit: unit04(),
        figures: figures(6, 5, 3, 1, 1, 5, 2, 18.7),
        officials: [
          { official: ana(), figures: figures(4, 5, 3, 1, 1, 3, 1, 18.7) },
          { official: dragan(), figures: figures(1, 1, 0, 0, 0, 1, 0, null) },
          { official: null, figures: figures(1, 0, 0, 0, 0, 1, 1, null) },
        ],
      },
      {
        orgUnit: unit05(),
        figures: figures(1, 1, 1, 0, 1, 1, 0, 35),
        officials: [{ official: milan(), figures: figures(1, 1, 1, 0, 1, 1, 0, 35) }],
      },
    ],
  });

  describe('the monthly work and efficiency report', () => {
    it('gives management every unit and official for March, with exact figures', async () => {
      const response = await manager.get('/api/reports/monthly?year=2026&month=3').expect(200);
      expect(response.body).toEqual(march());
    });

    it('gives the head of unit 04 only unit 04, and the same figures for it', async () => {
      const response = await head.get('/api/reports/monthly?year=2026&month=3').expect(200);
      const { units, period } = march();
      expect(response.body).toEqual({ period, orgUnit: null, total: units[0].figures, units: [units[0]] });
    });

    it('narrows to one unit when asked, and refuses a unit the caller may not see or that does not exist', async () => {
      const narrowed = await manager.get(`/api/reports/monthly?year=2026&month=3&orgUnitId=${unit['05']}`).expect(200);
      expect(narrowed.body).toMatchObject({ orgUnit: unit05(), total: march().units[1].figures, units: [march().units[1]] });
      expect((await head.get(`/api/reports/monthly?year=2026&month=3&orgUnitId=${unit['05']}`).expect(403)).body.code).toBe('REPORT_UNIT_NOT_ALLOWED');
      expect((await manager.get('/api/reports/monthly?year=2026&month=3&orgUnitId=00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe('ORG_UNIT_NOT_FOUND');
    });

    /*
     * April so far (as of 15 April): decisions D 04-08 (in time thanks to the hold, 36 days), C 04-09 (a new decision
     * after the appeal: counted, but measured against no deadline, 66 days), M 04-15 (no deadline, 1 day).
     */
    it('reports the running month as of today', async () => {
      const response = await manager.get('/api/reports/monthly?year=2026&month=4').expect(200);
      expect(response.body.period).toEqual({ year: 2026, month: 4, from: '2026-04-01', to: '2026-04-30', asOf: '2026-04-15', complete: false });
      expect(response.body.total).toMatchObject({ received: 2, resolved: 3, resolvedInTime: 1, resolvedLate: 0, averageDaysToResolve: 34.3 });
    });

    it('refuses a month that has not begun and a month that does not exist', async () => {
      const future = await manager.get('/api/reports/monthly?year=2026&month=5').expect(400);
      expect(future.body).toMatchObject({ code: 'REPORT_PERIOD_NOT_STARTED' });
      expect((await manager.get('/api/reports/monthly?year=2026&month=13').expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect((await manager.get('/api/reports/monthly?year=2026').expect(400)).body.code).toBe('VALIDATION_FAILED');
    });

    it('exports the same figures as CSV for Serbian Excel: BOM, ";", CRLF, decimal comma', async () => {
      const response = await manager.get('/api/reports/monthly.csv?year=2026&month=3').buffer(true).parse(binary).expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="izvestaj-o-radu-2026-03\.csv"/);
      expect((response.body as Buffer).toString('utf8')).toBe(
        '\uFEFF' +
          [
            'Šifra;Organizaciona jedinica;Obrađivač;Primljeno;Zaduženo;Rešeno;Rešeno u roku;Rešeno van roka;Nerešeno;Istekao rok;Prosečno dana do rešenja',
            '04;Odeljenje za urbanizam, građevinske i komunalne poslove;Ukupno za jedinicu;6;5;3;1;1;5;2;18,7',
            '04;;Ana Petrović;4;5;3;1;1;3;1;18,7',
            '04;;Dragan Nikolić;1;1;0;0;0;1;0;',
            '04;;Nije raspoređeno;1;0;0;0;0;1;1;',
            '05;Odeljenje za imovinsko-pravne i stambene poslove;Ukupno za jedinicu;1;1;1;0;1;1;0;35',
            '05;;Milan Đorđević;1;1;1;0;1;1;0;35',
            ';UKUPNO;;7;6;4;1;2;6;2;22,8',
          ]
            .map((line) => `${line}\r\n`)
            .join(''),
      );
    });

    it('prints the report as a PDF in Serbian Cyrillic, with the figures', async () => {
      const response = await manager.get('/api/reports/monthly.pdf?year=2026&month=3&lang=sr-Cyrl').buffer(true).parse(binary).expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const text = oneLine(await pdfText(response.body));
      expect(text).toContain('ИЗВЕШТАЈ О РАДУ И ЕФИКАСНОСТИ');
      expect(text).toContain('Период: 01.03.2026. – 31.03.2026.');
      expect(text).toContain('Стање на дан 31.03.2026.');
      expect(text).toContain('Ana Petrović');
      expect(text).toContain('УКУПНО');
      expect(text).toContain('22,8');
    });

    it('lets only management take the report away as a file', async () => {
      expect((await head.get('/api/reports/monthly.csv?year=2026&month=3').expect(403)).body.code).toBe('FORBIDDEN');
      expect((await head.get('/api/reports/monthly.pdf?year=2026&month=3').expect(403)).body.code).toBe('FORBIDDEN');
      expect((await official.get('/api/reports/monthly?year=2026&month=3').expect(403)).body.code).toBe('FORBIDDEN');
    });
  });

  /*
   * 2026 as of 15 April, administrative-procedure cases only (A, B, C, D in 04; J, K in 05).
   * Unit 04: carried over A (pending on 1 January); received B, C, D; decisions A 01-20 (late), C 03-10 (late),
   *   B 03-20 (in time), D 04-08 (in time thanks to the hold), C 04-09 (after the appeal: no deadline) → 5, 2 in time, 2 late;
   *   unresolved B (reopened 04-06, due 04-01: overdue); appeals C 03-25, B 04-06.
   *   Check: 1 carried over + 3 received + 2 appeals = 5 resolved + 1 unresolved.
   * Unit 05: received J, K; decision J 03-27 (late); unresolved K (due 04-06: overdue). 0 + 2 + 0 = 1 + 1.
   * E, F, G, H, I, L, M are not administrative procedure.
   */
  const inspection = (carriedOver: number, received: number, resolved: number, resolvedInTime: number, resolvedLate: number, unresolved: number, unresolvedOverdue: number, appeals: number) => ({
    carriedOver, received, resolved, resolvedInTime, resolvedLate, unresolved, unresolvedOverdue, appeals,
  });

  describe('the annual report for the administrative inspection', () => {
    it('counts administrative cases per unit: carried over, received, resolved in time and late, unresolved, appeals', async () => {
      const response = await manager.get('/api/reports/inspection?year=2026').expect(200);
      expect(response.body).toEqual({
        period: { year: 2026, from: '2026-01-01', to: '2026-12-31', asOf: '2026-04-15', complete: false },
        orgUnit: null,
        total: inspection(1, 5, 6, 2, 3, 2, 2, 2),
        units: [
          { orgUnit: unit04(), figures: inspection(1, 3, 5, 2, 2, 1, 1, 2) },
          { orgUnit: unit05(), figures: inspection(0, 2, 1, 0, 1, 1, 1, 0) },
        ],
      });
    });

    it('gives a closed year as at its last day: A was received in 2025 and still unresolved, not yet overdue', async () => {
      const response = await manager.get('/api/reports/inspection?year=2025').expect(200);
      expect(response.body).toEqual({
        period: { year: 2025, from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31', complete: true },
        orgUnit: null,
        total: inspection(0, 1, 0, 0, 0, 1, 0, 0),
        units: [{ orgUnit: unit04(), figures: inspection(0, 1, 0, 0, 0, 1, 0, 0) }],
      });
    });

    it('gives the head of unit 04 only unit 04', async () => {
      const response = await head.get('/api/reports/inspection?year=2026').expect(200);
      expect(response.body.units).toEqual([{ orgUnit: unit04(), figures: inspection(1, 3, 5, 2, 2, 1, 1, 2) }]);
      expect(response.body.total).toEqual(inspection(1, 3, 5, 2, 2, 1, 1, 2));
    });

    it('exports CSV and prints a PDF with the same figures', async () => {
      const csv = await manager.get('/api/reports/inspection.csv?year=2026').buffer(true).parse(binary).expect(200);
      const lines = (csv.body as Buffer).toString('utf8').split('\r\n');
      expect(lines[0]).toBe(
        '\uFEFFŠifra;Organizaciona jedinica;Preneto iz prethodne godine;Primljeno;Rešeno ukupno;Rešeno u roku;Rešeno van roka;Nerešeno na kraju perioda;Od toga van roka;Žalbe',
      );
      expect(lines.slice(1)).toEqual([
        '04;Odeljenje za urbanizam, građevinske i komunalne poslove;1;3;5;2;2;1;1;2',
        '05;Odeljenje za imovinsko-pravne i stambene poslove;0;2;1;0;1;1;1;0',
        ';UKUPNO;1;5;6;2;3;2;2;2',
        '',
      ]);
      const pdf = await manager.get('/api/reports/inspection.pdf?year=2026').set('Accept-Language', 'en').buffer(true).parse(binary).expect(200);
      const text = oneLine(await pdfText(pdf.body));
      expect(text).toContain('ADMINISTRATIVE PROCEDURE REPORT FOR 2026');
      expect(text).toContain('Appeals');
      expect(text).toContain('Odeljenje za imovinsko-pravne i stambene poslove');
    });
  });

  /*
   * Open today (15 April): B in progress (Ana, due 04-01: overdue, 44 days old), E on hold (Ana, 37 days), I in progress
   * (Dragan, 29 days), H registered (nobody, due 03-23: overdue, 30 days); K in progress (Milan, due 04-06: overdue,
   * 41 days), L registered today (nobody, due 04-20: due soon, 0 days). C and D are resolved, the rest closed or cancelled.
   */
  describe('the unresolved cases overview', () => {
    const open = (o: Partial<Record<'open' | 'registered' | 'assigned' | 'inProgress' | 'onHold' | 'dueSoon' | 'overdue', number>>, age: Partial<Record<'upTo30' | 'upTo60' | 'upTo90' | 'over90', number>>, oldestReceivedOn: string) => ({
      open: 0, registered: 0, assigned: 0, inProgress: 0, onHold: 0, dueSoon: 0, overdue: 0, ...o,
      age: { upTo30: 0, upTo60: 0, upTo90: 0, over90: 0, ...age },
      oldestReceivedOn,
    });

    it('shows today\'s open cases per unit and official, by state, deadline and age', async () => {
      const response = await manager.get('/api/reports/unresolved').expect(200);
      expect(response.body).toEqual({
        asOf: '2026-04-15',
        orgUnit: null,
        total: open({ open: 6, registered: 2, inProgress: 3, onHold: 1, dueSoon: 1, overdue: 3 }, { upTo30: 3, upTo60: 3 }, '2026-03-02'),
        units: [
          {
            orgUnit: unit04(),
            figures: open({ open: 4, registered: 1, inProgress: 2, onHold: 1, overdue: 2 }, { upTo30: 2, upTo60: 2 }, '2026-03-02'),
            officials: [
              { official: ana(), figures: open({ open: 2, inProgress: 1, onHold: 1, overdue: 1 }, { upTo60: 2 }, '2026-03-02') },
              { official: dragan(), figures: open({ open: 1, inProgress: 1 }, { upTo30: 1 }, '2026-03-17') },
              { official: null, figures: open({ open: 1, registered: 1, overdue: 1 }, { upTo30: 1 }, '2026-03-16') },
            ],
          },
          {
            orgUnit: unit05(),
            figures: open({ open: 2, registered: 1, inProgress: 1, dueSoon: 1, overdue: 1 }, { upTo30: 1, upTo60: 1 }, '2026-03-05'),
            officials: [
              { official: milan(), figures: open({ open: 1, inProgress: 1, overdue: 1 }, { upTo60: 1 }, '2026-03-05') },
              { official: null, figures: open({ open: 1, registered: 1, dueSoon: 1 }, { upTo30: 1 }, '2026-04-15') },
            ],
          },
        ],
      });
    });

    it('gives the head only unit 04, and prints in Macedonian', async () => {
      const response = await head.get('/api/reports/unresolved').expect(200);
      expect(response.body.units.map((u: { orgUnit: { code: string } }) => u.orgUnit.code)).toEqual(['04']);
      expect(response.body.total).toMatchObject({ open: 4, overdue: 2 });
      const pdf = await manager.get('/api/reports/unresolved.pdf?lang=mk').buffer(true).parse(binary).expect(200);
      const text = oneLine(await pdfText(pdf.body));
      expect(text).toContain('ПРЕГЛЕД НА НЕРЕШЕНИ ПРЕДМЕТИ');
      expect(text).toContain('Milan Đorđević');
    });
  });

  describe('the overdue cases list', () => {
    it('lists running cases past their due date, longest overdue first, paged; never those on hold', async () => {
      const first = await manager.get('/api/reports/overdue?pageSize=2').expect(200);
      expect(first.body).toEqual({
        total: 3,
        page: 1,
        pageSize: 2,
        asOf: '2026-04-15',
        orgUnit: null,
        items: [
          {
            id: cases.H.id, number: cases.H.number, subject: '=HYPERLINK("http://x.example";"klik")', classificationCode: '352', status: 'registered',
            orgUnit: unit04(), official: null, receivedOn: '2026-03-16', dueDate: '2026-03-23', daysOverdue: 23,
          },
          {
            id: cases.B.id, number: cases.B.number, subject: 'Zahtev B', classificationCode: '352', status: 'in_progress',
            orgUnit: unit04(), official: ana(), receivedOn: '2026-03-02', dueDate: '2026-04-01', daysOverdue: 14,
          },
        ],
      });
      const second = await manager.get('/api/reports/overdue?pageSize=2&page=2').expect(200);
      expect(second.body.items).toEqual([expect.objectContaining({ id: cases.K.id, official: milan(), daysOverdue: 9 })]);
      const beyond = await manager.get('/api/reports/overdue?pageSize=2&page=3').expect(200);
      expect(beyond.body).toMatchObject({ total: 3, items: [] });
    });

    it('gives the head only unit 04, and filters by official', async () => {
      const mine = await head.get('/api/reports/overdue').expect(200);
      expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([cases.H.id, cases.B.id]);
      const ana = await manager.get(`/api/reports/overdue?assigneeId=${user.official}`).expect(200);
      expect(ana.body).toMatchObject({ total: 1, items: [expect.objectContaining({ id: cases.B.id })] });
    });

    it('exports every overdue case as CSV with the formula in a subject neutralised, and as PDF', async () => {
      const csv = await manager.get('/api/reports/overdue.csv').buffer(true).parse(binary).expect(200);
      const lines = (csv.body as Buffer).toString('utf8').split('\r\n');
      expect(lines[0]).toBe('\uFEFFR.br.;Broj predmeta;Predmet;Klas. oznaka;Šifra;Obrađivač;Stanje;Primljeno;Rok;Dana preko roka');
      expect(lines.slice(1)).toEqual([
        `1;${cases.H.number};"'=HYPERLINK(""http://x.example"";""klik"")";352;04;Nije raspoređeno;zaveden;2026-03-16;2026-03-23;23`,
        `2;${cases.B.number};Zahtev B;352;04;Ana Petrović;u radu;2026-03-02;2026-04-01;14`,
        `3;${cases.K.number};Zahtev K;352;05;Milan Đorđević;u radu;2026-03-05;2026-04-06;9`,
        '',
      ]);
      const pdf = await manager.get('/api/reports/overdue.pdf?lang=sr-Cyrl').buffer(true).parse(binary).expect(200);
      const text = oneLine(await pdfText(pdf.body));
      expect(text).toContain('СПИСАК ПРЕДМЕТА СА ИСТЕКЛИМ РОКОМ');
      expect(text).toContain(cases.K.number);
      expect(text).toContain('06.04.2026.');
    });
  });

  describe('the dashboard', () => {
    it('sums up today: intake, decisions, open cases by state, near and past due', async () => {
      const all = await manager.get('/api/reports/dashboard').expect(200);
      expect(all.body).toEqual({
        asOf: '2026-04-15',
        orgUnit: null,
        receivedToday: 1, // L
        resolvedToday: 1, // M
        open: { total: 6, registered: 2, assigned: 0, inProgress: 3, onHold: 1 },
        dueSoon: 1, // L, due 04-20
        overdue: 3, // H, B, K
      });
      const unit04only = await head.get('/api/reports/dashboard').expect(200);
      expect(unit04only.body).toEqual({
        asOf: '2026-04-15',
        orgUnit: null,
        receivedToday: 0,
        resolvedToday: 0,
        open: { total: 4, registered: 1, assigned: 0, inProgress: 2, onHold: 1 },
        dueSoon: 0,
        overdue: 2,
      });
    });
  });
});

