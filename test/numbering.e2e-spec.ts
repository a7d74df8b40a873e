import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';

/**
 * Case numbers as the registry office gets them: gapless and never reused, even with two API
 * processes on one database, restarting on 1 January in Belgrade, and following the format the
 * administrator sets. Each scenario registers in a year of its own, so its serials start at 1.
 * Changing a counter scope needs a year with no cases yet in it or after it, so those scenarios
 * use years later than every year used before them in this file.
 */
/**
 * Registrations in flight at once in the race below: far more than the two instances' pools of
 * 10 connections together (three times as many), so requests queue for a connection and then on
 * the counter row. Not more: each registration holds the counter row until it commits, and a
 * request that waits longer than the pool allows (5 s) is answered 503 with Retry-After — right
 * for a client, but with 150 in flight on a 2-core machine busy with other work the queue passed
 * 5 s and the test measured the machine, not the numbering.
 */
const IN_FLIGHT = 60;

/** Runs `jobs` with at most `limit` of them in flight; results in the order of `jobs`. */
async function atMostInFlight<T>(limit: number, jobs: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

describe('case numbering', () => {
  let spis: TestApp;
  let second: TestApp;
  let registry: Client, secondRegistry: Client, admin: Client, official: Client;
  const unit: Record<string, string> = {};
  let mainBookId: string;

  beforeAll(async () => {
    spis = await startTestApp();
    second = await startTestApp({ shareDatabaseWith: spis });
    [registry, admin, official] = await Promise.all(['registry', 'admin', 'official'].map((name) => spis.as(name)));
    secondRegistry = await second.as('registry');
    for (const row of await spis.dataSource.query(`SELECT id, code FROM org_unit`)) unit[row.code] = row.id;
    [{ id: mainBookId }] = await spis.dataSource.query(`SELECT id FROM numbering_book WHERE code = 'main'`);
  });
  afterAll(async () => {
    await second?.close();
    await spis?.close();
  });

  /** Both application instances move to the same instant. */
  const travel = (instant: string) => Promise.all([spis.travelTo(instant), second.travelTo(instant)]);

  const register = (client: Client, over: { classificationCode?: string; unitCode?: string; bookId?: string; subject?: string } = {}) =>
    client.post('/api/cases').send({
      classificationCode: over.classificationCode ?? '351',
      orgUnitId: unit[over.unitCode ?? '04'],
      subject: over.subject ?? 'Zahtev za izdavanje građevinske dozvole',
      party: { name: `Stranka ${over.subject ?? 'Petrović'}` },
      receivedVia: 'counter',
      ...(over.bookId ? { bookId: over.bookId } : {}),
    });

  /** Registers and returns the number it was given. */
  const numberFor = async (over: Parameters<typeof register>[1] = {}) => {
    const response = await register(registry, over);
    expect(response.status).toBe(201);
    return response.body.number as string;
  };

  const mainBook = async () => (await admin.get(`/api/numbering-books/${mainBookId}`).expect(200)).body;

  const changeMainBook = async (changes: Record<string, unknown>) =>
    admin.patch(`/api/numbering-books/${mainBookId}`).send({ ...changes, version: (await mainBook()).version });

  /** The administrator switches the main book to a ready-made format, as the admin screen offers them. */
  const useFormat = async (country: string) => {
    const formats = (await admin.get('/api/numbering-books/formats').expect(200)).body.items as Array<{ country: string; template: string; scope: string }>;
    const format = formats.find((f) => f.country === country);
    if (!format) throw new Error(`no format for ${country}`);
    const changed = await changeMainBook({ template: format.template, counterScope: format.scope });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ template: format.template, counterScope: format.scope });
  };

  describe('with the default Serbian format', () => {
    it(
      '300 registrations racing through two API processes get serials 1 to 300 with no gap and no repeat',
      async () => {
        await travel('2025-05-12T08:00:00Z');
        const year = spis.clock.now().getUTCFullYear();
        const units = ['04', '05', '06'];
        const classes = ['351', '352'];
        const registrations = Array.from({ length: 300 }, (_, i) => async () => {
          const unitCode = units[i % units.length];
          const classificationCode = classes[i % classes.length];
          const client = i % 2 === 0 ? registry : secondRegistry;
          const response = await register(client, { unitCode, classificationCode, subject: `Zahtev ${i}` });
          return { response, unitCode, classificationCode };
        });
        const results = await atMostInFlight(IN_FLIGHT, registrations);

        expect(results.map((r) => r.response.status)).toEqual(Array(300).fill(201));
        const serials = results.map((r) => r.response.body.serial as number).sort((a, b) => a - b);
        expect(serials).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
        expect(new Set(results.map((r) => r.response.body.number)).size).toBe(300);
        for (const { response, unitCode, classificationCode } of results) {
          expect(response.body).toMatchObject({ year, number: `${classificationCode}-${response.body.serial}/${year}-${unitCode}` });
        }
        const listed = await registry.get(`/api/cases?year=${year}&pageSize=1`).expect(200);
        expect(listed.body.total).toBe(300);
      },
      180_000,
    );

    it('a registration that fails does not use up a serial: the next one gets the next number', async () => {
      await travel('2024-04-02T09:00:00Z');
      expect(await numberFor()).toBe('351-1/2024-04');

      const unknownClass = await register(registry, { classificationCode: '999' });
      expect(unknownClass.status).toBe(400);
      expect(unknownClass.body.code).toBe('CLASSIFICATION_MARK_NOT_VALID');
      expect(await numberFor()).toBe('351-2/2024-04');

      // Broken behind the API's back, the template fails only after the serial has been drawn:
      // the registration is refused and its serial goes back to the book.
      await spis.dataSource.query(`UPDATE numbering_book SET template = '{class}-{serial}' WHERE id = $1`, [mainBookId]);
      const afterDraw = await register(registry);
      await spis.dataSource.query(`UPDATE numbering_book SET template = '{class}-{serial}/{year}-{unit}' WHERE id = $1`, [mainBookId]);
      expect(afterDraw.status).toBe(400);
      expect(afterDraw.body.code).toBe('INVALID_NUMBER_TEMPLATE');
      expect(await numberFor()).toBe('351-3/2024-04');
    });

    it('the serial restarts at 1 when 1 January begins in Belgrade, not in UTC', async () => {
      // 23:30 in Belgrade on 31 December: still 2026.
      await travel('2026-12-31T22:30:00Z');
      const lastOf2026 = await register(registry).expect(201);
      expect(lastOf2026.body).toMatchObject({ year: 2026, serial: 1, number: '351-1/2026-04' });

      // 00:30 in Belgrade on 1 January 2027, though still 31 December in UTC.
      await travel('2026-12-31T23:30:00Z');
      const firstOf2027 = await register(registry).expect(201);
      expect(firstOf2027.body).toMatchObject({ year: 2027, serial: 1, number: '351-1/2027-04' });
      expect(await numberFor({ unitCode: '05' })).toBe('351-2/2027-05');
    });

    it('a cancelled case keeps its number and the next registration does not reuse it', async () => {
      await travel('2023-09-15T10:00:00Z');
      const mistaken = await register(registry).expect(201);
      expect(mistaken.body.number).toBe('351-1/2023-04');

      const cancelled = await registry
        .post(`/api/cases/${mistaken.body.id}/actions/cancel`)
        .send({ version: mistaken.body.version, reason: 'Zavedeno greškom' })
        .expect(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', number: '351-1/2023-04' });

      expect(await numberFor()).toBe('351-2/2023-04');
      const kept = await registry.get(`/api/cases/${mistaken.body.id}`).expect(200);
      expect(kept.body).toMatchObject({ status: 'cancelled', number: '351-1/2023-04', serial: 1 });
    });
  });

  describe('formats the administrator sets', () => {
    it('the counter scope cannot change in a year that already has numbers; the template can', async () => {
      await travel('2030-02-10T09:00:00Z');
      expect(await numberFor()).toBe('351-1/2030-04');

      const refused = await changeMainBook({ counterScope: 'year-unit' });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('NUMBERING_SCOPE_IN_USE');
      expect(await mainBook()).toMatchObject({ counterScope: 'year' });

      const padded = await changeMainBook({ template: '{class}-{serial:4}/{year}-{unit}' });
      expect(padded.status).toBe(200);
      expect(await numberFor()).toBe('351-0002/2030-04');

      // A year with no numbers yet: the scope may change, and each unit starts at 1.
      await travel('2031-01-05T09:00:00Z');
      const rescoped = await changeMainBook({ counterScope: 'year-unit' });
      expect(rescoped.status).toBe(200);
      expect(await numberFor({ unitCode: '04' })).toBe('351-0001/2031-04');
      expect(await numberFor({ unitCode: '05' })).toBe('351-0001/2031-05');
      expect(await numberFor({ unitCode: '04' })).toBe('351-0002/2031-04');
    });

    it('Bosnia and Herzegovina: UP-I-{unit}-{class}-{serial}/{yy}, each unit with its own serial', async () => {
      await travel('2032-03-02T09:00:00Z');
      await useFormat('Bosnia and Herzegovina');
      expect(await numberFor({ unitCode: '04', classificationCode: '351' })).toBe('UP-I-04-351-1/32');
      expect(await numberFor({ unitCode: '05', classificationCode: '351' })).toBe('UP-I-05-351-1/32');
      expect(await numberFor({ unitCode: '04', classificationCode: '352' })).toBe('UP-I-04-352-2/32');
    });

    it('Brčko District: {unit}-{class}-{serial:6}/{yy}, one serial for the year, six digits', async () => {
      await travel('2033-03-02T09:00:00Z');
      await useFormat('Brčko District');
      expect(await numberFor({ unitCode: '04', classificationCode: '351' })).toBe('04-351-000001/33');
      expect(await numberFor({ unitCode: '05', classificationCode: '352' })).toBe('05-352-000002/33');
    });

    it('Montenegro: {unit}-{class}/{yy}-{serial}, each class with its own serial', async () => {
      await travel('2034-03-02T09:00:00Z');
      await useFormat('Montenegro');
      expect(await numberFor({ unitCode: '04', classificationCode: '351' })).toBe('04-351/34-1');
      expect(await numberFor({ unitCode: '05', classificationCode: '352' })).toBe('05-352/34-1');
      expect(await numberFor({ unitCode: '05', classificationCode: '351' })).toBe('05-351/34-2');
    });

    it('North Macedonia: {unit}-{serial}/{yy}, each unit with its own serial', async () => {
      await travel('2035-03-02T09:00:00Z');
      await useFormat('North Macedonia');
      expect(await numberFor({ unitCode: '04', classificationCode: '351' })).toBe('04-1/35');
      expect(await numberFor({ unitCode: '04', classificationCode: '352' })).toBe('04-2/35');
      expect(await numberFor({ unitCode: '05', classificationCode: '351' })).toBe('05-1/35');
    });

    it('Bulgaria: {serial}/{dd}.{mm}.{year} with the registration date in Belgrade', async () => {
      // 00:30 on 5 March in Belgrade, still 4 March in UTC.
      await travel('2036-03-04T23:30:00Z');
      await useFormat('Bulgaria');
      expect(await numberFor()).toBe('1/05.03.2036');
      expect(await numberFor({ unitCode: '05' })).toBe('2/05.03.2036');
    });
  });

  describe('administration of numbering books', () => {
    beforeAll(() => travel('2037-06-01T09:00:00Z'));

    it('lists the books, the default first, and offers the ready-made formats with an example each', async () => {
      const list = await admin.get('/api/numbering-books').expect(200);
      // The municipal attorney's registry comes with a book of its own.
      expect(list.body).toMatchObject({ page: 1, total: 2, items: [{ id: mainBookId, code: 'main', isDefault: true }, { code: 'attorney-cases', isDefault: false }] });

      const formats = (await admin.get('/api/numbering-books/formats').expect(200)).body.items;
      expect(formats.map((f: { country: string }) => f.country)).toEqual(
        expect.arrayContaining(['Serbia', 'Bosnia and Herzegovina', 'Brčko District', 'Montenegro', 'North Macedonia', 'Bulgaria']),
      );
      // Sample case: class 351, unit 04, serial 124, registered now.
      expect(formats.find((f: { country: string }) => f.country === 'Serbia')).toMatchObject({
        template: '{class}-{serial}/{year}-{unit}',
        scope: 'year',
        example: '351-124/2037-04',
      });
      expect(formats.find((f: { country: string }) => f.country === 'Bulgaria').example).toBe('124/01.06.2037');
    });

    it('previews a template: the number it gives, or every problem, without refusing the request', async () => {
      const good = await admin.post('/api/numbering-books/preview').send({ template: 'UP-I-{unit}-{class}-{serial}/{yy}', counterScope: 'year-unit' }).expect(200);
      expect(good.body).toEqual({ valid: true, problems: [], example: 'UP-I-04-351-124/37' });

      const noYear = await admin.post('/api/numbering-books/preview').send({ template: '{class}-{serial}', counterScope: 'year' }).expect(200);
      expect(noYear.body).toMatchObject({ valid: false, example: null });
      expect(noYear.body.problems).toEqual([expect.stringMatching(/\{year\} or \{yy\}/)]);

      const noUnit = await admin.post('/api/numbering-books/preview').send({ template: '{serial}/{year}', counterScope: 'year-unit' }).expect(200);
      expect(noUnit.body.problems).toEqual([expect.stringMatching(/"year-unit" needs \{unit\}/)]);

      const unknownScope = await admin.post('/api/numbering-books/preview').send({ template: '{serial}/{year}', counterScope: 'decade' }).expect(200);
      expect(unknownScope.body).toMatchObject({ valid: false, problems: [expect.stringMatching(/unknown counter scope "decade"/)] });
    });

    it('refuses a template that would give repeating or unreadable numbers with INVALID_NUMBER_TEMPLATE', async () => {
      const before = await mainBook();
      const noYear = await changeMainBook({ template: '{class}-{serial}-{unit}' });
      expect(noYear.status).toBe(400);
      expect(noYear.body.code).toBe('INVALID_NUMBER_TEMPLATE');
      expect(noYear.body.detail).toMatch(/\{year\} or \{yy\}/);

      const scopeWithoutUnit = await changeMainBook({ template: '{serial}/{year}', counterScope: 'year-unit' });
      expect(scopeWithoutUnit.status).toBe(400);
      expect(scopeWithoutUnit.body.code).toBe('INVALID_NUMBER_TEMPLATE');

      const created = await admin.post('/api/numbering-books').send({ code: 'broken', name: 'Broken', template: '{serial}/{year}-{foo}', counterScope: 'year' });
      expect(created.status).toBe(400);
      expect(created.body.code).toBe('INVALID_NUMBER_TEMPLATE');
      expect(created.body.detail).toMatch(/unknown placeholder \{foo\}/);

      const unknownScope = await changeMainBook({ counterScope: 'decade' });
      expect(unknownScope.status).toBe(400);
      expect(unknownScope.body.code).toBe('VALIDATION_FAILED');

      expect(await mainBook()).toEqual(before);
    });

    it('a second book keeps its own counter; making it the default moves the flag from the main book', async () => {
      const main = await changeMainBook({ template: '{class}-{serial}/{year}-{unit}', counterScope: 'year' });
      expect(main.status).toBe(200);
      expect(await numberFor()).toBe('351-1/2037-04');

      const attorney = await admin
        .post('/api/numbering-books')
        .send({ code: 'attorney', name: 'Pisarnica pravobranilaštva', template: 'P-{serial}/{year}', counterScope: 'year', isDefault: true })
        .expect(201);
      expect(attorney.body).toMatchObject({ code: 'attorney', isDefault: true, version: 1 });
      expect(await mainBook()).toMatchObject({ isDefault: false, version: main.body.version + 1 });

      // Registration without a book goes to the default one; naming a book continues its own serials.
      expect(await numberFor()).toBe('P-1/2037');
      expect(await numberFor({ bookId: mainBookId })).toBe('351-2/2037-04');
      expect(await numberFor()).toBe('P-2/2037');

      const unsetDefault = await admin.patch(`/api/numbering-books/${attorney.body.id}`).send({ isDefault: false, version: 1 });
      expect(unsetDefault.status).toBe(409);
      expect(unsetDefault.body.code).toBe('NUMBERING_BOOK_DEFAULT_REQUIRED');

      const back = await changeMainBook({ isDefault: true });
      expect(back.status).toBe(200);
      expect(back.body.isDefault).toBe(true);
      expect((await admin.get(`/api/numbering-books/${attorney.body.id}`).expect(200)).body).toMatchObject({ isDefault: false, version: 2 });
      expect(await numberFor()).toBe('351-3/2037-04');

      const list = await registry.get('/api/numbering-books').expect(200);
      expect(list.body.items.map((b: { code: string; isDefault: boolean }) => [b.code, b.isDefault])).toEqual([['main', true], ['attorney', false], ['attorney-cases', false]]);

      const taken = await admin.post('/api/numbering-books').send({ code: 'attorney', name: 'Again', template: '{serial}/{year}', counterScope: 'year' });
      expect(taken.status).toBe(409);
      expect(taken.body.code).toBe('NUMBERING_BOOK_CODE_TAKEN');

      const audit = await admin.get(`/api/audit?entityType=NumberingBook&entityId=${attorney.body.id}`).expect(200);
      expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['numbering-book.create', 'numbering-book.update']);
    });

    it('a change based on an old version of the book is refused with VERSION_CONFLICT', async () => {
      const book = await mainBook();
      await admin.patch(`/api/numbering-books/${mainBookId}`).send({ name: 'Osnovna evidencija', version: book.version }).expect(200);
      const stale = await admin.patch(`/api/numbering-books/${mainBookId}`).send({ name: 'Stale', version: book.version });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');
      expect((await mainBook()).name).toBe('Osnovna evidencija');
    });

    it('only the administrator changes books; the registry clerk may read them to choose one; others may not', async () => {
      const book = await mainBook();
      await registry.get(`/api/numbering-books/${mainBookId}`).expect(200);
      await registry.post('/api/numbering-books/preview').send({ template: '{serial}/{year}', counterScope: 'year' }).expect(200);

      const clerkPatch = await registry.patch(`/api/numbering-books/${mainBookId}`).send({ template: '{serial}/{year}', version: book.version });
      expect(clerkPatch.status).toBe(403);
      const clerkCreate = await registry.post('/api/numbering-books').send({ code: 'mine', name: 'Mine', template: '{serial}/{year}', counterScope: 'year' });
      expect(clerkCreate.status).toBe(403);

      expect((await official.get('/api/numbering-books')).status).toBe(403);
      expect((await official.get('/api/numbering-books/formats')).status).toBe(403);
      expect((await official.patch(`/api/numbering-books/${mainBookId}`).send({ name: 'x', version: book.version })).status).toBe(403);
      expect(await mainBook()).toEqual(book);
    });
  });
});
