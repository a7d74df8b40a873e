import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';

/** Finding cases: filters and a search that does not care about script or diacritics. */
describe('finding cases', () => {
  let spis: TestApp;
  let registry: Client, official: Client, official2: Client;
  const unit: Record<string, string> = {};
  const user: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const numbers: Record<string, string> = {};

  const numbersOf = (response: { body: { items: Array<{ number: string }> } }) => response.body.items.map((c) => c.number).sort();

  beforeAll(async () => {
    spis = await startTestApp();
    [registry, official, official2] = await Promise.all(['registry', 'official', 'official2'].map((name) => spis.as(name)));
    for (const row of await spis.dataSource.query(`SELECT id, code FROM org_unit`)) unit[row.code] = row.id;
    for (const row of await spis.dataSource.query(`SELECT id, username FROM app_user`)) user[row.username] = row.id;
    const register = async (key: string, at: string, body: Record<string, unknown>) => {
      await spis.travelTo(at);
      const response = await registry.post('/api/cases').send({ classificationCode: '352', orgUnitId: unit['04'], receivedVia: 'counter', administrativeProcedure: true, ...body }).expect(201);
      ids[key] = response.body.id;
      numbers[key] = response.body.number;
    };
    await register('cyrillic', '2026-02-02T09:00:00Z', { party: { name: 'Петар Петровић' }, subject: 'Захтев за грађевинску дозволу' });
    await register('latin', '2026-02-03T09:00:00Z', { party: { name: 'Đorđe Đorđević' }, subject: 'Žalba na rešenje o porezu' });
    await register('plain', '2026-02-04T09:00:00Z', { party: { name: 'Ljiljana Njegoš' }, subject: 'Prijava buke', classificationCode: '463' });
    await register('unit05', '2026-02-05T09:00:00Z', { party: { name: 'Petar Petrović' }, subject: 'Otkup stana', orgUnitId: unit['05'] });
    await register('nextYear', '2027-01-11T09:00:00Z', { party: { name: 'Marko Marković' }, subject: 'Zahtev za uverenje', administrativeProcedure: false });
    await registry.post(`/api/cases/${ids.latin}/assign`).send({ assigneeId: user.official }).expect(200);
  });
  afterAll(() => spis.close());

  it.each([
    ['petrovic', ['cyrillic', 'unit05']],
    ['Petrović', ['cyrillic', 'unit05']],
    ['ПЕТРОВИЋ', ['cyrillic', 'unit05']],
    ['петар петровић', ['cyrillic', 'unit05']],
    ['djordjevic', ['latin']],
    ['Ђорђевић', ['latin']],
    ['ђорђ žalba', ['latin']],
    ['zalba na resenje', ['latin']],
    ['грађевинску', ['cyrillic']],
    ['gradjevinsku dozvolu', ['cyrillic']],
    ['љиљана његош', ['plain']],
    ['LJILJANA', ['plain']],
    ['nepostojeci', []],
  ])('"%s" finds the same cases in either script, with or without diacritics', async (q, expected) => {
    const response = await registry.get('/api/cases').query({ q, pageSize: 200 }).expect(200);
    expect(numbersOf(response)).toEqual(expected.map((key) => numbers[key]).sort());
  });

  it('finds a case by its number, and a search term with LIKE wildcards matches them literally', async () => {
    expect(numbersOf(await registry.get('/api/cases').query({ q: numbers.plain }).expect(200))).toEqual([numbers.plain]);
    expect(numbersOf(await registry.get('/api/cases').query({ q: '%' }).expect(200))).toEqual([]);
  });

  it('filters by status, unit, official, class, year and date received, and pages the result', async () => {
    const get = async (query: Record<string, unknown>) => numbersOf(await registry.get('/api/cases').query({ pageSize: 200, ...query }).expect(200));
    expect(await get({ status: 'assigned' })).toEqual([numbers.latin]);
    expect(await get({ status: 'assigned,registered', orgUnitId: unit['05'] })).toEqual([numbers.unit05]);
    expect(await get({ assigneeId: user.official })).toEqual([numbers.latin]);
    expect(await get({ classCode: '463' })).toEqual([numbers.plain]);
    expect(await get({ year: 2027 })).toEqual([numbers.nextYear]);
    expect(await get({ receivedFrom: '2026-02-03', receivedTo: '2026-02-04' })).toEqual([numbers.latin, numbers.plain].sort());
    const page = await registry.get('/api/cases').query({ pageSize: 2, page: 2 }).expect(200);
    expect(page.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page.body.items).toHaveLength(2);
    expect((await registry.get('/api/cases').query({ status: 'lost' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    await registry.get('/api/cases').query({ pageSize: 500 }).expect(400);
  });

  it('lists overdue cases: past the legal deadline and still open', async () => {
    await spis.travelTo('2026-03-06T09:00:00Z');
    // Received 2–5 February: due 4–9 March (30 days, next working day); the 2027 case has no deadline.
    const overdue = await registry.get('/api/cases').query({ overdue: true, pageSize: 200 }).expect(200);
    expect(numbersOf(overdue)).toEqual([numbers.cyrillic, numbers.latin].sort());
    expect(overdue.body.items[0].deadline).toMatchObject({ state: 'overdue' });
    const notOverdue = await registry.get('/api/cases').query({ overdue: false, pageSize: 200 }).expect(200);
    expect(numbersOf(notOverdue)).toEqual([numbers.plain, numbers.unit05, numbers.nextYear].sort());
  });

  it('an official sees only the cases of their own unit, in the same query as the filters', async () => {
    expect(numbersOf(await official.get('/api/cases').query({ q: 'petrovic' }).expect(200))).toEqual([numbers.cyrillic]);
    expect(numbersOf(await official2.get('/api/cases').query({ q: 'petrovic' }).expect(200))).toEqual([numbers.unit05]);
    const all2 = await official2.get('/api/cases').query({ pageSize: 200 }).expect(200);
    expect(all2.body.total).toBe(1);
  });

  it('the search is answered by the trigram index, not by reading every case', async () => {
    // With a handful of rows the planner prefers a scan; forbid scans to show the index can answer.
    const plan = await spis.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      return manager.query(`EXPLAIN (FORMAT JSON) SELECT id FROM case_file WHERE search_text LIKE '%petrovic%'`);
    });
    expect(JSON.stringify(plan)).toContain('case_file_search_idx');
  });

  it('a day in the date filters is a day in Belgrade, not in UTC', async () => {
    // 23:30 UTC on 2 February is already 3 February at the registry office.
    await spis.travelTo('2026-02-02T23:30:00Z');
    const late = await registry.post('/api/cases').send({ classificationCode: '352', orgUnitId: unit['04'], receivedVia: 'email', subject: 'Kasna prijava', party: { name: 'Noćni Podnosilac' } }).expect(201);
    const third = await registry.get('/api/cases').query({ receivedFrom: '2026-02-03', receivedTo: '2026-02-03', pageSize: 200 }).expect(200);
    expect(numbersOf(third)).toEqual([late.body.number, numbers.latin].sort());
    const second = await registry.get('/api/cases').query({ receivedFrom: '2026-02-02', receivedTo: '2026-02-02', pageSize: 200 }).expect(200);
    expect(numbersOf(second)).toEqual([numbers.cyrillic]);
    await registry.get('/api/cases').query({ receivedFrom: '2026-02' }).expect(400);
  });
});
