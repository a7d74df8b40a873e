import { afterAll, describe, expect, it } from '@jest/globals';
import { request as httpRequest } from 'node:http';
import { chmod, mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../libs/embedded/index.js';
import { freePort } from '../libs/embedded/free-port.js';
import { eventually } from './support/eventually.js';
import { TEMPLATE_DATABASE } from './support/global-setup.js';
import { spis } from './support/spis-cli.js';
import { jsonLines } from './support/spis-process.js';
import { call, killHard, sharedSettings, signIn, startNodes, stopNodes, type Answer, type Node } from './support/spis-nodes.js';
import { databaseFrom, type TestDatabase } from './support/test-database.js';

/** Faults an API process must survive, each caused for real: PostgreSQL stopped, the API killed mid-upload. */
describe('faults survived', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }, 60_000);

  async function folder(prefix: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    // Run as root, the embedded PostgreSQL runs as the `postgres` user, who must reach the folder.
    await chmod(dir, 0o755);
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  it('PostgreSQL stopped under load: 503 DATABASE_UNAVAILABLE with Retry-After within 5 s, health names the database, the same process serves again within 5 s of the restart, no write answered 2xx is lost', async () => {
    // A PostgreSQL of this test's own, which it can stop and start again on the same data.
    const pgDir = join(await folder('spis-pg-stop-'), 'postgres');
    const pgPort = await freePort();
    const startPostgres = () => startEmbeddedPostgres({ dataDir: pgDir, port: pgPort, databases: ['spis'] });
    let postgres: EmbeddedPostgresHandle = await startPostgres();
    cleanups.push(() => postgres.stop());
    const [node] = await startNodes(1, sharedSettings(postgres.urlFor('spis'), { SPIS_INITIAL_ADMIN_USERNAME: 'admin', SPIS_INITIAL_ADMIN_PASSWORD: 'a-long-enough-password-1' }));
    cleanups.push(() => stopNodes([node]));
    // A registry clerk of a new unit, made as an administrator would make one.
    const { accessToken: adminToken } = await signIn(node, 'admin', 'a-long-enough-password-1');
    const unit = await call(node, 'POST', '/api/org-units', { token: adminToken, json: { code: 'PG', name: 'Odeljenje za probe' } });
    const clerk = await call(node, 'POST', '/api/users', { token: adminToken, json: { username: 'pisarnica', fullName: 'Pisarnica', password: 'a-long-enough-password-2' } });
    const roles = await call(node, 'GET', '/api/roles', { token: adminToken });
    const registryClerk = ((roles.body.items ?? roles.body) as Array<{ id: string; code: string }>).find((role) => role.code === 'registry-clerk')!;
    const post = await call(node, 'POST', '/api/positions', { token: adminToken, json: { title: 'Referent pisarnice', orgUnitId: unit.body.id, userId: clerk.body.id, roleIds: [registryClerk.id] } });
    expect([unit.status, clerk.status, post.status]).toEqual([201, 201, 201]);
    const { accessToken: token } = await signIn(node, 'pisarnica', 'a-long-enough-password-2');

    type Sent = { at: number; ms: number; answer?: Answer; failure?: string };
    const sent: Sent[] = [];
    let stopping = false;
    let serial = 0;
    // Six clients registering without pause until told to stop; a request gets 10 s before it counts as hanging.
    const client = async () => {
      while (!stopping) {
        const at = Date.now();
        const entry: Sent = { at, ms: 0 };
        sent.push(entry);
        try {
          entry.answer = await call(node, 'POST', '/api/cases', { token, json: { classificationCode: '352', orgUnitId: unit.body.id, subject: `Zahtev ${++serial}`, party: { name: 'Petar Petrović' }, receivedVia: 'counter' }, signal: AbortSignal.timeout(10_000) });
        } catch (error) {
          entry.failure = (error as Error).name;
        }
        entry.ms = Date.now() - at;
        if (entry.answer?.status === 503) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const clients = Array.from({ length: 6 }, client);
    await eventually(() => expect(sent.filter((each) => each.answer?.status === 201).length).toBeGreaterThanOrEqual(20), 30_000);

    const stoppedAt = Date.now();
    await postgres.stop();
    const acceptedBeforeStop = sent.filter((each) => each.answer?.status === 201 && each.at + each.ms <= stoppedAt).map((each) => each.answer!.body.id as string);
    await eventually(() => expect(sent.filter((each) => each.at > Date.now() - 5000 && each.at >= stoppedAt && each.answer?.status === 503).length).toBeGreaterThanOrEqual(6), 5_000);
    const health = await call(node, 'GET', '/api/health');
    expect(health).toMatchObject({ status: 503, body: { status: 'degraded', database: { status: 'down' }, storage: { status: 'up' } } });
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const restartedAt = Date.now();
    postgres = await startPostgres();
    const readyAt = Date.now();
    const servedAgainAt = await eventually(() => {
      const first = sent.find((each) => each.at >= restartedAt && each.answer?.status === 201);
      expect(first).toBeDefined();
      return first!.at + first!.ms;
    }, 10_000);
    stopping = true;
    await Promise.all(clients);

    const outage = sent.filter((each) => each.at >= stoppedAt && each.at < restartedAt);
    const statuses = new Map<string, number>();
    for (const each of sent) statuses.set(each.failure ?? String(each.answer!.status), (statuses.get(each.failure ?? String(each.answer!.status)) ?? 0) + 1);
    console.info(`PostgreSQL stopped under load: ${JSON.stringify(Object.fromEntries(statuses))}; slowest answer during the outage ${Math.max(...outage.map((each) => each.ms))} ms; served again ${servedAgainAt - restartedAt} ms after the restart began, ${Math.max(0, servedAgainAt - readyAt)} ms after PostgreSQL accepted connections; outage ${restartedAt - stoppedAt} ms`);
    // No 500, nothing hanging, no connection cut: 201 or 503 and nothing else.
    // On a 500, the distinct causes the API logged, to say which failure went unclassified.
    const causes = statuses.has('500') ? [...new Set(jsonLines(node.running).filter((line) => line.context === 'Errors').map((line) => (line.err as { message: string }).message))] : [];
    expect({ statuses: [...statuses.keys()].sort(), causes }).toEqual({ statuses: ['201', '503'], causes: [] });
    for (const refused of sent.filter((each) => each.answer?.status === 503)) {
      expect(refused.answer!.body).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503 });
      expect(Number(refused.answer!.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(Math.max(...outage.map((each) => each.ms))).toBeLessThan(5000);
    // "Back" is when PostgreSQL accepts connections again: its own start-up (seconds on a loaded machine) is not the API's.
    expect(servedAgainAt - readyAt).toBeLessThan(5000);
    expect((await call(node, 'GET', '/api/health')).status).toBe(200);

    // Rows lost: none. Every registration answered 201 (before the stop, and after the restart) is there.
    const accepted = sent.filter((each) => each.answer?.status === 201).map((each) => each.answer!.body.id as string);
    const db = new pg.Client({ connectionString: postgres.urlFor('spis') });
    await db.connect();
    const { rows } = await db.query(`SELECT count(*)::int AS found FROM case_file WHERE id = ANY($1)`, [accepted]);
    await db.end();
    expect(acceptedBeforeStop.length).toBeGreaterThanOrEqual(20);
    expect(rows[0].found).toBe(accepted.length);
  }, 240_000);

  describe('the API killed in the middle of a large upload', () => {
    let database: TestDatabase;
    let node: Node;
    let env: Record<string, string>;

    it('leaves no attachment row without its object; the sweep finds the parts, and removes them once a day old, saying how much it freed', async () => {
      database = await databaseFrom(TEMPLATE_DATABASE);
      cleanups.push(() => database.drop());
      const dataDir = await folder('spis-upload-kill-');
      // Storage embedded in the API process (as with the defaults): the kill takes it down too.
      const { MINIO_ENDPOINT: _e, MINIO_PORT: _p, MINIO_ACCESS_KEY: _a, MINIO_SECRET_KEY: _s, ...shared } = sharedSettings(database.url);
      env = { ...shared, DATA_DIR: dataDir, EMBEDDED_S3_PORT: String(await freePort()) };
      [node] = await startNodes(1, env);
      cleanups.push(() => stopNodes([node]));
      const { accessToken: token } = await signIn(node, 'registry', 'demo');
      const db = new pg.Client({ connectionString: database.url });
      await db.connect();
      cleanups.push(() => db.end());
      const [{ id: unit04 }] = (await db.query(`SELECT id FROM org_unit WHERE code = '04'`)).rows;
      const registered = await call(node, 'POST', '/api/cases', { token, json: { classificationCode: '352', orgUnitId: unit04, subject: 'Veliki sken', party: { name: 'Petar Petrović' }, receivedVia: 'counter' } });

      // 50 MB streamed; the API is killed once 20 MB have gone out (four 5 MiB parts stored).
      const boundary = 'spis-boundary';
      const upload = httpRequest(`${node.url}/api/cases/${registered.body.id}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` } });
      const cut = new Promise((resolve) => upload.on('error', resolve).on('response', resolve));
      upload.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="sken.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`);
      const chunk = Buffer.alloc(1024 * 1024, 0x30);
      for (let sent = 0; sent < 20; sent++) if (!upload.write(chunk)) await new Promise((resolve) => upload.once('drain', resolve));
      const uploads = join(dataDir, 'objects', env.MINIO_BUCKET, '._S3rver_uploads');
      await eventually(async () => expect((await readdir(uploads).catch(() => [])).length).toBe(1), 30_000);
      await killHard(node);
      await cut;

      const { rows } = await db.query(`SELECT v.object_key FROM attachment a JOIN attachment_version v ON v.attachment_id = a.id WHERE a.case_id = $1`, [registered.body.id]);
      expect(rows).toEqual([]);

      const sweepEnv = { ...env, EMBEDDED_S3_PORT: String(await freePort()) };
      const found = await spis(['sweep'], sweepEnv);
      expect(found.stderr).toBe('');
      const report = JSON.parse(found.stdout);
      expect(report).toMatchObject({ orphanObjects: { count: 0 }, missingObjects: { count: 0 }, incompleteUploads: { checked: true, count: 1, freedBytes: 0, items: [expect.objectContaining({ key: expect.stringMatching(new RegExp(`^cases/${registered.body.id}/`)), removed: false })] } });
      const { size } = report.incompleteUploads.items[0];
      expect(size).toBeGreaterThanOrEqual(10 * 1024 * 1024);

      // A day later the parts are abandoned: removed, and the report says how much that freed.
      const [uploadId] = await readdir(uploads);
      const dayAndMore = new Date(Date.now() - 25 * 60 * 60 * 1000);
      for (const file of await readdir(join(uploads, uploadId))) await utimes(join(uploads, uploadId, file), dayAndMore, dayAndMore);
      const swept = await spis(['sweep'], sweepEnv);
      expect(JSON.parse(swept.stdout).incompleteUploads).toMatchObject({ count: 1, bytes: size, freedBytes: size, items: [expect.objectContaining({ uploadId, removed: true })] });
      expect(await readdir(uploads)).toEqual([]);
      console.info(`API killed mid-upload: ${size} bytes of parts left, found by the sweep and freed once a day old; attachment rows without object: 0`);
    }, 240_000);
  });
});
