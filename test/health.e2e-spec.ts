import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('health and API documentation', () => {
  let spis: TestApp;
  beforeAll(async () => {
    spis = await startTestApp();
  });
  afterAll(() => spis.close());

  it('reports the database and object storage as up', async () => {
    const response = await spis.http.get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: { status: 'up' }, storage: { status: 'up' }, backup: { status: 'warn' } });
  });

  it('serves OpenAPI generated from the code, including the sign-in route', async () => {
    const response = await spis.http.get('/api/docs/openapi.json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/me', '/api/users', '/api/audit']));
    await spis.http.get('/api/docs').expect(200).expect('content-type', /html/);
  });
});

describe('health when object storage is down', () => {
  let spis: TestApp;
  beforeAll(async () => {
    // Nothing listens on port 9: storage is unreachable, the database is fine.
    spis = await startTestApp({ env: { MINIO_PORT: '9' } });
  });
  afterAll(() => spis.close());

  it('answers 503 and names object storage as the part that is down, while sign-in keeps working', async () => {
    const response = await spis.http.get('/api/health').expect(503);
    expect(response.body.status).toBe('degraded');
    expect(response.body.database).toEqual({ status: 'up' });
    expect(response.body.storage.status).toBe('down');
    await spis.login('admin');
  });
});
