import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CaseRegistrationService } from '../../libs/cases/case-registration.service.js';
import { RegisterCaseDto } from '../../libs/cases/dto/register-case.dto.js';
import { Factories, type NewUser } from '../support/factories.js';
import { dto, startMediumApp, type MediumApp } from '../support/medium-app.js';

/**
 * Case numbers drawn by the registration service in the registering transaction: gapless and
 * unique under concurrent registrations, and given back by a registration that does not commit.
 * The main book numbers `{class}-{serial}/{year}-{unit}` with one counter a year; each scenario
 * registers in a year of its own, so its serials start at 1.
 */
describe('numbering through CaseRegistrationService', () => {
  let medium: MediumApp;
  let make: Factories;
  let registrar: NewUser;
  let unit: { id: string; code: string };

  beforeAll(async () => {
    medium = await startMediumApp();
    make = new Factories(medium);
    registrar = await make.registryClerk();
    unit = await make.newUnit();
  });
  afterAll(() => medium.close());

  const registration = async (subject: string) =>
    dto(RegisterCaseDto, { classificationCode: '352', orgUnitId: unit.id, subject, party: { name: 'Petar Petrović' }, receivedVia: 'counter' });
  const register = async (subject: string) => {
    const body = await registration(subject);
    return medium.as(registrar, (principal) => medium.get(CaseRegistrationService).registerIncomingSubmission(principal, body));
  };

  it('twenty registrations at once, each in its own transaction, take serials 1 to 20 of the year, each once', async () => {
    medium.clock.travelTo(new Date('2031-02-03T09:00:00+01:00'));
    const files = await Promise.all(Array.from({ length: 20 }, (_, n) => register(`Istovremeni zahtev ${n + 1}`)));

    expect(files.map((file) => file.serial).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
    for (const file of files) expect(file.number).toBe(`352-${file.serial}/2031-${unit.code}`);
    const stored = await medium.dataSource.query(`SELECT serial, number FROM case_file WHERE year = 2031 ORDER BY serial`);
    expect(stored).toEqual(files.map(({ serial, number }) => ({ serial, number })).sort((a, b) => a.serial - b.serial));
  });

  it('a registration whose transaction rolls back gives its serial back: the next registration takes it, and nothing of the first remains', async () => {
    medium.clock.travelTo(new Date('2032-02-02T09:00:00+01:00'));
    expect((await register('Prvi zahtev')).serial).toBe(1);

    let lost: { id: string; serial: number } | undefined;
    const body = await registration('Zahtev koji se ne zavede');
    const failing = medium.as(registrar, async (principal) => {
      lost = await medium.get(CaseRegistrationService).registerIncomingSubmission(principal, body);
      throw new Error('the request fails after registering');
    });
    await expect(failing).rejects.toThrow('the request fails after registering');
    expect(lost!.serial).toBe(2);

    expect((await register('Sledeći zahtev')).serial).toBe(2);
    for (const table of ['case_file WHERE id = $1', 'case_act WHERE case_id = $1', 'case_event WHERE case_id = $1', `audit_log WHERE entity_id = $1::text`]) {
      expect(await medium.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`, [lost!.id])).toEqual([{ count: 0 }]);
    }
  });
});
