import { REGISTER_CATALOG, type RegisterName } from '../../../libs/registers/register-catalog.js';
import type { DemoUsername } from '../test-app.js';
import type { MatrixArea } from './types.js';

/**
 * A register's part of the matrix: who keeps it, the routes of its own rules, and the entry the
 * `:id` routes reach. The routes every register serves (the kit's, and its create and change) come
 * from the catalogue, so a register added there is in the matrix at once.
 */
interface RegisterMatrix {
  name: RegisterName;
  keepers: DemoUsername[];
  ownRoutes: string[];
  prepare: NonNullable<MatrixArea['prepare']>;
}

/** The routes every register serves under /api/registers/<name>. */
const everyRegistersRoutes = (name: string) => [
  `GET /api/registers/${name}`,
  `POST /api/registers/${name}`,
  `GET /api/registers/${name}/export.csv`,
  `GET /api/registers/${name}/list.pdf`,
  `GET /api/registers/${name}/:id`,
  `PATCH /api/registers/${name}/:id`,
  `GET /api/registers/${name}/:id/history`,
];

/** Housing buyouts: only their keeper (official2, unit 05) — no other department sees them. */
const housingBuyouts: RegisterMatrix = {
  name: 'housing-buyouts',
  keepers: ['official2'],
  ownRoutes: [
    'GET /api/registers/housing-buyouts/:id/schedule',
    'POST /api/registers/housing-buyouts/:id/payments',
  ],
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
const displacedPersons: RegisterMatrix = {
  name: 'displaced-persons',
  keepers: ['social'],
  ownRoutes: [
    'POST /api/registers/displaced-persons/:id/status',
    'POST /api/registers/displaced-persons/:id/documents',
    'POST /api/registers/displaced-persons/:id/family-members',
    'POST /api/registers/displaced-persons/:id/assistance',
  ],
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
const realEstate: RegisterMatrix = {
  name: 'real-estate',
  keepers: ['official2'],
  ownRoutes: [
    'POST /api/registers/real-estate/:id/leases',
    'POST /api/registers/real-estate/:id/leases/:leaseId/end',
    'POST /api/registers/real-estate/:id/encumbrances',
    'POST /api/registers/real-estate/:id/encumbrances/:encId/remove',
  ],
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
const workBooks: RegisterMatrix = {
  name: 'work-books',
  keepers: ['economy'],
  ownRoutes: [
    'POST /api/registers/work-books/:id/duplicates',
    'POST /api/registers/work-books/:id/handovers',
    'POST /api/registers/work-books/:id/returns',
    'POST /api/registers/work-books/:id/cancellation',
  ],
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
const attorneyCases: RegisterMatrix = {
  name: 'attorney-cases',
  keepers: ['attorney'],
  ownRoutes: [
    'GET /api/registers/attorney-cases/hearings',
    'GET /api/registers/attorney-cases/deadlines',
    'POST /api/registers/attorney-cases/:id/hearings',
    'POST /api/registers/attorney-cases/:id/hearings/:hearingId',
    'POST /api/registers/attorney-cases/:id/decisions',
    'POST /api/registers/attorney-cases/:id/close',
  ],
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
const businesses: RegisterMatrix = {
  name: 'businesses',
  keepers: ['economy'],
  ownRoutes: [
    'POST /api/registers/businesses/:id/suspensions',
    'POST /api/registers/businesses/:id/resumptions',
    'POST /api/registers/businesses/:id/removal',
  ],
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

/** Each register's part of the matrix, in the catalogue's order. */
const OWN: Record<RegisterName, RegisterMatrix> = {
  'real-estate': realEstate,
  'work-books': workBooks,
  businesses,
  'housing-buyouts': housingBuyouts,
  'displaced-persons': displacedPersons,
  'attorney-cases': attorneyCases,
};
const REGISTERS = REGISTER_CATALOG.map(({ name }) => OWN[name]);

/** The registers' routes in the authorization matrix. */
export const registersMatrix: MatrixArea = {
  routes: Object.fromEntries(REGISTERS.flatMap(({ name, keepers, ownRoutes }) => [...everyRegistersRoutes(name), ...ownRoutes].map((route) => [route, keepers]))),
  async prepare(spis, ids) {
    for (const register of REGISTERS) await register.prepare(spis, ids);
  },
};
