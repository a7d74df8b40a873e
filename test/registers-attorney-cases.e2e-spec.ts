import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { caseAction, registerCase, type CaseBody } from './support/case-flow.js';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';
import { binary, pdfLine } from './support/files.js';

/**
 * The municipal attorney's registry (pisarnica pravobranilaštva) as the attorney's office uses it:
 * the attorney (unit 07) takes cases on within the cases of the office, each numbered in the
 * attorney's own book by kind (P-1/2026, I-1/2026, …); hearings go into a calendar, decisions start
 * appeal deadlines; nobody else sees the register. The tests run in order as the clock moves on.
 */

const PATH = '/api/registers/attorney-cases';

const PETAR_JMBG = '1205975710038';
const JOVAN_JMBG = '0707988715006';

/** A claim for damages against the municipality: a fall on an icy pavement. */
const LAWSUIT = {
  kind: 'litigation',
  court: 'Osnovni sud u Nišu',
  courtCaseNumber: 'P 1234/2026',
  municipalityRole: 'defendant',
  opposingParties: [{ name: 'Petar Petrović', personalId: PETAR_JMBG }],
  subject: 'Naknada štete zbog pada na zaleđenom trotoaru',
  valueInDispute: 15_000_050,
};

/** The municipality collects unpaid rent from a company. */
const ENFORCEMENT = {
  kind: 'enforcement',
  court: 'Privredni sud u Nišu',
  courtCaseNumber: 'Iv 77/2026',
  municipalityRole: 'creditor',
  opposingParties: [{ name: 'Đorđević gradnja d.o.o.', registrationNumber: '07012345' }],
  subject: 'Naplata zakupnine za poslovni prostor',
  valueInDispute: 48_000_000,
};

describe('municipal attorney register', () => {
  let spis: TestApp;
  let attorney: Client, official: Client, official2: Client, registry: Client, admin: Client;
  let unit07: string, attorneyId: string;
  let intake: CaseBody, hearingsCase: CaseBody;
  let lawsuit: { id: string; version: number; registryNumber: string };
  let enforcement: { id: string; version: number; registryNumber: string };
  let cyrillic: { id: string; version: number; registryNumber: string };

  /** A case of unit 07 (class 740: the municipal attorney) assigned to the attorney and accepted. */
  async function attorneyCase(subject = 'Tužba protiv opštine'): Promise<CaseBody> {
    const registered = await registerCase(spis, { classificationCode: '740', orgUnitId: unit07, subject });
    const assigned = await registry.post(`/api/cases/${registered.id}/assign`).send({ assigneeId: attorneyId, version: registered.version }).expect(200);
    return caseAction(spis, 'attorney', assigned.body, 'accept');
  }

  beforeAll(async () => {
    spis = await startTestApp();
    await spis.travelTo('2026-03-02T09:00:00Z');
    [attorney, official, official2, registry, admin] = await Promise.all(['attorney', 'official', 'official2', 'registry', 'admin'].map((name) => spis.as(name)));
    [{ id: unit07 }] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '07'`);
    [{ id: attorneyId }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'attorney'`);
    intake = await attorneyCase();
    hearingsCase = await attorneyCase('Ročišta i odluke');
  });
  afterAll(() => spis.close());

  it('the attorney takes cases on within a case; each gets the next number of its kind in the attorney\'s book', async () => {
    const { body } = await attorney.post(PATH).send({ caseId: intake.id, ...LAWSUIT }).expect(201);
    expect(body).toMatchObject({
      version: 1,
      registryNumber: 'P-1/2026',
      kind: 'litigation',
      court: 'Osnovni sud u Nišu',
      courtCaseNumber: 'P 1234/2026',
      municipalityRole: 'defendant',
      opposingParties: [{ name: 'Petar Petrović', personalId: PETAR_JMBG, registrationNumber: null }],
      valueInDispute: 15_000_050,
      currency: 'RSD',
      status: 'open',
      outcome: null,
      appealDeadline: null,
      hearings: [],
      decisions: [],
      caseIds: [intake.id],
      cases: [{ id: intake.id, number: intake.number }],
    });
    lawsuit = body;

    enforcement = (await attorney.post(PATH).send({ caseId: intake.id, ...ENFORCEMENT }).expect(201)).body;
    expect(enforcement.registryNumber).toBe('I-1/2026');
    cyrillic = (await attorney.post(PATH).send({
      caseId: intake.id,
      kind: 'litigation',
      court: 'Виши суд у Нишу',
      municipalityRole: 'plaintiff',
      opposingParties: [{ name: 'Јован Јовановић', personalId: JOVAN_JMBG }],
      subject: 'Утврђење права својине на парцели 1234/5',
    }).expect(201)).body;
    expect(cyrillic.registryNumber).toBe('P-2/2026');

    // The book is the administrator's like any other: its counters are kept per mark and year.
    const counters = await spis.dataSource.query(
      `SELECT c.counter_key AS key, c.last_serial AS serial FROM case_counter c JOIN numbering_book b ON b.id = c.book_id WHERE b.code = 'attorney-cases' ORDER BY 1`,
    );
    expect(counters).toEqual([{ key: '2026|I', serial: 1 }, { key: '2026|P', serial: 2 }]);
  });

  it('a court case number names one case of its court, however the court is spelled', async () => {
    const { body } = await attorney.post(PATH).set('Accept-Language', 'en').send({ caseId: intake.id, ...LAWSUIT, court: 'osnovni sud u Nisu', courtCaseNumber: 'p 1234/2026' }).expect(409);
    expect(body).toMatchObject({ code: 'ATTORNEY_CASE_COURT_NUMBER_TAKEN', detail: 'Case number p 1234/2026 of this court is already entered as P-1/2026.' });
    // Another court may use the same number; the refused one gave its serial back.
    const other = await attorney.post(PATH).send({ caseId: intake.id, ...LAWSUIT, court: 'Osnovni sud u Leskovcu', opposingParties: [] }).expect(201);
    expect(other.body.registryNumber).toBe('P-3/2026');
  });

  it('refuses a JMBG with a wrong check digit or an impossible date, naming the field', async () => {
    for (const personalId of ['1205975710037', '3002985710124']) {
      const { body } = await attorney.post(PATH).send({ caseId: intake.id, ...LAWSUIT, opposingParties: [{ name: 'X', personalId }] }).expect(400);
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.errors).toEqual([expect.objectContaining({ field: 'opposingParties.0.personalId', rule: 'jmbgChecksum' })]);
    }
    const both = await attorney.post(PATH).send({ caseId: intake.id, ...LAWSUIT, opposingParties: [{ name: 'X', personalId: PETAR_JMBG, registrationNumber: '07012345' }] }).expect(400);
    expect(both.body.errors).toEqual([expect.objectContaining({ field: 'opposingParties.0.registrationNumber', rule: 'notWithPersonalId' })]);
    const money = await attorney.post(PATH).send({ caseId: intake.id, ...LAWSUIT, valueInDispute: 150000.5 }).expect(400);
    expect(money.body.errors).toEqual([expect.objectContaining({ field: 'valueInDispute' })]);
  });

  it('a change is made within a case, against the version read', async () => {
    const { body } = await attorney.patch(`${PATH}/${lawsuit.id}`).send({
      caseId: hearingsCase.id,
      version: 1,
      valueInDispute: 20_000_000,
      opposingParties: [...LAWSUIT.opposingParties, { name: 'Osiguranje Dunav a.d.o.', registrationNumber: '07046898' }],
    }).expect(200);
    expect(body).toMatchObject({ version: 2, registryNumber: 'P-1/2026', valueInDispute: 20_000_000, caseIds: [intake.id, hearingsCase.id] });
    expect(body.opposingParties).toHaveLength(2);
    const stale = await attorney.patch(`${PATH}/${lawsuit.id}`).send({ caseId: hearingsCase.id, version: 1, subject: 'X' }).expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    lawsuit = body;
  });

  it('a change needs a case the attorney processes: another unit\'s case is invisible (404), an unassigned one not theirs (403), a cancelled one closed (409)', async () => {
    const change = (caseId: string) => attorney.patch(`${PATH}/${lawsuit.id}`).send({ caseId, version: lawsuit.version, subject: 'X' });
    const otherUnit = await registerCase(spis);
    expect((await change(otherUnit.id).expect(404)).body.code).toBe('REGISTER_CASE_NOT_FOUND');
    const unassigned = await registerCase(spis, { classificationCode: '740', orgUnitId: unit07 });
    expect((await change(unassigned.id).expect(403)).body.code).toBe('REGISTER_CASE_NOT_PROCESSABLE');
    const mistaken = await attorneyCase('Zaveden greškom');
    await caseAction(spis, 'registry', mistaken, 'cancel', { reason: 'Zaveden greškom' });
    expect((await change(mistaken.id).expect(409)).body.code).toBe('REGISTER_CASE_NOT_OPEN');
    // Events too: a hearing entered in another unit's case.
    const hearing = await attorney.post(`${PATH}/${lawsuit.id}/hearings`).send({ caseId: otherUnit.id, version: lawsuit.version, startsAt: '2026-03-10T09:30:00+01:00' }).expect(404);
    expect(hearing.body.code).toBe('REGISTER_CASE_NOT_FOUND');
  });

  it('hearings are scheduled within a case and make a calendar of Belgrade days across the cases', async () => {
    const schedule = (entry: { id: string; version: number }, body: Record<string, unknown>) => attorney.post(`${PATH}/${entry.id}/hearings`).send({ caseId: hearingsCase.id, version: entry.version, ...body });
    lawsuit = (await schedule(lawsuit, { startsAt: '2026-03-10T09:30:00+01:00', courtroom: 'sudnica 12', note: 'Pripremno ročište' }).expect(201)).body;
    lawsuit = (await schedule(lawsuit, { startsAt: '2026-04-14T10:00:00+02:00', courtroom: 'sudnica 12' }).expect(201)).body;
    // 23:30 UTC on 31 March is 01:30 on 1 April in Belgrade.
    enforcement = (await schedule(enforcement, { startsAt: '2026-03-31T23:30:00Z' }).expect(201)).body;
    expect(lawsuit).toMatchObject({ version: 4, hearings: [{ day: '2026-03-10', time: '09:30', courtroom: 'sudnica 12', state: 'scheduled', caseNumber: hearingsCase.number }, { day: '2026-04-14', time: '10:00' }] });

    const taken = await schedule(lawsuit, { startsAt: '2026-03-10T08:30:00Z' }).expect(409);
    expect(taken.body.code).toBe('ATTORNEY_CASE_HEARING_TAKEN');
    const noOffset = await schedule(lawsuit, { startsAt: '2026-03-11T09:30' }).expect(400);
    expect(noOffset.body.errors).toEqual([expect.objectContaining({ field: 'startsAt' })]);

    const calendar = async (query: string) => {
      const { body } = await attorney.get(`${PATH}/hearings?${query}`).expect(200);
      return body.items.map((item: { attorneyCase: { registryNumber: string }; day: string; time: string }) => `${item.attorneyCase.registryNumber} ${item.day} ${item.time}`);
    };
    expect(await calendar('from=2026-03-01&to=2026-03-31')).toEqual(['P-1/2026 2026-03-10 09:30']);
    expect(await calendar('from=2026-04-01&to=2026-04-30')).toEqual(['I-1/2026 2026-04-01 01:30', 'P-1/2026 2026-04-14 10:00']);
    const { body: page } = await attorney.get(`${PATH}/hearings?from=2026-03-01&to=2026-04-30&pageSize=1&page=3`).expect(200);
    expect(page).toMatchObject({ total: 3, page: 3, items: [{ day: '2026-04-14', attorneyCase: { registryNumber: 'P-1/2026', court: 'Osnovni sud u Nišu' } }] });
    await attorney.get(`${PATH}/hearings?from=2026-04-01`).expect(400);
  });

  it('a hearing is marked held once it has begun, or postponed to a new date', async () => {
    const [first, second] = (await attorney.get(`${PATH}/${lawsuit.id}`).expect(200)).body.hearings;
    const mark = (hearingId: string, body: Record<string, unknown>) => attorney.post(`${PATH}/${lawsuit.id}/hearings/${hearingId}`).send({ caseId: hearingsCase.id, version: lawsuit.version, ...body });
    expect((await mark(first.id, { state: 'held' }).expect(409)).body.code).toBe('ATTORNEY_CASE_HEARING_NOT_YET');

    await spis.travelTo('2026-03-10T10:00:00Z');
    lawsuit = (await mark(first.id, { state: 'held', note: 'Saslušan tužilac' }).expect(200)).body;
    expect((await mark(first.id, { state: 'postponed' }).expect(409)).body.code).toBe('ATTORNEY_CASE_HEARING_ALREADY_MARKED');
    expect((await mark(second.id, { state: 'held', nextStartsAt: '2026-05-12T10:00:00+02:00' }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'nextStartsAt' })]);
    expect((await mark(second.id, { state: 'postponed', nextStartsAt: '2026-04-01T10:00:00+02:00' }).expect(400)).body.code).toBe('ATTORNEY_CASE_NEXT_HEARING_NOT_LATER');
    lawsuit = (await mark(second.id, { state: 'postponed', note: 'Sudija na bolovanju', nextStartsAt: '2026-05-12T10:00:00+02:00' }).expect(200)).body;
    expect(lawsuit).toHaveProperty('hearings', [
      expect.objectContaining({ day: '2026-03-10', state: 'held', stateNote: 'Saslušan tužilac' }),
      expect.objectContaining({ day: '2026-04-14', state: 'postponed', stateNote: 'Sudija na bolovanju' }),
      expect.objectContaining({ day: '2026-05-12', time: '10:00', state: 'scheduled', courtroom: 'sudnica 12' }),
    ]);
    const unknown = await mark('00000000-0000-4000-8000-000000000000', { state: 'held' }).expect(404);
    expect(unknown.body.code).toBe('ATTORNEY_CASE_HEARING_NOT_FOUND');
  });

  it('a decision received starts the appeal period of its kind, ending on a working day', async () => {
    await spis.travelTo('2026-03-20T09:00:00Z');
    const decide = (entry: { id: string; version: number }, body: Record<string, unknown>) => attorney.post(`${PATH}/${entry.id}/decisions`).send({ caseId: hearingsCase.id, version: entry.version, ...body });
    // Litigation: 15 days from 18 March is Thursday 2 April.
    lawsuit = (await decide(lawsuit, { outcome: 'lost', decidedOn: '2026-03-16', receivedOn: '2026-03-18', text: 'Presudom se usvaja tužbeni zahtev.' }).expect(201)).body;
    expect(lawsuit).toMatchObject({
      status: 'open',
      outcome: { outcome: 'lost', decidedOn: '2026-03-16', receivedOn: '2026-03-18', text: 'Presudom se usvaja tužbeni zahtev.' },
      appealDeadline: '2026-04-02',
      appealPastDue: false,
      decisions: [{ outcome: 'lost', final: false, appealDays: 15, appealDeadline: '2026-04-02', caseNumber: hearingsCase.number }],
    });
    // Enforcement: 8 days from 19 March is Friday 27 March.
    enforcement = (await decide(enforcement, { outcome: 'won', decidedOn: '2026-03-17', receivedOn: '2026-03-19', text: 'Rešenje o izvršenju.' }).expect(201)).body;
    expect(enforcement).toMatchObject({ appealDeadline: '2026-03-27', decisions: [{ appealDays: 8 }] });
    // A decision giving its own period: 30 days from 20 March is Sunday 19 April, so Monday 20 April.
    cyrillic = (await decide(cyrillic, { outcome: 'partly', decidedOn: '2026-03-20', receivedOn: '2026-03-20', appealDays: 30, text: 'Делимично усвојен захтев.' }).expect(201)).body;
    expect(cyrillic).toMatchObject({ appealDeadline: '2026-04-20' });

    const future = await decide(lawsuit, { outcome: 'won', decidedOn: '2026-03-20', receivedOn: '2026-03-21', text: 'X' }).expect(400);
    expect(future.body.code).toBe('ATTORNEY_CASE_DATE_IN_FUTURE');
    const backwards = await decide(lawsuit, { outcome: 'won', decidedOn: '2026-03-19', receivedOn: '2026-03-18', text: 'X' }).expect(400);
    expect(backwards.body.code).toBe('ATTORNEY_CASE_RECEIVED_BEFORE_DECIDED');
    const older = await decide(lawsuit, { outcome: 'won', decidedOn: '2026-03-10', receivedOn: '2026-03-12', text: 'X' }).expect(409);
    expect(older.body.code).toBe('ATTORNEY_CASE_DECISION_OUT_OF_ORDER');
    const finalWithDays = await decide(lawsuit, { outcome: 'won', decidedOn: '2026-03-19', receivedOn: '2026-03-19', final: true, appealDays: 8, text: 'X' }).expect(400);
    expect(finalWithDays.body.errors).toEqual([expect.objectContaining({ field: 'appealDays' })]);
  });

  it('lists the appeal deadlines before a day, soonest first, flagging those run out', async () => {
    const deadlines = async (query: string) => {
      const { body } = await attorney.get(`${PATH}/deadlines?${query}`).expect(200);
      return body.items.map((item: { registryNumber: string; appealDeadline: string; pastDue: boolean; daysLeft: number }) => [item.registryNumber, item.appealDeadline, item.pastDue, item.daysLeft]);
    };
    expect(await deadlines('before=2026-03-31')).toEqual([['I-1/2026', '2026-03-27', false, 7]]);
    // By default: within 15 days of today (20 March).
    expect(await deadlines('')).toEqual([['I-1/2026', '2026-03-27', false, 7], ['P-1/2026', '2026-04-02', false, 13]]);

    await spis.travelTo('2026-03-30T09:00:00Z');
    const { body } = await attorney.get(`${PATH}/deadlines?before=2026-04-30`).expect(200);
    expect(body).toMatchObject({ today: '2026-03-30', before: '2026-04-30', total: 3 });
    expect(await deadlines('before=2026-04-30')).toEqual([['I-1/2026', '2026-03-27', true, -3], ['P-1/2026', '2026-04-02', false, 3], ['P-2/2026', '2026-04-20', false, 21]]);
    expect((await attorney.get(`${PATH}/${enforcement.id}`).expect(200)).body).toMatchObject({ appealDeadline: '2026-03-27', appealPastDue: true });

    // The appeal lodged in time: the deadline is met and leaves the list.
    const early = await attorney.patch(`${PATH}/${lawsuit.id}`).send({ caseId: hearingsCase.id, version: lawsuit.version, appealLodgedOn: '2026-03-17' }).expect(400);
    expect(early.body.code).toBe('ATTORNEY_CASE_APPEAL_BEFORE_DECISION');
    lawsuit = (await attorney.patch(`${PATH}/${lawsuit.id}`).send({ caseId: hearingsCase.id, version: lawsuit.version, appealLodgedOn: '2026-03-30' }).expect(200)).body;
    expect(lawsuit).toMatchObject({ appealLodgedOn: '2026-03-30', appealPastDue: false });
    expect((await deadlines('before=2026-04-30')).map((row: unknown[]) => row[0])).toEqual(['I-1/2026', 'P-2/2026']);
  });

  it('a final decision makes the case final with no deadline; a closed case takes no more changes', async () => {
    enforcement = (await attorney.post(`${PATH}/${enforcement.id}/decisions`).send({
      caseId: hearingsCase.id, version: enforcement.version, outcome: 'won', decidedOn: '2026-03-27', receivedOn: '2026-03-30', final: true, text: 'Rešenje o izvršenju je pravnosnažno.',
    }).expect(201)).body;
    expect(enforcement).toMatchObject({ status: 'final', appealDeadline: null, appealPastDue: false });
    const none = await attorney.patch(`${PATH}/${enforcement.id}`).send({ caseId: hearingsCase.id, version: enforcement.version, appealLodgedOn: '2026-03-30' }).expect(409);
    expect(none.body.code).toBe('ATTORNEY_CASE_NO_APPEAL_DEADLINE');

    enforcement = (await attorney.post(`${PATH}/${enforcement.id}/close`).send({ caseId: hearingsCase.id, version: enforcement.version, closedOn: '2026-03-30', note: 'Naplaćeno; a/a' }).expect(200)).body;
    expect(enforcement).toMatchObject({ status: 'closed', closedOn: '2026-03-30', closingNote: 'Naplaćeno; a/a' });
    const after = await attorney.post(`${PATH}/${enforcement.id}/hearings`).set('Accept-Language', 'en').send({ caseId: hearingsCase.id, version: enforcement.version, startsAt: '2026-04-20T09:00:00+02:00' }).expect(409);
    expect(after.body).toMatchObject({ code: 'ATTORNEY_CASE_CLOSED', detail: 'Case I-1/2026 was closed on 2026-03-30; it takes no more changes.' });
  });

  it('keeps the full history: who, when, in which case, before and after; the audit trail has it without the JMBG', async () => {
    const { body: history } = await attorney.get(`${PATH}/${lawsuit.id}/history`).expect(200);
    expect(history.map((item: { action: string; actor: string; case: { number: string } }) => [item.action, item.actor, item.case.number])).toEqual([
      ['create', 'attorney', intake.number],
      ['update', 'attorney', hearingsCase.number],
      ['hearing', 'attorney', hearingsCase.number],
      ['hearing', 'attorney', hearingsCase.number],
      ['hearing-held', 'attorney', hearingsCase.number],
      ['hearing-postponed', 'attorney', hearingsCase.number],
      ['decision', 'attorney', hearingsCase.number],
      ['update', 'attorney', hearingsCase.number],
    ]);
    expect(history[0]).toMatchObject({ before: null, after: { registryNumber: 'P-1/2026', opposingParties: [{ personalId: PETAR_JMBG }] } });
    expect(history[0].at).toMatch(/^2026-03-02T/);
    expect(history[1]).toMatchObject({ before: { version: 1, valueInDispute: 15_000_050 }, after: { version: 2, valueInDispute: 20_000_000 } });
    expect(history[5].after).toMatchObject({ hearing: { state: 'postponed' }, nextHearing: { day: '2026-05-12' } });
    expect(history[6]).toMatchObject({ before: { outcome: null }, after: { appealDeadline: '2026-04-02', decision: { appealDays: 15 } } });

    const { body: audit } = await admin.get(`/api/audit?entityType=AttorneyCase&entityId=${lawsuit.id}&pageSize=200`).expect(200);
    const actions = audit.items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(expect.arrayContaining([
      'register.attorney-cases.create', 'register.attorney-cases.update', 'register.attorney-cases.hearing', 'register.attorney-cases.hearing-held',
      'register.attorney-cases.hearing-postponed', 'register.attorney-cases.decision', 'register.personal-data-read',
    ]));
    expect(JSON.stringify(audit)).not.toContain(PETAR_JMBG);
    const { body: closing } = await admin.get(`/api/audit?entityType=AttorneyCase&entityId=${enforcement.id}&pageSize=200`).expect(200);
    expect(closing.items.map((entry: { action: string }) => entry.action)).toContain('register.attorney-cases.close');
  });

  it('lists in SQL: kind, status, court, hearing days, deadline, words in either script, case, paging', async () => {
    const numbers = async (query: string) => {
      const { body } = await attorney.get(`${PATH}?${query}`).expect(200);
      return body.items.map((item: { registryNumber: string }) => item.registryNumber);
    };
    expect(await numbers('')).toEqual(['P-3/2026', 'P-2/2026', 'I-1/2026', 'P-1/2026']);
    expect(await numbers('kind=enforcement')).toEqual(['I-1/2026']);
    expect(await numbers('status=closed')).toEqual(['I-1/2026']);
    expect(await numbers('court=nisu')).toEqual(['P-2/2026', 'I-1/2026', 'P-1/2026']);
    expect(await numbers('court=%D0%BE%D1%81%D0%BD%D0%BE%D0%B2%D0%BD%D0%B8')).toEqual(['P-3/2026', 'P-1/2026']); // "основни"
    expect(await numbers('hearingFrom=2026-05-01&hearingTo=2026-05-31')).toEqual(['P-1/2026']);
    expect(await numbers('hearingFrom=2026-04-01&hearingTo=2026-04-01')).toEqual(['I-1/2026']);
    expect(await numbers('deadlineBefore=2026-04-30')).toEqual(['P-2/2026']);
    expect(await numbers('q=%D0%82%D0%BE%D1%80%D1%92%D0%B5%D0%B2%D0%B8%D1%9B')).toEqual(['I-1/2026']); // "Ђорђевић" finds "Đorđević"
    expect(await numbers('q=jovanovic')).toEqual(['P-2/2026']); // Latin finds "Јовановић"
    expect(await numbers('q=zaledjenom')).toEqual(['P-3/2026', 'P-1/2026']);
    expect(await numbers('q=P-2%2F2026')).toEqual(['P-2/2026']);
    expect(await numbers(`q=${PETAR_JMBG}`)).toEqual([]);
    expect(await numbers(`caseId=${hearingsCase.id}`)).toEqual(['P-2/2026', 'I-1/2026', 'P-1/2026']);
    const { body: page } = await attorney.get(`${PATH}?pageSize=1&page=4`).expect(200);
    expect(page).toMatchObject({ total: 4, page: 4, pageSize: 1, items: [{ registryNumber: 'P-1/2026', opposingParties: [{ personalId: PETAR_JMBG }, { registrationNumber: '07046898' }], nextHearing: '2026-05-12T08:00:00.000Z' }] });
    await attorney.get(`${PATH}?kind=appeal`).expect(400);
    await attorney.get(`${PATH}?hearingFrom=2026-13-01`).expect(400);
  });

  it('exports the filtered list as CSV (identifiers for the attorney) and as a printed PDF list', async () => {
    const csv = await attorney.get(`${PATH}/export.csv?kind=litigation&court=nisu`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="upisnik-pravobranilastva.csv"/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(';'));
    expect(lines[0]).toEqual(['Upisni broj', 'Vrsta', 'Sud / organ', 'Broj kod suda', 'Opština kao', 'Protivna strana', 'JMBG / MB', 'Predmet spora', 'Vrednost spora (RSD)', 'Status', 'Ishod', 'Naredno ročište', 'Rok za žalbu', 'Predmeti']);
    expect(lines.slice(1)).toEqual([
      ['P-2/2026', 'parnični', 'Виши суд у Нишу', '', 'tužilac', 'Јован Јовановић', JOVAN_JMBG, 'Утврђење права својине на парцели 1234/5', '', 'u toku', 'delimičan uspeh', '', '2026-04-20', `${intake.number}, ${hearingsCase.number}`],
      ['P-1/2026', 'parnični', 'Osnovni sud u Nišu', 'P 1234/2026', 'tuženi', 'Petar Petrović, Osiguranje Dunav a.d.o.', `${PETAR_JMBG}, 07046898`, LAWSUIT.subject, '200000,00', 'u toku', 'neuspeh', '2026-05-12 10:00', '', `${intake.number}, ${hearingsCase.number}`],
    ]);

    const pdf = await attorney.get(`${PATH}/list.pdf`).buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfLine(pdf.body);
    for (const expected of ['Upisnik opštinskog pravobranilaštva', 'Broj upisa: 4', 'P-1/2026', 'I-1/2026', 'Petar Petrović', '200.000,00', '480.000,00', 'zatvoren', 'strana 1 od 1']) expect(text).toContain(expected);
    expect(text).not.toContain(PETAR_JMBG);
    const cyrillicPdf = await attorney.get(`${PATH}/list.pdf?lang=sr-Cyrl&kind=enforcement`).buffer(true).parse(binary).expect(200);
    const cyrillicText = await pdfLine(cyrillicPdf.body);
    expect(cyrillicText).toContain('Уписник општинског правобранилаштва');
    for (const expected of ['I-1/2026', 'извршни поверилац', 'затворен', '480.000,00']) expect(cyrillicText).toContain(expected);
  });

  it('officials of other units, the registry and the administrator see nothing of the register', async () => {
    for (const outsider of [official, official2, registry, admin]) {
      for (const path of ['', `/${lawsuit.id}`, `/${lawsuit.id}/history`, '/hearings?from=2026-03-01&to=2026-03-31', '/deadlines', '/export.csv', '/list.pdf']) {
        const { body } = await outsider.get(`${PATH}${path}`).expect(403);
        expect(body.code).toBe('FORBIDDEN');
      }
      await outsider.post(PATH).send({ caseId: intake.id, ...LAWSUIT }).expect(403);
      await outsider.patch(`${PATH}/${lawsuit.id}`).send({ caseId: intake.id, version: lawsuit.version }).expect(403);
      for (const event of ['hearings', `hearings/${lawsuit.id}`, 'decisions', 'close']) {
        await outsider.post(`${PATH}/${lawsuit.id}/${event}`).send({ caseId: intake.id, version: lawsuit.version }).expect(403);
      }
    }
  });

  it('a reader without the right to personal data sees the register with JMBGs hidden, and no read is recorded', async () => {
    const { body: role } = await admin.post('/api/roles').send({
      code: 'attorney-cases-reader', name: 'Uvid u upisnik pravobranilaštva', permissions: [{ action: 'read', subject: 'AttorneyCase', scope: 'all' }],
    }).expect(201);
    const password = 'citalac-upisnika-1';
    const { body: user } = await admin.post('/api/users').send({ username: 'reader07', fullName: 'Milan Čitalac', password }).expect(201);
    await admin.post('/api/positions').send({ title: 'Saradnik u pravobranilaštvu', orgUnitId: unit07, userId: user.id, roleIds: [role.id] }).expect(201);
    const { accessToken } = await spis.login('reader07', password);
    const get = (path: string) => spis.http.get(path).set('Authorization', `Bearer ${accessToken}`);

    const reads = async () => (await admin.get(`/api/audit?entityType=AttorneyCase&entityId=${lawsuit.id}&action=register.personal-data-read&pageSize=200`).expect(200)).body.total;
    const readsBefore = await reads();
    const { body: detail } = await get(`${PATH}/${lawsuit.id}`).expect(200);
    expect(detail.opposingParties).toEqual([
      { name: 'Petar Petrović', personalId: null, registrationNumber: null },
      { name: 'Osiguranje Dunav a.d.o.', personalId: null, registrationNumber: '07046898' },
    ]);
    const { body: history } = await get(`${PATH}/${lawsuit.id}/history`).expect(200);
    expect(history[0].after.opposingParties).toEqual([{ name: 'Petar Petrović', personalId: null, registrationNumber: null }]);
    const { body: list } = await get(`${PATH}?q=petrovic`).expect(200);
    expect(list.items).toEqual([expect.objectContaining({ registryNumber: 'P-1/2026', opposingParties: [expect.objectContaining({ personalId: null }), expect.objectContaining({ personalId: null })] })]);
    expect(await reads()).toBe(readsBefore);
    // With the attorney's read the read is recorded.
    await attorney.get(`${PATH}/${lawsuit.id}`).expect(200);
    expect(await reads()).toBe(readsBefore + 1);

    // Reading is all this role allows.
    await get(`${PATH}/export.csv`).expect(403);
    await spis.http.post(PATH).set('Authorization', `Bearer ${accessToken}`).send({ caseId: intake.id, ...LAWSUIT }).expect(403);
  });
});
