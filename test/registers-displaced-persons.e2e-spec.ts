import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { caseAction, registerCase, type CaseBody } from './support/case-flow.js';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';
import { binary, parseCsv, pdfLine } from './support/files.js';

/**
 * The register of refugees, expelled and internally displaced persons as the commissioner for
 * refugees (`social`, unit 06) keeps it: persons entered and changed within the cases that decide
 * it, a status history, documents, family links and assistance; nobody else sees the register.
 * The tests run in order on one database.
 */

const DRAGANA_JMBG = '0101990710008';
const JOVAN_JMBG = '2003975910012';
const MILICA_JMBG = '1506015710025';
const PATH = '/api/registers/displaced-persons';

const DRAGANA = {
  firstName: 'Dragana',
  lastName: 'Marković',
  personalId: DRAGANA_JMBG,
  dateOfBirth: '1990-01-01',
  placeOfBirth: 'Knin',
  placeOfOrigin: 'Knin, Hrvatska',
  address: 'Njegoševa 12, Demo',
  status: 'refugee',
  legalBasis: 'Rešenje Komesarijata za izbeglice br. 019-1234/1995',
  statusFrom: '1995-08-10',
};

interface Person {
  id: string;
  version: number;
  [field: string]: unknown;
}

describe('register of refugees, expelled and internally displaced persons', () => {
  let spis: TestApp;
  let social: Client, official: Client, registry: Client, admin: Client, economy: Client;
  let unit06: string, socialId: string;
  let decision: CaseBody, change: CaseBody;
  let dragana: Person, petar: Person, jovan: Person, milica: Person;

  /** A case of unit 06 (class 550: social protection) assigned to the commissioner and accepted. */
  async function commissionerCase(subject = 'Zahtev za priznavanje statusa izbeglog lica'): Promise<CaseBody> {
    const registered = await registerCase(spis, { classificationCode: '550', orgUnitId: unit06, subject });
    const assigned = await registry.post(`/api/cases/${registered.id}/assign`).send({ assigneeId: socialId, version: registered.version }).expect(200);
    return caseAction(spis, 'social', assigned.body, 'accept');
  }

  const names = async (query: string, client: Client = social) => {
    const { body } = await client.get(`${PATH}?${query}`).expect(200);
    return body.items.map((item: { firstName: string; lastName: string }) => `${item.firstName} ${item.lastName}`);
  };

  beforeAll(async () => {
    spis = await startTestApp();
    await spis.travelTo('2026-03-02T09:00:00Z');
    [social, official, registry, admin, economy] = await Promise.all(['social', 'official', 'registry', 'admin', 'economy'].map((name) => spis.as(name)));
    [{ id: unit06 }] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '06'`);
    [{ id: socialId }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'social'`);
    decision = await commissionerCase();
    change = await commissionerCase('Prijava promene adrese');
  });
  afterAll(() => spis.close());

  it('the commissioner enters a person within a case: identity, status since, the case', async () => {
    const { body } = await social.post(PATH).send({ caseId: decision.id, ...DRAGANA }).expect(201);
    expect(body).toMatchObject({
      version: 1,
      firstName: 'Dragana',
      lastName: 'Marković',
      personalId: DRAGANA_JMBG,
      foreignId: null,
      dateOfBirth: '1990-01-01',
      placeOfOrigin: 'Knin, Hrvatska',
      status: 'refugee',
      legalBasis: DRAGANA.legalBasis,
      statusSince: '1995-08-10',
      statusHistory: [{ status: 'refugee', from: '1995-08-10', to: null, caseId: decision.id, caseNumber: decision.number }],
      documents: [],
      hasValidDocument: false,
      familyMembers: [],
      assistance: [],
      caseIds: [decision.id],
      cases: [{ id: decision.id, number: decision.number }],
    });
    dragana = body;

    // A person from abroad is entered with a foreign id only; one typed in Cyrillic stays so.
    petar = (await social.post(PATH).send({
      caseId: decision.id, firstName: 'Petar', lastName: 'Đorđević', foreignId: 'BIH-A1234567', dateOfBirth: '1988-05-05',
      placeOfOrigin: 'Sarajevo, BiH', address: 'Karađorđeva 3, Demo', status: 'expelled', legalBasis: 'Rešenje br. 019-55/1993', statusFrom: '1993-04-01',
    }).expect(201)).body;
    expect(petar).toMatchObject({ personalId: null, foreignId: 'BIH-A1234567', status: 'expelled' });
    jovan = (await social.post(PATH).send({
      caseId: decision.id, firstName: 'Јован', lastName: 'Петровић', personalId: JOVAN_JMBG, dateOfBirth: '1975-03-20',
      placeOfOrigin: 'Приштина', address: 'Цара Душана 5, Демо', status: 'internally-displaced', legalBasis: 'Решење бр. 019-9/1999', statusFrom: '1999-06-20',
    }).expect(201)).body;
    expect(jovan).toMatchObject({ lastName: 'Петровић', status: 'internally-displaced' });
  });

  it('refuses a JMBG with a wrong check digit or an impossible date, naming the field, and enters nothing', async () => {
    for (const personalId of ['0101990710009', '3102990710005', '010199071000']) {
      const { body } = await social.post(PATH).send({ caseId: decision.id, ...DRAGANA, personalId }).expect(400);
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.errors).toEqual([expect.objectContaining({ field: 'personalId', rule: 'jmbgChecksum' })]);
    }
    const patched = await social.patch(`${PATH}/${petar.id}`).send({ caseId: change.id, version: petar.version, personalId: '0101990710009' }).expect(400);
    expect(patched.body.errors).toEqual([expect.objectContaining({ field: 'personalId', rule: 'jmbgChecksum' })]);
    expect((await social.get(PATH).expect(200)).body.total).toBe(3);
  });

  it('needs a JMBG or a foreign id (both fields named when neither is given), and a date of birth the JMBG agrees with', async () => {
    const { personalId: _jmbg, ...noIds } = DRAGANA;
    const neither = await social.post(PATH).send({ caseId: decision.id, ...noIds, firstName: 'Bez', lastName: 'Isprave' }).expect(400);
    expect(neither.body.errors.map((error: { field: string }) => error.field)).toEqual(['personalId', 'foreignId']);
    const removed = await social.patch(`${PATH}/${petar.id}`).send({ caseId: change.id, version: petar.version, foreignId: null }).expect(400);
    expect(removed.body.errors.map((error: { field: string }) => error.field)).toEqual(['personalId', 'foreignId']);

    const otherDay = await social.post(PATH).send({ caseId: decision.id, ...DRAGANA, dateOfBirth: '1990-01-02' }).expect(400);
    expect(otherDay.body.errors).toEqual([expect.objectContaining({ field: 'dateOfBirth', rule: 'jmbgDateOfBirth' })]);
    const shortForeign = await social.post(PATH).send({ caseId: decision.id, ...noIds, foreignId: 'X1' }).expect(400);
    expect(shortForeign.body.errors).toEqual([expect.objectContaining({ field: 'foreignId' })]);

    const twice = await social.post(PATH).set('Accept-Language', 'en').send({ caseId: decision.id, ...DRAGANA }).expect(409);
    expect(twice.body).toMatchObject({ code: 'DISPLACED_PERSON_ALREADY_REGISTERED', detail: 'A person with this JMBG is already in the register.' });
  });

  it('a change is made within a case, against the version read', async () => {
    const { body } = await social.patch(`${PATH}/${dragana.id}`).send({ caseId: change.id, version: 1, address: 'Bulevar oslobođenja 15/7, Demo' }).expect(200);
    expect(body).toMatchObject({ version: 2, address: 'Bulevar oslobođenja 15/7, Demo', personalId: DRAGANA_JMBG, caseIds: [decision.id, change.id] });
    const stale = await social.patch(`${PATH}/${dragana.id}`).send({ caseId: change.id, version: 1, address: 'Drugde' }).expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    dragana = body;
  });

  it('a change needs an open case the commissioner processes', async () => {
    const unassigned = await registerCase(spis, { classificationCode: '550', orgUnitId: unit06 });
    const notTheirs = await social.patch(`${PATH}/${dragana.id}`).send({ caseId: unassigned.id, version: dragana.version, address: 'X' }).expect(403);
    expect(notTheirs.body.code).toBe('REGISTER_CASE_NOT_PROCESSABLE');

    const otherUnit = await registerCase(spis);
    const unseen = await social.post(`${PATH}/${dragana.id}/assistance`).send({ caseId: otherUnit.id, version: dragana.version, kind: 'food', providedOn: '2026-03-01', providedBy: 'Crveni krst' }).expect(404);
    expect(unseen.body.code).toBe('REGISTER_CASE_NOT_FOUND');

    const mistaken = await commissionerCase('Zaveden greškom');
    await caseAction(spis, 'registry', mistaken, 'cancel', { reason: 'Zaveden greškom' });
    const cancelled = await social.post(PATH).send({ caseId: mistaken.id, ...DRAGANA, personalId: MILICA_JMBG, dateOfBirth: '2015-06-15' }).expect(409);
    expect(cancelled.body.code).toBe('REGISTER_CASE_NOT_OPEN');
    expect((await social.get(`${PATH}/${dragana.id}`).expect(200)).body).toMatchObject({ version: dragana.version, address: 'Bulevar oslobođenja 15/7, Demo' });
  });

  it('a new status from a day closes the current period the day before; periods never overlap', async () => {
    const { body } = await social.post(`${PATH}/${dragana.id}/status`)
      .send({ caseId: change.id, version: dragana.version, status: 'integrated', legalBasis: 'Rešenje o prestanku statusa br. 019-77/2026', from: '2026-03-01' }).expect(201);
    expect(body).toMatchObject({
      version: 3,
      status: 'integrated',
      statusSince: '2026-03-01',
      statusHistory: [
        { status: 'refugee', from: '1995-08-10', to: '2026-02-28', caseNumber: decision.number },
        { status: 'integrated', from: '2026-03-01', to: null, caseNumber: change.number },
      ],
    });
    dragana = body;

    const notAfter = await social.post(`${PATH}/${dragana.id}/status`).set('Accept-Language', 'en')
      .send({ caseId: change.id, version: dragana.version, status: 'ceased', legalBasis: 'X', from: '2026-03-01' }).expect(409);
    expect(notAfter.body).toMatchObject({ code: 'DISPLACED_PERSON_STATUS_NOT_AFTER_CURRENT', detail: expect.stringContaining('2026-03-01') });
    const future = await social.post(`${PATH}/${dragana.id}/status`).send({ caseId: change.id, version: dragana.version, status: 'ceased', legalBasis: 'X', from: '2026-03-03' }).expect(400);
    expect(future.body.code).toBe('DISPLACED_PERSON_DATE_IN_FUTURE');
    await social.post(`${PATH}/${dragana.id}/status`).send({ caseId: change.id, version: dragana.version, status: 'gone', legalBasis: 'X', from: '2026-03-02' }).expect(400);

    // The database itself refuses a period overlapping another.
    const [{ id: userId }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'social'`);
    await expect(spis.dataSource.query(
      `INSERT INTO displaced_person_status (person_id, status, legal_basis, valid_from, valid_to, case_id, recorded_by, recorded_at) VALUES ($1, 'refugee', 'X', '2000-01-01', '2000-12-31', $2, $3, now())`,
      [dragana.id, change.id, userId],
    )).rejects.toMatchObject({ code: '23P01' });
  });

  it('documents: valid now by the Belgrade calendar, numbers unique per kind', async () => {
    const add = (person: Person, document: Record<string, unknown>) =>
      social.post(`${PATH}/${person.id}/documents`).send({ caseId: decision.id, version: person.version, ...document });
    const expired = await add(dragana, { kind: 'refugee-card', number: 'IL-100200', issuedOn: '2010-05-05', validUntil: '2015-05-04' }).expect(201);
    const { body } = await add(expired.body, { kind: 'refugee-card', number: 'IL-204518', issuedOn: '2026-03-02', validUntil: '2026-12-31', issuedBy: 'Komesarijat za izbeglice i migracije' }).expect(201);
    expect(body).toMatchObject({
      version: 5,
      hasValidDocument: true,
      documents: [
        { kind: 'refugee-card', number: 'IL-100200', validUntil: '2015-05-04', validNow: false },
        { kind: 'refugee-card', number: 'IL-204518', issuedOn: '2026-03-02', validUntil: '2026-12-31', validNow: true, caseNumber: decision.number },
      ],
    });
    dragana = body;
    petar = (await add(petar, { kind: 'expelled-card', number: 'PL-77', issuedOn: '1994-01-10' }).expect(201)).body;
    expect(petar).toMatchObject({ hasValidDocument: true, documents: [{ number: 'PL-77', validUntil: null, validNow: true }] });

    const taken = await add(jovan, { kind: 'refugee-card', number: 'il-204518', issuedOn: '2026-01-10' }).expect(409);
    expect(taken.body.code).toBe('DISPLACED_PERSON_DOCUMENT_NUMBER_TAKEN');
    const backwards = await add(jovan, { kind: 'idp-card', number: 'IRL-1', issuedOn: '2026-01-10', validUntil: '2025-01-10' }).expect(400);
    expect(backwards.body.errors).toEqual([expect.objectContaining({ field: 'validUntil' })]);
    const future = await add(jovan, { kind: 'idp-card', number: 'IRL-1', issuedOn: '2026-03-03' }).expect(400);
    expect(future.body.code).toBe('DISPLACED_PERSON_DATE_IN_FUTURE');

    expect(await names('hasValidDocument=true')).toEqual(['Dragana Marković', 'Petar Đorđević']);
    expect(await names('hasValidDocument=false')).toEqual(['Јован Петровић']);
    expect(await names('documentExpiringBefore=2027-01-01')).toEqual(['Dragana Marković']);
    expect(await names('documentExpiringBefore=2026-12-31')).toEqual([]);
    // The card number finds its holder.
    expect(await names('q=il-204518')).toEqual(['Dragana Marković']);

    // On 1 January 2027 in Belgrade (still 31 December in UTC) the card has lapsed.
    await spis.travelTo('2026-12-31T23:30:00Z');
    expect(await names('hasValidDocument=true')).toEqual(['Petar Đorđević']);
    expect((await social.get(`${PATH}/${dragana.id}`).expect(200)).body).toMatchObject({ hasValidDocument: false, documents: [{ validNow: false }, { validNow: false }] });
    await spis.travelTo('2026-03-02T09:00:00Z');
  });

  it('family members are links between persons of the register, read both ways', async () => {
    milica = (await social.post(PATH).send({
      caseId: decision.id, firstName: 'Milica', lastName: 'Marković', personalId: MILICA_JMBG, dateOfBirth: '2015-06-15',
      placeOfOrigin: 'Knin, Hrvatska', address: 'Bulevar oslobođenja 15/7, Demo', status: 'refugee', legalBasis: 'Rešenje br. 019-1234/2015', statusFrom: '2015-06-15',
    }).expect(201)).body;

    const { body } = await social.post(`${PATH}/${dragana.id}/family-members`).send({ caseId: decision.id, version: dragana.version, relativeId: milica.id, relation: 'child' }).expect(201);
    expect(body).toMatchObject({ version: dragana.version + 1, familyMembers: [{ personId: milica.id, firstName: 'Milica', lastName: 'Marković', relation: 'child', caseNumber: decision.number }] });
    dragana = body;
    const { body: child } = await social.get(`${PATH}/${milica.id}`).expect(200);
    expect(child).toMatchObject({ version: 2, familyMembers: [{ personId: dragana.id, firstName: 'Dragana', relation: 'parent' }] });
    milica = child;

    const again = await social.post(`${PATH}/${milica.id}/family-members`).send({ caseId: decision.id, version: milica.version, relativeId: dragana.id, relation: 'parent' }).expect(409);
    expect(again.body.code).toBe('DISPLACED_PERSON_ALREADY_LINKED');
    const self = await social.post(`${PATH}/${milica.id}/family-members`).send({ caseId: decision.id, version: milica.version, relativeId: milica.id, relation: 'sibling' }).expect(400);
    expect(self.body.code).toBe('DISPLACED_PERSON_SELF_LINK');
    const nobody = await social.post(`${PATH}/${milica.id}/family-members`).send({ caseId: decision.id, version: milica.version, relativeId: '00000000-0000-4000-8000-000000000000', relation: 'sibling' }).expect(404);
    expect(nobody.body.code).toBe('DISPLACED_PERSON_RELATIVE_NOT_FOUND');
    await social.post(`${PATH}/${milica.id}/family-members`).send({ caseId: decision.id, version: milica.version, relativeId: petar.id, relation: 'cousin' }).expect(400);
  });

  it('assistance received: cash in minor units of a currency, or in kind', async () => {
    const give = (assistance: Record<string, unknown>) => social.post(`${PATH}/${dragana.id}/assistance`).send({ caseId: change.id, version: dragana.version, ...assistance });
    dragana = (await give({ kind: 'cash', amount: 1500000, providedOn: '2026-02-15', providedBy: 'Opština Demo', note: 'Jednokratna novčana pomoć' }).expect(201)).body;
    dragana = (await give({ kind: 'building-material', providedOn: '2026-03-01', providedBy: 'Komesarijat za izbeglice i migracije' }).expect(201)).body;
    expect(dragana.assistance).toEqual([
      expect.objectContaining({ kind: 'cash', amount: 1500000, currency: 'RSD', providedOn: '2026-02-15', providedBy: 'Opština Demo', caseNumber: change.number }),
      expect.objectContaining({ kind: 'building-material', amount: null, currency: null }),
    ]);
    const currencyAlone = await give({ kind: 'food', currency: 'EUR', providedOn: '2026-03-01', providedBy: 'UNHCR' }).expect(400);
    expect(currencyAlone.body.errors).toEqual([expect.objectContaining({ field: 'currency' })]);
    const fractional = await give({ kind: 'cash', amount: 15000.5, providedOn: '2026-03-01', providedBy: 'UNHCR' }).expect(400);
    expect(fractional.body.errors).toEqual([expect.objectContaining({ field: 'amount' })]);
  });

  it('keeps the full history: who, when, in which case, before and after; the audit trail has it without identifiers', async () => {
    const { body: history } = await social.get(`${PATH}/${dragana.id}/history`).expect(200);
    expect(history.map((item: { action: string; actor: string; case: { number: string } }) => [item.action, item.actor, item.case.number])).toEqual([
      ['create', 'social', decision.number],
      ['update', 'social', change.number],
      ['status', 'social', change.number],
      ['document', 'social', decision.number],
      ['document', 'social', decision.number],
      ['family-member', 'social', decision.number],
      ['assistance', 'social', change.number],
      ['assistance', 'social', change.number],
    ]);
    expect(history[0]).toMatchObject({ at: expect.stringMatching(/^2026-03-02T09:/), before: null, after: { version: 1, personalId: DRAGANA_JMBG, address: 'Njegoševa 12, Demo' } });
    expect(history[1]).toMatchObject({ before: { version: 1, address: 'Njegoševa 12, Demo' }, after: { version: 2, address: 'Bulevar oslobođenja 15/7, Demo' } });
    expect(history[2]).toMatchObject({ before: { status: 'refugee' }, after: { status: 'integrated', statusHistory: [{ to: '2026-02-28' }, { from: '2026-03-01' }] } });
    const { body: childHistory } = await social.get(`${PATH}/${milica.id}/history`).expect(200);
    expect(childHistory.map((item: { action: string }) => item.action)).toEqual(['create', 'family-member']);
    expect(childHistory[1].after.familyMembers).toEqual([expect.objectContaining({ personId: dragana.id, relation: 'parent' })]);

    await social.get(`${PATH}/${dragana.id}`).expect(200);
    const { body: audit } = await admin.get(`/api/audit?entityType=DisplacedPerson&entityId=${dragana.id}&pageSize=200`).expect(200);
    const actions = audit.items.map((entry: { action: string }) => entry.action);
    for (const action of ['create', 'update', 'status', 'document', 'family-member', 'assistance']) expect(actions).toContain(`register.displaced-persons.${action}`);
    expect(actions).toContain('register.personal-data-read');
    expect(JSON.stringify(audit)).not.toContain(DRAGANA_JMBG);
    const { body: petarAudit } = await admin.get(`/api/audit?entityType=DisplacedPerson&entityId=${petar.id}&pageSize=200`).expect(200);
    expect(JSON.stringify(petarAudit)).not.toContain('BIH-A1234567');
  });

  it('lists in SQL: names in either script, status, place of origin, case, JMBG for the keeper, paging', async () => {
    expect(await names('')).toEqual(['Dragana Marković', 'Milica Marković', 'Petar Đorđević', 'Јован Петровић']);
    expect(await names('q=%D0%82%D0%BE%D1%80%D1%92%D0%B5%D0%B2%D0%B8%D1%9B')).toEqual(['Petar Đorđević']); // "Ђорђевић"
    expect(await names('q=djordjevic')).toEqual(['Petar Đorđević']);
    expect(await names('q=jovan%20petrovic')).toEqual(['Јован Петровић']);
    expect(await names('q=markovic%20milica')).toEqual(['Milica Marković']);
    expect(await names('status=integrated')).toEqual(['Dragana Marković']);
    expect(await names('status=refugee')).toEqual(['Milica Marković']);
    expect(await names('placeOfOrigin=%D0%BA%D0%BD%D0%B8%D0%BD')).toEqual(['Dragana Marković', 'Milica Marković']); // "книн"
    expect(await names('placeOfOrigin=pristina')).toEqual(['Јован Петровић']);
    expect(await names(`caseId=${change.id}`)).toEqual(['Dragana Marković']);
    expect(await names(`q=${JOVAN_JMBG}`)).toEqual(['Јован Петровић']);
    // Only the whole number: a JMBG is never a search text.
    expect(await names(`q=${JOVAN_JMBG.slice(0, 7)}`)).toEqual([]);

    const { body: page } = await social.get(`${PATH}?pageSize=1&page=2`).expect(200);
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 1, items: [{ firstName: 'Milica', personalId: MILICA_JMBG, status: 'refugee' }] });
    const { body: first } = await social.get(`${PATH}?pageSize=1`).expect(200);
    expect(first.items[0]).toMatchObject({ status: 'integrated', statusSince: '2026-03-01', validDocument: { kind: 'refugee-card', number: 'IL-204518', validUntil: '2026-12-31' }, caseIds: [decision.id, change.id] });
    await social.get(`${PATH}?status=gone`).expect(400);
    await social.get(`${PATH}?hasValidDocument=maybe`).expect(400);
    await social.get(`${PATH}?documentExpiringBefore=2026-02-30`).expect(400);
  });

  it('exports the filtered list as CSV (identifiers for the keeper) and as a printed PDF list', async () => {
    const csv = await social.get(`${PATH}/export.csv?placeOfOrigin=knin`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="izbegla-i-raseljena-lica.csv"/);
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual([
      'Prezime', 'Ime', 'JMBG', 'Strani identifikacioni broj', 'Datum rođenja', 'Mesto rođenja', 'Mesto porekla', 'Adresa',
      'Status', 'Pravni osnov', 'Status od', 'Važeći dokument', 'Važi do', 'Predmeti',
    ]);
    expect(rows.slice(1)).toEqual([
      ['Marković', 'Dragana', DRAGANA_JMBG, '', '1990-01-01', 'Knin', 'Knin, Hrvatska', 'Bulevar oslobođenja 15/7, Demo', 'integrisano',
        'Rešenje o prestanku statusa br. 019-77/2026', '2026-03-01', 'izbeglička legitimacija IL-204518', '2026-12-31', `${decision.number}, ${change.number}`],
      ['Marković', 'Milica', MILICA_JMBG, '', '2015-06-15', '', 'Knin, Hrvatska', 'Bulevar oslobođenja 15/7, Demo', 'izbeglo lice',
        'Rešenje br. 019-1234/2015', '2015-06-15', '', '', decision.number],
    ]);
    const english = parseCsv((await social.get(`${PATH}/export.csv?lang=en&status=expelled`).expect(200)).text);
    expect(english[1]).toEqual(expect.arrayContaining(['Đorđević', 'BIH-A1234567', 'expelled person', 'expelled person card PL-77', 'no term']));

    const pdf = await social.get(`${PATH}/list.pdf?lang=sr-Cyrl`).buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfLine(pdf.body);
    for (const expected of ['Евиденција избеглих, прогнаних и интерно расељених лица', 'Број уписа: 4', 'Marković', 'Петровић', 'интегрисано', 'IL-204518', decision.number]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain(DRAGANA_JMBG);
    expect(text).not.toContain('BIH-A1234567');
    const latin = await social.get(`${PATH}/list.pdf?status=internally-displaced`).buffer(true).parse(binary).expect(200);
    // A cell too long for its column wraps, so words of one cell may come apart in the extracted text.
    expect(await pdfLine(latin.body)).toMatch(/Evidencija izbeglih, prognanih i interno raseljenih lica.*Broj upisa: 1.*Петровић.*interno raseljeno/);
  });

  it('officials of other departments, the registry and the administrator see nothing of the register', async () => {
    for (const outsider of [official, economy, registry, admin]) {
      for (const path of ['', `/${dragana.id}`, `/${dragana.id}/history`, '/export.csv', '/list.pdf']) {
        const { body } = await outsider.get(`${PATH}${path}`).expect(403);
        expect(body.code).toBe('FORBIDDEN');
      }
      await outsider.post(PATH).send({ caseId: decision.id, ...DRAGANA }).expect(403);
      await outsider.patch(`${PATH}/${dragana.id}`).send({ caseId: decision.id, version: dragana.version }).expect(403);
      for (const event of ['status', 'documents', 'family-members', 'assistance']) {
        await outsider.post(`${PATH}/${dragana.id}/${event}`).send({ caseId: decision.id, version: dragana.version }).expect(403);
      }
    }
  });

  it('a reader without the right to personal data sees the register with identifiers hidden, and no read is recorded', async () => {
    const { body: role } = await admin.post('/api/roles').send({
      code: 'displaced-persons-reader', name: 'Uvid u evidenciju izbeglih lica', permissions: [{ action: 'read', subject: 'DisplacedPerson', scope: 'all' }],
    }).expect(201);
    const password = 'citalac-evidencije-1';
    const { body: user } = await admin.post('/api/users').send({ username: 'reader06', fullName: 'Jelena Citalac', password }).expect(201);
    await admin.post('/api/positions').send({ title: 'Saradnik za socijalna pitanja', orgUnitId: unit06, userId: user.id, roleIds: [role.id] }).expect(201);
    const { accessToken } = await spis.login('reader06', password);
    const get = (path: string) => spis.http.get(path).set('Authorization', `Bearer ${accessToken}`);

    const reads = async () => (await admin.get(`/api/audit?entityType=DisplacedPerson&entityId=${dragana.id}&action=register.personal-data-read&pageSize=200`).expect(200)).body.total;
    const readsBefore = await reads();
    const { body: detail } = await get(`${PATH}/${dragana.id}`).expect(200);
    expect(detail).toMatchObject({ firstName: 'Dragana', personalId: null, foreignId: null, status: 'integrated' });
    const { body: history } = await get(`${PATH}/${dragana.id}/history`).expect(200);
    expect(history[0].after).toMatchObject({ personalId: null, address: 'Njegoševa 12, Demo' });
    const { body: list } = await get(`${PATH}?q=djordjevic`).expect(200);
    expect(list.items).toEqual([expect.objectContaining({ lastName: 'Đorđević', personalId: null, foreignId: null })]);
    expect((await get(`${PATH}?q=${DRAGANA_JMBG}`).expect(200)).body.total).toBe(0);
    expect(await reads()).toBe(readsBefore);

    // Reading is all this role allows.
    await get(`${PATH}/export.csv`).expect(403);
    await spis.http.post(PATH).set('Authorization', `Bearer ${accessToken}`).send({ caseId: decision.id, ...DRAGANA }).expect(403);
  });
});
