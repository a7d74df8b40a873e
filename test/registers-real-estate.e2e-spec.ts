import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jmbgCheckDigit } from '../libs/shared/jmbg.js';
import { caseAction, registerCase, type CaseBody } from './support/case-flow.js';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';
import { binary, oneLine, parseCsv, pdfText } from './support/files.js';

/**
 * The real estate register as its keeper (official2, unit 05) works with it: properties entered
 * and changed within cases, leases and encumbrances as events of those cases, the history, the
 * lists, exports and printed list, and who may see what. The tests run in order on one database,
 * on 2 March 2026.
 */

const BASE = '/api/registers/real-estate';
/** A valid JMBG (date 01.01.1990, region 71) and the same with a wrong check digit. */
const JMBG = '0101990710008';
const JMBG_BAD_CHECK = '0101990710007';
/** 31 February: the check digit fits, the date cannot be. */
const JMBG_BAD_DATE = `310299071000${jmbgCheckDigit('310299071000')}`;

interface Entry {
  id: string;
  version: number;
  status: string;
  [field: string]: unknown;
}

describe('the real estate register', () => {
  let spis: TestApp;
  let keeper: Client, official: Client, registry: Client, admin: Client;
  let unit05: string, official2Id: string;
  /** The keeper's open case, in which most changes are made. */
  let decision: CaseBody;
  const entries: Record<string, Entry> = {};

  /** A case of unit 05 registered, assigned to the keeper and accepted: one they may decide in. */
  async function keeperCase(subject = 'Zakup poslovnog prostora'): Promise<CaseBody> {
    const registered = await registerCase(spis, { classificationCode: '464', orgUnitId: unit05, subject });
    const assigned = await registry.post(`/api/cases/${registered.id}/assign`).send({ assigneeId: official2Id, version: registered.version }).expect(200);
    return caseAction(spis, 'official2', assigned.body, 'accept');
  }

  async function create(body: Record<string, unknown>, status = 201) {
    return keeper.post(BASE).send({ caseId: decision.id, kind: 'land', area: '100', legalBasis: 'Zakon o javnoj svojini, čl. 72', ...body }).expect(status);
  }

  async function listOf(query: Record<string, unknown>): Promise<string[]> {
    const response = await keeper.get(BASE).query({ pageSize: 200, ...query }).expect(200);
    return response.body.items.map((item: { cadastralMunicipality: string; parcelNumber: string }) => `${item.cadastralMunicipality} ${item.parcelNumber}`);
  }

  beforeAll(async () => {
    spis = await startTestApp();
    await spis.travelTo('2026-03-02T09:00:00+01:00');
    [keeper, official, registry, admin] = await Promise.all(['official2', 'official', 'registry', 'admin'].map((name) => spis.as(name)));
    [{ id: unit05 }] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '05'`);
    [{ id: official2Id }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'official2'`);
    decision = await keeperCase();
  });
  afterAll(() => spis.close());

  it('the keeper enters a property within a case; it links to the case and starts active with a 1/1 share', async () => {
    const created = await create({
      cadastralMunicipality: 'Demo',
      parcelNumber: '100',
      area: '1250.5',
      address: 'Industrijska zona bb, Demo',
      legalBasis: 'Rešenje o eksproprijaciji 465-12/2019-05',
      value: { amountMinor: 1250000000 },
    });
    expect(created.body).toEqual(expect.objectContaining({
      version: 1,
      cadastralMunicipality: 'Demo',
      parcelNumber: '100',
      buildingNumber: null,
      unitNumber: null,
      kind: 'land',
      area: '1250.50',
      ownershipShare: { numerator: 1, denominator: 1 },
      value: { amountMinor: 1250000000, currency: 'RSD' },
      status: 'active',
      statusDate: null,
      leasedNow: false,
      encumbered: false,
      leases: [],
      encumbrances: [],
      caseIds: [decision.id],
      cases: [{ id: decision.id, number: decision.number }],
    }));
    entries.land = created.body;

    entries.flat = (await create({
      cadastralMunicipality: 'Нови Сад I',
      parcelNumber: '2/3',
      buildingNumber: 1,
      unitNumber: '7',
      kind: 'flat',
      area: '54.37',
      address: 'Булевар ослобођења 15/7',
      ownershipShare: { numerator: 1, denominator: 2 },
      legalBasis: 'Ugovor o poklonu Ov. 1234/2015',
    })).body;
    entries.premises = (await create({
      cadastralMunicipality: 'Novi Sad I',
      parcelNumber: '10/1',
      buildingNumber: 2,
      unitNumber: 'L-2',
      kind: 'business-premises',
      area: '38',
      address: 'Zmaj Jovina 4, Novi Sad',
      userName: 'Turistička organizacija opštine',
    })).body;
    entries.building = (await create({ cadastralMunicipality: 'Demo', parcelNumber: '12', buildingNumber: 1, kind: 'building', area: '420.00', address: 'Stari magacin, Demo' })).body;
    expect(entries.flat.ownershipShare).toEqual({ numerator: 1, denominator: 2 });
    expect(entries.premises.area).toBe('38.00');
  });

  it('one property is one active entry: the same designation is refused, in either script', async () => {
    const again = await create({ cadastralMunicipality: 'novi sad i', parcelNumber: '2/3', buildingNumber: 1, unitNumber: '7', kind: 'flat' }, 409);
    expect(again.body.code).toBe('REAL_ESTATE_ALREADY_REGISTERED');
    // Another unit in the same building is another property.
    const neighbour = await create({ cadastralMunicipality: 'Novi Sad I', parcelNumber: '2/3', buildingNumber: 1, unitNumber: '8', kind: 'flat', area: '61.02' });
    expect(neighbour.body.unitNumber).toBe('8');
  });

  it('refuses what cannot be: a designation that does not fit the kind, a share above one, an area as a float', async () => {
    const land = await create({ cadastralMunicipality: 'Demo', parcelNumber: '501', buildingNumber: 3 }, 400);
    expect(land.body.errors).toEqual([expect.objectContaining({ field: 'buildingNumber', rule: 'notForKind' })]);
    const flat = await create({ cadastralMunicipality: 'Demo', parcelNumber: '502', kind: 'flat', buildingNumber: 1 }, 400);
    expect(flat.body.errors).toEqual([expect.objectContaining({ field: 'unitNumber', rule: 'requiredForKind' })]);
    const share = await create({ cadastralMunicipality: 'Demo', parcelNumber: '503', ownershipShare: { numerator: 3, denominator: 2 } }, 400);
    expect(share.body.errors).toEqual([expect.objectContaining({ field: 'ownershipShare.numerator', rule: 'notAboveDenominator' })]);
    const area = await create({ cadastralMunicipality: 'Demo', parcelNumber: '504', area: 54.3, value: { amountMinor: 10.5 } }, 400);
    expect(area.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['area', 'value.amountMinor']);
    const parcel = await create({ cadastralMunicipality: 'Demo', parcelNumber: '12-a' }, 400);
    expect(parcel.body.errors[0].field).toBe('parcelNumber');
  });

  it('changes within a case, against the version read; a stale version is refused', async () => {
    const changed = await keeper
      .patch(`${BASE}/${entries.land.id}`)
      .send({ caseId: decision.id, version: 1, address: 'Industrijska zona 1, Demo', value: { amountMinor: 1300000000, currency: 'RSD' } })
      .expect(200);
    expect(changed.body).toEqual(expect.objectContaining({ version: 2, address: 'Industrijska zona 1, Demo', value: { amountMinor: 1300000000, currency: 'RSD' } }));
    entries.land = changed.body;
    const stale = await keeper.patch(`${BASE}/${entries.land.id}`).send({ caseId: decision.id, version: 1, note: 'x' }).expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
  });

  it('a change needs a case the keeper processes: another unit\'s case is invisible (404), an unassigned one not theirs (403), a cancelled one closed (409)', async () => {
    const change = (caseId: string) => keeper.patch(`${BASE}/${entries.land.id}`).send({ caseId, version: entries.land.version, note: 'Napomena' });
    const otherUnit = await registerCase(spis, { classificationCode: '352' });
    expect((await change(otherUnit.id).expect(404)).body.code).toBe('REGISTER_CASE_NOT_FOUND');
    const unassigned = await registerCase(spis, { classificationCode: '463', orgUnitId: unit05 });
    expect((await change(unassigned.id).expect(403)).body.code).toBe('REGISTER_CASE_NOT_PROCESSABLE');
    const mistaken = await keeperCase('Zaveden greškom');
    await caseAction(spis, 'registry', mistaken, 'cancel', { reason: 'Zaveden greškom' });
    expect((await change(mistaken.id).expect(409)).body.code).toBe('REGISTER_CASE_NOT_OPEN');
    expect((await keeper.get(`${BASE}/${entries.land.id}`).expect(200)).body.version).toBe(entries.land.version);
  });

  it('leases: entered within a case, never overlapping, ended within their term; the property shows as leased while one is in force', async () => {
    const leaseCase = await keeperCase('Zakup stana');
    const url = `${BASE}/${entries.flat.id}/leases`;
    const first = await keeper
      .post(url)
      .send({ caseId: leaseCase.id, version: 1, lessee: { name: 'Petar Petrović', personalId: JMBG }, contractNumber: '464-3/2025', termFrom: '2025-01-01', termTo: '2026-12-31', monthlyRent: { amountMinor: 4500000 } })
      .expect(201);
    expect(first.body).toEqual(expect.objectContaining({ version: 2, status: 'leased', leasedNow: true }));
    expect(first.body.leases).toEqual([expect.objectContaining({
      lessee: { name: 'Petar Petrović', personalId: JMBG, registrationNumber: null },
      termFrom: '2025-01-01',
      termTo: '2026-12-31',
      monthlyRent: { amountMinor: 4500000, currency: 'RSD' },
      inForce: true,
      endedOn: null,
      caseId: leaseCase.id,
      caseNumber: leaseCase.number,
    })]);
    expect(first.body.caseIds).toEqual([decision.id, leaseCase.id]);
    const leaseId = first.body.leases[0].id;

    const overlapping = await keeper
      .post(url)
      .send({ caseId: leaseCase.id, version: 2, lessee: { name: 'Ana Anić' }, termFrom: '2026-06-01', monthlyRent: { amountMinor: 5000000 } })
      .expect(409);
    expect(overlapping.body.code).toBe('REAL_ESTATE_LEASE_OVERLAP');
    expect(overlapping.body.detail).toContain('2025-01-01');

    const outside = await keeper.post(`${url}/${leaseId}/end`).send({ caseId: leaseCase.id, version: 2, endedOn: '2027-01-15' }).expect(400);
    expect(outside.body).toEqual(expect.objectContaining({ code: 'REAL_ESTATE_LEASE_END_OUTSIDE_TERM', errors: [expect.objectContaining({ field: 'endedOn' })] }));
    const ended = await keeper.post(`${url}/${leaseId}/end`).send({ caseId: leaseCase.id, version: 2, endedOn: '2026-02-28', reason: 'Sporazumni raskid' }).expect(201);
    expect(ended.body).toEqual(expect.objectContaining({ version: 3, status: 'active', leasedNow: false }));
    expect(ended.body.leases[0]).toEqual(expect.objectContaining({ endedOn: '2026-02-28', endReason: 'Sporazumni raskid', endedCaseId: leaseCase.id, inForce: false }));
    const twice = await keeper.post(`${url}/${leaseId}/end`).send({ caseId: leaseCase.id, version: 3, endedOn: '2026-02-28' }).expect(409);
    expect(twice.body.code).toBe('REAL_ESTATE_LEASE_ALREADY_ENDED');

    // The days after the early end are free for the next lessee, a company this time.
    const second = await keeper
      .post(url)
      .send({ caseId: leaseCase.id, version: 3, lessee: { name: 'Đorđević DOO', registrationNumber: '12345678' }, termFrom: '2026-03-01', monthlyRent: { amountMinor: 5200050 } })
      .expect(201);
    expect(second.body).toEqual(expect.objectContaining({ version: 4, status: 'leased' }));
    entries.flat = second.body;
  });

  it('the database itself refuses overlapping leases of a property', async () => {
    const [lease] = await spis.dataSource.query(`SELECT case_id, recorded_by FROM real_estate_lease WHERE real_estate_id = $1 LIMIT 1`, [entries.flat.id]);
    await expect(
      spis.dataSource.query(
        `INSERT INTO real_estate_lease (real_estate_id, lessee_name, term_from, monthly_rent_minor, case_id, recorded_by, recorded_at)
         VALUES ($1, 'Uljez', '2027-01-01', 1, $2, $3, now())`,
        [entries.flat.id, lease.case_id, lease.recorded_by],
      ),
    ).rejects.toMatchObject({ driverError: { code: '23P01', constraint: 'real_estate_lease_no_overlap' } });
    await expect(spis.dataSource.query(`DELETE FROM real_estate_lease WHERE real_estate_id = $1`, [entries.flat.id])).rejects.toThrow(/keeps its rows/);
  });

  it('a lessee\'s JMBG is validated: a wrong check digit or an impossible date is a 400 naming the field', async () => {
    const lease = (lessee: Record<string, unknown>) =>
      keeper.post(`${BASE}/${entries.premises.id}/leases`).send({ caseId: decision.id, version: 1, lessee, termFrom: '2026-03-01', monthlyRent: { amountMinor: 100 } }).expect(400);
    for (const personalId of [JMBG_BAD_CHECK, JMBG_BAD_DATE, '010199071000']) {
      const refused = await lease({ name: 'Marko Marković', personalId });
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'lessee.personalId', rule: 'jmbgChecksum' })]);
    }
    const both = await lease({ name: 'Marko Marković', personalId: JMBG, registrationNumber: '12345678' });
    expect(both.body.errors).toEqual([expect.objectContaining({ field: 'lessee.registrationNumber', rule: 'notWithPersonalId' })]);
    const shortNumber = await lease({ name: 'Firma DOO', registrationNumber: '1234567' });
    expect(shortNumber.body.errors[0].field).toBe('lessee.registrationNumber');
  });

  it('encumbrances: registered and removed within a case, on days not in the future', async () => {
    const url = `${BASE}/${entries.land.id}/encumbrances`;
    let version = entries.land.version;
    const future = await keeper.post(url).send({ caseId: decision.id, version, kind: 'mortgage', inFavourOf: 'Banka a.d.', registeredOn: '2026-03-03' }).expect(400);
    expect(future.body).toEqual(expect.objectContaining({ code: 'REAL_ESTATE_DATE_IN_FUTURE', errors: [expect.objectContaining({ field: 'registeredOn' })] }));
    const mortgage = await keeper
      .post(url)
      .send({ caseId: decision.id, version, kind: 'mortgage', inFavourOf: 'Banka Intesa a.d. Beograd', reference: '952-02-3-123/2026', registeredOn: '2026-02-01' })
      .expect(201);
    version = mortgage.body.version;
    const dispute = await keeper.post(url).send({ caseId: decision.id, version, kind: 'dispute', inFavourOf: 'Jovan Jovanović', registeredOn: '2025-11-10' }).expect(201);
    version = dispute.body.version;
    expect(dispute.body).toEqual(expect.objectContaining({ encumbered: true }));
    const disputeId = dispute.body.encumbrances.find((e: { kind: string }) => e.kind === 'dispute').id;

    const early = await keeper.post(`${url}/${disputeId}/remove`).send({ caseId: decision.id, version, removedOn: '2025-11-09' }).expect(400);
    expect(early.body.code).toBe('REAL_ESTATE_REMOVED_BEFORE_REGISTERED');
    const removed = await keeper.post(`${url}/${disputeId}/remove`).send({ caseId: decision.id, version, removedOn: '2026-03-02', reason: 'Presuda P. 12/2025' }).expect(201);
    expect(removed.body.encumbrances.find((e: { id: string }) => e.id === disputeId)).toEqual(expect.objectContaining({ removedOn: '2026-03-02', current: false, removedCaseId: decision.id }));
    expect(removed.body.encumbered).toBe(true);
    const again = await keeper.post(`${url}/${disputeId}/remove`).send({ caseId: decision.id, version: removed.body.version, removedOn: '2026-03-02' }).expect(409);
    expect(again.body.code).toBe('REAL_ESTATE_ENCUMBRANCE_ALREADY_REMOVED');
    const unknown = await keeper.post(`${url}/${entries.flat.id}/remove`).send({ caseId: decision.id, version: removed.body.version, removedOn: '2026-03-02' }).expect(404);
    expect(unknown.body.code).toBe('REAL_ESTATE_ENCUMBRANCE_NOT_FOUND');
    entries.land = removed.body;
  });

  it('a property leaves the holdings on a day, only with no lease running past it, and then takes no new leases', async () => {
    const withLease = await keeper.patch(`${BASE}/${entries.flat.id}`).send({ caseId: decision.id, version: entries.flat.version, status: 'alienated', statusDate: '2026-03-02' }).expect(409);
    expect(withLease.body.code).toBe('REAL_ESTATE_LEASE_RUNNING');
    const noDate = await keeper.patch(`${BASE}/${entries.building.id}`).send({ caseId: decision.id, version: 1, status: 'demolished' }).expect(400);
    expect(noDate.body.errors).toEqual([expect.objectContaining({ field: 'statusDate', rule: 'requiredForStatus' })]);
    const leased = await keeper.patch(`${BASE}/${entries.building.id}`).send({ caseId: decision.id, version: 1, status: 'leased', statusDate: '2026-03-01' }).expect(400);
    expect(leased.body.errors[0].field).toBe('status');

    const alienated = await keeper
      .patch(`${BASE}/${entries.building.id}`)
      .send({ caseId: decision.id, version: 1, status: 'alienated', statusDate: '2026-03-01', legalBasis: 'Ugovor o kupoprodaji 463-7/2026' })
      .expect(200);
    expect(alienated.body).toEqual(expect.objectContaining({ status: 'alienated', statusDate: '2026-03-01', version: 2 }));
    entries.building = alienated.body;
    const lease = await keeper
      .post(`${BASE}/${entries.building.id}/leases`)
      .send({ caseId: decision.id, version: 2, lessee: { name: 'Neko' }, termFrom: '2026-04-01', monthlyRent: { amountMinor: 100 } })
      .expect(409);
    expect(lease.body.code).toBe('REAL_ESTATE_NOT_ACTIVE');
    // The municipality may acquire the same building again: a new active entry beside the alienated one.
    const reacquired = await create({ cadastralMunicipality: 'Demo', parcelNumber: '12', buildingNumber: 1, kind: 'building', area: '420', legalBasis: 'Ugovor o kupoprodaji 463-9/2026' });
    expect(reacquired.body.status).toBe('active');
  });

  it('the history shows every change: who, when, in which case, before and after', async () => {
    const history = await keeper.get(`${BASE}/${entries.flat.id}/history`).expect(200);
    expect(history.body.map((item: { action: string }) => item.action)).toEqual(['create', 'lease', 'lease-end', 'lease']);
    const [created, leased, ended] = history.body;
    expect(created).toEqual(expect.objectContaining({ actor: 'official2', case: { id: decision.id, number: decision.number }, before: null }));
    expect(new Date(created.at).toISOString().slice(0, 10)).toBe('2026-03-02');
    expect(created.after).toEqual(expect.objectContaining({ parcelNumber: '2/3', area: '54.37', leases: [] }));
    expect(leased.before.leases).toEqual([]);
    expect(leased.after.leases).toEqual([expect.objectContaining({ lessee: { name: 'Petar Petrović', personalId: JMBG, registrationNumber: null } })]);
    expect(ended.before.leases[0].endedOn).toBeNull();
    expect(ended.after.leases[0].endedOn).toBe('2026-02-28');

    const land = await keeper.get(`${BASE}/${entries.land.id}/history`).expect(200);
    const update = land.body.find((item: { action: string }) => item.action === 'update');
    expect([update.before.address, update.after.address]).toEqual(['Industrijska zona bb, Demo', 'Industrijska zona 1, Demo']);
    expect(land.body.map((item: { action: string }) => item.action)).toEqual(['create', 'update', 'encumbrance', 'encumbrance', 'encumbrance-removal']);
  });

  it('the audit trail records each change without the JMBG, and each read of an entry holding one', async () => {
    const trail = await admin.get('/api/audit').query({ entityType: 'RealEstate', entityId: entries.flat.id }).expect(200);
    const actions = trail.body.items.map((item: { action: string }) => item.action);
    expect(actions).toEqual(expect.arrayContaining(['register.real-estate.create', 'register.real-estate.lease', 'register.real-estate.lease-end']));
    expect(JSON.stringify(trail.body.items)).not.toContain(JMBG);
    const lease = trail.body.items.find((item: { action: string }) => item.action === 'register.real-estate.lease');
    expect(lease.after).toEqual(expect.objectContaining({ caseId: expect.any(String), caseNumber: expect.any(String) }));
    expect(lease.after.leases[0].lessee.personalId).toBeNull();

    const readsBefore = trail.body.items.filter((item: { action: string }) => item.action === 'register.personal-data-read').length;
    const detail = await keeper.get(`${BASE}/${entries.flat.id}`).expect(200);
    expect(detail.body.leases[0].lessee.personalId).toBe(JMBG);
    const after = await admin.get('/api/audit').query({ entityType: 'RealEstate', entityId: entries.flat.id }).expect(200);
    const reads = after.body.items.filter((item: { action: string }) => item.action === 'register.personal-data-read');
    expect(reads.length).toBe(readsBefore + 1);
    expect(reads[0]).toEqual(expect.objectContaining({ actor: 'official2' }));
  });

  it('a reader without readPersonalData sees the entry with the JMBG hidden, and no read is recorded', async () => {
    const role = await admin
      .post('/api/roles')
      .send({ code: 'real-estate-reader', name: 'Uvid u evidenciju nepokretnosti', permissions: [{ action: 'read', subject: 'RealEstate', scope: 'all' }] })
      .expect(201);
    const user = await admin.post('/api/users').send({ username: 'uvid', fullName: 'Uvid Uvidić', password: 'dovoljno-dugacka' }).expect(201);
    await admin.post('/api/positions').send({ title: 'Saradnik za uvid', orgUnitId: unit05, userId: user.body.id, roleIds: [role.body.id] }).expect(201);
    const { accessToken } = await spis.login('uvid', 'dovoljno-dugacka');
    const readsBefore = (await admin.get('/api/audit').query({ entityType: 'RealEstate', entityId: entries.flat.id, action: 'register.personal-data-read' }).expect(200)).body.items.length;

    const detail = await spis.http.get(`${BASE}/${entries.flat.id}`).set('Authorization', `Bearer ${accessToken}`).expect(200);
    expect(detail.body.leases[0].lessee).toEqual({ name: 'Petar Petrović', personalId: null, registrationNumber: null });
    const history = await spis.http.get(`${BASE}/${entries.flat.id}/history`).set('Authorization', `Bearer ${accessToken}`).expect(200);
    expect(JSON.stringify(history.body)).not.toContain(JMBG);
    const reads = (await admin.get('/api/audit').query({ entityType: 'RealEstate', entityId: entries.flat.id, action: 'register.personal-data-read' }).expect(200)).body.items.length;
    expect(reads).toBe(readsBefore);
    // Reading is all the role gives: no changes, no exports.
    await spis.http.patch(`${BASE}/${entries.flat.id}`).set('Authorization', `Bearer ${accessToken}`).send({ caseId: decision.id, version: 4 }).expect(403);
    await spis.http.get(`${BASE}/export.csv`).set('Authorization', `Bearer ${accessToken}`).expect(403);
  });

  it('filters by kind, status, cadastral municipality (either script), lease in force, encumbrance and case', async () => {
    expect(await listOf({ kind: 'flat' })).toEqual(['Нови Сад I 2/3', 'Novi Sad I 2/3']);
    expect(await listOf({ cadastralMunicipality: 'НОВИ САД I' })).toEqual(['Нови Сад I 2/3', 'Novi Sad I 2/3', 'Novi Sad I 10/1']);
    // Parcels in number order: 12 before 100.
    expect(await listOf({ cadastralMunicipality: 'demo' })).toEqual(['Demo 12', 'Demo 12', 'Demo 100']);
    expect(await listOf({ status: 'leased' })).toEqual(['Нови Сад I 2/3']);
    expect(await listOf({ leased: 'true' })).toEqual(['Нови Сад I 2/3']);
    expect(await listOf({ leased: 'no', cadastralMunicipality: 'Novi Sad I' })).toEqual(['Novi Sad I 2/3', 'Novi Sad I 10/1']);
    expect(await listOf({ status: 'active', cadastralMunicipality: 'Novi Sad I' })).toEqual(['Novi Sad I 2/3', 'Novi Sad I 10/1']);
    expect(await listOf({ status: 'alienated' })).toEqual(['Demo 12']);
    expect(await listOf({ encumbered: 'true' })).toEqual(['Demo 100']);
    const leaseCaseId = entries.flat.caseIds as string[];
    expect(await listOf({ caseId: leaseCaseId[1] })).toEqual(['Нови Сад I 2/3']);

    const leased = await keeper.get(BASE).query({ status: 'leased' }).expect(200);
    expect(leased.body.items[0]).toEqual(expect.objectContaining({
      status: 'leased',
      leasedNow: true,
      currentLease: expect.objectContaining({ lessee: { name: 'Đorđević DOO', personalId: null, registrationNumber: '12345678' }, monthlyRent: { amountMinor: 5200050, currency: 'RSD' } }),
    }));
    const bad = await keeper.get(BASE).query({ status: 'sold', leased: 'maybe' }).expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['leased', 'status']);
  });

  it('finds by words in Cyrillic or Latin, whichever the entry was written in', async () => {
    expect(await listOf({ q: 'bulevar oslobodjenja' })).toEqual(['Нови Сад I 2/3']);
    expect(await listOf({ q: 'ЂОРЂЕВИЋ' })).toEqual(['Нови Сад I 2/3']);
    expect(await listOf({ q: 'змај јовина' })).toEqual(['Novi Sad I 10/1']);
    expect(await listOf({ q: 'intesa 952-02' })).toEqual(['Demo 100']);
    // A JMBG is no search term.
    expect(await listOf({ q: JMBG })).toEqual([]);
  });

  it('pages the list', async () => {
    const all = await listOf({});
    const page = await keeper.get(BASE).query({ page: 2, pageSize: 2 }).expect(200);
    expect(page.body).toEqual(expect.objectContaining({ total: all.length, page: 2, pageSize: 2 }));
    expect(page.body.items.map((item: { cadastralMunicipality: string; parcelNumber: string }) => `${item.cadastralMunicipality} ${item.parcelNumber}`)).toEqual(all.slice(2, 4));
    await keeper.get(BASE).query({ pageSize: 201 }).expect(400);
  });

  it('exports the filtered list as CSV for a spreadsheet, the lessee\'s JMBG included for the keeper', async () => {
    const response = await keeper.get(`${BASE}/export.csv`).query({ cadastralMunicipality: 'Novi Sad I' }).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment/);
    const [header, ...rows] = parseCsv(response.text);
    expect(header).toEqual([
      'Katastarska opština', 'Broj parcele', 'Zgrada', 'Posebni deo', 'Adresa', 'Vrsta', 'Površina m²', 'Udeo', 'Pravni osnov', 'Korisnik', 'Vrednost', 'Valuta',
      'Status', 'Datum statusa', 'Zakupac', 'JMBG zakupca', 'Matični broj zakupca', 'Zakup od', 'Zakup do', 'Mesečna zakupnina', 'Tereti', 'Predmeti',
    ]);
    expect(rows).toHaveLength(3);
    const flat = Object.fromEntries(header.map((column, i) => [column, rows[0][i]]));
    expect(flat).toEqual(expect.objectContaining({
      'Katastarska opština': 'Нови Сад I',
      'Broj parcele': '2/3',
      Zgrada: '1',
      'Posebni deo': '7',
      Vrsta: 'stan',
      'Površina m²': '54,37',
      Udeo: '1/2',
      Status: 'izdata u zakup',
      Zakupac: 'Đorđević DOO',
      'Matični broj zakupca': '12345678',
      'Zakup od': '2026-03-01',
      'Mesečna zakupnina': '52000,50 RSD',
    }));
    expect(flat.Predmeti.split(', ')).toHaveLength(2);

    const land = parseCsv((await keeper.get(`${BASE}/export.csv`).query({ encumbered: true, lang: 'en' }).expect(200)).text);
    expect(land[0][0]).toBe('Cadastral municipality');
    expect(land[1]).toEqual(expect.arrayContaining(['Demo', '100', '1250,50', '13000000,00', 'RSD', 'mortgage: Banka Intesa a.d. Beograd']));
  });

  it('prints the list as PDF, with a Cyrillic heading on request and no identifiers', async () => {
    const latin = await keeper.get(`${BASE}/list.pdf`).buffer(true).parse(binary).expect(200);
    expect(latin.headers['content-type']).toBe('application/pdf');
    const text = oneLine(await pdfText(latin.body));
    expect(text).toContain('Evidencija nepokretnosti u javnoj svojini opštine');
    expect(text).toContain('Zmaj Jovina 4, Novi Sad');
    expect(text).toContain('hipoteka: Banka Intesa a.d. Beograd');
    expect(text).not.toContain(JMBG);

    const cyrillic = await keeper.get(`${BASE}/list.pdf`).query({ lang: 'sr-Cyrl', status: 'leased' }).buffer(true).parse(binary).expect(200);
    const printed = oneLine(await pdfText(cyrillic.body));
    expect(printed).toContain('Евиденција непокретности у јавној својини општине');
    expect(printed).toContain('Булевар ослобођења 15/7');
    expect(printed).toContain('издата у закуп');
    expect(printed).toContain('52.000,50 RSD');
    expect(printed).toContain('Број уписа: 1');
  });

  it('no one but the keeper sees the register: another unit\'s official, the registry office and the administrator are refused', async () => {
    for (const outsider of [official, registry, admin]) {
      for (const call of [
        outsider.get(BASE),
        outsider.get(`${BASE}/${entries.flat.id}`),
        outsider.get(`${BASE}/${entries.flat.id}/history`),
        outsider.get(`${BASE}/export.csv`),
        outsider.get(`${BASE}/list.pdf`),
        outsider.post(BASE).send({ caseId: decision.id, cadastralMunicipality: 'Demo', parcelNumber: '900', kind: 'land', area: '1', legalBasis: 'x' }),
        outsider.post(`${BASE}/${entries.flat.id}/leases`).send({}),
      ]) {
        const response = await call;
        expect(response.status).toBe(403);
        expect(response.body.code).toBe('FORBIDDEN');
      }
    }
    const [{ count }] = await spis.dataSource.query(`SELECT count(*)::int AS count FROM real_estate WHERE parcel_number = '900'`);
    expect(count).toBe(0);
  });

  it('an unknown entry or lease is a 404', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await keeper.get(`${BASE}/${missing}`).expect(404)).body.code).toBe('REGISTER_ENTRY_NOT_FOUND');
    const lease = await keeper.post(`${BASE}/${entries.flat.id}/leases/${missing}/end`).send({ caseId: decision.id, version: entries.flat.version, endedOn: '2026-03-02' }).expect(404);
    expect(lease.body.code).toBe('REAL_ESTATE_LEASE_NOT_FOUND');
  });
});
