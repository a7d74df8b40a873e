import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TransactionalConnection } from '../libs/database/index.js';
import { UsersService } from '../libs/org/index.js';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';

describe('audit trail', () => {
  let spis: TestApp;
  let admin: Client;
  const countRows = async (sql: string, params: unknown[] = []) => (await spis.dataSource.query(sql, params))[0].n as number;

  beforeAll(async () => {
    spis = await startTestApp();
    admin = await spis.as('admin');
  });
  afterAll(() => spis.close());

  it('records who changed what, when, before and after, with the request id the client saw', async () => {
    const created = await admin.post('/api/users').send({ username: 'zoran', fullName: 'Zoran Zorić', password: 'neka-duga-lozinka' }).expect(201);
    const changed = await admin.patch(`/api/users/${created.body.id}`).set('X-Request-Id', 'req-audit-0001').send({ fullName: 'Zoran Zorić Jr.', password: 'nova-duga-lozinka' }).expect(200);
    expect(changed.headers['x-request-id']).toBe('req-audit-0001');

    const trail = await admin.get('/api/audit').query({ entityType: 'User', entityId: created.body.id }).expect(200);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['user.update+password', 'user.create']);
    const [update] = trail.body.items;
    expect(update).toEqual(expect.objectContaining({ actor: 'admin', entityType: 'User', entityId: created.body.id, requestId: 'req-audit-0001' }));
    expect(update.before.fullName).toBe('Zoran Zorić');
    expect(update.after.fullName).toBe('Zoran Zorić Jr.');
    expect(Date.now() - new Date(update.at).getTime()).toBeLessThan(60_000);
    // Secrets never reach the trail.
    expect(JSON.stringify(trail.body)).not.toMatch(/argon2|password_?hash|neka-duga-lozinka|nova-duga-lozinka/i);
  });

  it('a change that fails part-way leaves neither the change nor its audit entry (one transaction)', async () => {
    const users = spis.app.get(UsersService);
    const connection = spis.app.get(TransactionalConnection);
    const before = await countRows(`SELECT count(*)::int AS n FROM audit_log`);
    await expect(
      connection.withTransaction(async () => {
        await users.create({ username: 'halfway', fullName: 'Half Way', password: 'jos-jedna-lozinka' });
        throw new Error('the next step of the change failed');
      }),
    ).rejects.toThrow('the next step of the change failed');
    expect(await countRows(`SELECT count(*)::int AS n FROM app_user WHERE username = 'halfway'`)).toBe(0);
    expect(await countRows(`SELECT count(*)::int AS n FROM audit_log`)).toBe(before);
  });

  it('of two simultaneous requests creating the same username, one wins with one audit entry; the other gets 409 and leaves none', async () => {
    const body = { username: 'istovremeno', fullName: 'Isto Vreme', password: 'lozinka-za-trku' };
    const responses = await Promise.all([admin.post('/api/users').send(body), admin.post('/api/users').send(body)]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    const loser = responses.find((r) => r.status === 409)!;
    expect(['USERNAME_TAKEN', 'ALREADY_EXISTS']).toContain(loser.body.code);
    const winner = responses.find((r) => r.status === 201)!;
    expect(await countRows(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.create' AND after->>'username' = 'istovremeno'`)).toBe(1);
    expect(await countRows(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [winner.body.id])).toBe(1);
  });

  it('the database itself refuses to change or delete audit entries', async () => {
    await expect(spis.dataSource.query(`UPDATE audit_log SET action = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(spis.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(spis.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    expect(await countRows(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'tampered'`)).toBe(0);
  });

  it('entries written outside a request (start-up, seeding) name the system as actor', async () => {
    const seeded = await admin.get('/api/audit').query({ action: 'demo.seed' }).expect(200);
    expect(seeded.body.items).toEqual([expect.objectContaining({ actor: 'system', entityType: 'Installation' })]);
  });

  it('only those allowed read the trail', async () => {
    const official = await spis.as('official');
    const refused = await official.get('/api/audit').expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
  });
});
