import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Money1764500000000, MINOR_UNITS_COLUMNS } from '../db/migrations/1764500000000-Money.js';
import { CaseFile } from '../libs/cases/case-file.entity.js';
import { SnakeNamingStrategy } from '../libs/database/index.js';
import { TEMPLATE_DATABASE } from './support/global-setup.js';
import { registerCase } from './support/case-flow.js';
import { adminQuery } from './support/test-database.js';
import { startTestApp, type TestApp } from './support/test-app.js';


/**
 * The migration to one money representation, against the real PostgreSQL: a copy of the migrated
 * template with the demo data, taken back to the schema before it (the fee in numeric dinars),
 * given cases with fees, then migrated up and down again.
 */
describe('the Money migration', () => {
  const database = `spis_money_${randomBytes(6).toString('hex')}`;
  let db: DataSource;
  const migration = new Money1764500000000();
  const run = async (step: 'up' | 'down') => {
    const runner = db.createQueryRunner();
    try {
      await runner.startTransaction();
      await migration[step](runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
  };

  // Each fee as numeric(12, 2) held it, and in para: the smallest, the float traps, the largest.
  const FEES: Array<[string | null, string | null]> = [
    ['0.00', '0'],
    ['0.01', '1'],
    ['0.29', '29'],
    ['1.15', '115'],
    ['320.00', '32000'],
    ['1250.50', '125050'],
    ['9999999999.99', '999999999999'],
    [null, null],
  ];
  let ids: string[];
  const fees = async (column: 'fee_amount' | 'fee_minor') =>
    (await db.query(`SELECT ${column}::text AS fee FROM case_file WHERE id = ANY($1) ORDER BY array_position($1, id)`, [ids])).map((row: { fee: string | null }) => row.fee);

  beforeAll(async () => {
    await adminQuery(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE}`);
    const url = new URL(process.env.SPIS_TEST_PG_ADMIN_URL!);
    url.pathname = `/${database}`;
    db = new DataSource({ type: 'postgres', url: url.toString(), entities: [CaseFile], namingStrategy: new SnakeNamingStrategy() });
    await db.initialize();
    await run('down');
    // Cases as the schema before this migration took them, one per fee.
    ids = [];
    for (const [i, [dinars]] of FEES.entries()) {
      const [row] = await db.query(
        `INSERT INTO case_file (book_id, number, counter_key, serial, year, classification_mark_id, class_code, org_unit_id, subject, party_name,
           received_at, received_via, fee_amount, status, search_text, registered_at, registered_by)
         SELECT b.id, 'FEE-' || $1::int, 'fee', $1::int, 2026, m.id, m.code, u.id, 'Taksa', 'Petar Petrović', now(), 'counter', $2::numeric, 'registered', 'taksa', now(), a.id
           FROM numbering_book b, classification_mark m, org_unit u, app_user a
          WHERE b.is_default AND m.code = '352' AND u.code = '04' AND a.username = 'registry'
         RETURNING id`,
        [i + 1, dinars],
      );
      ids.push(row.id);
    }
  });
  afterAll(async () => {
    await db.destroy();
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('up: each fee becomes exactly its para, in a bigint column, and reads back through the entity as that integer', async () => {
    await run('up');
    expect(await fees('fee_minor')).toEqual(FEES.map(([, para]) => para));
    const [column] = await db.query(`SELECT data_type FROM information_schema.columns WHERE table_name = 'case_file' AND column_name = 'fee_minor'`);
    expect(column.data_type).toBe('bigint');
    const largest = await db.getRepository(CaseFile).findOneByOrFail({ id: ids[6] });
    expect(largest.feeMinor).toBe(999_999_999_999);
    await expect(db.query(`UPDATE case_file SET fee_minor = -1 WHERE id = $1`, [ids[0]])).rejects.toMatchObject({ code: '23514' });
  });

  it('up: the registers’ money columns refuse an amount a JavaScript number cannot hold exactly', async () => {
    const bounded = await db.query(
      `SELECT t.relname AS "table", a.attname AS "column" FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(c.conkey)
        WHERE c.contype = 'c' AND pg_get_constraintdef(c.oid) LIKE '%9007199254740991%'`,
    );
    const found = new Set(bounded.map((row: { table: string; column: string }) => `${row.table}.${row.column}`));
    for (const [table, column] of MINOR_UNITS_COLUMNS) expect(found).toContain(`${table}.${column}`);
  });

  it('money is bigint everywhere: the only numeric columns left are areas and index values, which are not money', async () => {
    const numeric = await db.query(
      `SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'numeric' ORDER BY 1`,
    );
    expect(numeric.map((row: { name: string }) => row.name)).toEqual(['housing_buyout_index.value', 'housing_buyout_instalment.index_value', 'real_estate.area']);
  });

  it('down: the fees are numeric(12, 2) dinars again, exactly as they were', async () => {
    await run('down');
    expect(await fees('fee_amount')).toEqual(FEES.map(([dinars]) => dinars));
    const [column] = await db.query(
      `SELECT numeric_precision AS precision, numeric_scale AS scale FROM information_schema.columns WHERE table_name = 'case_file' AND column_name = 'fee_amount'`,
    );
    expect(column).toEqual({ precision: 12, scale: 2 });
    await expect(db.query(`UPDATE case_file SET fee_amount = -1 WHERE id = $1`, [ids[0]])).rejects.toMatchObject({ code: '23514' });
    const [{ bounds }] = await db.query(`SELECT count(*)::int AS bounds FROM pg_constraint WHERE conname LIKE '%\\_safe'`);
    expect(bounds).toBe(0);
  });
});

/** The fee over HTTP: dinars in and out as before, para inside, nothing lost to floating point. */
describe('the case fee', () => {
  let spis: TestApp;
  beforeAll(async () => {
    spis = await startTestApp();
  });
  afterAll(() => spis.close());

  it('a fee of 0.29 dinars (28.999999999999996 para in floating point) is stored as 29 para and answered as 0.29, in the detail and the audit trail', async () => {
    const registered = await registerCase(spis, { feeAmount: 0.29 });
    expect(registered.feeAmount).toBe(0.29);
    const [row] = await spis.dataSource.query(`SELECT fee_minor::text AS fee FROM case_file WHERE id = $1`, [registered.id]);
    expect(row.fee).toBe('29');
    const registry = await spis.as('registry');
    expect((await registry.get(`/api/cases/${registered.id}`).expect(200)).body.feeAmount).toBe(0.29);
    const admin = await spis.as('admin');
    const audit = await admin.get('/api/audit').query({ entityType: 'Case', entityId: registered.id }).expect(200);
    const entry = audit.body.items.find((item: { action: string }) => item.action === 'case.register');
    expect(entry.after).toMatchObject({ feeAmount: 0.29 });
    expect(entry.after).not.toHaveProperty('feeMinor');
  });

  it('a fee with a third decimal, below zero or written with an exponent is refused with 400, not rounded and not a crash', async () => {
    const registry = await spis.as('registry');
    const [unit] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '04'`);
    for (const feeAmount of [1.005, -1, 1e-7, 10_000_000_000, '12.50']) {
      const response = await registry
        .post('/api/cases')
        .send({ classificationCode: '352', orgUnitId: unit.id, subject: 'Taksa', party: { name: 'Petar Petrović' }, receivedVia: 'counter', feeAmount });
      expect({ feeAmount, status: response.status, code: response.body.code }).toEqual({ feeAmount, status: 400, code: 'VALIDATION_FAILED' });
    }
  });
});
