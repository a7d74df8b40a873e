import type { MatrixArea } from './types.js';

/** Housing buyouts: only their keeper (official2, unit 05) — no other department sees them. */
const housingBuyouts: MatrixArea = {
  routes: {
    'GET /api/registers/housing-buyouts': ['official2'],
    'POST /api/registers/housing-buyouts': ['official2'],
    'GET /api/registers/housing-buyouts/export.csv': ['official2'],
    'GET /api/registers/housing-buyouts/list.pdf': ['official2'],
    'GET /api/registers/housing-buyouts/:id': ['official2'],
    'PATCH /api/registers/housing-buyouts/:id': ['official2'],
    'GET /api/registers/housing-buyouts/:id/history': ['official2'],
    'GET /api/registers/housing-buyouts/:id/schedule': ['official2'],
    'POST /api/registers/housing-buyouts/:id/payments': ['official2'],
  },
  async prepare(spis, ids) {
    const [{ id: unit05 }] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '05'`);
    const [{ id: official2 }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'official2'`);
    const registry = await spis.as('registry');
    const keeper = await spis.as('official2');
    const registered = await registry.post('/api/cases').send({ classificationCode: '362', orgUnitId: unit05, subject: 'Matrix buyout', party: { name: 'Matrix Party' }, receivedVia: 'counter' });
    const assigned = await registry.post(`/api/cases/${registered.body.id}/assign`).send({ assigneeId: official2, version: registered.body.version });
    await keeper.post(`/api/cases/${registered.body.id}/actions/accept`).send({ version: assigned.body.version });
    const entry = await keeper.post('/api/registers/housing-buyouts').send({
      caseId: registered.body.id,
      contractDate: '2026-01-15',
      buyer: { name: 'Matrix Buyer', personalId: '1503985710126' },
      flat: { address: 'Matrix 1', area: '40.00' },
      parameters: { basisPerSquareMetre: '100000.00', yearsOfService: 10, buildingAgeYears: 20 },
      payment: { method: 'lump-sum' },
    });
    ids['registers/housing-buyouts'] = entry.body.id;
  },
};

/** Displaced persons: only their keeper, the commissioner for refugees (social, unit 06). */
const displacedPersons: MatrixArea = {
  routes: {
    'GET /api/registers/displaced-persons': ['social'],
    'POST /api/registers/displaced-persons': ['social'],
    'GET /api/registers/displaced-persons/export.csv': ['social'],
    'GET /api/registers/displaced-persons/list.pdf': ['social'],
    'GET /api/registers/displaced-persons/:id': ['social'],
    'PATCH /api/registers/displaced-persons/:id': ['social'],
    'GET /api/registers/displaced-persons/:id/history': ['social'],
    'POST /api/registers/displaced-persons/:id/status': ['social'],
    'POST /api/registers/displaced-persons/:id/documents': ['social'],
    'POST /api/registers/displaced-persons/:id/family-members': ['social'],
    'POST /api/registers/displaced-persons/:id/assistance': ['social'],
  },
  async prepare(spis, ids) {
    const [{ id: unit06 }] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '06'`);
    const [{ id: social }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'social'`);
    const registry = await spis.as('registry');
    const keeper = await spis.as('social');
    const registered = await registry.post('/api/cases').send({ classificationCode: '550', orgUnitId: unit06, subject: 'Matrix displaced person', party: { name: 'Matrix Party' }, receivedVia: 'counter' });
    const assigned = await registry.post(`/api/cases/${registered.body.id}/assign`).send({ assigneeId: social, version: registered.body.version });
    await keeper.post(`/api/cases/${registered.body.id}/actions/accept`).send({ version: assigned.body.version });
    const entry = await keeper.post('/api/registers/displaced-persons').send({
      caseId: registered.body.id,
      firstName: 'Matrix',
      lastName: 'Person',
      personalId: '0101990710008',
      dateOfBirth: '1990-01-01',
      placeOfOrigin: 'Knin',
      address: 'Matrix 1',
      status: 'refugee',
      legalBasis: 'Matrix decision',
      statusFrom: '1995-08-10',
    });
    ids['registers/displaced-persons'] = entry.body.id;
  },
};

/** Real estate: only its keeper (official2, unit 05). */
const realEstate: MatrixArea = {
  routes: {
    'GET /api/registers/real-estate': ['official2'],
    'POST /api/registers/real-estate': ['official2'],
    'GET /api/registers/real-estate/export.csv': ['official2'],
    'GET /api/registers/real-estate/list.pdf': ['official2'],
    'GET /api/registers/real-estate/:id': ['official2'],
    'PATCH /api/registers/real-estate/:id': ['official2'],
    'GET /api/registers/real-estate/:id/history': ['official2'],
    'POST /api/registers/real-estate/:id/leases': ['official2'],
    'POST /api/registers/real-estate/:id/leases/:leaseId/end': ['official2'],
    'POST /api/registers/real-estate/:id/encumbrances': ['official2'],
    'POST /api/registers/real-estate/:id/encumbrances/:encId/remove': ['official2'],
  },
  async prepare(spis, ids) {
    const [{ id: unit05 }] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '05'`);
    const [{ id: official2 }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'official2'`);
    const registry = await spis.as('registry');
    const keeper = await spis.as('official2');
    const registered = await registry.post('/api/cases').send({ classificationCode: '463', orgUnitId: unit05, subject: 'Matrix real estate', party: { name: 'Matrix Party' }, receivedVia: 'counter' });
    const assigned = await registry.post(`/api/cases/${registered.body.id}/assign`).send({ assigneeId: official2, version: registered.body.version });
    await keeper.post(`/api/cases/${registered.body.id}/actions/accept`).send({ version: assigned.body.version });
    const entry = await keeper.post('/api/registers/real-estate').send({
      caseId: registered.body.id,
      cadastralMunicipality: 'Matrix',
      parcelNumber: '1',
      kind: 'land',
      area: '100.00',
      legalBasis: 'Matrix decision',
    });
    ids['registers/real-estate'] = entry.body.id;
  },
};

/** Work books: only their keeper (economy, unit 03). */
const workBooks: MatrixArea = {
  routes: {
    'GET /api/registers/work-books': ['economy'],
    'POST /api/registers/work-books': ['economy'],
    'GET /api/registers/work-books/export.csv': ['economy'],
    'GET /api/registers/work-books/list.pdf': ['economy'],
    'GET /api/registers/work-books/:id': ['economy'],
    'PATCH /api/registers/work-books/:id': ['economy'],
    'GET /api/registers/work-books/:id/history': ['economy'],
    'POST /api/registers/work-books/:id/duplicates': ['economy'],
    'POST /api/registers/work-books/:id/handovers': ['economy'],
    'POST /api/registers/work-books/:id/returns': ['economy'],
    'POST /api/registers/work-books/:id/cancellation': ['economy'],
  },
  async prepare(spis, ids) {
    const [{ id: unit03 }] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '03'`);
    const [{ id: economy }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'economy'`);
    const registry = await spis.as('registry');
    const keeper = await spis.as('economy');
    const registered = await registry.post('/api/cases').send({ classificationCode: '112', orgUnitId: unit03, subject: 'Matrix work book', party: { name: 'Matrix Party' }, receivedVia: 'counter' });
    const assigned = await registry.post(`/api/cases/${registered.body.id}/assign`).send({ assigneeId: economy, version: registered.body.version });
    await keeper.post(`/api/cases/${registered.body.id}/actions/accept`).send({ version: assigned.body.version });
    const entry = await keeper.post('/api/registers/work-books').send({
      caseId: registered.body.id,
      series: 'MX',
      number: '1',
      issuedOn: '2020-01-15',
      holder: { name: 'Matrix Holder', parentName: 'Matrix', personalId: '1505990710013', placeOfBirth: 'Matrix' },
    });
    ids['registers/work-books'] = entry.body.id;
  },
};

/** Attorney cases: only their keeper, the municipal attorney (attorney, unit 07). */
const attorneyCases: MatrixArea = {
  routes: {
    'GET /api/registers/attorney-cases': ['attorney'],
    'POST /api/registers/attorney-cases': ['attorney'],
    'GET /api/registers/attorney-cases/hearings': ['attorney'],
    'GET /api/registers/attorney-cases/deadlines': ['attorney'],
    'GET /api/registers/attorney-cases/export.csv': ['attorney'],
    'GET /api/registers/attorney-cases/list.pdf': ['attorney'],
    'GET /api/registers/attorney-cases/:id': ['attorney'],
    'PATCH /api/registers/attorney-cases/:id': ['attorney'],
    'GET /api/registers/attorney-cases/:id/history': ['attorney'],
    'POST /api/registers/attorney-cases/:id/hearings': ['attorney'],
    'POST /api/registers/attorney-cases/:id/hearings/:hearingId': ['attorney'],
    'POST /api/registers/attorney-cases/:id/decisions': ['attorney'],
    'POST /api/registers/attorney-cases/:id/close': ['attorney'],
  },
  async prepare(spis, ids) {
    const [{ id: unit07 }] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '07'`);
    const [{ id: attorney }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'attorney'`);
    const registry = await spis.as('registry');
    const keeper = await spis.as('attorney');
    const registered = await registry.post('/api/cases').send({ classificationCode: '740', orgUnitId: unit07, subject: 'Matrix attorney case', party: { name: 'Matrix Party' }, receivedVia: 'counter' });
    const assigned = await registry.post(`/api/cases/${registered.body.id}/assign`).send({ assigneeId: attorney, version: registered.body.version });
    await keeper.post(`/api/cases/${registered.body.id}/actions/accept`).send({ version: assigned.body.version });
    const entry = await keeper.post('/api/registers/attorney-cases').send({
      caseId: registered.body.id,
      kind: 'litigation',
      court: 'Matrix court',
      municipalityRole: 'defendant',
      opposingParties: [{ name: 'Matrix Party', personalId: '1205975710038' }],
      subject: 'Matrix dispute',
    });
    ids['registers/attorney-cases'] = entry.body.id;
  },
};

/** Businesses: only their keeper (economy, unit 03). */
const businesses: MatrixArea = {
  routes: {
    'GET /api/registers/businesses': ['economy'],
    'POST /api/registers/businesses': ['economy'],
    'GET /api/registers/businesses/export.csv': ['economy'],
    'GET /api/registers/businesses/list.pdf': ['economy'],
    'GET /api/registers/businesses/:id': ['economy'],
    'PATCH /api/registers/businesses/:id': ['economy'],
    'GET /api/registers/businesses/:id/history': ['economy'],
    'POST /api/registers/businesses/:id/suspensions': ['economy'],
    'POST /api/registers/businesses/:id/resumptions': ['economy'],
    'POST /api/registers/businesses/:id/removal': ['economy'],
  },
  async prepare(spis, ids) {
    const [{ id: unit03 }] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '03'`);
    const [{ id: economy }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'economy'`);
    const registry = await spis.as('registry');
    const keeper = await spis.as('economy');
    const registered = await registry.post('/api/cases').send({ classificationCode: '330', orgUnitId: unit03, subject: 'Matrix business', party: { name: 'Matrix Party' }, receivedVia: 'counter' });
    const assigned = await registry.post(`/api/cases/${registered.body.id}/assign`).send({ assigneeId: economy, version: registered.body.version });
    await keeper.post(`/api/cases/${registered.body.id}/actions/accept`).send({ version: assigned.body.version });
    const entry = await keeper.post('/api/registers/businesses').send({
      caseId: registered.body.id,
      registrationNumber: '60000001',
      tradeName: 'Matrix radnja',
      owner: { name: 'Matrix Owner', personalId: '2008975710007' },
      activityCode: '47.11',
      address: 'Matrix 1',
      startedOn: '2020-01-15',
    });
    ids['registers/businesses'] = entry.body.id;
  },
};

/** Each register's part of the matrix. */
const REGISTERS: MatrixArea[] = [workBooks, businesses, realEstate, housingBuyouts, displacedPersons, attorneyCases];

/** The registers' routes in the authorization matrix. */
export const registersMatrix: MatrixArea = {
  routes: Object.assign({}, ...REGISTERS.map((register) => register.routes)),
  async prepare(spis, ids) {
    for (const register of REGISTERS) await register.prepare?.(spis, ids);
  },
};
