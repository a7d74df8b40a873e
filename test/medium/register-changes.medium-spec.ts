import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BusinessQueries } from '../../libs/registers/businesses/businesses.register.js';
import { BusinessesService } from '../../libs/registers/businesses/businesses.service.js';
import { UpdateBusinessDto } from '../../libs/registers/businesses/dto/business.dto.js';
import { Factories } from '../support/factories.js';
import { dto, startMediumApp, type MediumApp } from '../support/medium-app.js';

/**
 * A register entry changes only by a decision in a case its keeper processes; each change is kept
 * in the entry's history with its case, actor, before and after, and in the audit trail without
 * personal identifiers. Shown on the businesses register.
 */
describe('register changes, on the businesses register', () => {
  let medium: MediumApp;
  let make: Factories;

  beforeAll(async () => {
    medium = await startMediumApp();
    make = new Factories(medium);
  });
  afterAll(() => medium.close());

  const history = (actor: { id: string }, entryId: string) => medium.as(actor, (principal) => medium.get(BusinessQueries).history(principal, entryId));
  const update = (actor: { id: string }, entryId: string, body: Record<string, unknown>) =>
    medium.as(actor, async (principal) => medium.get(BusinessesService).update(principal, entryId, await dto(UpdateBusinessDto, body)));

  it('a shop entered in one case and moved in a later one: the history holds both changes, each with its case, actor, before and after; the audit trail names no JMBG', async () => {
    const { entry, keeper, caseId } = await make.newRegisterEntry({ address: 'Stara 1, Demo' });
    const later = await make.newCase({ assignee: keeper, accepted: true, subject: 'Promena adrese radnje' });
    const changed = await update(keeper, entry.id, { caseId: later.id, version: entry.version, address: 'Nova 2, Demo' });
    expect(changed).toMatchObject({ address: 'Nova 2, Demo', version: entry.version + 1, caseIds: [caseId, later.id] });

    const items = await history(keeper, entry.id);
    expect(items).toEqual([
      expect.objectContaining({ action: 'create', actor: keeper.username, case: { id: caseId, number: expect.any(String) }, before: null }),
      expect.objectContaining({ action: 'update', actor: keeper.username, case: { id: later.id, number: later.number } }),
    ]);
    expect(items[0].after).toMatchObject({ address: 'Stara 1, Demo', owner: { personalId: entry.owner.personalId } });
    expect(items[1].before).toMatchObject({ address: 'Stara 1, Demo' });
    expect(items[1].after).toMatchObject({ address: 'Nova 2, Demo' });

    const audit = await medium.dataSource.query(`SELECT action, actor_username AS actor, after FROM audit_log WHERE entity_type = 'Business' AND entity_id = $1 ORDER BY id`, [entry.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['register.businesses.create', 'register.businesses.update', 'register.personal-data-read']);
    expect(audit[1].after).toMatchObject({ address: 'Nova 2, Demo', caseId: later.id, caseNumber: later.number });
    expect(JSON.stringify(audit)).not.toContain(entry.owner.personalId);
  });

  it('a change within a colleague\'s case is refused, and leaves no history, link or audit entry', async () => {
    const { entry, keeper } = await make.newRegisterEntry();
    const colleague = await make.newUser({ roles: ['official'], unit: { id: keeper.orgUnitId } });
    const theirs = await make.newCase({ assignee: colleague, accepted: true });
    const count = async (sql: string) => (await medium.dataSource.query(sql, [entry.id]))[0].count as number;
    const before = await Promise.all([
      count(`SELECT count(*)::int AS count FROM register_change WHERE entry_id = $1`),
      count(`SELECT count(*)::int AS count FROM register_entry_case WHERE entry_id = $1`),
      count(`SELECT count(*)::int AS count FROM audit_log WHERE entity_id = $1::text`),
    ]);

    await expect(update(keeper, entry.id, { caseId: theirs.id, version: entry.version, address: 'Tuđa 3, Demo' })).rejects.toMatchObject({ code: 'REGISTER_CASE_NOT_PROCESSABLE' });

    expect(
      await Promise.all([
        count(`SELECT count(*)::int AS count FROM register_change WHERE entry_id = $1`),
        count(`SELECT count(*)::int AS count FROM register_entry_case WHERE entry_id = $1`),
        count(`SELECT count(*)::int AS count FROM audit_log WHERE entity_id = $1::text`),
      ]),
    ).toEqual(before);
    expect((await medium.dataSource.query(`SELECT address, version FROM business WHERE id = $1`, [entry.id]))[0]).toEqual({ address: entry.address, version: entry.version });
  });
});
