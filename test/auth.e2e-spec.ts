import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';

const NEW_USER_PASSWORD = 'dugacka-lozinka-1';
const FAILURE_WINDOW_MS = 900 * 1000;
const ACCESS_TTL_MS = 900 * 1000;

describe('sign-in, tokens and sessions', () => {
  let spis: TestApp;
  let admin: Client;
  let counter = 0;

  const bearer = (token: string) => `Bearer ${token}`;
  const me = (token: string) => spis.http.get('/api/me').set('Authorization', bearer(token));
  const login = (username: string, password: string) => spis.http.post('/api/auth/login').send({ username, password });
  const refresh = (refreshToken: string) => spis.http.post('/api/auth/refresh').send({ refreshToken });

  /** A user of this test alone, so state changes (throttling, disabling, passwords) touch nobody else. */
  async function freshUser(prefix: string): Promise<{ id: string; username: string; password: string }> {
    counter += 1;
    const username = `${prefix}-${counter}-${randomBytes(3).toString('hex')}`;
    const created = await admin
      .post('/api/users')
      .send({ username, fullName: `Test ${prefix} ${counter}`, password: NEW_USER_PASSWORD })
      .expect(201);
    return { id: created.body.id, username, password: NEW_USER_PASSWORD };
  }

  /** The problem-details body without the members that differ per request. */
  const stable = (body: Record<string, unknown>) => {
    const { requestId: _requestId, instance: _instance, ...rest } = body;
    return rest;
  };

  beforeAll(async () => {
    spis = await startTestApp();
    admin = await spis.as('admin');
  });
  afterAll(() => spis.close());

  describe('signing in', () => {
    it('a demo user signs in with 200, an access and a refresh token, and their positions with unit code and roles', async () => {
      const response = await login('registry', 'demo').expect(200);
      expect(response.body).toEqual(
        expect.objectContaining({
          accessToken: expect.any(String),
          refreshToken: expect.any(String),
          tokenType: 'Bearer',
          expiresIn: 900,
        }),
      );
      expect(response.body.accessToken.split('.')).toHaveLength(3);
      expect(response.body.user).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          username: 'registry',
          positions: [
            expect.objectContaining({
              title: 'Službenik pisarnice',
              orgUnit: expect.objectContaining({ code: '01-1' }),
              roles: [expect.objectContaining({ code: 'registry-clerk' })],
            }),
          ],
        }),
      );
    });

    it('GET /api/me with the access token shows the username, positions and effective permissions (registry may register cases)', async () => {
      const tokens = await spis.login('registry');
      const response = await me(tokens.accessToken).expect(200);
      expect(response.body.id).toBe(tokens.user.id);
      expect(response.body.username).toBe('registry');
      expect(response.body.positions).toEqual([
        expect.objectContaining({ title: 'Službenik pisarnice', orgUnit: expect.objectContaining({ code: '01-1' }) }),
      ]);
      expect(response.body.permissions).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'register', subject: 'Case' })]));
      expect(response.body).not.toHaveProperty('passwordHash');
    });

    it('a wrong password is refused with 401 INVALID_CREDENTIALS in problem-details form', async () => {
      const response = await login('official', 'not-the-password').expect(401).expect('content-type', /application\/problem\+json/);
      expect(response.body).toEqual(
        expect.objectContaining({
          type: 'urn:spis:problem:invalid-credentials',
          title: 'INVALID_CREDENTIALS',
          status: 401,
          code: 'INVALID_CREDENTIALS',
          detail: expect.any(String),
          instance: '/api/auth/login',
        }),
      );
      expect(response.body).not.toHaveProperty('accessToken');
    });

    it('an unknown username gets exactly the same 401 INVALID_CREDENTIALS answer as a wrong password, giving no hint which', async () => {
      const wrongPassword = await login('official2', 'not-the-password').expect(401);
      const unknownUser = await login('nobody-by-this-name', 'not-the-password').expect(401);
      expect(unknownUser.body.code).toBe('INVALID_CREDENTIALS');
      expect(stable(unknownUser.body)).toEqual(stable(wrongPassword.body));
      expect(Object.keys(unknownUser.body).sort()).toEqual(Object.keys(wrongPassword.body).sort());
    });

    it('missing, empty or non-string username or password is refused with 400 VALIDATION_FAILED', async () => {
      const bodies: unknown[] = [
        {},
        { username: 'admin' },
        { password: 'demo' },
        { username: '', password: 'demo' },
        { username: 'admin', password: '' },
        { username: 'admin', password: 12345 },
        { username: 'x'.repeat(300), password: 'demo' },
      ];
      for (const body of bodies) {
        const response = await spis.http.post('/api/auth/login').send(body as object);
        expect({ body, status: response.status, code: response.body.code }).toEqual({ body, status: 400, code: 'VALIDATION_FAILED' });
        expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: expect.any(String) })]));
      }
      const noPassword = await spis.http.post('/api/auth/login').send({ username: 'admin' }).expect(400);
      expect(noPassword.body.errors.map((e: { field: string }) => e.field)).toEqual(['password']);
      // Malformed requests are not failed sign-ins: admin is not throttled by them.
      await login('admin', 'demo').expect(200);
    });

    it('stored password hashes are argon2id, for seeded and for newly created users', async () => {
      const [seeded] = await spis.dataSource.query(`SELECT password_hash FROM app_user WHERE username = 'admin'`);
      expect(seeded.password_hash).toMatch(/^\$argon2id\$/);
      const user = await freshUser('hash');
      const [created] = await spis.dataSource.query('SELECT password_hash FROM app_user WHERE id = $1', [user.id]);
      expect(created.password_hash).toMatch(/^\$argon2id\$/);
      expect(created.password_hash).not.toContain(NEW_USER_PASSWORD);
    });
  });

  describe('throttling repeated failures', () => {
    it('after 5 wrong passwords the 6th attempt is refused with 429 TOO_MANY_LOGIN_ATTEMPTS even with the right password; other users are unaffected; after the window it works again', async () => {
      const target = await freshUser('throttled');
      const bystander = await freshUser('bystander');
      try {
        for (let attempt = 1; attempt <= 5; attempt++) {
          const response = await login(target.username, `wrong-password-${attempt}`).expect(401);
          expect(response.body.code).toBe('INVALID_CREDENTIALS');
        }
        const locked = await login(target.username, target.password).expect(429).expect('content-type', /application\/problem\+json/);
        expect(locked.body).toEqual(expect.objectContaining({ status: 429, code: 'TOO_MANY_LOGIN_ATTEMPTS' }));
        expect(locked.body).not.toHaveProperty('accessToken');
        // The same username in other letter case is the same account and is throttled too.
        const shouted = await login(target.username.toUpperCase(), target.password).expect(429);
        expect(shouted.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');

        await login(bystander.username, bystander.password).expect(200);

        // Still locked just before the window ends...
        spis.clock.travelTo(new Date(Date.now() + FAILURE_WINDOW_MS - 60_000));
        await login(target.username, target.password).expect(429);
        // ...and free once it has passed.
        spis.clock.travelTo(new Date(Date.now() + FAILURE_WINDOW_MS + 60_000));
        const unlocked = await login(target.username, target.password).expect(200);
        expect(unlocked.body.user.username).toBe(target.username);
      } finally {
        spis.clock.reset();
      }
    });

    it('simultaneous wrong guesses cannot get past the limit: of 20 sent at once only 5 are checked and the rest get 429', async () => {
      const user = await freshUser('parallel');
      const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => login(user.username, `wrong-${i}`)));
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 401)).toHaveLength(5);
      expect(statuses.filter((status) => status === 429)).toHaveLength(15);
      await login(user.username, user.password).expect(429);
    });

    it('a successful sign-in clears earlier failures, so only consecutive failures count toward the limit', async () => {
      const user = await freshUser('forgetful');
      for (let attempt = 1; attempt <= 4; attempt++) await login(user.username, `wrong-${attempt}`).expect(401);
      await login(user.username, user.password).expect(200);
      for (let attempt = 1; attempt <= 4; attempt++) await login(user.username, `wrong-again-${attempt}`).expect(401);
      await login(user.username, user.password).expect(200);
    });
  });

  describe('refresh tokens', () => {
    it('POST /api/auth/refresh returns a new access and refresh token that both work', async () => {
      const first = await spis.login('official');
      const refreshed = await refresh(first.refreshToken).expect(200);
      expect(refreshed.body).toEqual(
        expect.objectContaining({ accessToken: expect.any(String), refreshToken: expect.any(String), tokenType: 'Bearer', expiresIn: 900 }),
      );
      expect(refreshed.body.refreshToken).not.toBe(first.refreshToken);
      const profile = await me(refreshed.body.accessToken).expect(200);
      expect(profile.body.username).toBe('official');
      await refresh(refreshed.body.refreshToken).expect(200);
    });

    it('reusing a spent refresh token is refused with 401 INVALID_REFRESH_TOKEN and ends the newer token of that session too, but not other sessions', async () => {
      const otherSession = await spis.login('official');
      const first = await spis.login('official');
      const second = (await refresh(first.refreshToken).expect(200)).body;

      const replay = await refresh(first.refreshToken).expect(401);
      expect(replay.body).toEqual(expect.objectContaining({ status: 401, code: 'INVALID_REFRESH_TOKEN' }));

      const newer = await refresh(second.refreshToken).expect(401);
      expect(newer.body.code).toBe('INVALID_REFRESH_TOKEN');

      // A separate sign-in of the same user is a different family and keeps working.
      await refresh(otherSession.refreshToken).expect(200);
    });

    it('an unknown refresh token is refused with 401 INVALID_REFRESH_TOKEN and a missing one with 400 VALIDATION_FAILED', async () => {
      const unknown = await refresh(randomBytes(32).toString('base64url')).expect(401);
      expect(unknown.body.code).toBe('INVALID_REFRESH_TOKEN');
      const missing = await spis.http.post('/api/auth/refresh').send({}).expect(400);
      expect(missing.body.code).toBe('VALIDATION_FAILED');
    });

    it('logout answers 204 and the refresh token no longer refreshes', async () => {
      const tokens = await spis.login('head');
      await spis.http.post('/api/auth/logout').send({ refreshToken: tokens.refreshToken }).expect(204);
      const after = await refresh(tokens.refreshToken).expect(401);
      expect(after.body.code).toBe('INVALID_REFRESH_TOKEN');
    });

    it('logout also ends the rotated successors of the token, and an unknown token logs out quietly with 204', async () => {
      const tokens = await spis.login('head');
      const rotated = (await refresh(tokens.refreshToken).expect(200)).body;
      await spis.http.post('/api/auth/logout').send({ refreshToken: rotated.refreshToken }).expect(204);
      await refresh(rotated.refreshToken).expect(401);
      await spis.http.post('/api/auth/logout').send({ refreshToken: randomBytes(32).toString('base64url') }).expect(204);
    });
  });

  describe('access tokens', () => {
    it('GET /api/me without an Authorization header is refused with 401 UNAUTHENTICATED', async () => {
      const response = await spis.http.get('/api/me').expect(401).expect('content-type', /application\/problem\+json/);
      expect(response.body).toEqual(expect.objectContaining({ status: 401, code: 'UNAUTHENTICATED', instance: '/api/me' }));
    });

    it('a garbage bearer token, or a token in the wrong scheme, is refused with 401 UNAUTHENTICATED', async () => {
      const garbage = await me('not-a-jwt').expect(401);
      expect(garbage.body.code).toBe('UNAUTHENTICATED');
      const { accessToken } = await spis.login('archivist');
      const wrongScheme = await spis.http.get('/api/me').set('Authorization', `Basic ${accessToken}`).expect(401);
      expect(wrongScheme.body.code).toBe('UNAUTHENTICATED');
      const tampered = await me(`${accessToken.slice(0, -4)}AAAA`).expect(401);
      expect(tampered.body.code).toBe('UNAUTHENTICATED');
    });

    it('a well-formed token signed with another secret is refused with 401 UNAUTHENTICATED', async () => {
      const { user } = await spis.login('archivist');
      const nowSeconds = Math.floor(Date.now() / 1000);
      const forged = new JwtService({ secret: randomBytes(32).toString('hex') }).sign(
        { sub: user.id, username: 'archivist', typ: 'access', iat: nowSeconds, exp: nowSeconds + 900 },
        { algorithm: 'HS256' },
      );
      const response = await me(forged).expect(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    });

    it('an unsigned token (alg "none") is refused with 401 UNAUTHENTICATED', async () => {
      const { user } = await spis.login('archivist');
      const nowSeconds = Math.floor(Date.now() / 1000);
      const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
      const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: user.id, username: 'archivist', typ: 'access', iat: nowSeconds, exp: nowSeconds + 900 })}.`;
      const response = await me(unsigned).expect(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    });

    it('an access token is refused with 401 UNAUTHENTICATED once its 15 minutes have passed on the application clock', async () => {
      const { accessToken } = await spis.login('archivist');
      try {
        spis.clock.travelTo(new Date(Date.now() + ACCESS_TTL_MS - 60_000));
        await me(accessToken).expect(200);
        spis.clock.travelTo(new Date(Date.now() + ACCESS_TTL_MS + 1_000));
        const response = await me(accessToken).expect(401);
        expect(response.body.code).toBe('UNAUTHENTICATED');
      } finally {
        spis.clock.reset();
      }
    });
  });

  describe('disabled users and password changes', () => {
    it('a user disabled by the administrator can no longer sign in (401 ACCOUNT_DISABLED), their access token stops working at the next request and their refresh token no longer refreshes', async () => {
      const user = await freshUser('disabled');
      const tokens = await spis.login(user.username, user.password);
      await me(tokens.accessToken).expect(200);

      const patched = await admin.patch(`/api/users/${user.id}`).send({ disabled: true }).expect(200);
      expect(patched.body.disabled).toBe(true);

      const signIn = await login(user.username, user.password).expect(401);
      expect(signIn.body).toEqual(expect.objectContaining({ status: 401, code: 'ACCOUNT_DISABLED' }));
      // Without the right password nothing about the account is revealed.
      const guess = await login(user.username, 'wrong-password').expect(401);
      expect(guess.body.code).toBe('INVALID_CREDENTIALS');

      const profile = await me(tokens.accessToken).expect(401);
      expect(profile.body.code).toBe('UNAUTHENTICATED');

      const refreshed = await refresh(tokens.refreshToken).expect(401);
      expect(refreshed.body.code).toBe('INVALID_REFRESH_TOKEN');
    });

    it('re-enabling a disabled user lets them sign in again, but their old sessions stay ended', async () => {
      const user = await freshUser('reenabled');
      const tokens = await spis.login(user.username, user.password);
      await admin.patch(`/api/users/${user.id}`).send({ disabled: true }).expect(200);
      await admin.patch(`/api/users/${user.id}`).send({ disabled: false }).expect(200);

      await refresh(tokens.refreshToken).expect(401);
      const again = await login(user.username, user.password).expect(200);
      await me(again.body.accessToken).expect(200);
    });

    it('a password change by the administrator ends the user\'s refresh tokens; the new password works and the old one fails', async () => {
      const user = await freshUser('newpass');
      const sessionA = await spis.login(user.username, user.password);
      const sessionB = await spis.login(user.username, user.password);
      const [{ password_hash: hashBefore }] = await spis.dataSource.query('SELECT password_hash FROM app_user WHERE id = $1', [user.id]);

      const newPassword = 'sasvim-nova-lozinka-2';
      await admin.patch(`/api/users/${user.id}`).send({ password: newPassword }).expect(200);

      for (const session of [sessionA, sessionB]) {
        const response = await refresh(session.refreshToken).expect(401);
        expect(response.body.code).toBe('INVALID_REFRESH_TOKEN');
      }

      const oldPassword = await login(user.username, user.password).expect(401);
      expect(oldPassword.body.code).toBe('INVALID_CREDENTIALS');
      const fresh = await login(user.username, newPassword).expect(200);
      await me(fresh.body.accessToken).expect(200);
      await refresh(fresh.body.refreshToken).expect(200);

      const [{ password_hash: hashAfter }] = await spis.dataSource.query('SELECT password_hash FROM app_user WHERE id = $1', [user.id]);
      expect(hashAfter).toMatch(/^\$argon2id\$/);
      expect(hashAfter).not.toBe(hashBefore);
    });

    it('a new password shorter than 10 characters is refused with 400 VALIDATION_FAILED and the old one keeps working', async () => {
      const user = await freshUser('shortpass');
      const response = await admin.patch(`/api/users/${user.id}`).send({ password: 'short' }).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      await login(user.username, user.password).expect(200);
    });
  });
});
