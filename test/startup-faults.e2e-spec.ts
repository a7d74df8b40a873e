import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../libs/embedded/free-port.js';
import { eventually } from './support/eventually.js';
import { startSpis, stop, waitFor, type Running } from './support/spis-process.js';

/** Start-up after a crash, and start-up refused: each failure names its cause and leaves nothing running. */
describe('npm start when something is in the way', () => {
  const dirs: string[] = [];
  const leftovers: Running[] = [];
  afterAll(async () => {
    for (const running of leftovers) if (running.process.exitCode === null) await stop(running);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  async function dataFolder(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'spis-fault-'));
    dirs.push(dir);
    // Run as root, the embedded PostgreSQL runs as the `postgres` user, who must reach the folder.
    await chmod(dir, 0o755);
    return dir;
  }

  async function settings(dataDir: string) {
    return {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      EMBEDDED_S3_PORT: String(await freePort()),
      SPIS_DEMO: 'false',
      SPIS_INITIAL_ADMIN_USERNAME: 'admin',
      SPIS_INITIAL_ADMIN_PASSWORD: 'a-long-enough-password-1',
      LOG_FORMAT: 'json',
    };
  }

  const postmasterPid = (dataDir: string) => {
    const file = join(dataDir, 'postgres', 'cluster', 'postmaster.pid');
    return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
  };
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  };

  async function signIn(port: string): Promise<number> {
    const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'a-long-enough-password-1' }),
    });
    return response.status;
  }

  it('after the API was killed, the next start stops the PostgreSQL it left running and serves the same data', async () => {
    const dataDir = await dataFolder();
    const env = await settings(dataDir);
    const crashed = startSpis(env);
    leftovers.push(crashed);
    await waitFor(crashed, 'Spis is running', 90_000);
    const orphan = postmasterPid(dataDir)!;
    crashed.process.kill('SIGKILL');
    await crashed.exited;
    // What an operator found: the API gone, its PostgreSQL still running on the data folder.
    expect(alive(orphan)).toBe(true);

    const next = startSpis(env);
    leftovers.push(next);
    try {
      await waitFor(next, 'Spis is running', 90_000);
      expect(next.output()).toContain(`a PostgreSQL left running on ${join(dataDir, 'postgres', 'cluster')} by an earlier start that did not stop (process ${orphan}): stopping it cleanly first`);
      expect(alive(orphan)).toBe(false);
      expect(postmasterPid(dataDir)).not.toBe(orphan);
      // The administrator created by the first start is there: the data survived.
      expect(await signIn(env.PORT)).toBe(200);
    } finally {
      expect(await stop(next)).toBe(0);
    }
    // A clean stop leaves no PostgreSQL behind.
    expect(postmasterPid(dataDir)).toBeNull();
  }, 240_000);

  it('refuses a data folder a running Spis holds, naming it, and leaves that Spis serving', async () => {
    const dataDir = await dataFolder();
    const env = await settings(dataDir);
    const first = startSpis(env);
    leftovers.push(first);
    try {
      await waitFor(first, 'Spis is running', 90_000);
      const second = startSpis({ ...env, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), EMBEDDED_S3_PORT: String(await freePort()) });
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain(`Spis failed to start: the embedded PostgreSQL's folder ${join(dataDir, 'postgres')} is in use: its PostgreSQL (process ${postmasterPid(dataDir)} started by process ${first.process.pid}) belongs to another Spis that is still running`);
      expect(second.output()).not.toContain('undefined');
      expect(await signIn(env.PORT)).toBe(200);
    } finally {
      expect(await stop(first)).toBe(0);
    }
  }, 240_000);

  describe.each([
    ['PORT', 'Spis'],
    ['EMBEDDED_PG_PORT', 'embedded PostgreSQL'],
    ['EMBEDDED_S3_PORT', 'the embedded S3 endpoint'],
  ] as const)('a port another program holds: %s', (setting, what) => {
    it(`stops with a message naming ${setting}, leaving no PostgreSQL running`, async () => {
      const dataDir = await dataFolder();
      const env = await settings(dataDir);
      const blocker: Server = createServer();
      // Where Spis listens: every address for PORT, loopback for the embedded parts.
      await new Promise<void>((resolve) => (setting === 'PORT' ? blocker.listen(Number(env[setting]), resolve) : blocker.listen(Number(env[setting]), '127.0.0.1', resolve)));
      try {
        const refused = startSpis(env);
        expect(await refused.exited).toBe(1);
        const said = refused.output();
        expect(said).toMatch(new RegExp(`^Spis failed to start: .*${what}.*set ${setting} to a free port`, 'm'));
        expect(said).toContain(env[setting]);
        expect(said).not.toContain('undefined');
        // Whatever had started before the refusal was stopped with it.
        await eventually(() => expect(postmasterPid(dataDir)).toBeNull());
      } finally {
        await new Promise((resolve) => blocker.close(resolve));
      }
    }, 120_000);
  });
});
