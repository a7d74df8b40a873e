import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from '../support/test-app.js';

const run = promisify(execFile);

type Document = { paths: Record<string, Record<string, unknown>>; components?: { schemas?: Record<string, unknown> } };

/** What differs between two OpenAPI documents, by operation and schema, short enough to read in a failure. */
function differences(served: Document, committed: Document): string[] {
  const found: string[] = [];
  const compare = (kind: string, a: Record<string, unknown>, b: Record<string, unknown>) => {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!(key in b)) found.push(`${kind} ${key}: served, not committed`);
      else if (!(key in a)) found.push(`${kind} ${key}: committed, no longer served`);
      else if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) found.push(`${kind} ${key}: changed`);
    }
  };
  compare('path', served.paths, committed.paths);
  compare('schema', served.components?.schemas ?? {}, committed.components?.schemas ?? {});
  const { paths: _p, components: _c, ...servedRest } = served;
  const { paths: _q, components: _d, ...committedRest } = committed;
  if (JSON.stringify(servedRest) !== JSON.stringify(committedRest)) found.push('document info/tags/security: changed');
  return found;
}

/**
 * The web app's API types are generated from the OpenAPI document and committed
 * (apps/web/src/api/openapi.json → schema.d.ts). An API change without `npm run api:types` fails here.
 */
describe('the web application’s generated API types', () => {
  let spis: TestApp;
  beforeAll(async () => {
    spis = await startTestApp();
  });
  afterAll(() => spis.close());

  it('the committed OpenAPI document is the one the API serves (else: npm run api:types)', async () => {
    const served = (await spis.http.get('/api/docs/openapi.json').expect(200)).body as Document;
    const committed = JSON.parse(await readFile('apps/web/src/api/openapi.json', 'utf8')) as Document;
    expect(differences(served, committed)).toEqual([]);
  });

  it('schema.d.ts is what openapi-typescript generates from the committed document (else: npm run api:types)', async () => {
    const { stdout } = await run(process.execPath, ['apps/web/scripts/sync-api-types.mjs', '--check', '--from-committed']);
    expect(stdout).toContain('up to date');
  });
});
