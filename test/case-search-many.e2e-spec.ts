import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEARCH_COUNT_CAP, SEARCH_WALK_ROWS } from '../libs/cases/case-queries.service.js';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';

/**
 * The search with more cases than its first, newest-first pass reads (SEARCH_WALK_ROWS): a word
 * found only in older cases must still be found, counted exactly, and a word in thousands of cases
 * is counted up to SEARCH_COUNT_CAP and said to be more. The newer cases are copies of a registered
 * case written straight into the table, so the suite stays quick.
 */
describe('finding cases among more than the newest few thousand', () => {
  let spis: TestApp;
  let registry: Client, official: Client;
  const numbers: Record<string, string> = {};
  const newer = SEARCH_WALK_ROWS + 500;

  beforeAll(async () => {
    spis = await startTestApp();
    [registry, official] = await Promise.all(['registry', 'official'].map((name) => spis.as(name)));
    const unit: Record<string, string> = {};
    for (const row of await spis.dataSource.query(`SELECT id, code FROM org_unit`)) unit[row.code] = row.id;
    const register = async (key: string, at: string, body: Record<string, unknown>) => {
      await spis.travelTo(at);
      const response = await registry.post('/api/cases').send({ classificationCode: '352', orgUnitId: unit['04'], receivedVia: 'counter', ...body }).expect(201);
      numbers[key] = response.body.id;
    };
    await register('old04', '2026-02-02T09:00:00Z', { party: { name: 'Радмила Вуковић' }, subject: 'Захтев за легализацију' });
    await register('old05', '2026-02-03T09:00:00Z', { party: { name: 'Radmila Vuković' }, subject: 'Otkup stana', orgUnitId: unit['05'] });
    // Newer cases of unit 04, all with one common word, registered after the two above.
    await spis.dataSource.query(
      `INSERT INTO case_file (id, book_id, number, counter_key, serial, year, classification_mark_id, class_code, org_unit_id, assignee_id, subject,
         party_name, party_address, party_personal_id, received_at, received_via, attachments_count, fee_minor, administrative_procedure,
         examination_procedure, deadline_days, due_date, status, last_act_number, search_text, registered_at, registered_by, updated_at, version)
       SELECT gen_random_uuid(), c.book_id, 'N-' || g || '/2026', 'many-' || g, 1, c.year, c.classification_mark_id, c.class_code, c.org_unit_id, NULL,
         'Prijava komunalne buke', 'Stanari zgrade ' || g, NULL, NULL, c.received_at + g * interval '1 minute', c.received_via, 0, NULL, c.administrative_procedure,
         c.examination_procedure, c.deadline_days, c.due_date, c.status, 1, 'n-' || g || '/2026 prijava komunalne buke stanari zgrade ' || g,
         c.registered_at + g * interval '1 minute', c.registered_by, c.updated_at, 1
         FROM case_file c, generate_series(1, $2::int) g WHERE c.id = $1`,
      [numbers.old04, newer],
    );
    await spis.dataSource.query('ANALYZE case_file');
  }, 120_000);
  afterAll(() => spis.close());

  it('a word only in cases older than the newest few thousand is found, with an exact total', async () => {
    const response = await registry.get('/api/cases').query({ q: 'вуковић' }).expect(200);
    expect(response.body.items.map((c: { id: string }) => c.id).sort()).toEqual([numbers.old04, numbers.old05].sort());
    expect(response.body).toMatchObject({ total: 2, totalCapped: false });
  });

  it('an official searching the older cases still sees only their own unit', async () => {
    const response = await official.get('/api/cases').query({ q: 'vukovic' }).expect(200);
    expect(response.body.items.map((c: { id: string }) => c.id)).toEqual([numbers.old04]);
    expect(response.body).toMatchObject({ total: 1, totalCapped: false });
  });

  it('a word in thousands of cases fills the page with the newest and says there are more than it counted', async () => {
    const response = await registry.get('/api/cases').query({ q: 'komunalne buke', pageSize: 20 }).expect(200);
    expect(response.body.items).toHaveLength(20);
    expect(response.body.items[0].number).toBe(`N-${newer}/2026`);
    expect(response.body).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true });
  });

  it('two words that meet in one older case and in no newer one find that case only', async () => {
    const response = await registry.get('/api/cases').query({ q: 'radmila legalizaciju', pageSize: 20 }).expect(200);
    expect(response.body.items.map((c: { id: string }) => c.id)).toEqual([numbers.old04]);
    expect(response.body).toMatchObject({ total: 1, totalCapped: false });
  });

  it('a list without search words still counts every case exactly', async () => {
    const response = await registry.get('/api/cases').query({ pageSize: 20 }).expect(200);
    expect(response.body).toMatchObject({ total: newer + 2, totalCapped: false });
  });
});
