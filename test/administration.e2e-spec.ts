import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';

describe('administration: units, users, positions and roles', () => {
  let spis: TestApp;
  let admin: Client;
  const unitId = async (code: string) => (await spis.dataSource.query('SELECT id FROM org_unit WHERE code = $1', [code]))[0].id as string;
  const roleId = async (code: string) => (await spis.dataSource.query('SELECT id FROM role WHERE code = $1', [code]))[0].id as string;

  beforeAll(async () => {
    spis = await startTestApp();
    admin = await spis.as('admin');
  });
  afterAll(() => spis.close());

  it('the administrator builds a unit tree; codes are unique and a unit cannot move under its own sub-unit', async () => {
    const parent = await admin.post('/api/org-units').send({ code: '08', name: 'Odeljenje za inspekcijske poslove', parentId: await unitId('OU') }).expect(201);
    const child = await admin.post('/api/org-units').send({ code: '08-1', name: 'Odsek komunalne inspekcije', parentId: parent.body.id }).expect(201);
    expect(child.body.parentId).toBe(parent.body.id);

    const duplicate = await admin.post('/api/org-units').send({ code: '08', name: 'Drugo' }).expect(409);
    expect(duplicate.body.code).toBe('ORG_UNIT_CODE_TAKEN');

    const cycle = await admin.patch(`/api/org-units/${parent.body.id}`).send({ parentId: child.body.id }).expect(409);
    expect(cycle.body.code).toBe('ORG_UNIT_CYCLE');

    const missingParent = await admin.post('/api/org-units').send({ code: '09', name: 'X', parentId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    expect(missingParent.body.code).toBe('PARENT_ORG_UNIT_NOT_FOUND');

    const listed = await admin.get('/api/org-units').query({ parentId: parent.body.id }).expect(200);
    expect(listed.body.items.map((u: { code: string }) => u.code)).toEqual(['08-1']);
  });

  it('a new user with a position gets exactly that position\'s permissions, and loses them when the position changes', async () => {
    const user = await admin.post('/api/users').send({ username: 'snezana', fullName: 'Snežana Ilić', password: 'dugacka-lozinka-1' }).expect(201);
    expect(user.body).not.toHaveProperty('passwordHash');
    const position = await admin
      .post('/api/positions')
      .send({ title: 'Referent za urbanizam', orgUnitId: await unitId('04'), userId: user.body.id, roleIds: [await roleId('official')] })
      .expect(201);
    expect(position.body.roles.map((r: { code: string }) => r.code)).toEqual(['official']);

    const login = await spis.login('snezana', 'dugacka-lozinka-1');
    const me = await spis.http.get('/api/me').set('Authorization', `Bearer ${login.accessToken}`).expect(200);
    expect(me.body.positions).toEqual([expect.objectContaining({ title: 'Referent za urbanizam', orgUnit: expect.objectContaining({ code: '04' }) })]);
    expect(me.body.permissions).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'process', subject: 'Case', conditions: { assigneeId: user.body.id } })]));
    await spis.http.get('/api/users').set('Authorization', `Bearer ${login.accessToken}`).expect(403);

    // Promoted to head of the unit: the same token now lists the unit's people.
    await admin.patch(`/api/positions/${position.body.id}`).send({ roleIds: [await roleId('head-of-unit')], version: position.body.version }).expect(200);
    await spis.http.get('/api/users').set('Authorization', `Bearer ${login.accessToken}`).expect(200);
  });

  it('a head of unit sees the users and positions of their own unit only', async () => {
    const head = await spis.as('head');
    const users = await head.get('/api/users').query({ pageSize: 200 }).expect(200);
    const usernames = users.body.items.map((u: { username: string }) => u.username);
    expect(usernames).toEqual(expect.arrayContaining(['head', 'official']));
    expect(usernames).not.toContain('official2');
    expect(usernames).not.toContain('admin');
    const official2 = (await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'official2'`))[0].id;
    await head.get(`/api/users/${official2}`).expect(404);
    const positions = await head.get('/api/positions').expect(200);
    const unit04 = await unitId('04');
    expect(positions.body.items.length).toBeGreaterThan(0);
    expect(positions.body.items.every((p: { orgUnitId: string }) => p.orgUnitId === unit04)).toBe(true);
  });

  it('a change based on a stale version is refused with 409 VERSION_CONFLICT and changes nothing', async () => {
    const id = await unitId('06');
    const current = await admin.get(`/api/org-units/${id}`).expect(200);
    await admin.patch(`/api/org-units/${id}`).send({ name: 'Odeljenje za društvene delatnosti i sport', version: current.body.version }).expect(200);
    const stale = await admin.patch(`/api/org-units/${id}`).send({ name: 'Stari naziv', version: current.body.version }).expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const after = await admin.get(`/api/org-units/${id}`).expect(200);
    expect(after.body.name).toBe('Odeljenje za društvene delatnosti i sport');
  });

  it('built-in roles are read-only; custom roles accept only known actions, subjects and conditions', async () => {
    const builtIn = await admin.patch(`/api/roles/${await roleId('official')}`).send({ name: 'Hacked' }).expect(409);
    expect(builtIn.body.code).toBe('SYSTEM_ROLE_READ_ONLY');

    const unknownAction = await admin.post('/api/roles').send({ code: 'bad-role', name: 'Loša', permissions: [{ action: 'destroy', subject: 'Case', scope: 'all' }] }).expect(400);
    expect(unknownAction.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'permissions.0.action' })]));
    const badCondition = await admin
      .post('/api/roles')
      .send({ code: 'bad-role', name: 'Loša', permissions: [{ action: 'read', subject: 'Case', scope: 'all', conditions: { $where: 'true' } }] })
      .expect(400);
    expect(badCondition.body.code).toBe('INVALID_PERMISSION');

    const role = await admin
      .post('/api/roles')
      .send({ code: 'case-reader', name: 'Uvid u zatvorene predmete', permissions: [{ action: 'read', subject: 'Case', scope: 'all', conditions: { status: { $in: ['closed'] } } }] })
      .expect(201);
    expect(role.body.system).toBe(false);
    const renamed = await admin.patch(`/api/roles/${role.body.id}`).send({ name: 'Uvid u arhivu', version: role.body.version }).expect(200);
    expect(renamed.body.name).toBe('Uvid u arhivu');
    const roles = await admin.get('/api/roles').expect(200);
    expect(roles.body.items.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['administrator', 'registry-clerk', 'head-of-unit', 'official', 'archivist', 'case-reader']),
    );
  });

  it('the classification plan ships with retention periods and takes new marks, permanent or with years', async () => {
    const registry = await spis.as('registry');
    const plan = await registry.get('/api/classification-marks').query({ q: '351', year: 2026 }).expect(200);
    const mark = plan.body.items.find((m: { code: string }) => m.code === '351');
    expect(mark).toEqual(expect.objectContaining({ code: '351', permanent: expect.any(Boolean) }));
    expect(mark.permanent || mark.retentionYears > 0).toBe(true);

    const created = await admin.post('/api/classification-marks').send({ code: '351-7', title: 'Ozakonjenje objekata', permanent: true, validFromYear: 2026 }).expect(201);
    expect(created.body).toEqual(expect.objectContaining({ permanent: true, retentionYears: null, validFromYear: 2026 }));
    const both = await admin.post('/api/classification-marks').send({ code: '351-8', title: 'X', permanent: true, retentionYears: 5 }).expect(400);
    expect(both.body.code).toBe('RETENTION_REQUIRED');
    const taken = await admin.post('/api/classification-marks').send({ code: '351-7', title: 'Again', retentionYears: 5, validFromYear: 2026 }).expect(409);
    expect(taken.body.code).toBe('CLASSIFICATION_CODE_TAKEN');
    const closedOff = await admin.patch(`/api/classification-marks/${created.body.id}`).send({ validToYear: 2027, retentionYears: 10 }).expect(200);
    expect(closedOff.body).toEqual(expect.objectContaining({ permanent: false, retentionYears: 10, validToYear: 2027 }));
    const later = await registry.get('/api/classification-marks').query({ q: '351-7', year: 2028 }).expect(200);
    expect(later.body.items).toEqual([]);
  });
});

describe('administration cannot lock itself out', () => {
  let spis: TestApp;
  beforeAll(async () => {
    spis = await startTestApp();
  });
  afterAll(() => spis.close());

  it('disabling the only administrator, or taking the role from their position, is refused and changes nothing', async () => {
    const admin = await spis.as('admin');
    const [{ id: adminId }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'admin'`);
    const disabled = await admin.patch(`/api/users/${adminId}`).send({ disabled: true }).expect(409);
    expect(disabled.body.code).toBe('LAST_ADMINISTRATOR');
    const [{ id: positionId }] = await spis.dataSource.query(`SELECT id FROM position WHERE user_id = $1`, [adminId]);
    const stripped = await admin.patch(`/api/positions/${positionId}`).send({ roleIds: [] }).expect(409);
    expect(stripped.body.code).toBe('LAST_ADMINISTRATOR');
    await admin.get('/api/users').expect(200);

    // With a second administrator in place, the first may be disabled.
    const second = await admin.post('/api/users').send({ username: 'admin2', fullName: 'Druga Administratorka', password: 'admin2-lozinka' }).expect(201);
    const [{ id: adminRole }] = await spis.dataSource.query(`SELECT id FROM role WHERE code = 'administrator'`);
    const [{ id: unit }] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '01'`);
    await admin.post('/api/positions').send({ title: 'Administrator 2', orgUnitId: unit, userId: second.body.id, roleIds: [adminRole] }).expect(201);
    await admin.patch(`/api/users/${adminId}`).send({ disabled: true }).expect(200);
  });
});
