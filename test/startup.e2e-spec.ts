import { afterAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../libs/embedded/free-port.js';
import { jsonLines, readyLine, startSpis, stop, waitFor } from './support/spis-process.js';

describe('npm start: the whole system with embedded defaults', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('starts embedded PostgreSQL and S3, loads the demo data once, shows a person the address and the demo users, and keeps data across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'spis-start-'));
    dirs.push(dataDir);
    // Run as root, the embedded PostgreSQL runs as the `postgres` user, who must reach the folder.
    await chmod(dataDir, 0o755);
    const env = {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      EMBEDDED_S3_PORT: String(await freePort()),
      // The default level, at which Nest would list every route.
      LOG_LEVEL: 'info',
    };
    const base = `http://127.0.0.1:${env.PORT}/api`;

    // A person's screen, as on a terminal (a test's stdout is a pipe, so the format is asked for).
    const first = startSpis({ ...env, LOG_FORMAT: 'pretty' });
    try {
      // A new data folder gets the lived-in demo municipality before the start-up screen.
      await waitFor(first, 'to stop.', 90_000);
      const screen = first.stdout();
      expect(screen).not.toContain('Mapped {');
      expect(screen).not.toMatch(/^\s*\{/m);
      for (const line of screen.slice(0, screen.indexOf('\n\n')).split('\n')) expect(line).toMatch(/^\d\d:\d\d:\d\d {2}(info|warn) {2}\S/);
      expect(screen).toContain(`  info  embedded PostgreSQL on 127.0.0.1:${env.EMBEDDED_PG_PORT} (data in ${dataDir})\n`);
      // The address, the demo users and how to stop are the last thing on the screen.
      const block = screen.slice(screen.lastIndexOf('\n\n  Spis is running at ')).trim().split('\n').map((line) => line.trim());
      expect(block[0]).toBe(`Spis is running at http://localhost:${env.PORT}`);
      expect(block).toContain('Demo data set loaded. Demo users (password "demo"):');
      for (const user of ['admin', 'registry', 'official', 'official2', 'head', 'archivist']) expect(screen).toMatch(new RegExp(`^\\s+${user}\\s`, 'm'));
      expect(block.at(-1)).toBe('Press Ctrl+C to stop.');

      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(200);
      // No backup yet: a warning beside the parts, not a reason for 503.
      expect(await health.json()).toEqual({ status: 'ok', database: { status: 'up' }, storage: { status: 'up' }, backup: { status: 'warn' } });

      const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'demo' }) });
      expect(login.status).toBe(200);
      const { accessToken } = (await login.json()) as { accessToken: string };
      const created = await fetch(`${base}/org-units`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({ code: '99', name: 'Jedinica koja mora preživeti restart' }),
      });
      expect(created.status).toBe(201);

      // Management's first look already shows a year of work and this morning's.
      const manager = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'manager', password: 'demo' }) });
      const dashboard = await fetch(`${base}/reports/dashboard`, { headers: { authorization: `Bearer ${((await manager.json()) as { accessToken: string }).accessToken}` } });
      const figures = (await dashboard.json()) as { receivedToday: number; open: { total: number } };
      expect(figures.receivedToday).toBeGreaterThan(0);
      expect(figures.open.total).toBeGreaterThan(100);
      // Requests follow the block, one short line each.
      await waitFor(first, 'POST /api/org-units 201');
      expect(first.stdout()).toMatch(/^\d\d:\d\d:\d\d {2}info {2}GET \/api\/health 200 \d+ ms$/m);
      expect(first.stdout()).not.toContain(accessToken);
    } finally {
      expect(await stop(first)).toBe(0);
    }

    // A log collector's view: stdout is a pipe and LOG_FORMAT is left at auto.
    const second = startSpis(env);
    try {
      await waitFor(second, 'Spis is running');
      expect(readyLine(second)).toMatchObject({ level: 30, url: `http://localhost:${env.PORT}`, migrationsApplied: [], demoData: 'already present' });
      expect(readyLine(second)?.demoUsers).toEqual(expect.arrayContaining(['admin', 'registry', 'official', 'official2', 'head', 'archivist']));
      const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'demo' }) });
      const { accessToken } = (await login.json()) as { accessToken: string };
      const units = await fetch(`${base}/org-units?q=99`, { headers: { authorization: `Bearer ${accessToken}` } });
      const body = (await units.json()) as { items: Array<{ name: string }> };
      expect(body.items.map((u) => u.name)).toEqual(['Jedinica koja mora preživeti restart']);
    } finally {
      expect(await stop(second)).toBe(0);
    }
    // Every line is JSON, the stop included; Nest's route list is not among them at info.
    const lines = jsonLines(second);
    expect(lines.at(-1)).toMatchObject({ level: 30, msg: 'Spis stopped.' });
    expect(lines.filter((line) => String(line.msg).startsWith('Mapped {'))).toEqual([]);
    expect(lines).toContainEqual(expect.objectContaining({ req: expect.objectContaining({ method: 'GET', path: '/api/org-units' }), res: { statusCode: 200 } }));
    expect(second.stdout()).not.toContain('q=99');
  }, 180_000);

  it('refuses to start with a wrong setting, naming it', async () => {
    const failed = startSpis({ PORT: 'eighty', DATABASE_URL: 'mysql://nope', JWT_SECRET: 'short' });
    expect(await failed.exited).toBe(78);
    expect(failed.output()).toContain('invalid configuration');
    expect(failed.output()).toMatch(/PORT/);
    expect(failed.output()).toMatch(/DATABASE_URL must be a postgres:\/\/ URL/);
    expect(failed.output()).toMatch(/JWT_SECRET must be at least 32 characters/);
  });

  it('with DATABASE_URL and MINIO_* set, starts nothing embedded and reports what it cannot reach', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'spis-external-'));
    dirs.push(dataDir);
    const port = String(await freePort());
    // Nothing listens on these ports: an external database that is down must stop start-up clearly.
    const failed = startSpis({
      DATA_DIR: dataDir,
      PORT: port,
      DATABASE_URL: `postgres://spis:x@127.0.0.1:${await freePort()}/spis`,
      MINIO_ENDPOINT: '127.0.0.1',
      MINIO_PORT: String(await freePort()),
      MINIO_ACCESS_KEY: 'key',
      MINIO_SECRET_KEY: 'secret-key',
    });
    expect(await failed.exited).toBe(1);
    expect(failed.output()).toMatch(/ECONNREFUSED/);
    expect(failed.output()).not.toContain('embedded PostgreSQL');
    expect(failed.output()).not.toContain('secret-key');
  });

  it('with DATABASE_URL and MINIO_* set, uses them, starts nothing embedded, loads no demo data, and creates the initial administrator', async () => {
    const database = `spis_external_${process.pid}`;
    const admin = new pg.Client({ connectionString: process.env.SPIS_TEST_PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(process.env.SPIS_TEST_PG_ADMIN_URL!);
    url.pathname = `/${database}`;
    const dataDir = await mkdtemp(join(tmpdir(), 'spis-external-'));
    dirs.push(dataDir);
    const port = String(await freePort());
    const running = startSpis({
      DATA_DIR: dataDir,
      PORT: port,
      DATABASE_URL: url.toString(),
      MINIO_ENDPOINT: '127.0.0.1',
      MINIO_PORT: process.env.SPIS_TEST_S3_PORT!,
      MINIO_ACCESS_KEY: 'S3RVER',
      MINIO_SECRET_KEY: 'S3RVER',
      MINIO_BUCKET: `spis-external-${process.pid}`,
      JWT_SECRET: 'a-production-like-secret-of-more-than-32-characters',
      SPIS_INITIAL_ADMIN_USERNAME: 'nacelnik',
      SPIS_INITIAL_ADMIN_PASSWORD: 'prva-lozinka-123',
    });
    try {
      await waitFor(running, 'Spis is running');
      expect(running.output()).not.toMatch(/embedded (PostgreSQL|S3)/);
      expect(readyLine(running)).not.toHaveProperty('demoUsers');
      const base = `http://127.0.0.1:${port}/api`;
      expect((await fetch(`${base}/health`)).status).toBe(200);
      const demo = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'demo' }) });
      expect(demo.status).toBe(401);
      const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'nacelnik', password: 'prva-lozinka-123' }) });
      expect(login.status).toBe(200);
      const { accessToken } = (await login.json()) as { accessToken: string };
      const users = await fetch(`${base}/users`, { headers: { authorization: `Bearer ${accessToken}` } });
      expect(users.status).toBe(200);
      // An empty administration: its first administrator and no cases.
      expect(((await users.json()) as { total: number }).total).toBe(1);
      const installation = new pg.Client({ connectionString: url.toString() });
      await installation.connect();
      const [{ cases }] = (await installation.query(`SELECT count(*)::int AS cases FROM case_file`)).rows;
      await installation.end();
      expect(cases).toBe(0);
      const plan = (await (await fetch(`${base}/classification-marks`, { headers: { authorization: `Bearer ${accessToken}` } })).json()) as { total: number };
      expect(plan.total).toBeGreaterThan(100);
    } finally {
      const exitCode = await stop(running);
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
      expect(exitCode).toBe(0);
    }
  });
});
