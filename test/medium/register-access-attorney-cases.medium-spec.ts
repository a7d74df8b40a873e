import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Principal } from '../../libs/access/principal.js';
import { AttorneyCaseCalendar } from '../../libs/registers/attorney-cases/attorney-case-calendar.service.js';
import { AttorneyCaseQueries } from '../../libs/registers/attorney-cases/attorney-cases.register.js';
import { AttorneyCasesService } from '../../libs/registers/attorney-cases/attorney-cases.service.js';
import { CreateAttorneyCaseDto, ScheduleHearingDto, UpdateAttorneyCaseDto } from '../../libs/registers/attorney-cases/dto/attorney-case.dto.js';
import { Factories, type NewUser } from '../support/factories.js';
import { dto, startMediumApp, type MediumApp } from '../support/medium-app.js';

const CASE_FIELDS = {
  kind: 'litigation',
  court: 'Osnovni sud u Nišu',
  municipalityRole: 'defendant',
  opposingParties: [{ name: 'Petar Petrović' }],
  subject: 'Naknada štete',
};

/**
 * The kit's one access check on the municipal attorney's registry: a role granting the register
 * only within a unit reaches none of its entries — not to change them, even in a case the user
 * may process, nor to read them, their hearings calendar or their deadlines.
 */
describe('the register kit\'s access check on the attorney\'s registry', () => {
  let medium: MediumApp;
  let make: Factories;
  let unitScoped: NewUser;
  let entry: { id: string; version: number; subject: string };

  beforeAll(async () => {
    medium = await startMediumApp();
    make = new Factories(medium);
    await medium.dataSource.query(`INSERT INTO role (code, name, permissions) VALUES ('attorney-unit-keeper', 'Unit keeper', $1)`, [
      JSON.stringify(['read', 'create', 'update', 'export'].map((action) => ({ action, subject: 'AttorneyCase', scope: 'unit' }))),
    ]);
    const attorney = await make.newUser({ roles: ['official', 'municipal-attorney'] });
    const caseId = (await make.newCase({ assignee: attorney, accepted: true })).id;
    const body = await dto(CreateAttorneyCaseDto, { caseId, ...CASE_FIELDS });
    entry = (await medium.as(attorney, (principal) => medium.get(AttorneyCasesService).create(principal, body))) as typeof entry;
    unitScoped = await make.newUser({ roles: ['official', 'attorney-unit-keeper'], unit: { id: attorney.orgUnitId } });
  });
  afterAll(() => medium.close());

  it('a keeper whose role reaches only their unit cannot take a case on or change one, even within a case of their own; nothing is written', async () => {
    const theirs = await make.newCase({ assignee: unitScoped, accepted: true });
    const service = medium.get(AttorneyCasesService);
    const changes: Array<(principal: Principal) => Promise<unknown>> = [
      async (principal) => service.update(principal, entry.id, await dto(UpdateAttorneyCaseDto, { caseId: theirs.id, version: entry.version, subject: 'Tuđe' })),
      async (principal) => service.scheduleHearing(principal, entry.id, await dto(ScheduleHearingDto, { caseId: theirs.id, version: entry.version, startsAt: '2026-05-12T08:00:00.000Z' })),
      async (principal) => service.create(principal, await dto(CreateAttorneyCaseDto, { caseId: theirs.id, ...CASE_FIELDS, subject: 'Tuđi predmet' })),
    ];
    for (const change of changes) {
      await expect(medium.as(unitScoped, change)).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
    }
    const [row] = await medium.dataSource.query(`SELECT subject, version FROM attorney_case WHERE id = $1`, [entry.id]);
    expect(row).toEqual({ subject: entry.subject, version: entry.version });
    expect((await medium.dataSource.query(`SELECT count(*)::int AS n FROM attorney_case WHERE subject = 'Tuđi predmet'`))[0].n).toBe(0);
    expect((await medium.dataSource.query(`SELECT count(*)::int AS n FROM attorney_case_hearing WHERE attorney_case_id = $1`, [entry.id]))[0].n).toBe(0);
    expect((await medium.dataSource.query(`SELECT count(*)::int AS n FROM register_change WHERE entry_id = $1`, [entry.id]))[0].n).toBe(1);
  });

  it('nor read the register: its list, detail, history, exports, hearings calendar and deadlines are refused', async () => {
    const queries = medium.get(AttorneyCaseQueries);
    const calendar = medium.get(AttorneyCaseCalendar);
    const reads: Array<(principal: Principal) => Promise<unknown>> = [
      (principal) => queries.list(principal, { page: 1, pageSize: 50 }),
      (principal) => queries.detail(principal, entry.id),
      (principal) => queries.history(principal, entry.id),
      (principal) => queries.csv(principal, {}, 'sr-Latn'),
      (principal) => calendar.hearings(principal, { page: 1, pageSize: 50, from: '2026-01-01', to: '2026-12-31' }),
      (principal) => calendar.deadlines(principal, { page: 1, pageSize: 50 }),
    ];
    for (const read of reads) {
      await expect(medium.as(unitScoped, read)).rejects.toMatchObject({ status: 403 });
    }
  });
});
