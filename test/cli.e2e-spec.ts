import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../libs/embedded/free-port.js';
import { ObjectStorage } from '../libs/storage/index.js';
import { environmentOf, spis } from './support/spis-cli.js';
import { startSpis, stop, waitFor } from './support/spis-process.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('spis, the administrator\'s command line', () => {
  let app: TestApp;
  let env: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp();
    env = environmentOf(app);
  });
  afterAll(() => app.close());

  it('lists its commands with --help, and refuses a wrong command or option with exit code 64', async () => {
    const help = await spis(['--help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: spis \[options\] \[command\]/);
    for (const command of ['sweep', 'doctor', 'users', 'backup', 'restore']) expect(help.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    expect((await spis(['sweep', '--help'], env)).stdout).toContain('--repair');
    expect((await spis(['backup', '--help'], env)).stdout).toMatch(/--to <folder>[\s\S]*list[\s\S]*verify/);
    expect((await spis(['restore', '--help'], env)).stdout).toMatch(/--to-time <time>[\s\S]*--into <folder>/);
    expect(await spis(['restore', '20261206T020000Z', '--to-time', 'yesterday'], env)).toMatchObject({ code: 64, stderr: expect.stringContaining('not an ISO 8601 time') });

    const unknown = await spis(['backup-everything'], env);
    expect(unknown).toMatchObject({ code: 64, stderr: expect.stringContaining("unknown command 'backup-everything'") });
    const wrongOption = await spis(['sweep', '--fix-it'], env);
    expect(wrongOption).toMatchObject({ code: 64, stderr: expect.stringContaining("unknown option '--fix-it'") });
  }, 120_000);

  it('sweep: exit 0 while storage and database agree, 2 with the orphan object named when they do not', async () => {
    const clean = await spis(['sweep'], env);
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ repair: false, orphanObjects: { count: 0 }, missingObjects: { count: 0 } });

    const storage = app.app.get(ObjectStorage);
    const orphan = `cases/${randomUUID()}/${randomUUID()}`;
    await storage.client.putObject(storage.bucket, orphan, Buffer.from('%PDF-1.7 nobody names me'));
    const found = await spis(['sweep'], env);
    // The exit code the command promised, not the 0 an exit hook would put in its place.
    expect(found.code).toBe(2);
    expect(JSON.parse(found.stdout)).toMatchObject({ orphanObjects: { count: 1, items: [expect.objectContaining({ key: orphan, removed: false })] } });
    await storage.client.removeObject(storage.bucket, orphan);
  }, 60_000);

  it('doctor: one line per check; exit 2 for the warning that no backup is recorded, 1 when the database is out of reach', async () => {
    const checked = await spis(['doctor'], env);
    expect(checked.code).toBe(2);
    const lines = checked.stdout.trim().split('\n');
    expect(lines.map((line) => line.split(/\s{2,}/).slice(0, 2))).toEqual([
      ['ok', 'settings'],
      ['ok', 'database'],
      ['ok', 'migrations'],
      ['ok', 'clock'],
      ['ok', 'storage'],
      [expect.stringMatching(/^(ok|WARN)$/), 'disk'],
      ['ok', 'time zone'],
      ['WARN', 'backup'],
    ]);
    expect(checked.stdout).toMatch(/^ok\s+migrations\s+all \d+ applied$/m);

    const json = await spis(['doctor', '--json'], env);
    expect(JSON.parse(json.stdout)).toContainEqual({ check: 'storage', status: 'ok', detail: expect.stringContaining(`bucket "${env.MINIO_BUCKET}" reachable`) });

    const closed = await freePort();
    const down = await spis(['doctor', '--json'], { ...env, DATABASE_URL: `postgres://spis:spis@127.0.0.1:${closed}/spis` });
    expect(down.code).toBe(1);
    expect(JSON.parse(down.stdout)).toContainEqual({ check: 'database', status: 'fail', detail: expect.stringContaining('ECONNREFUSED') });
  }, 60_000);

  it('runs beside a Spis on the embedded PostgreSQL and S3 of the same DATA_DIR, using them and leaving that Spis serving', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'spis-cli-'));
    await chmod(dataDir, 0o755);
    const embedded = { DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), EMBEDDED_S3_PORT: String(await freePort()), SPIS_DEMO: 'false' };
    const server = startSpis({ ...embedded, LOG_FORMAT: 'json' });
    try {
      await waitFor(server, 'Spis is running', 90_000);
      const checked = await spis(['doctor', '--json'], embedded);
      const results = JSON.parse(checked.stdout) as Array<{ check: string; status: string }>;
      expect(results.filter((result) => ['database', 'migrations', 'storage'].includes(result.check))).toEqual([
        expect.objectContaining({ check: 'database', status: 'ok' }),
        expect.objectContaining({ check: 'migrations', status: 'ok' }),
        expect.objectContaining({ check: 'storage', status: 'ok' }),
      ]);
      expect((await spis(['sweep'], embedded)).code).toBe(0);

      // A backup beside the running server, verified in a scratch PostgreSQL; doctor and health then see it.
      const backup = await spis(['backup', '--json'], embedded);
      expect(backup.code).toBe(0);
      const { id } = JSON.parse(backup.stdout) as { id: string };
      const verify = await spis(['backup', 'verify', '--json'], embedded);
      expect(verify.code).toBe(0);
      expect(JSON.parse(verify.stdout)).toMatchObject({ id, verified: { ok: true, problems: [] } });
      expect(Object.keys(JSON.parse(verify.stdout).verified.tables)).toContain('case_file');
      expect(await spis(['backup', 'verify', '20200101T000000Z'], embedded)).toMatchObject({ code: 1, stderr: expect.stringContaining('no backup "20200101T000000Z"') });
      const afterBackup = JSON.parse((await spis(['doctor', '--json'], embedded)).stdout) as Array<{ check: string; status: string; detail: string }>;
      expect(afterBackup.find((result) => result.check === 'backup')).toMatchObject({ status: 'ok', detail: expect.stringContaining(`last backup ${id}`) });
      const health = await fetch(`http://127.0.0.1:${embedded.PORT}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ backup: { status: 'ok', ageHours: expect.any(Number) } });
    } finally {
      expect(await stop(server)).toBe(0);
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 400_000);
});
