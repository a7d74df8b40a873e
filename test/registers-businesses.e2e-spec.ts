import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';
import { binary, oneLine, parseCsv, pdfText } from './support/files.js';

/**
 * The businesses register (registar radnji) as the economy department (unit 03) keeps it: the
 * keeper (demo user `economy`) enters entrepreneurs' shops within cases assigned to her, changes
 * them, suspends, resumes and removes them; nobody else sees the register. Today is 10 March 2026.
 */
describe('the businesses register', () => {
  let spis: TestApp;
  let registry: Client, economy: Client, admin: Client;
  let unit03: string, economyId: string;
  let registrationSerial = 10_000_000;

  const TODAY = '2026-03-10T09:00:00Z';
  /** Valid JMBGs (date of birth, region, check digit). */
  const JMBG = { petar: '1503985710126', ana: '1010975715000', milan: '0707970710007', hidden: '0909965710025' };

  beforeAll(async () => {
    spis = await startTestApp();
    await spis.travelTo(TODAY);
    [registry, economy, admin] = await Promise.all(['registry', 'economy', 'admin'].map((name) => spis.as(name)));
    [{ id: unit03 }] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '03'`);
    [{ id: economyId }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'economy'`);
  });
  afterAll(() => spis.close());

  /** A case registered for unit 03, assigned to the keeper and accepted: one she may decide in. */
  async function openCase(subject = 'Zahtev za upis radnje'): Promise<{ id: string; number: string; version: number }> {
    const registered = await registry
      .post('/api/cases')
      .send({ classificationCode: '330', orgUnitId: unit03, subject, party: { name: 'Petar Petrović' }, receivedVia: 'counter' })
      .expect(201);
    const assigned = await registry.post(`/api/cases/${registered.body.id}/assign`).send({ assigneeId: economyId, version: registered.body.version }).expect(200);
    return (await economy.post(`/api/cases/${registered.body.id}/actions/accept`).send({ version: assigned.body.version }).expect(200)).body;
  }

  const fields = (overrides: Record<string, unknown> = {}) => ({
    registrationNumber: String(++registrationSerial),
    tradeName: 'Frizerska radnja Ana',
    owner: { name: 'Ana Anić', personalId: JMBG.ana },
    activityCode: '96.02',
    address: 'Njegoševa 12, Demo',
    startedOn: '2020-01-15',
    ...overrides,
  });

  async function entered(overrides: Record<string, unknown> = {}): Promise<Record<string, any>> {
    const file = await openCase();
    const response = await economy.post('/api/registers/businesses').send({ caseId: file.id, ...fields(overrides) });
    if (response.status !== 201) throw new Error(`enter: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  const brief = (periods: Array<{ status: string; from: string; to: string | null }>) => periods.map((p) => `${p.status} ${p.from}..${p.to ?? ''}`);

  describe('entering and changing a shop within a case', () => {
    it('the keeper enters a shop within her case; it is active from its start and links to the case', async () => {
      const file = await openCase();
      const created = await economy
        .post('/api/registers/businesses')
        .send({ caseId: file.id, ...fields({ registrationNumber: '64123456', activityCode: '4711', tradeName: 'Prodavnica Kod Petra', owner: { name: 'Petar Petrović', personalId: JMBG.petar } }) })
        .expect(201);
      expect(created.body).toMatchObject({
        registrationNumber: '64123456',
        tradeName: 'Prodavnica Kod Petra',
        owner: { name: 'Petar Petrović', personalId: JMBG.petar },
        activityCode: '47.11',
        startedOn: '2020-01-15',
        status: 'active',
        statusSince: '2020-01-15',
        removedOn: null,
        statusPeriods: [{ status: 'active', from: '2020-01-15', to: null, reason: null, caseId: file.id, caseNumber: file.number }],
        version: 1,
        caseIds: [file.id],
        cases: [{ id: file.id, number: file.number }],
      });
      const detail = await economy.get(`/api/registers/businesses/${created.body.id}`).expect(200);
      expect(detail.body).toMatchObject({ id: created.body.id, owner: { personalId: JMBG.petar } });
    });

    it('refuses a bad JMBG, activity code or registration number naming the field, a start ahead, and a registration number entered twice', async () => {
      const file = await openCase();
      const enter = (overrides: Record<string, unknown>) => economy.post('/api/registers/businesses').send({ caseId: file.id, ...fields(overrides) });
      const fieldsOf = (response: { body: { errors: Array<{ field: string; rule: string }> } }) => response.body.errors.map((error) => `${error.field} ${error.rule}`);

      expect(fieldsOf(await enter({ owner: { name: 'X', personalId: '1503985710127' } }).expect(400))).toEqual(['owner.personalId jmbgChecksum']);
      expect(fieldsOf(await enter({ owner: { name: 'X', personalId: '3102990710005' } }).expect(400))).toEqual(['owner.personalId jmbgChecksum']);
      expect(fieldsOf(await enter({ activityCode: '04.11' }).expect(400))).toEqual(['activityCode activityCode']);
      expect(fieldsOf(await enter({ activityCode: '4.711' }).expect(400))).toEqual(['activityCode activityCode']);
      expect(fieldsOf(await enter({ registrationNumber: '6412345' }).expect(400))).toEqual(['registrationNumber matches']);
      expect((await enter({ startedOn: '2026-03-11' }).expect(400)).body.code).toBe('BUSINESS_START_IN_FUTURE');

      await enter({ registrationNumber: '65000001' }).expect(201);
      const twice = await enter({ registrationNumber: '65000001' }).expect(409);
      expect(twice.body).toMatchObject({ code: 'BUSINESS_REGISTRATION_NUMBER_TAKEN', detail: expect.stringContaining('65000001') });
    });

    it('a change is made within another case, against the version read; the history says who, when, in which case, before and after', async () => {
      const shop = await entered({ tradeName: 'Pekara Zlatni klas', activityCode: '10.71' });
      const change = await openCase('Promena adrese radnje');
      const changed = await economy
        .patch(`/api/registers/businesses/${shop.id}`)
        .send({ caseId: change.id, version: 1, address: 'Bulevar oslobođenja 15, Demo', startedOn: '2019-12-01' })
        .expect(200);
      expect(changed.body).toMatchObject({ version: 2, address: 'Bulevar oslobođenja 15, Demo', startedOn: '2019-12-01', statusSince: '2019-12-01' });
      expect(changed.body.caseIds).toEqual([shop.caseIds[0], change.id]);
      expect((await economy.patch(`/api/registers/businesses/${shop.id}`).send({ caseId: change.id, version: 1, tradeName: 'X' }).expect(409)).body.code).toBe('VERSION_CONFLICT');

      const history = (await economy.get(`/api/registers/businesses/${shop.id}/history`).expect(200)).body as Array<Record<string, any>>;
      expect(history.map((item) => item.action)).toEqual(['create', 'update']);
      expect(history[1]).toMatchObject({
        actor: 'economy',
        case: { id: change.id, number: change.number },
        before: { version: 1, address: 'Njegoševa 12, Demo', startedOn: '2020-01-15', owner: { personalId: JMBG.ana }, statusPeriods: [{ status: 'active', from: '2020-01-15', to: null }] },
        after: { version: 2, address: 'Bulevar oslobođenja 15, Demo', startedOn: '2019-12-01', statusPeriods: [{ status: 'active', from: '2019-12-01', to: null }] },
      });
      expect(new Date(history[1].at).getTime()).toBeGreaterThanOrEqual(Date.parse(TODAY));
    });

    it('refuses a change in a case the keeper may see but not process (403), cannot see (404), or that was cancelled (409)', async () => {
      const shop = await entered();
      const change = (caseId: string) => economy.post(`/api/registers/businesses/${shop.id}/suspensions`).send({ caseId, version: 1, from: '2026-03-01', reason: 'X' });
      const unassigned = await registry
        .post('/api/cases')
        .send({ classificationCode: '330', orgUnitId: unit03, subject: 'Tuđi predmet', party: { name: 'X' }, receivedVia: 'counter' })
        .expect(201);
      expect((await change(unassigned.body.id).expect(403)).body.code).toBe('REGISTER_CASE_NOT_PROCESSABLE');
      const [{ id: unit04 }] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '04'`);
      const elsewhere = await registry
        .post('/api/cases')
        .send({ classificationCode: '351', orgUnitId: unit04, subject: 'Predmet urbanizma', party: { name: 'X' }, receivedVia: 'counter' })
        .expect(201);
      expect((await change(elsewhere.body.id).expect(404)).body.code).toBe('REGISTER_CASE_NOT_FOUND');
      const cancelled = await openCase();
      await registry.post(`/api/cases/${cancelled.id}/actions/cancel`).send({ version: cancelled.version, reason: 'Zavedeno greškom' }).expect(200);
      expect((await change(cancelled.id).expect(409)).body.code).toBe('REGISTER_CASE_NOT_OPEN');
      expect((await economy.get(`/api/registers/businesses/${shop.id}`).expect(200)).body).toMatchObject({ version: 1, status: 'active' });
    });
  });

  describe('suspensions, resumptions and removal', () => {
    it('suspends until resumed, resumes, suspends for a term, resumes early, and removes; the periods never overlap', async () => {
      const shop = await entered({ tradeName: 'Kafe Sunce', activityCode: '56.30' });
      const file = await openCase('Privremena odjava radnje');
      const post = (event: string, body: Record<string, unknown>) => economy.post(`/api/registers/businesses/${shop.id}/${event}`).send({ caseId: file.id, ...body });

      const suspended = await post('suspensions', { version: 1, from: '2026-02-01', reason: 'Bolovanje' }).expect(201);
      expect(suspended.body).toMatchObject({ version: 2, status: 'suspended', statusSince: '2026-02-01' });
      expect((await post('suspensions', { version: 2, from: '2026-03-01', reason: 'X' }).expect(409)).body).toMatchObject({ code: 'BUSINESS_ALREADY_SUSPENDED', detail: expect.stringContaining('2026-02-01') });

      const resumed = await post('resumptions', { version: 2, on: '2026-03-05' }).expect(201);
      expect(resumed.body).toMatchObject({ version: 3, status: 'active', statusSince: '2026-03-05' });
      expect((await post('resumptions', { version: 3, on: '2026-03-09' }).expect(409)).body.code).toBe('BUSINESS_NOT_SUSPENDED');

      const reversed = await post('suspensions', { version: 3, from: '2026-03-08', to: '2026-03-07', reason: 'X' }).expect(400);
      expect(reversed.body.errors).toEqual([expect.objectContaining({ field: 'to', rule: 'notBefore' })]);
      const fixed = await post('suspensions', { version: 3, from: '2026-03-08', to: '2026-04-30', reason: 'Godišnji odmor' }).expect(201);
      expect(fixed.body).toMatchObject({ version: 4, status: 'suspended', statusSince: '2026-03-08' });
      expect(brief(fixed.body.statusPeriods)).toEqual([
        'active 2020-01-15..2026-01-31', 'suspended 2026-02-01..2026-03-04', 'active 2026-03-05..2026-03-07', 'suspended 2026-03-08..2026-04-30', 'active 2026-05-01..',
      ]);

      const intoThePast = await post('suspensions', { version: 4, from: '2026-02-15', reason: 'X' }).expect(409);
      expect(intoThePast.body).toMatchObject({ code: 'BUSINESS_STATUS_DATE_CONFLICT', detail: expect.stringContaining('2026-05-01') });

      const early = await post('resumptions', { version: 4, on: '2026-03-10', reason: 'Raniji povratak' }).expect(201);
      expect(early.body).toMatchObject({ version: 5, status: 'active', statusSince: '2026-03-10' });
      expect(brief(early.body.statusPeriods).slice(3)).toEqual(['suspended 2026-03-08..2026-03-09', 'active 2026-03-10..']);

      const removed = await post('removal', { version: 5, on: '2026-03-31', reason: 'Odjava preduzetnika' }).expect(201);
      expect(removed.body).toMatchObject({ version: 6, status: 'active', removedOn: '2026-03-31', removalReason: 'Odjava preduzetnika' });
      expect((await post('suspensions', { version: 6, from: '2026-04-01', reason: 'X' }).expect(409)).body).toMatchObject({ code: 'BUSINESS_REMOVED', detail: expect.stringContaining('2026-03-31') });
      const patch = await economy.patch(`/api/registers/businesses/${shop.id}`).send({ caseId: file.id, version: 6, tradeName: 'Kafe Mesec' }).expect(409);
      expect(patch.body.code).toBe('BUSINESS_REMOVED');

      const history = (await economy.get(`/api/registers/businesses/${shop.id}/history`).expect(200)).body;
      expect(history.map((item: { action: string }) => item.action)).toEqual(['create', 'suspension', 'resumption', 'suspension', 'resumption', 'removal']);
      expect(brief(history[4].before.statusPeriods).at(-2)).toBe('suspended 2026-03-08..2026-04-30');

      // The database itself refuses an overlapping period, whatever the application does.
      await expect(
        spis.dataSource.query(
          `INSERT INTO business_status_period (business_id, status, valid_from, valid_to, case_id, recorded_by, recorded_at)
           VALUES ($1, 'suspended', '2026-03-01', '2026-03-02', $2, $3, now())`,
          [shop.id, file.id, economyId],
        ),
      ).rejects.toThrow(/business_status_periods_do_not_overlap/);
    });

    it('a fixed-term suspension ends by itself: the status is reckoned on each day', async () => {
      const shop = await entered({ tradeName: 'Sezonska radnja' });
      const file = await openCase();
      await economy.post(`/api/registers/businesses/${shop.id}/suspensions`).send({ caseId: file.id, version: 1, from: '2026-03-01', to: '2026-04-30', reason: 'Van sezone' }).expect(201);
      const statusOf = async () => (await economy.get(`/api/registers/businesses/${shop.id}`).expect(200)).body.status;
      expect(await statusOf()).toBe('suspended');
      try {
        await spis.travelTo('2026-05-02T09:00:00Z');
        expect(await statusOf()).toBe('active');
        const active = (await economy.get('/api/registers/businesses?status=active&q=sezonska').expect(200)).body;
        expect(active.total).toBe(1);
      } finally {
        await spis.travelTo(TODAY);
      }
    });
  });

  describe('finding shops, exporting and printing them', () => {
    let listCase: { id: string; number: string };

    beforeAll(async () => {
      listCase = await openCase('Radnje za pretragu');
      const enter = (overrides: Record<string, unknown>) => economy.post('/api/registers/businesses').send({ caseId: listCase.id, ...fields(overrides) }).expect(201);
      await enter({ registrationNumber: '70000001', tradeName: 'Трговинска радња Ђурђевак', owner: { name: 'Милан Ђурђевић', personalId: JMBG.milan }, activityCode: '47.19', address: 'Кнеза Милоша 5, Ниш', startedOn: '2011-04-01' });
      const suspended = await enter({ registrationNumber: '70000002', tradeName: 'Mesara Šumadija', owner: { name: 'Milan Šćekić', personalId: JMBG.milan }, activityCode: '47.22', startedOn: '2015-06-01' });
      await economy.post(`/api/registers/businesses/${suspended.body.id}/suspensions`).send({ caseId: listCase.id, version: 1, from: '2026-01-01', reason: 'Renoviranje' }).expect(201);
    });

    const list = async (query: string) => (await economy.get(`/api/registers/businesses?${query}`).expect(200)).body as { items: Array<Record<string, any>>; total: number; page: number; pageSize: number };
    const names = async (query: string) => (await list(query)).items.map((item) => item.tradeName);

    it('filters by status today, activity code prefix, start and case, and pages', async () => {
      expect(await names(`caseId=${listCase.id}`)).toEqual(['Mesara Šumadija', 'Трговинска радња Ђурђевак']);
      expect(await names(`caseId=${listCase.id}&status=suspended`)).toEqual(['Mesara Šumadija']);
      expect(await names(`caseId=${listCase.id}&status=active`)).toEqual(['Трговинска радња Ђурђевак']);
      expect(await names(`caseId=${listCase.id}&activityCode=47.1`)).toEqual(['Трговинска радња Ђурђевак']);
      expect(await names(`caseId=${listCase.id}&activityCode=472`)).toEqual(['Mesara Šumadija']);
      expect((await names(`caseId=${listCase.id}&activityCode=47`))).toHaveLength(2);
      expect(await names(`caseId=${listCase.id}&startedFrom=2012-01-01`)).toEqual(['Mesara Šumadija']);
      expect(await names(`caseId=${listCase.id}&startedTo=2011-04-01`)).toEqual(['Трговинска радња Ђурђевак']);
      expect((await economy.get('/api/registers/businesses?activityCode=4x').expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'activityCode' })]);
      expect((await list('status=removed')).items.map((item) => item.tradeName)).toEqual([]);

      const [first] = (await list(`caseId=${listCase.id}`)).items;
      expect(first).toMatchObject({ status: 'suspended', statusSince: '2026-01-01', owner: { personalId: JMBG.milan }, caseIds: [listCase.id] });
      const page1 = await list('pageSize=2&page=1');
      const page2 = await list('pageSize=2&page=2');
      expect(page1).toMatchObject({ page: 1, pageSize: 2, total: page2.total });
      expect(page1.total).toBeGreaterThan(2);
      expect(page2.items.map((item) => item.id)).not.toContain(page1.items[0].id);
    });

    it('finds a shop written in Cyrillic by Latin words and one written in Latin by Cyrillic words', async () => {
      expect(await names(`q=${encodeURIComponent('djurdjevak nis')}`)).toEqual(['Трговинска радња Ђурђевак']);
      expect(await names(`q=${encodeURIComponent('Milan Đurđević')}`)).toEqual(['Трговинска радња Ђурђевак']);
      expect(await names(`q=${encodeURIComponent('шћекић')}`)).toEqual(['Mesara Šumadija']);
      expect(await names(`q=${encodeURIComponent('Месара Шумадија')}`)).toEqual(['Mesara Šumadija']);
      expect(await names('q=70000002')).toEqual(['Mesara Šumadija']);
    });

    it('exports the list as CSV with the JMBG for the keeper', async () => {
      const response = await economy.get(`/api/registers/businesses/export.csv?caseId=${listCase.id}`).buffer(true).parse(binary).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toMatch(/^attachment;.*registar-radnji\.csv/);
      const rows = parseCsv(response.body.toString('utf8'));
      expect(rows[0]).toEqual(['Matični broj', 'Poslovno ime', 'Preduzetnik', 'JMBG', 'Šifra delatnosti', 'Adresa', 'Početak rada', 'Status', 'Od', 'Privremene odjave', 'Brisana', 'Razlog brisanja', 'Predmeti']);
      expect(rows.slice(1)).toEqual([
        ['70000002', 'Mesara Šumadija', 'Milan Šćekić', JMBG.milan, '47.22', 'Njegoševa 12, Demo', '2015-06-01', 'privremeno odjavljena', '2026-01-01', '2026-01-01–', '', '', listCase.number],
        ['70000001', 'Трговинска радња Ђурђевак', 'Милан Ђурђевић', JMBG.milan, '47.19', 'Кнеза Милоша 5, Ниш', '2011-04-01', 'aktivna', '2011-04-01', '', '', '', listCase.number],
      ]);
    });

    it('prints the list as a PDF with a Cyrillic heading, the entries and no JMBG', async () => {
      const response = await economy.get(`/api/registers/businesses/list.pdf?caseId=${listCase.id}&lang=sr-Cyrl`).buffer(true).parse(binary).expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/pdf/);
      const text = oneLine(await pdfText(response.body));
      expect(text).toContain('Регистар радњи');
      expect(text).toContain('Трговинска радња Ђурђевак');
      expect(text).toContain('Mesara Šumadija');
      expect(text).toContain('привремено одјављена');
      expect(text).not.toContain(JMBG.milan);
    });
  });

  describe('who may see the register and its personal data', () => {
    it('an official of another unit, the registry office and the administrator are refused everything', async () => {
      const [{ id }] = await spis.dataSource.query(`SELECT id FROM business LIMIT 1`);
      const file = await openCase();
      for (const username of ['official', 'registry', 'admin', 'official2']) {
        const outsider = await spis.as(username);
        for (const request of [
          outsider.get('/api/registers/businesses'),
          outsider.get(`/api/registers/businesses/${id}`),
          outsider.get(`/api/registers/businesses/${id}/history`),
          outsider.get('/api/registers/businesses/export.csv'),
          outsider.get('/api/registers/businesses/list.pdf'),
          outsider.post('/api/registers/businesses').send({ caseId: file.id, ...fields() }),
          outsider.post(`/api/registers/businesses/${id}/removal`).send({ caseId: file.id, version: 1, on: '2026-03-10', reason: 'X' }),
        ]) {
          const response = await request;
          expect({ username, status: response.status, code: response.body.code }).toEqual({ username, status: 403, code: 'FORBIDDEN' });
        }
      }
    });

    it('the audit trail records each change without the JMBG, and each read of an entry holding one', async () => {
      const shop = await entered({ tradeName: 'Audit radnja', owner: { name: 'Audit Auditović', personalId: JMBG.petar } });
      await economy.get(`/api/registers/businesses/${shop.id}`).expect(200);
      const trail = (await admin.get(`/api/audit?entityType=Business&entityId=${shop.id}`).expect(200)).body.items as Array<Record<string, any>>;
      expect(trail.map((entry) => entry.action).sort()).toEqual(['register.businesses.create', 'register.personal-data-read']);
      expect(trail.find((entry) => entry.action === 'register.businesses.create')).toMatchObject({
        actor: 'economy',
        after: { tradeName: 'Audit radnja', owner: { name: 'Audit Auditović', personalId: null }, caseId: shop.caseIds[0] },
      });
      expect(JSON.stringify(trail)).not.toContain(JMBG.petar);
    });

    it('a reader without the right to personal data sees every JMBG hidden, and no read of personal data is recorded', async () => {
      const shop = await entered({ tradeName: 'Skrivena radnja', owner: { name: 'Skriveni Jmbg', personalId: JMBG.hidden } });
      const role = await admin
        .post('/api/roles')
        .send({ code: 'business-reader', name: 'Uvid u registar radnji', permissions: [{ action: 'read', subject: 'Business', scope: 'all' }] })
        .expect(201);
      const user = await admin.post('/api/users').send({ username: 'citac', fullName: 'Čitalac Registra', password: 'dugacka-lozinka-1' }).expect(201);
      await admin.post('/api/positions').send({ title: 'Uvid u registar radnji', orgUnitId: unit03, userId: user.body.id, roleIds: [role.body.id] }).expect(201);
      const { accessToken } = await spis.login('citac', 'dugacka-lozinka-1');
      const reader = (path: string) => spis.http.get(path).set('Authorization', `Bearer ${accessToken}`);

      expect((await reader(`/api/registers/businesses/${shop.id}`).expect(200)).body.owner).toEqual({ name: 'Skriveni Jmbg', personalId: null });
      expect((await reader('/api/registers/businesses?q=skrivena').expect(200)).body.items[0].owner.personalId).toBeNull();
      expect(JSON.stringify((await reader(`/api/registers/businesses/${shop.id}/history`).expect(200)).body)).not.toContain(JMBG.hidden);
      await reader('/api/registers/businesses/export.csv').expect(403);
      expect((await admin.get(`/api/audit?entityType=Business&entityId=${shop.id}&action=register.personal-data-read`).expect(200)).body.items).toEqual([]);
    });
  });
});

