import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'minio';
import pg from 'pg';
import { tableHashes, type TableHash } from '../libs/backup/index.js';
import { freePort, startEmbeddedPostgres, startEmbeddedS3 } from '../libs/embedded/index.js';
import { startSpis, stop, waitFor, type Running } from './support/spis-process.js';
import { scannedPdf } from './support/scanned-pdf.js';

const SPIS = resolve('bin/spis.js');
const BUCKET = 'spis';

/** `npx spis …` as an operator runs it. */
function spis(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [SPIS, ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}

/** Every table's rows (an ordered hash per table) and every object's SHA-256. */
interface State {
  tables: Record<string, TableHash>;
  objects: Record<string, string>;
}

async function stateOf(databaseUrl: string, s3Port: number): Promise<State> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const tables = await tableHashes(db).finally(() => db.end());
  const s3 = new Client({ endPoint: '127.0.0.1', port: s3Port, useSSL: false, accessKey: 'S3RVER', secretKey: 'S3RVER', pathStyle: true });
  const objects: Record<string, string> = {};
  for await (const item of s3.listObjectsV2(BUCKET, '', true) as AsyncIterable<{ name: string }>) {
    const hash = createHash('sha256');
    for await (const chunk of await s3.getObject(BUCKET, item.name)) hash.update(chunk as Buffer);
    objects[item.name] = hash.digest('hex');
  }
  return { tables, objects };
}

/** The state of an installation no Spis runs on: its embedded PostgreSQL and S3 started here for the look. */
async function stateAtRest(dataDir: string): Promise<State> {
  const postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: await freePort(), databases: ['spis'] });
  const s3 = await startEmbeddedS3({ dataDir: join(dataDir, 'objects'), port: 0 });
  try {
    return await stateOf(postgres.urlFor('spis'), s3.port);
  } finally {
    await s3.stop();
    await postgres.stop();
  }
}

/** A client of one running Spis, signed in as a demo user. */
async function signIn(port: string, username: string) {
  const base = `http://127.0.0.1:${port}/api`;
  const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }) });
  expect(login.status).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
  return {
    get: (path: string) => fetch(`${base}${path}`, { headers }),
    post: (path: string, body: unknown) => fetch(`${base}${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    upload: (path: string, pdf: Uint8Array) => {
      const form = new FormData();
      form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'sken.pdf');
      return fetch(`${base}${path}`, { method: 'POST', headers, body: form });
    },
  };
}

/** The serial of a case number (`352-17/2026-04` → 17). */
const serialOf = (number: string) => Number(/(\d+)\/\d{4}/.exec(number)?.[1]);

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function ports() {
  return { PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), EMBEDDED_S3_PORT: String(await freePort()) };
}

describe('the restore drill: spis backup, then spis restore into an empty installation', () => {
  const root = mkdtemp(join(tmpdir(), 'spis-drill-')).then(async (dir) => (await chmod(dir, 0o755), dir));
  const running: Running[] = [];
  afterAll(async () => {
    for (const server of running) if (server.process.exitCode === null) await stop(server);
    await rm(await root, { recursive: true, force: true });
  });

  it('round-trips the lived-in data exactly, serves it, and recovers to a moment between two registrations with the counter continuing', async () => {
    const dir = await root;
    const target = join(dir, 'target');
    const live = { DATA_DIR: join(dir, 'live'), BACKUP_TARGET: target, ...(await ports()) };
    const server = startSpis({ ...live, LOG_FORMAT: 'json' });
    running.push(server);
    // The demo municipality: cases in every state, acts, scanned attachments, the registers.
    await waitFor(server, 'Spis is running', 120_000);
    const liveDb = `postgres://spis:spis-embedded@127.0.0.1:${live.EMBEDDED_PG_PORT}/spis`;

    // Nobody works during the backup, so the state at its end is the state seen around it.
    const before = await stateOf(liveDb, Number(live.EMBEDDED_S3_PORT));
    const first = await spis(['backup', '--json'], live);
    expect(first.stderr).not.toMatch(/spis: /);
    expect(first.code).toBe(0);
    const backup = JSON.parse(first.stdout) as { id: string; kind: string; objects: { count: number; copied: number }; database: { bytes: number } };
    expect(backup).toMatchObject({ kind: 'embedded', objects: { count: Object.keys(before.objects).length, copied: Object.keys(before.objects).length } });
    expect(await stateOf(liveDb, Number(live.EMBEDDED_S3_PORT))).toEqual(before);
    expect(Object.keys(before.objects).length).toBeGreaterThan(0);

    // More work: two registrations a moment apart, and a scan uploaded to the second.
    const registry = await signIn(live.PORT, 'registry');
    const db = new pg.Client({ connectionString: liveDb });
    await db.connect();
    // A class and unit the demo registry office registers in.
    const [{ code, unit }] = (await db.query(`SELECT class_code AS code, org_unit_id AS unit FROM case_file ORDER BY received_at DESC LIMIT 1`)).rows;
    await db.end();
    const register = async (subject: string) => {
      const response = await registry.post('/cases', { classificationCode: code, orgUnitId: unit, subject, party: { name: 'Petar Petrović' }, receivedVia: 'counter' });
      const body = (await response.json()) as { id: string; number: string };
      if (response.status !== 201) throw new Error(`registration refused: ${response.status} ${JSON.stringify(body)}`);
      return body;
    };
    const kept = await register('Zahtev pre trenutka oporavka');
    await pause(1500);
    const moment = new Date();
    await pause(1500);
    const lost = await register('Zahtev posle trenutka oporavka');
    expect((await registry.upload(`/cases/${lost.id}/attachments`, await scannedPdf())).status).toBe(201);
    expect(serialOf(lost.number)).toBe(serialOf(kept.number) + 1);
    // A second backup: only the new object is copied, and the WAL of the work above is archived.
    const second = await spis(['backup', '--json'], live);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ objects: { count: Object.keys(before.objects).length + 1, copied: 1 } });
    expect(await stop(server)).toBe(0);

    const list = await spis(['backup', 'list'], live);
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split('\n')).toHaveLength(2);

    // The backup restored into an empty installation is the state at backup time, row for row and byte for byte.
    const restored = { DATA_DIR: join(dir, 'restored'), ...(await ports()) };
    const restore = await spis(['restore', backup.id, '--into', restored.DATA_DIR, '--json'], live);
    expect(restore.stderr).not.toMatch(/spis: /);
    expect(restore.code).toBe(0);
    expect(JSON.parse(restore.stdout)).toMatchObject({ id: backup.id, missingObjects: [] });
    const after = await stateAtRest(restored.DATA_DIR);
    expect(after.tables).toEqual(before.tables);
    expect(after.objects).toEqual(before.objects);

    // The application starts on it and serves cases, attachments and registers.
    const again = startSpis({ ...restored, LOG_FORMAT: 'json' });
    running.push(again);
    await waitFor(again, 'Spis is running', 60_000);
    const official = await signIn(restored.PORT, 'registry');
    const cases = (await (await official.get('/cases?pageSize=5')).json()) as { items: Array<{ id: string; number: string }> };
    expect(cases.items.length).toBeGreaterThan(0);
    expect((await official.get(`/cases/${cases.items[0].id}`)).status).toBe(200);
    const restoredDb = new pg.Client({ connectionString: `postgres://spis:spis-embedded@127.0.0.1:${restored.EMBEDDED_PG_PORT}/spis` });
    await restoredDb.connect();
    const [attachment] = (
      await restoredDb.query(`SELECT v.attachment_id AS id, v.sha256 FROM attachment a JOIN attachment_version v ON v.attachment_id = a.id AND v.version = a.current_version ORDER BY v.uploaded_at LIMIT 1`)
    ).rows;
    await restoredDb.end();
    const content = await official.get(`/attachments/${attachment.id}/content`);
    expect(content.status).toBe(200);
    expect(createHash('sha256').update(Buffer.from(await content.arrayBuffer())).digest('hex')).toBe(attachment.sha256);
    // The real-estate register's keeper in the demo municipality.
    const keeper = await signIn(restored.PORT, 'official2');
    const register_ = await keeper.get('/registers/real-estate');
    expect(register_.status).toBe(200);
    expect(((await register_.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    expect((await official.get(`/cases/${kept.id}`)).status).toBe(404);
    expect(await stop(again)).toBe(0);

    // Point in time: the registration before the moment is there, the one after is not, and the counter goes on from the first.
    const pitr = { DATA_DIR: join(dir, 'pitr'), ...(await ports()) };
    const toTime = await spis(['restore', backup.id, '--to-time', moment.toISOString(), '--into', pitr.DATA_DIR], live);
    expect(toTime.stderr).not.toMatch(/spis: /);
    expect(toTime.code).toBe(0);
    const third = startSpis({ ...pitr, LOG_FORMAT: 'json' });
    running.push(third);
    await waitFor(third, 'Spis is running', 60_000);
    const clerk = await signIn(pitr.PORT, 'registry');
    expect((await clerk.get(`/cases/${kept.id}`)).status).toBe(200);
    expect((await clerk.get(`/cases/${lost.id}`)).status).toBe(404);
    const next = (await (await clerk.post('/cases', { classificationCode: code, orgUnitId: unit, subject: 'Zahtev posle oporavka', party: { name: 'Jovana Jovanović' }, receivedVia: 'counter' })).json()) as { number: string };
    expect(serialOf(next.number)).toBe(serialOf(kept.number) + 1);
    expect(await stop(third)).toBe(0);
  }, 400_000);
});
