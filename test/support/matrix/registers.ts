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

/** Each register's part of the matrix. */
const REGISTERS: MatrixArea[] = [realEstate, housingBuyouts, displacedPersons];

/** The registers' routes in the authorization matrix. */
export const registersMatrix: MatrixArea = {
  routes: Object.assign({}, ...REGISTERS.map((register) => register.routes)),
  async prepare(spis, ids) {
    for (const register of REGISTERS) await register.prepare?.(spis, ids);
  },
};
