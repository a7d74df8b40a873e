import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Principal } from '../../libs/access/principal.js';
import { DisplacedPersonQueries } from '../../libs/registers/displaced-persons/displaced-persons.register.js';
import { DisplacedPersonsService } from '../../libs/registers/displaced-persons/displaced-persons.service.js';
import { AddDocumentDto, CreateDisplacedPersonDto, UpdateDisplacedPersonDto } from '../../libs/registers/displaced-persons/dto/displaced-person.dto.js';
import { Factories, type NewUser } from '../support/factories.js';
import { dto, startMediumApp, type MediumApp } from '../support/medium-app.js';

/**
 * The kit's one access check on the register of displaced persons, which had no check per entry of
 * its own before the kit: a role granting the register only within a unit reaches none of its
 * persons, not to read them, not to change them, even in a case the user may process.
 */
describe('the register kit\'s access check on displaced persons', () => {
  let medium: MediumApp;
  let make: Factories;
  let unitScoped: NewUser;
  let person: { id: string; version: number; address: string };

  beforeAll(async () => {
    medium = await startMediumApp();
    make = new Factories(medium);
    await medium.dataSource.query(`INSERT INTO role (code, name, permissions) VALUES ('displaced-unit-keeper', 'Unit keeper', $1)`, [
      JSON.stringify(['read', 'create', 'update', 'export'].map((action) => ({ action, subject: 'DisplacedPerson', scope: 'unit' }))),
    ]);
    const keeper = await make.newUser({ roles: ['official', 'displaced-persons-commissioner'] });
    const caseId = (await make.newCase({ assignee: keeper, accepted: true })).id;
    const body = await dto(CreateDisplacedPersonDto, {
      caseId,
      firstName: 'Dragana',
      lastName: 'Marković',
      foreignId: 'HR-47163120054',
      dateOfBirth: '1990-01-01',
      placeOfOrigin: 'Knin, Hrvatska',
      address: 'Njegoševa 12, Demo',
      status: 'refugee',
      legalBasis: 'Rešenje br. 019-1234/1995',
      statusFrom: '1995-08-10',
    });
    person = (await medium.as(keeper, (principal) => medium.get(DisplacedPersonsService).create(principal, body))) as typeof person;
    unitScoped = await make.newUser({ roles: ['official', 'displaced-unit-keeper'], unit: { id: keeper.orgUnitId } });
  });
  afterAll(() => medium.close());

  it('a keeper whose role reaches only their unit cannot enter or change a person, even within a case of their own; nothing is written', async () => {
    const theirs = await make.newCase({ assignee: unitScoped, accepted: true });
    const service = medium.get(DisplacedPersonsService);
    const changes: Array<(principal: Principal) => Promise<unknown>> = [
      async (principal) => service.update(principal, person.id, await dto(UpdateDisplacedPersonDto, { caseId: theirs.id, version: person.version, address: 'Tuđa 3, Demo' })),
      async (principal) => service.addDocument(principal, person.id, await dto(AddDocumentDto, { caseId: theirs.id, version: person.version, kind: 'refugee-card', number: 'IL-1', issuedOn: '2020-01-01' })),
      async (principal) =>
        service.create(
          principal,
          await dto(CreateDisplacedPersonDto, {
            caseId: theirs.id,
            firstName: 'Petar',
            lastName: 'Petrović',
            foreignId: 'HR-1234567',
            dateOfBirth: '1980-01-01',
            placeOfOrigin: 'Knin',
            address: 'Tuđa 3, Demo',
            status: 'refugee',
            legalBasis: 'Rešenje',
            statusFrom: '1995-08-10',
          }),
        ),
    ];
    for (const change of changes) {
      await expect(medium.as(unitScoped, change)).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
    }
    const [row] = await medium.dataSource.query(`SELECT address, version FROM displaced_person WHERE id = $1`, [person.id]);
    expect(row).toEqual({ address: person.address, version: person.version });
    expect((await medium.dataSource.query(`SELECT count(*)::int AS n FROM displaced_person WHERE last_name = 'Petrović' AND first_name = 'Petar'`))[0].n).toBe(0);
    expect((await medium.dataSource.query(`SELECT count(*)::int AS n FROM register_change WHERE entry_id = $1`, [person.id]))[0].n).toBe(1);
  });

  it('nor read the register: its list, detail, history and exports are refused', async () => {
    const queries = medium.get(DisplacedPersonQueries);
    const reads: Array<(principal: Principal) => Promise<unknown>> = [
      (principal) => queries.list(principal, { page: 1, pageSize: 50 }),
      (principal) => queries.detail(principal, person.id),
      (principal) => queries.history(principal, person.id),
      (principal) => queries.csv(principal, {}, 'sr-Latn'),
      (principal) => queries.printedList(principal, {}, 'sr-Latn'),
    ];
    for (const read of reads) {
      await expect(medium.as(unitScoped, read)).rejects.toMatchObject({ status: 403 });
    }
  });
});
