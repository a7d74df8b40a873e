import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Principal } from '../../libs/access/principal.js';
import { CreateHousingBuyoutDto, RecordPaymentDto, UpdateHousingBuyoutDto } from '../../libs/registers/housing-buyouts/dto/housing-buyout.dto.js';
import { HousingBuyoutQueries } from '../../libs/registers/housing-buyouts/housing-buyouts.register.js';
import { HousingBuyoutsService } from '../../libs/registers/housing-buyouts/housing-buyouts.service.js';
import { AddLeaseDto, CreateRealEstateDto, UpdateRealEstateDto } from '../../libs/registers/real-estate/dto/real-estate.dto.js';
import { RealEstateQueries } from '../../libs/registers/real-estate/real-estate.register.js';
import { RealEstateService } from '../../libs/registers/real-estate/real-estate.service.js';
import { Factories, jmbg, type NewUser } from '../support/factories.js';
import { dto, startMediumApp, type MediumApp } from '../support/medium-app.js';

/**
 * The kit's one access check on the real estate and housing buyout registers, which before the kit
 * checked only the case of a change: a role granting the register only within a unit reaches none
 * of its entries — not to read them, not to change them, even in a case the user may process.
 */
describe('the property registers\' access check', () => {
  let medium: MediumApp;
  let make: Factories;

  /** A role granting `subject` within the user's unit only, and a user of the keeper's unit holding it. */
  async function unitScopedKeeper(subject: string, keeper: NewUser): Promise<NewUser> {
    const code = `${subject.toLowerCase()}-unit-keeper`;
    await medium.dataSource.query(`INSERT INTO role (code, name, permissions) VALUES ($1, 'Unit keeper', $2)`, [
      code,
      JSON.stringify(['read', 'create', 'update', 'export'].map((action) => ({ action, subject, scope: 'unit' }))),
    ]);
    return make.newUser({ roles: ['official', code], unit: { id: keeper.orgUnitId } });
  }

  /** Every read of the register the kit serves, each refused with 403. */
  async function expectNoReads(user: NewUser, queries: RealEstateQueries | HousingBuyoutQueries, id: string) {
    const reads: Array<(principal: Principal) => Promise<unknown>> = [
      (principal) => queries.list(principal, { page: 1, pageSize: 50 }),
      (principal) => queries.detail(principal, id),
      (principal) => queries.history(principal, id),
      (principal) => queries.csv(principal, {}, 'sr-Latn'),
      (principal) => queries.printedList(principal, {}, 'sr-Latn'),
    ];
    for (const read of reads) await expect(medium.as(user, read)).rejects.toMatchObject({ status: 403 });
  }

  beforeAll(async () => {
    medium = await startMediumApp();
    make = new Factories(medium);
  });
  afterAll(() => medium.close());

  describe('real estate', () => {
    let keeper: NewUser;
    let unitScoped: NewUser;
    let entry: { id: string; version: number; address: string };

    beforeAll(async () => {
      keeper = await make.newUser({ roles: ['official', 'real-estate-keeper'] });
      const decision = await make.newCase({ assignee: keeper, accepted: true, subject: 'Upis nepokretnosti' });
      const body = await dto(CreateRealEstateDto, { caseId: decision.id, cadastralMunicipality: 'Demo', parcelNumber: '4321/2', kind: 'land', area: '812.50', legalBasis: 'Ugovor 1/2020', address: 'Poljska 1, Demo' });
      entry = (await medium.as(keeper, (principal) => medium.get(RealEstateService).create(principal, body))) as typeof entry;
      unitScoped = await unitScopedKeeper('RealEstate', keeper);
    });

    it('a keeper whose role reaches only their unit can neither change a property nor lease it, even within a case of their own; nothing is written', async () => {
      const theirs = await make.newCase({ assignee: unitScoped, accepted: true });
      const service = medium.get(RealEstateService);
      await expect(
        medium.as(unitScoped, async (principal) => service.update(principal, entry.id, await dto(UpdateRealEstateDto, { caseId: theirs.id, version: entry.version, address: 'Tuđa 3, Demo' }))),
      ).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
      const lease = { caseId: theirs.id, version: entry.version, lessee: { name: 'Zakupac d.o.o.', registrationNumber: '20084693' }, termFrom: '2026-01-01', monthlyRent: { amountMinor: 1_000_000 } };
      await expect(medium.as(unitScoped, async (principal) => service.addLease(principal, entry.id, await dto(AddLeaseDto, lease)))).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
      const [row] = await medium.dataSource.query(`SELECT address, version FROM real_estate WHERE id = $1`, [entry.id]);
      expect(row).toEqual({ address: entry.address, version: entry.version });
      expect((await medium.dataSource.query(`SELECT count(*)::int AS n FROM real_estate_lease WHERE real_estate_id = $1`, [entry.id]))[0].n).toBe(0);
      expect((await medium.dataSource.query(`SELECT count(*)::int AS n FROM register_change WHERE entry_id = $1`, [entry.id]))[0].n).toBe(1);
    });

    it('nor read the register: its list, detail, history and exports are refused', async () => {
      await expectNoReads(unitScoped, medium.get(RealEstateQueries), entry.id);
    });
  });

  describe('housing buyouts', () => {
    let keeper: NewUser;
    let unitScoped: NewUser;
    let entry: { id: string; version: number; flat: { address: string } };

    beforeAll(async () => {
      keeper = await make.newUser({ roles: ['official', 'housing-buyout-keeper'] });
      const decision = await make.newCase({ assignee: keeper, accepted: true, subject: 'Otkup stana' });
      const body = await dto(CreateHousingBuyoutDto, {
        caseId: decision.id,
        contractDate: '2025-12-15',
        buyer: { name: 'Kupac Stana', personalId: jmbg(7) },
        flat: { address: 'Stambena 3/11, Demo', area: '38.40' },
        parameters: { basisPerSquareMetre: '90000.00', yearsOfService: 10, buildingAgeYears: 45 },
        payment: { method: 'lump-sum' },
      });
      entry = (await medium.as(keeper, (principal) => medium.get(HousingBuyoutsService).create(principal, body))) as typeof entry;
      unitScoped = await unitScopedKeeper('HousingBuyout', keeper);
    });

    it('a keeper whose role reaches only their unit can neither change a contract nor record a payment, even within a case of their own; nothing is written', async () => {
      const theirs = await make.newCase({ assignee: unitScoped, accepted: true });
      const service = medium.get(HousingBuyoutsService);
      const change = { caseId: theirs.id, version: entry.version, flat: { address: 'Tuđa 3, Demo', area: '38.40' } };
      await expect(medium.as(unitScoped, async (principal) => service.update(principal, entry.id, await dto(UpdateHousingBuyoutDto, change)))).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
      const payment = { caseId: theirs.id, version: entry.version, paidOn: '2026-01-10', amount: '1000.00' };
      await expect(medium.as(unitScoped, async (principal) => service.recordPayment(principal, entry.id, await dto(RecordPaymentDto, payment)))).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
      const [row] = await medium.dataSource.query(`SELECT flat_address, version FROM housing_buyout WHERE id = $1`, [entry.id]);
      expect(row).toEqual({ flat_address: entry.flat.address, version: entry.version });
      expect((await medium.dataSource.query(`SELECT count(*)::int AS n FROM housing_buyout_payment WHERE buyout_id = $1`, [entry.id]))[0].n).toBe(0);
      expect((await medium.dataSource.query(`SELECT count(*)::int AS n FROM register_change WHERE entry_id = $1`, [entry.id]))[0].n).toBe(1);
    });

    it('nor read the register: its list, detail, history, schedule and exports are refused', async () => {
      await expectNoReads(unitScoped, medium.get(HousingBuyoutQueries), entry.id);
      await expect(medium.as(unitScoped, (principal) => medium.get(HousingBuyoutsService).schedule(principal, entry.id))).rejects.toMatchObject({ status: 403 });
    });
  });
});
