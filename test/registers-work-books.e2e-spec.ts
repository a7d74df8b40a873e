import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';
import { binary, oneLine, parseCsv, pdfText } from './support/files.js';

/**
 * The work books register (radne knjižice) as the economy department (unit 03) keeps it: the
 * keeper (demo user `economy`) enters books within cases assigned to her, issues duplicates,
 * records hand-overs and returns; nobody else sees the register. Today is 10 March 2026.
 */
describe('the work books register', () => {
  let spis: TestApp;
  let registry: Client, economy: Client, admin: Client;
  let unit03: string, economyId: string;

  /** Valid JMBGs (date of birth, region, check digit), one per holder. */
  const JMBG = {
    petar: '1503985710126', // 15.03.1985
    djordje: '0101990710008', // 01.01.1990
    milica: '1203975715002', // 12.03.1975
    jovana: '2508985710016',
    nikola: '3107979710020',
    marko: '1402988710037',
    ivana: '2207966710048',
    ana: '1010975715000',
    ljubica: '0707970710007', // 07.07.1970
    audit: '1811982715000',
    hidden: '0909965710025',
  };

  beforeAll(async () => {
    spis = await startTestApp();
    await spis.travelTo('2026-03-10T09:00:00Z');
    [registry, economy, admin] = await Promise.all(['registry', 'economy', 'admin'].map((name) => spis.as(name)));
    [{ id: unit03 }] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '03'`);
    [{ id: economyId }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'economy'`);
  });
  afterAll(() => spis.close());

  /** A case registered for unit 03, assigned to the keeper and accepted: one she may decide in. */
  async function openCase(subject = 'Zahtev za izdavanje radne knjižice'): Promise<{ id: string; number: string; version: number }> {
    const registered = await registry
      .post('/api/cases')
      .send({ classificationCode: '112', orgUnitId: unit03, subject, party: { name: 'Petar Petrović' }, receivedVia: 'counter' })
      .expect(201);
    const assigned = await registry.post(`/api/cases/${registered.body.id}/assign`).send({ assigneeId: economyId, version: registered.body.version }).expect(200);
    return (await economy.post(`/api/cases/${registered.body.id}/actions/accept`).send({ version: assigned.body.version }).expect(200)).body;
  }

  const holder = (name: string, personalId: string, extra: Record<string, unknown> = {}) => ({ name, parentName: 'Marko', personalId, placeOfBirth: 'Beograd', ...extra });

  const issue = (caseId: string, body: Record<string, unknown>) => economy.post('/api/registers/work-books').send({ caseId, issuedOn: '2010-05-04', ...body });

  async function issued(body: Record<string, unknown>): Promise<Record<string, any>> {
    const file = await openCase();
    const response = await issue(file.id, body);
    if (response.status !== 201) throw new Error(`issue: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  describe('issuing and changing a book within a case', () => {
    it('the keeper enters a book within her case; it links to the case and shows the holder, the date of birth taken from the JMBG', async () => {
      const file = await openCase();
      const created = await issue(file.id, { series: 'ab', number: '100200', holder: holder('Petar Petrović', JMBG.petar) }).expect(201);
      expect(created.body).toMatchObject({
        series: 'AB',
        number: '100200',
        issuedOn: '2010-05-04',
        status: 'valid',
        version: 1,
        holder: { name: 'Petar Petrović', parentName: 'Marko', personalId: JMBG.petar, dateOfBirth: '1985-03-15', placeOfBirth: 'Beograd' },
        replaces: null,
        replacedBy: null,
        movements: [],
        caseIds: [file.id],
        cases: [{ id: file.id, number: file.number }],
      });
      const detail = await economy.get(`/api/registers/work-books/${created.body.id}`).expect(200);
      expect(detail.body).toMatchObject({ id: created.body.id, holder: { personalId: JMBG.petar }, caseIds: [file.id] });
    });

    it('a correction is made within another case, against the version read; the history says who, when, in which case, before and after', async () => {
      const book = await issued({ series: 'AB', number: '100300', holder: holder('Djordje Jankovic', JMBG.djordje) });
      const correction = await openCase('Ispravka podataka u radnoj knjižici');
      const changed = await economy
        .patch(`/api/registers/work-books/${book.id}`)
        .send({ caseId: correction.id, version: 1, holder: holder('Đorđe Janković', JMBG.djordje, { placeOfBirth: 'Novi Sad' }) })
        .expect(200);
      expect(changed.body).toMatchObject({ version: 2, holder: { name: 'Đorđe Janković', placeOfBirth: 'Novi Sad', dateOfBirth: '1990-01-01' } });
      expect(changed.body.caseIds).toEqual([book.caseIds[0], correction.id]);

      const stale = await economy.patch(`/api/registers/work-books/${book.id}`).send({ caseId: correction.id, version: 1, number: '999' }).expect(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');

      const history = (await economy.get(`/api/registers/work-books/${book.id}/history`).expect(200)).body as Array<Record<string, any>>;
      expect(history.map((item) => item.action)).toEqual(['create', 'update']);
      expect(history[1]).toMatchObject({
        actor: 'economy',
        case: { id: correction.id, number: correction.number },
        before: { version: 1, holder: { name: 'Djordje Jankovic', placeOfBirth: 'Beograd', personalId: JMBG.djordje } },
        after: { version: 2, holder: { name: 'Đorđe Janković', placeOfBirth: 'Novi Sad', personalId: JMBG.djordje } },
      });
      expect(new Date(history[1].at).getTime()).toBeGreaterThanOrEqual(Date.parse('2026-03-10T09:00:00Z'));
    });

    it('refuses a change in a case the keeper may see but not process (403), cannot see (404), or that was cancelled (409)', async () => {
      const book = await issued({ series: 'AB', number: '100400', holder: holder('Milica Ilić', JMBG.milica) });
      const change = (caseId: string) => economy.patch(`/api/registers/work-books/${book.id}`).send({ caseId, version: 1, number: '100401' });

      // Registered for her unit but not assigned to her.
      const unassigned = await registry
        .post('/api/cases')
        .send({ classificationCode: '112', orgUnitId: unit03, subject: 'Tuđi predmet', party: { name: 'X' }, receivedVia: 'counter' })
        .expect(201);
      expect((await change(unassigned.body.id).expect(403)).body.code).toBe('REGISTER_CASE_NOT_PROCESSABLE');

      // Another unit's case.
      const [{ id: unit04 }] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '04'`);
      const elsewhere = await registry
        .post('/api/cases')
        .send({ classificationCode: '351', orgUnitId: unit04, subject: 'Predmet urbanizma', party: { name: 'X' }, receivedVia: 'counter' })
        .expect(201);
      expect((await change(elsewhere.body.id).expect(404)).body.code).toBe('REGISTER_CASE_NOT_FOUND');

      const cancelled = await openCase();
      await registry.post(`/api/cases/${cancelled.id}/actions/cancel`).send({ version: cancelled.version, reason: 'Zavedeno greškom' }).expect(200);
      expect((await change(cancelled.id).expect(409)).body.code).toBe('REGISTER_CASE_NOT_OPEN');

      const unchanged = await economy.get(`/api/registers/work-books/${book.id}`).expect(200);
      expect(unchanged.body).toMatchObject({ number: '100400', version: 1 });
    });

    it('refuses a JMBG with a wrong check digit or an impossible date, and a date of birth other than the JMBG\'s, naming the field', async () => {
      const file = await openCase();
      const wrongCheck = await issue(file.id, { series: 'AB', number: '100500', holder: holder('Pera Perić', '1503985710127') }).expect(400);
      expect(wrongCheck.body.code).toBe('VALIDATION_FAILED');
      expect(wrongCheck.body.errors).toEqual([expect.objectContaining({ field: 'holder.personalId', rule: 'jmbgChecksum' })]);

      const impossibleDate = await issue(file.id, { series: 'AB', number: '100500', holder: holder('Pera Perić', '3102990710005') }).expect(400);
      expect(impossibleDate.body.errors).toEqual([expect.objectContaining({ field: 'holder.personalId', rule: 'jmbgChecksum' })]);

      const otherBirthday = await issue(file.id, { series: 'AB', number: '100500', holder: holder('Pera Perić', JMBG.jovana, { dateOfBirth: '1985-08-26' }) }).expect(400);
      expect(otherBirthday.body.errors).toEqual([expect.objectContaining({ field: 'holder.dateOfBirth', rule: 'jmbgDateOfBirth' })]);

      const patch = await economy.patch(`/api/registers/work-books/${(await issued({ series: 'AB', number: '100501', holder: holder('Pera Perić', JMBG.jovana) })).id}`)
        .send({ caseId: file.id, version: 1, holder: holder('Pera Perić', '2508985710017') })
        .expect(400);
      expect(patch.body.errors).toEqual([expect.objectContaining({ field: 'holder.personalId' })]);
      const [{ count }] = await spis.dataSource.query(`SELECT count(*)::int AS count FROM work_book WHERE number = '100500'`);
      expect(count).toBe(0);
    });

    it('a holder never has two valid books, and a series and number are entered once', async () => {
      await issued({ series: 'CD', number: '1', holder: holder('Nikola Nikolić', JMBG.nikola) });
      const file = await openCase();
      const second = await issue(file.id, { series: 'CD', number: '2', holder: holder('Nikola Nikolić', JMBG.nikola) }).expect(409);
      expect(second.body.code).toBe('WORK_BOOK_HOLDER_HAS_VALID_BOOK');
      const taken = await issue(file.id, { series: 'цд', number: '1', holder: holder('Marko Marković', JMBG.marko) }).expect(409);
      expect(taken.body).toMatchObject({ code: 'WORK_BOOK_NUMBER_TAKEN', detail: expect.stringContaining('CD') });
      const future = await issue(file.id, { series: 'CD', number: '3', issuedOn: '2026-03-11', holder: holder('Marko Marković', JMBG.marko) }).expect(400);
      expect(future.body.code).toBe('WORK_BOOK_DATE_IN_FUTURE');
      const beforeBirth = await issue(file.id, { series: 'CD', number: '3', issuedOn: '1987-01-01', holder: holder('Marko Marković', JMBG.marko) }).expect(400);
      expect(beforeBirth.body.code).toBe('WORK_BOOK_ISSUED_BEFORE_BIRTH');

      // The database itself refuses a second valid book, whatever the application does.
      await expect(
        spis.dataSource.query(
          `INSERT INTO work_book (series, number, issued_on, holder_name, holder_parent_name, holder_personal_id, holder_date_of_birth, holder_place_of_birth, status, search_text, created_at, updated_at)
           VALUES ('CD', '99', '2020-01-01', 'N', 'M', $1, '1979-07-31', 'B', 'valid', '', now(), now())`,
          [JMBG.nikola],
        ),
      ).rejects.toThrow(/work_book_one_valid_per_holder/);
    });
  });

  describe('duplicates, hand-overs and returns', () => {
    it('a duplicate for a lost book is a new valid book linked both ways; the old one is replaced and takes no hand-overs', async () => {
      const original = await issued({ series: 'EF', number: '500', holder: holder('Ivana Ivanović', JMBG.ivana) });
      const file = await openCase('Zahtev za izdavanje duplikata radne knjižice');
      const duplicate = await economy
        .post(`/api/registers/work-books/${original.id}/duplicates`)
        .send({ caseId: file.id, version: 1, series: 'EF', number: '777', issuedOn: '2026-03-09', reason: 'lost' })
        .expect(201);
      expect(duplicate.body).toMatchObject({
        series: 'EF',
        number: '777',
        status: 'valid',
        duplicateReason: 'lost',
        holder: { name: 'Ivana Ivanović', personalId: JMBG.ivana },
        replaces: { id: original.id, series: 'EF', number: '500' },
        caseIds: [file.id],
      });
      const old = (await economy.get(`/api/registers/work-books/${original.id}`).expect(200)).body;
      expect(old).toMatchObject({ status: 'replaced_by_duplicate', version: 2, replacedBy: { id: duplicate.body.id, series: 'EF', number: '777' } });

      const handover = await economy
        .post(`/api/registers/work-books/${original.id}/handovers`)
        .send({ caseId: file.id, version: 2, handedOverOn: '2026-03-09', to: 'holder' })
        .expect(409);
      expect(handover.body.code).toBe('WORK_BOOK_NOT_VALID');
      const history = (await economy.get(`/api/registers/work-books/${original.id}/history`).expect(200)).body;
      expect(history.map((item: { action: string }) => item.action)).toEqual(['create', 'duplicate']);
      expect(history[1].after).toMatchObject({ status: 'replaced_by_duplicate', replacedById: duplicate.body.id });
    });

    it('records hand-overs to an employer (named) and to the holder, then the return for good; the holder may then be issued a new book', async () => {
      const book = await issued({ series: 'GH', number: '42', holder: holder('Ana Anić', JMBG.ana) });
      const file = await openCase('Predaja radne knjižice');
      const unnamed = await economy.post(`/api/registers/work-books/${book.id}/handovers`).send({ caseId: file.id, version: 1, handedOverOn: '2015-02-01', to: 'employer' }).expect(400);
      expect(new Set(unnamed.body.errors.map((error: { field: string }) => error.field))).toEqual(new Set(['recipientName']));
      const beforeIssue = await economy
        .post(`/api/registers/work-books/${book.id}/handovers`)
        .send({ caseId: file.id, version: 1, handedOverOn: '2009-01-01', to: 'employer', recipientName: 'Demo d.o.o.' })
        .expect(400);
      expect(beforeIssue.body.code).toBe('WORK_BOOK_DATE_BEFORE_ISSUE');

      const toEmployer = await economy
        .post(`/api/registers/work-books/${book.id}/handovers`)
        .send({ caseId: file.id, version: 1, handedOverOn: '2015-02-01', to: 'employer', recipientName: 'Demo d.o.o.', note: 'Zasnivanje radnog odnosa' })
        .expect(201);
      expect(toEmployer.body).toMatchObject({ status: 'valid', version: 2 });
      await economy.post(`/api/registers/work-books/${book.id}/handovers`).send({ caseId: file.id, version: 2, handedOverOn: '2020-06-30', to: 'holder' }).expect(201);
      const returned = await economy.post(`/api/registers/work-books/${book.id}/returns`).send({ caseId: file.id, version: 3, returnedOn: '2026-03-02' }).expect(201);
      expect(returned.body).toMatchObject({ status: 'returned', returnedOn: '2026-03-02', version: 4 });
      expect(returned.body.movements).toEqual([
        expect.objectContaining({ kind: 'handover', on: '2015-02-01', to: 'employer', recipientName: 'Demo d.o.o.', note: 'Zasnivanje radnog odnosa', caseNumber: file.number }),
        expect.objectContaining({ kind: 'handover', on: '2020-06-30', to: 'holder', recipientName: 'Ana Anić' }),
        expect.objectContaining({ kind: 'return', on: '2026-03-02', to: 'holder', recipientName: 'Ana Anić' }),
      ]);
      const again = await economy.post(`/api/registers/work-books/${book.id}/returns`).send({ caseId: file.id, version: 4, returnedOn: '2026-03-03' }).expect(409);
      expect(again.body.code).toBe('WORK_BOOK_NOT_VALID');

      const lateIssue = await economy.patch(`/api/registers/work-books/${book.id}`).send({ caseId: file.id, version: 4, issuedOn: '2016-01-01' }).expect(409);
      expect(lateIssue.body).toMatchObject({ code: 'WORK_BOOK_ISSUE_AFTER_EVENTS', detail: expect.stringContaining('2015-02-01') });

      await issue(file.id, { series: 'GH', number: '43', issuedOn: '2026-03-10', holder: holder('Ana Anić', JMBG.ana) }).expect(201);
      const history = (await economy.get(`/api/registers/work-books/${book.id}/history`).expect(200)).body;
      expect(history.map((item: { action: string }) => item.action)).toEqual(['create', 'handover', 'handover', 'return']);
    });

    it('a book entered by mistake is cancelled and kept; it takes no more changes', async () => {
      const book = await issued({ series: 'ZZ', number: '9', holder: holder('Greška Grešković', '1111980710033') });
      const file = await openCase();
      const cancelled = await economy.post(`/api/registers/work-books/${book.id}/cancellation`).send({ caseId: file.id, version: 1, cancelledOn: '2026-03-10', reason: 'Upisano greškom' }).expect(201);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledOn: '2026-03-10', cancellationReason: 'Upisano greškom' });
      const patch = await economy.patch(`/api/registers/work-books/${book.id}`).send({ caseId: file.id, version: 2, number: '10' }).expect(409);
      expect(patch.body.code).toBe('WORK_BOOK_CANCELLED');
    });
  });

  describe('finding books, exporting and printing them', () => {
    let listCase: { id: string; number: string };

    beforeAll(async () => {
      listCase = await openCase('Radne knjižice za pretragu');
      await issue(listCase.id, { series: 'ЛС', number: '1', issuedOn: '2001-02-03', holder: holder('Љубица Ђурђевић', JMBG.ljubica, { parentName: 'Стеван', placeOfBirth: 'Ниш' }) }).expect(201);
      await issue(listCase.id, { series: 'LS', number: '2', issuedOn: '2002-02-03', holder: holder('Dragana Šćepanović', JMBG.marko) }).expect(201);
    });

    const list = async (query: string) => (await economy.get(`/api/registers/work-books?${query}`).expect(200)).body as { items: Array<Record<string, any>>; total: number; page: number; pageSize: number };

    it('filters by series (either script), issue dates, status and case, and pages', async () => {
      const series = await list('series=LS');
      expect(series.items.map((item) => item.number)).toEqual(['2', '1']);
      expect(series.items[1]).toMatchObject({ series: 'LS', holder: { name: 'Љубица Ђурђевић', personalId: JMBG.ljubica }, caseIds: [listCase.id] });
      expect((await list('series=лс&issuedFrom=2002-01-01')).items.map((item) => item.number)).toEqual(['2']);
      expect((await list('series=LS&issuedTo=2001-12-31')).items.map((item) => item.number)).toEqual(['1']);
      expect((await list(`caseId=${listCase.id}`)).total).toBe(2);
      expect((await list('status=cancelled')).items.map((item) => item.series)).toEqual(['ZZ']);
      expect((await list('status=returned&series=GH')).total).toBe(1);

      const page1 = await list('pageSize=2&page=1');
      const page2 = await list('pageSize=2&page=2');
      expect(page1).toMatchObject({ page: 1, pageSize: 2, total: page2.total });
      expect(page1.items).toHaveLength(2);
      expect(page2.items.map((item) => item.id)).not.toContain(page1.items[0].id);
      expect((await economy.get('/api/registers/work-books?pageSize=500').expect(400)).body.code).toBe('VALIDATION_FAILED');
    });

    it('finds a holder written in Cyrillic by Latin words and one written in Latin by Cyrillic words', async () => {
      expect((await list(`q=${encodeURIComponent('Ljubica Djurdjevic')}`)).items.map((item) => item.holder.name)).toEqual(['Љубица Ђурђевић']);
      expect((await list(`q=${encodeURIComponent('ђурђевић стеван')}`)).total).toBe(1);
      expect((await list(`q=${encodeURIComponent('Шћепановић')}`)).items.map((item) => item.holder.name)).toEqual(['Dragana Šćepanović']);
      expect((await list(`q=${encodeURIComponent('ls 2')}`)).items.map((item) => item.holder.name)).toEqual(['Dragana Šćepanović']);
    });

    it('exports the list as CSV with the JMBG for the keeper', async () => {
      const response = await economy.get('/api/registers/work-books/export.csv?series=LS').buffer(true).parse(binary).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toMatch(/^attachment;.*radne-knjizice\.csv/);
      const rows = parseCsv(response.body.toString('utf8'));
      expect(rows[0]).toEqual(['Serija', 'Broj', 'Datum izdavanja', 'Imalac', 'Ime roditelja', 'JMBG', 'Datum rođenja', 'Mesto rođenja', 'Status', 'Duplikat za', 'Zamenjena duplikatom', 'Vraćena', 'Predmeti']);
      expect(rows.slice(1)).toEqual([
        ['LS', '2', '2002-02-03', 'Dragana Šćepanović', 'Marko', JMBG.marko, '1988-02-14', 'Beograd', 'važeća', '', '', '', listCase.number],
        ['LS', '1', '2001-02-03', 'Љубица Ђурђевић', 'Стеван', JMBG.ljubica, '1970-07-07', 'Ниш', 'važeća', '', '', '', listCase.number],
      ]);
      const duplicates = parseCsv((await economy.get('/api/registers/work-books/export.csv?series=EF&lang=en').buffer(true).parse(binary).expect(200)).body.toString('utf8'));
      expect(duplicates.slice(1).map((row) => [row[1], row[8], row[9], row[10]])).toEqual([
        ['777', 'valid', 'EF 500 (lost)', ''],
        ['500', 'replaced by a duplicate', '', 'EF 777'],
      ]);
    });

    it('prints the list as a PDF with a Cyrillic heading, the entries and no JMBG', async () => {
      const response = await economy.get('/api/registers/work-books/list.pdf?series=LS&lang=sr-Cyrl').buffer(true).parse(binary).expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/pdf/);
      const text = oneLine(await pdfText(response.body));
      expect(text).toContain('Евиденција издатих радних књижица');
      expect(text).toContain('Љубица Ђурђевић');
      expect(text).toContain('Dragana Šćepanović');
      expect(text).toContain(listCase.number);
      expect(text).not.toContain(JMBG.marko);
    });
  });

  describe('who may see the register and its personal data', () => {
    it('an official of another unit, the registry office and the administrator are refused everything', async () => {
      const [{ id }] = await spis.dataSource.query(`SELECT id FROM work_book LIMIT 1`);
      const file = await openCase();
      for (const username of ['official', 'registry', 'admin', 'official2']) {
        const outsider = await spis.as(username);
        for (const request of [
          outsider.get('/api/registers/work-books'),
          outsider.get(`/api/registers/work-books/${id}`),
          outsider.get(`/api/registers/work-books/${id}/history`),
          outsider.get('/api/registers/work-books/export.csv'),
          outsider.get('/api/registers/work-books/list.pdf'),
          outsider.post('/api/registers/work-books').send({ caseId: file.id, series: 'X', number: '1', issuedOn: '2020-01-01', holder: holder('X', JMBG.petar) }),
          outsider.post(`/api/registers/work-books/${id}/returns`).send({ caseId: file.id, version: 1, returnedOn: '2026-03-01' }),
        ]) {
          const response = await request;
          expect({ username, status: response.status, code: response.body.code }).toEqual({ username, status: 403, code: 'FORBIDDEN' });
        }
      }
    });

    it('the audit trail records each change without the JMBG, and each read of an entry holding one', async () => {
      const book = await issued({ series: 'AU', number: '1', holder: holder('Audit Auditović', JMBG.audit) });
      await economy.get(`/api/registers/work-books/${book.id}`).expect(200);
      const trail = (await admin.get(`/api/audit?entityType=WorkBook&entityId=${book.id}`).expect(200)).body.items as Array<Record<string, any>>;
      expect(trail.map((entry) => entry.action).sort()).toEqual(['register.personal-data-read', 'register.work-books.create']);
      const created = trail.find((entry) => entry.action === 'register.work-books.create')!;
      expect(created).toMatchObject({ actor: 'economy', after: { series: 'AU', holder: { name: 'Audit Auditović', personalId: null }, caseId: book.caseIds[0] } });
      expect(JSON.stringify(trail)).not.toContain(JMBG.audit);
      expect(trail.find((entry) => entry.action === 'register.personal-data-read')).toMatchObject({ actor: 'economy' });
    });

    it('a reader without the right to personal data sees the register with every JMBG hidden, and no read of personal data is recorded', async () => {
      const book = await issued({ series: 'PD', number: '1', holder: holder('Skriveni Jmbg', JMBG.hidden) });
      const role = await admin
        .post('/api/roles')
        .send({ code: 'work-books-reader', name: 'Uvid u radne knjižice', permissions: [{ action: 'read', subject: 'WorkBook', scope: 'all' }] })
        .expect(201);
      const user = await admin.post('/api/users').send({ username: 'citac', fullName: 'Čitalac Knjižica', password: 'dugacka-lozinka-1' }).expect(201);
      await admin.post('/api/positions').send({ title: 'Uvid u radne knjižice', orgUnitId: unit03, userId: user.body.id, roleIds: [role.body.id] }).expect(201);
      const { accessToken } = await spis.login('citac', 'dugacka-lozinka-1');
      const reader = (path: string) => spis.http.get(path).set('Authorization', `Bearer ${accessToken}`);

      const detail = await reader(`/api/registers/work-books/${book.id}`).expect(200);
      expect(detail.body.holder).toMatchObject({ name: 'Skriveni Jmbg', personalId: null });
      const listed = await reader('/api/registers/work-books?series=PD').expect(200);
      expect(listed.body.items[0].holder.personalId).toBeNull();
      const history = await reader(`/api/registers/work-books/${book.id}/history`).expect(200);
      expect(JSON.stringify(history.body)).not.toContain(JMBG.hidden);
      await reader('/api/registers/work-books/export.csv').expect(403);

      const reads = (await admin.get(`/api/audit?entityType=WorkBook&entityId=${book.id}&action=register.personal-data-read`).expect(200)).body.items;
      expect(reads).toEqual([]);
    });
  });
});

