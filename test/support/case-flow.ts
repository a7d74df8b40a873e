import type { TestApp } from './test-app.js';

/**
 * Test data for cases, made the way users make it: over HTTP with the demo users, registry →
 * assignment → the official's work → closing a/a → the archivist. Each helper returns the case
 * detail as the last step answered it.
 */

/** The case detail fields the flows rely on (the response carries many more). */
export interface CaseBody {
  id: string;
  number: string;
  status: string;
  version: number;
  year: number;
  [field: string]: unknown;
}

interface DemoIds {
  unit04: string;
  official: string;
}

const demoIds = new WeakMap<TestApp, Promise<DemoIds>>();

/** Unit 04 and its official, where the flows put their cases. */
function idsOf(spis: TestApp): Promise<DemoIds> {
  let ids = demoIds.get(spis);
  if (!ids) {
    ids = (async () => {
      const [unit] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '04'`);
      const [official] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'official'`);
      return { unit04: unit.id, official: official.id };
    })();
    demoIds.set(spis, ids);
  }
  return ids;
}

function expectStatus(response: { status: number; body: unknown }, status: number, step: string): void {
  if (response.status !== status) throw new Error(`${step}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
}

/** The registry office registers a case for unit 04 (class 352, 10 years, unless overridden). */
export async function registerCase(spis: TestApp, overrides: Record<string, unknown> = {}): Promise<CaseBody> {
  const { unit04 } = await idsOf(spis);
  const registry = await spis.as('registry');
  const response = await registry.post('/api/cases').send({
    classificationCode: '352',
    orgUnitId: unit04,
    subject: 'Zahtev za priključenje na vodovodnu mrežu',
    party: { name: 'Petar Petrović', address: 'Njegoševa 12, Demo' },
    receivedVia: 'counter',
    ...overrides,
  });
  expectStatus(response, 201, 'register');
  return response.body;
}

/** One state-machine action as `username`; fails the test unless it succeeds. */
export async function caseAction(spis: TestApp, username: string, file: CaseBody, action: string, details: Record<string, unknown> = {}): Promise<CaseBody> {
  const client = await spis.as(username);
  const response = await client.post(`/api/cases/${file.id}/actions/${action}`).send({ version: file.version, ...details });
  expectStatus(response, 200, action);
  return response.body;
}

/** Registered, assigned to the official of unit 04, accepted and closed a/a. */
export async function closedCase(spis: TestApp, overrides: Record<string, unknown> = {}): Promise<CaseBody> {
  const { official } = await idsOf(spis);
  const registered = await registerCase(spis, overrides);
  const registry = await spis.as('registry');
  const assigned = await registry.post(`/api/cases/${registered.id}/assign`).send({ assigneeId: official, version: registered.version });
  expectStatus(assigned, 200, 'assign');
  const accepted = await caseAction(spis, 'official', assigned.body, 'accept');
  return caseAction(spis, 'official', accepted, 'close', { resolution: 'Rešeno; a/a' });
}

/** A closed case taken into the archive by the archivist at `location`. */
export async function archivedCase(
  spis: TestApp,
  options: { classificationCode?: string; location?: unknown } & Record<string, unknown> = {},
): Promise<CaseBody> {
  const { location = { room: 'Depo 1', shelf: 'P-1', box: 'K-1' }, ...overrides } = options;
  const closed = await closedCase(spis, overrides);
  return caseAction(spis, 'archivist', closed, 'archive', { location });
}
