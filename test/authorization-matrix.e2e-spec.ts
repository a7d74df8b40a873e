import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { OUTSIDE_API_PREFIX } from '../apps/api/create-app.js';
import { ACCESS_RULE, type AccessRule } from '../libs/access/access.decorators.js';
import { registersMatrix } from './support/matrix/registers.js';
import { reportsMatrix } from './support/matrix/reports.js';
import type { Expectation, MatrixArea } from './support/matrix/types.js';
import { DEMO_ROLES, startTestApp, type DemoUsername, type TestApp } from './support/test-app.js';

/** Areas that keep their part of the matrix in a file of their own. */
const AREAS: MatrixArea[] = [registersMatrix, reportsMatrix];

/** Everyone who works with cases; which cases and what they may do with them is decided per case. */
const OFFICIALS: DemoUsername[] = ['official', 'official2', 'economy', 'social', 'attorney'];
const CASE_READERS: DemoUsername[] = ['registry', 'head', ...OFFICIALS, 'archivist'];
/** Everyone who may add files to some case (the archivist only reads those of archived cases). */
const ATTACHMENT_CREATORS: DemoUsername[] = ['registry', 'head', ...OFFICIALS];

/**
 * Every route of the API and who may call it. A new route must be added here, or the first test
 * fails: the matrix is the reviewed statement of who may do what.
 */
const CORE: Record<string, Expectation> = {
  'GET /api/health': 'public',
  // Gated by its own token or address list, not by a user's sign-in (test/metrics.e2e-spec.ts).
  'GET /metrics': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/refresh': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/me': 'signed-in',
  'GET /api/audit': ['admin'],
  'GET /api/org-units': [...DEMO_ROLES],
  'GET /api/org-units/:id': [...DEMO_ROLES],
  'POST /api/org-units': ['admin'],
  'PATCH /api/org-units/:id': ['admin'],
  'GET /api/users': ['admin', 'head'],
  'GET /api/users/:id': ['admin', 'head'],
  'POST /api/users': ['admin'],
  'PATCH /api/users/:id': ['admin'],
  'GET /api/positions': ['admin', 'head'],
  'GET /api/positions/:id': ['admin', 'head'],
  'POST /api/positions': ['admin'],
  'PATCH /api/positions/:id': ['admin'],
  'GET /api/roles': ['admin'],
  'GET /api/roles/:id': ['admin'],
  'POST /api/roles': ['admin'],
  'PATCH /api/roles/:id': ['admin'],
  'GET /api/classification-marks': [...DEMO_ROLES],
  'GET /api/classification-marks/:id': [...DEMO_ROLES],
  'POST /api/classification-marks': ['admin'],
  'PATCH /api/classification-marks/:id': ['admin'],
  'GET /api/numbering-books': ['admin', 'registry'],
  'GET /api/numbering-books/formats': ['admin', 'registry'],
  'POST /api/numbering-books/preview': ['admin', 'registry'],
  'GET /api/numbering-books/:id': ['admin', 'registry'],
  'POST /api/numbering-books': ['admin'],
  'PATCH /api/numbering-books/:id': ['admin'],
  'POST /api/cases': ['registry'],
  'GET /api/cases': CASE_READERS,
  'GET /api/cases/possible-duplicates': ['registry'],
  'GET /api/cases/workflow': 'signed-in',
  'GET /api/cases/:id': CASE_READERS,
  'POST /api/cases/:id/documents': CASE_READERS,
  'POST /api/cases/:id/assign': ['registry', 'head'],
  'POST /api/cases/:id/actions/:action': CASE_READERS,
  'GET /api/deliveries': CASE_READERS,
  'POST /api/deliveries/:id/confirm': CASE_READERS,
  'GET /api/outgoing-mail': CASE_READERS,
  'POST /api/outgoing-mail/:id/send': ['registry'],
  'POST /api/outgoing-mail/:id/receipt': ['registry'],
  // The archive book and loans: the archivist (the committee reads them too).
  'GET /api/archive/book': ['archivist'],
  'GET /api/archive/loans': ['archivist'],
  // Disposal lists: drawn by the archivist, approved by the committee (the demo archivist sits on it).
  'GET /api/archive/disposal-candidates': ['archivist'],
  'GET /api/archive/disposal-lists': ['archivist'],
  'GET /api/archive/disposal-lists/:id': ['archivist'],
  'POST /api/archive/disposal-lists': ['archivist'],
  'POST /api/archive/disposal-lists/:id/approve': ['archivist'],
  // Printed documents: a case's papers and the books, for whoever may read what they print.
  'GET /api/cases/:id/receipt.pdf': CASE_READERS,
  'GET /api/cases/:id/cover.pdf': CASE_READERS,
  'GET /api/books/case-register.pdf': CASE_READERS,
  'GET /api/books/delivery-book.pdf': CASE_READERS,
  'GET /api/books/outgoing-mail.pdf': CASE_READERS,
  'GET /api/books/archive-book.pdf': ['archivist'],
  'GET /api/books/disposal-lists/:id': ['archivist'],
  'POST /api/archive/disposal-lists/:id/reject': ['archivist'],
  // Attachments follow their case: who may add them (an official only to their own cases) and who reads them.
  'POST /api/cases/:id/attachments': ATTACHMENT_CREATORS,
  'POST /api/cases/:id/documents/:actId/attachments': ATTACHMENT_CREATORS,
  'GET /api/cases/:id/attachments': CASE_READERS,
  'GET /api/attachments/:id': CASE_READERS,
  'POST /api/attachments/:id/versions': ATTACHMENT_CREATORS,
  // The reception stamp is a new version: who may add one may stamp.
  'POST /api/attachments/:id/stamp': ATTACHMENT_CREATORS,
  'GET /api/attachments/:id/content': CASE_READERS,
  'GET /api/attachments/:id/link': CASE_READERS,
};

const MATRIX: Record<string, Expectation> = Object.assign({}, CORE, ...AREAS.map((area) => area.routes));

interface Route {
  key: string;
  method: string;
  path: string;
  rule: AccessRule | undefined;
}

/** Every route the running application serves, read from Nest's own metadata. */
function discoverRoutes(spis: TestApp): Route[] {
  const discovery = new DiscoveryService(spis.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = spis.app.get(Reflector);
  const routes: Route[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
    if (!controller || !wrapper.instance) continue;
    const base = String(Reflect.getMetadata('path', controller) ?? '').replace(/^\/|\/$/g, '');
    const prototype = Object.getPrototypeOf(wrapper.instance);
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const path = Reflect.getMetadata('path', handler) as string | undefined;
      const method = Reflect.getMetadata('method', handler) as RequestMethod | undefined;
      if (path === undefined || method === undefined) continue;
      const prefix = (OUTSIDE_API_PREFIX as readonly string[]).includes(base) ? '/' : '/api';
      const full = [prefix, base, String(path).replace(/^\/|\/$/g, '')].filter(Boolean).join('/').replace(/\/+/g, '/');
      const verb = RequestMethod[method];
      routes.push({
        key: `${verb} ${full}`,
        method: verb,
        path: full,
        rule: reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler, controller]),
      });
    }
  }
  return routes;
}

describe('authorization matrix: every route × every demo role', () => {
  let spis: TestApp;
  let routes: Route[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    spis = await startTestApp();
    routes = discoverRoutes(spis);
    const one = async (sql: string) => (await spis.dataSource.query(sql))[0].id as string;
    // Records each allowed role may see, so an allowed call reaches the service.
    ids['org-units'] = await one(`SELECT id FROM org_unit WHERE code = '04'`);
    ids.users = await one(`SELECT id FROM app_user WHERE username = 'official'`);
    ids.positions = await one(`SELECT p.id FROM position p JOIN app_user u ON u.id = p.user_id WHERE u.username = 'official'`);
    ids.roles = await one(`SELECT id FROM role WHERE code = 'official'`);
    ids['classification-marks'] = await one(`SELECT id FROM classification_mark WHERE code = '351'`);
    ids['numbering-books'] = await one(`SELECT id FROM numbering_book WHERE code = 'main'`);
    const registry = await spis.as('registry');
    const registered = await registry.post('/api/cases').send({
      classificationCode: '351', orgUnitId: ids['org-units'], subject: 'Matrix case', party: { name: 'Matrix Party' }, receivedVia: 'counter',
    });
    ids.cases = registered.body.id;
    // A hand-over (delivery book) and an outgoing act to dispatch (outgoing mail book).
    const official = await spis.as('official');
    const assigned = await registry.post(`/api/cases/${ids.cases}/assign`).send({ assigneeId: ids.users, version: 1 });
    ids.deliveries = assigned.body.deliveries.at(-1).id;
    await official.post(`/api/cases/${ids.cases}/actions/accept`).send({ version: assigned.body.version });
    const act = await official.post(`/api/cases/${ids.cases}/documents`).send({ direction: 'outgoing', subject: 'Matrix letter', dispatch: { recipientName: 'Matrix Party', method: 'post' } });
    ids['outgoing-mail'] = act.body.dispatch.id;
    const attached = await registry.post(`/api/cases/${ids.cases}/attachments`).attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), 'matrix.pdf');
    ids.attachments = attached.body.id;
    for (const area of AREAS) await area.prepare?.(spis, ids);
  });
  afterAll(() => spis.close());

  it('every route declares who may call it, and the matrix lists exactly the routes that exist', () => {
    const undeclared = routes.filter((route) => route.rule === undefined).map((route) => route.key);
    expect(undeclared).toEqual([]);
    expect(routes.map((route) => route.key).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('the matrix agrees with each route\'s declared kind (public, signed-in, permission)', () => {
    for (const route of routes) {
      const expected = MATRIX[route.key];
      const kind = expected === 'public' || expected === 'signed-in' ? expected : 'permission';
      expect({ route: route.key, kind: route.rule?.kind }).toEqual({ route: route.key, kind });
    }
  });

  it('a call without a token is refused with 401 on every route that is not public', async () => {
    for (const route of routes.filter((r) => MATRIX[r.key] !== 'public')) {
      const path = concretePath(route.path, ids);
      const response = await spis.http[route.method.toLowerCase() as 'get'](path).send(route.method === 'GET' ? undefined : {});
      expect({ route: route.key, status: response.status }).toEqual({ route: route.key, status: 401 });
    }
  });

  it.each(DEMO_ROLES.map((username) => [username]))('%s is allowed exactly the routes the matrix gives them', async (username) => {
    const client = await spis.as(username);
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const route of routes.filter((r) => MATRIX[r.key] !== 'public')) {
      const path = concretePath(route.path, ids);
      const method = route.method.toLowerCase() as 'get' | 'post' | 'patch';
      // A body no route accepts: an allowed call stops at validation (400) and changes nothing.
      const response = method === 'get' ? await client.get(path) : await client[method](path).send({ version: 0 });
      const allowed = response.status !== 403 && response.status !== 401;
      if (!allowed) expect(response.body.code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
      if (allowed) expect(response.status).toBeLessThan(500);
      outcomes.push(`${route.key}: ${allowed ? 'allow' : 'deny'}`);
      const rule = MATRIX[route.key];
      expected.push(`${route.key}: ${rule === 'signed-in' || (Array.isArray(rule) && rule.includes(username)) ? 'allow' : 'deny'}`);
    }
    expect(outcomes).toEqual(expected);
  });
});

/** Fills in the first `:id` with the record prepared under the path before it (e.g. `cases`, `registers/real-estate`). */
function concretePath(path: string, ids: Record<string, string>): string {
  return path.replace(/^\/api\/([a-z/-]+?)\/:id\b/, (whole, resource: string) => (ids[resource] ? `/api/${resource}/${ids[resource]}` : whole));
}
