import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';

const PROBLEM_SHAPE = {
  type: expect.stringMatching(/^urn:spis:problem:/),
  title: expect.any(String),
  status: expect.any(Number),
  detail: expect.any(String),
  code: expect.any(String),
  instance: expect.any(String),
};

describe('errors: one problem-details shape, a stable code, a message in the user\'s language', () => {
  let spis: TestApp;
  let admin: Client;
  beforeAll(async () => {
    spis = await startTestApp();
    admin = await spis.as('admin');
  });
  afterAll(() => spis.close());

  it('malformed JSON is a 400 INVALID_JSON, not a 500', async () => {
    const response = await admin.post('/api/org-units').set('Content-Type', 'application/json').send('{"code": "10", "name": ').expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toEqual(expect.objectContaining({ ...PROBLEM_SHAPE, status: 400, code: 'INVALID_JSON', instance: '/api/org-units' }));
  });

  it('a body that breaks the DTO is a 400 VALIDATION_FAILED naming each field; unknown fields are refused', async () => {
    const response = await admin.post('/api/users').send({ username: 'A B', fullName: '', password: 'short', isAdmin: true }).expect(400);
    expect(response.body).toEqual(expect.objectContaining({ ...PROBLEM_SHAPE, code: 'VALIDATION_FAILED' }));
    const fields = new Set(response.body.errors.map((e: { field: string }) => e.field));
    expect([...fields].sort()).toEqual(['fullName', 'isAdmin', 'password', 'username']);
    expect(await spis.dataSource.query(`SELECT 1 FROM app_user WHERE full_name = ''`)).toEqual([]);
  });

  it('nested fields are reported with their path', async () => {
    const response = await admin.post('/api/roles').send({ code: 'x-role', name: 'X', permissions: [{ action: 'read', subject: 'Nothing', scope: 'everywhere' }] }).expect(400);
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['permissions.0.subject', 'permissions.0.scope']));
  });

  it('a malformed id in the path is a 400, an unknown id a 404 with the record\'s own code, an unknown route a 404', async () => {
    expect((await admin.get('/api/users/not-a-uuid').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await admin.get('/api/users/00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe('USER_NOT_FOUND');
    expect((await admin.get('/api/no-such-thing').expect(404)).body.code).toBe('ROUTE_NOT_FOUND');
  });

  it('a body over the limit is a 413', async () => {
    const response = await admin.post('/api/org-units').send({ code: '10', name: 'x'.repeat(2 * 1024 * 1024) }).expect(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each([
    ['sr-Latn', undefined, 'Pogrešno korisničko ime ili lozinka.'],
    ['sr-Cyrl', 'sr-Cyrl-RS', 'Погрешно корисничко име или лозинка.'],
    ['English', 'en-GB,en;q=0.9', 'Wrong username or password.'],
    ['Macedonian', 'mk', expect.stringMatching(/[\u0400-\u04FF]/)],
  ])('messages follow Accept-Language (%s)', async (_name, acceptLanguage, expected) => {
    const call = spis.http.post('/api/auth/login');
    if (acceptLanguage) call.set('Accept-Language', acceptLanguage);
    const response = await call.send({ username: 'official', password: 'wrong-password' }).expect(401);
    expect(response.body.code).toBe('INVALID_CREDENTIALS');
    expect(response.body.detail).toEqual(expected);
  });

  it('responses carry security headers and a request id, and no framework banner', async () => {
    const response = await spis.http.get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
