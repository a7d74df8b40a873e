import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { environmentOf, spis } from './support/spis-cli.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** `spis users`: the accounts an operator needs when nobody can sign in to the administration screens. */
describe('spis users', () => {
  let app: TestApp;
  let env: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp();
    env = environmentOf(app);
  });
  afterAll(() => app.close());

  const login = (username: string, password: string) => app.http.post('/api/auth/login').send({ username, password });
  const lastLine = (text: string) => text.trim().split('\n').at(-1)!;
  const auditOf = (username: string) =>
    app.dataSource.query(
      `SELECT action, actor_username AS actor, after::text AS after FROM audit_log
        WHERE entity_id IN (SELECT id::text FROM app_user WHERE username = $1) OR (entity_type = 'Position' AND after->>'userId' IN (SELECT id::text FROM app_user WHERE username = $1))
        ORDER BY id`,
      [username],
    );

  it('create-admin prints a one-time password that signs in as an administrator, hashed with argon2id and audited as the system', async () => {
    const created = await spis(['users', 'create-admin', 'it.operator', '--full-name', 'Ivana Tomić'], env);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^administrator "it\.operator" created\nOne-time password .*\n[A-Za-z0-9_-]{22}\n$/);
    const password = lastLine(created.stdout);

    const signedIn = await login('it.operator', password).expect(200);
    const headers = { Authorization: `Bearer ${signedIn.body.accessToken}` };
    // An administrator: may manage users.
    await app.http.get('/api/users').set(headers).expect(200);
    const [{ hash, fullName }] = await app.dataSource.query(`SELECT password_hash AS hash, full_name AS "fullName" FROM app_user WHERE username = 'it.operator'`);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(fullName).toBe('Ivana Tomić');
    const audit = await auditOf('it.operator');
    expect(audit.map((entry: { action: string; actor: string }) => [entry.action, entry.actor])).toEqual([
      ['user.create', 'system'],
      ['position.create', 'system'],
    ]);
    for (const entry of audit) expect(entry.after).not.toContain(password);
  }, 120_000);

  it('create-admin --password-stdin takes the piped password; a wrong name or short password exits 64 and a taken name 1, each with a sentence', async () => {
    const piped = await spis(['users', 'create-admin', 'piped.admin', '--password-stdin'], env, 'a-long-enough-password-7\n');
    expect(piped).toMatchObject({ code: 0, stdout: 'administrator "piped.admin" created\n' });
    await login('piped.admin', 'a-long-enough-password-7').expect(200);

    const short = await spis(['users', 'create-admin', 'short.admin', '--password-stdin'], env, 'short\n');
    expect(short).toMatchObject({ code: 64, stderr: 'spis: password must be longer than or equal to 10 characters\n' });
    const badName = await spis(['users', 'create-admin', 'Has Spaces'], env);
    expect(badName).toMatchObject({ code: 64, stderr: expect.stringContaining('username must be 2–64 lower-case letters') });
    const taken = await spis(['users', 'create-admin', 'piped.admin'], env);
    expect(taken).toMatchObject({ code: 1, stderr: 'spis: a user named "piped.admin" already exists: `spis users reset-password piped.admin` gives them a new password\n' });
    const missing = await spis(['users', 'create-admin'], env);
    expect(missing).toMatchObject({ code: 64, stderr: expect.stringContaining("missing required argument 'username'") });
    // Nothing of the refused ones was written.
    expect(await app.dataSource.query(`SELECT username FROM app_user WHERE username IN ('short.admin', 'has spaces')`)).toEqual([]);
  }, 120_000);

  it('reset-password gives a new password, ends every session of the user, and is audited; an unknown user exits 1', async () => {
    const before = await login('official', 'demo').expect(200);
    const reset = await spis(['users', 'reset-password', 'official'], env);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/^password of "official" changed, their sessions ended\n/);
    const password = lastLine(reset.stdout);

    await login('official', 'demo').expect(401);
    await login('official', password).expect(200);
    // The session signed in before the reset cannot be renewed.
    await app.http.post('/api/auth/refresh').send({ refreshToken: before.body.refreshToken }).expect(401);
    const [entry] = await app.dataSource.query(`SELECT actor_username AS actor FROM audit_log WHERE action = 'user.update+password' AND entity_id = $1`, [before.body.user.id]);
    expect(entry).toEqual({ actor: 'system' });

    const unknown = await spis(['users', 'reset-password', 'nobody-here'], env);
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('there is no user named "nobody-here"') });
  }, 120_000);
});
