import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Principal } from '../../libs/access/principal.js';
import { BusinessesService } from '../../libs/registers/businesses/businesses.service.js';
import { BusinessQueries } from '../../libs/registers/businesses/businesses.register.js';
import { SuspendBusinessDto, UpdateBusinessDto } from '../../libs/registers/businesses/dto/business.dto.js';
import { Factories, type NewUser } from '../support/factories.js';
import { dto, startMediumApp, type MediumApp } from '../support/medium-app.js';

/**
 * The kit's one access check: register entries belong to no unit, so a role granting a register
 * only within a unit reaches none of its entries — not to read them, not to change them, even in
 * a case the user may process. Shown on the businesses register.
 */
describe('the register kit\'s access check', () => {
  let medium: MediumApp;
  let make: Factories;
  let unitScoped: NewUser;
  let entry: { id: string; version: number; address: string };

  beforeAll(async () => {
    medium = await startMediumApp();
    make = new Factories(medium);
    await medium.dataSource.query(`INSERT INTO role (code, name, permissions) VALUES ('business-unit-keeper', 'Unit keeper', $1)`, [
      JSON.stringify(['read', 'create', 'update', 'export'].map((action) => ({ action, subject: 'Business', scope: 'unit' }))),
    ]);
    const created = await make.newRegisterEntry();
    entry = created.entry as typeof entry;
    unitScoped = await make.newUser({ roles: ['official', 'business-unit-keeper'], unit: { id: created.keeper.orgUnitId } });
  });
  afterAll(() => medium.close());

  it('a keeper whose role reaches only their unit cannot change an entry, even within a case of their own; nothing is written', async () => {
    const theirs = await make.newCase({ assignee: unitScoped, accepted: true });
    const service = medium.get(BusinessesService);
    await expect(
      medium.as(unitScoped, async (principal) => service.update(principal, entry.id, await dto(UpdateBusinessDto, { caseId: theirs.id, version: entry.version, address: 'Tuđa 3, Demo' }))),
    ).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
    await expect(
      medium.as(unitScoped, async (principal) => service.suspend(principal, entry.id, await dto(SuspendBusinessDto, { caseId: theirs.id, version: entry.version, from: '2026-01-01', reason: 'Test' }))),
    ).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const [row] = await medium.dataSource.query(`SELECT address, version FROM business WHERE id = $1`, [entry.id]);
    expect(row).toEqual({ address: entry.address, version: entry.version });
    expect((await medium.dataSource.query(`SELECT count(*)::int AS n FROM register_change WHERE entry_id = $1`, [entry.id]))[0].n).toBe(1);
  });

  it('nor read the register: its list, detail, history and exports are refused', async () => {
    const queries = medium.get(BusinessQueries);
    const reads: Array<(principal: Principal) => Promise<unknown>> = [
      (principal) => queries.list(principal, { page: 1, pageSize: 50 }),
      (principal) => queries.detail(principal, entry.id),
      (principal) => queries.history(principal, entry.id),
      (principal) => queries.csv(principal, {}, 'sr-Latn'),
    ];
    for (const read of reads) {
      await expect(medium.as(unitScoped, read)).rejects.toMatchObject({ status: 403 });
    }
  });
});
