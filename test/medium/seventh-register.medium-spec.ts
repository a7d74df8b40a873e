import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import type { StreamableFile, Type } from '@nestjs/common';
import { ACCESS_RULE } from '../../libs/access/access.decorators.js';
import { RegisterChanges, registerModule, registerSearchText, type RegisterQueries } from '../../libs/registers/shared/index.js';
import { Factories, type NewUser } from '../support/factories.js';
import { startMediumApp, type MediumApp } from '../support/medium-app.js';
import { Permit, PERMIT_TABLE, PERMITS } from '../support/permits-register.js';

const permits = registerModule(PERMITS, { entities: [Permit] });
const [queriesType] = permits.providers as Array<Type<unknown>>;
const [controllerType] = permits.controllers!;

async function text(file: StreamableFile): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of file.getStream()) chunks.push(Buffer.from(chunk as Buffer));
  return chunks.join('');
}

/**
 * A seventh register costs its declaration (test/support/permits-register.ts): mounted with
 * `registerModule`, with no code of its own, it lists, searches, exports, gives each entry's history
 * and refuses those its permission does not reach — as the six registers do.
 */
describe('a seventh register, declared only (permits)', () => {
  let medium: MediumApp;
  let make: Factories;
  let keeper: NewUser;
  let reader: { id: string };
  let unitScoped: { id: string };
  let outsider: { id: string };
  let first: string;
  let caseNumber: string;

  const queries = () => medium.get(queriesType) as unknown as RegisterQueries<Permit, object, never, { number: string; holder: { personalId: string | null } }>;

  beforeAll(async () => {
    medium = await startMediumApp({ imports: [permits] });
    make = new Factories(medium);
    // What the register's migration would do: its table, its name among the registers, its keeper's role.
    await medium.dataSource.query(PERMIT_TABLE);
    for (const table of ['register_change', 'register_entry_case']) {
      const [{ name }] = await medium.dataSource.query(
        `SELECT conname AS name FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%register%'`,
        [table],
      );
      await medium.dataSource.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
    }
    const role = (code: string, permissions: object[]) =>
      medium.dataSource.query(`INSERT INTO role (code, name, permissions) VALUES ($1, $1, $2)`, [code, JSON.stringify(permissions)]);
    const everywhere = ['read', 'create', 'update', 'export', 'readPersonalData'].map((action) => ({ action, subject: 'Permit', scope: 'all' }));
    await role('permits-keeper', everywhere);
    await role('permits-reader', [{ action: 'read', subject: 'Permit', scope: 'all' }, { action: 'export', subject: 'Permit', scope: 'all' }]);
    await role('permits-unit', ['read', 'update', 'export'].map((action) => ({ action, subject: 'Permit', scope: 'unit' })));
    keeper = await make.newUser({ roles: ['official', 'permits-keeper'] });
    reader = await make.newUser({ roles: ['permits-reader'] });
    unitScoped = await make.newUser({ roles: ['permits-unit'], unit: { id: keeper.orgUnitId } });
    outsider = await make.newUser({ roles: ['official'] });

    const decision = await make.newCase({ assignee: keeper, accepted: true, subject: 'Dozvola za uličnu prodaju' });
    caseNumber = decision.number;
    const entries = [
      ['UP-1', 'Đorđe Đorđević', '0101990710006'],
      ['UP-2', 'Ana Anić', '0202995715007'],
    ];
    for (const [number, holderName, personalId] of entries) {
      const id = randomUUID();
      first ??= id;
      await medium.as(keeper, async (principal) => {
        await medium.dataSource.query(
          `INSERT INTO permit (id, version, number, holder_name, holder_personal_id, issued_on, search_text) VALUES ($1, 1, $2, $3, $4, '2026-03-02', $5)`,
          [id, number, holderName, personalId, registerSearchText(number, holderName)],
        );
        const ref = await medium.get(RegisterChanges).caseForChange(principal, decision.id);
        await medium.get(RegisterChanges).record(principal, { register: 'permits', entryId: id, case: ref, action: 'create', before: null, after: { number, holder: { name: holderName, personalId } } });
      });
    }
  });
  afterAll(() => medium.close());

  it('serves the kit\'s routes under /api/registers/permits, each with its permission', () => {
    expect(Reflect.getMetadata(PATH_METADATA, controllerType)).toBe('registers/permits');
    const routes = ['list', 'exportCsv', 'listPdf', 'detail', 'history'].map((method) => {
      const handler = (controllerType as { prototype: Record<string, object> }).prototype[method];
      return [Reflect.getMetadata(METHOD_METADATA, handler), Reflect.getMetadata(PATH_METADATA, handler), Reflect.getMetadata(ACCESS_RULE, handler)];
    });
    expect(routes).toEqual([
      [RequestMethod.GET, '/', { kind: 'permission', action: 'read', subject: 'Permit' }],
      [RequestMethod.GET, 'export.csv', { kind: 'permission', action: 'export', subject: 'Permit' }],
      [RequestMethod.GET, 'list.pdf', { kind: 'permission', action: 'export', subject: 'Permit' }],
      [RequestMethod.GET, ':id', { kind: 'permission', action: 'read', subject: 'Permit' }],
      [RequestMethod.GET, ':id/history', { kind: 'permission', action: 'read', subject: 'Permit' }],
    ]);
  });

  it('lists the entries with their case, and finds one by a word in either script, without diacritics', async () => {
    const all = await medium.as(keeper, (principal) => queries().list(principal, { page: 1, pageSize: 50 }));
    expect(all).toMatchObject({ total: 2, items: [{ number: 'UP-1', cases: [{ number: caseNumber }] }, { number: 'UP-2' }] });
    for (const q of ['Ђорђевић', 'djordjevic', 'up-1']) {
      const found = await medium.as(keeper, (principal) => queries().list(principal, { q, page: 1, pageSize: 50 }));
      expect(found).toMatchObject({ total: 1, items: [{ number: 'UP-1' }] });
    }
  });

  it('exports CSV in the asked language, with identifiers only for those who may read them', async () => {
    const forKeeper = await medium.as(keeper, async (principal) => text(await queries().csv(principal, {}, 'sr-Latn')));
    expect(forKeeper).toContain('Broj dozvole;Imalac;JMBG;Izdata;Predmeti');
    expect(forKeeper).toContain(`UP-1;Đorđe Đorđević;0101990710006;2026-03-02;${caseNumber}`);
    const forReader = await medium.as(reader, async (principal) => text(await queries().csv(principal, { q: 'ana' }, 'en')));
    expect(forReader).toContain('Permit no.;Holder;Personal ID (JMBG);Issued on;Cases');
    expect(forReader).toContain('UP-2;Ana Anić;;2026-03-02');
    expect(forReader).not.toContain('UP-1');
  });

  it('gives an entry\'s history, with its case and actor; identifiers hidden from a reader without the right', async () => {
    const forKeeper = await medium.as(keeper, (principal) => queries().history(principal, first));
    expect(forKeeper).toEqual([expect.objectContaining({ action: 'create', actor: keeper.username, case: { id: expect.any(String), number: caseNumber }, before: null })]);
    expect(forKeeper[0].after).toMatchObject({ holder: { personalId: '0101990710006' } });
    const forReader = await medium.as(reader, (principal) => queries().history(principal, first));
    expect(forReader[0].after).toMatchObject({ holder: { personalId: null } });
    const detail = await medium.as(reader, (principal) => queries().detail(principal, first));
    expect(detail).toMatchObject({ number: 'UP-1', holder: { personalId: null } });
  });

  it('refuses one without the register\'s permission, and one whose permission reaches only a unit (entries belong to none)', async () => {
    for (const who of [outsider, unitScoped]) {
      await expect(medium.as(who, (principal) => queries().list(principal, { page: 1, pageSize: 50 }))).rejects.toMatchObject({ status: 403 });
      await expect(medium.as(who, (principal) => queries().csv(principal, {}, 'en'))).rejects.toMatchObject({ status: 403 });
      await expect(medium.as(who, (principal) => queries().history(principal, first))).rejects.toMatchObject({ status: 403 });
      await expect(medium.as(who, async (principal) => queries().assertMay(principal, 'update'))).rejects.toMatchObject({ status: 403 });
    }
  });
});
