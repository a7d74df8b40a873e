import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client as S3Client } from 'minio';
import pg from 'pg';
import { eventually } from './support/eventually.js';
import { TEMPLATE_DATABASE } from './support/global-setup.js';
import { call, killHard, metric, sharedSettings, signIn, startNodes, stopNodes, type Answer, type Node } from './support/spis-nodes.js';
import { databaseFrom, type TestDatabase } from './support/test-database.js';

const SWEEP_RUNS = 'spis_job_runs_total{job="attachment-sweep",outcome="success"}';
const pdf = (label: string) => new Blob([`%PDF-1.7\n% ${label}\n${'0'.repeat(256 * 1024)}\n%%EOF\n`], { type: 'application/pdf' });

/**
 * Three API processes on one PostgreSQL and one S3 endpoint, with the clients spread over them as a
 * load balancer would spread them (round robin). The sweep is scheduled every second here, so each
 * node's scheduler fires it every second and the election decides which one runs it.
 */
describe('three API nodes on one database', () => {
  let database: TestDatabase;
  let db: pg.Client;
  let settings: Record<string, string>;
  let nodes: Node[];
  let token: string;
  let unit04: string;

  beforeAll(async () => {
    database = await databaseFrom(TEMPLATE_DATABASE);
    settings = sharedSettings(database.url, { ATTACHMENT_SWEEP_SCHEDULE: '* * * * * *', DATABASE_POOL_SIZE: '20' });
    nodes = await startNodes(3, settings);
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    [{ id: unit04 }] = (await db.query(`SELECT id FROM org_unit WHERE code = '04'`)).rows;
    ({ accessToken: token } = await signIn(nodes[0], 'registry', 'demo'));
  }, 180_000);
  afterAll(async () => {
    await stopNodes(nodes ?? []);
    await db?.end();
    await database?.drop();
  }, 60_000);

  const registration = (subject: string) => ({ classificationCode: '352', orgUnitId: unit04, subject, party: { name: 'Petar Petrović' }, receivedVia: 'counter' });
  const alive = () => nodes.filter((node) => node.running.process.exitCode === null && node.running.process.signalCode === null);

  /**
   * A client's request through the balancer: to `first`, and when that node does not answer (refused,
   * cut off) or answers 503, to the next one (after Retry-After), as a balancer's retry or the clerk's
   * second click would.
   */
  async function withRetry(first: number, send: (node: Node) => Promise<Answer>): Promise<Answer & { retried: boolean }> {
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        const answer = await send(nodes[(first + attempt) % nodes.length]);
        if (answer.status !== 503) return { ...answer, retried: attempt > 0 };
        await new Promise((resolve) => setTimeout(resolve, Number(answer.headers.get('retry-after')) * 1000));
      } catch {
        // the node died under the request: the next one
      }
    }
    throw new Error('no node answered');
  }

  /** Serials of each book's counter are 1…n with none missing and none twice. */
  async function assertGapless(): Promise<void> {
    const { rows } = await db.query(
      `SELECT book_id, counter_key, count(*)::int AS count, count(DISTINCT serial)::int AS distinct, max(serial) AS max FROM case_file GROUP BY book_id, counter_key`,
    );
    for (const row of rows) expect({ ...row, max: row.max }).toEqual({ ...row, distinct: row.count, max: row.count });
  }

  it('a token signed in on one node works on the others, and a session renewed on another', async () => {
    const session = await signIn(nodes[1], 'official', 'demo');
    for (const node of nodes) expect((await call(node, 'GET', '/api/me', { token: session.accessToken })).body).toMatchObject({ username: 'official' });
    const renewed = await call(nodes[2], 'POST', '/api/auth/refresh', { json: { refreshToken: session.refreshToken } });
    expect(renewed.status).toBe(200);
    expect((await call(nodes[0], 'GET', '/api/me', { token: renewed.body.accessToken })).status).toBe(200);
  });

  it('150 registrations at once, spread over the three nodes, take gapless unique numbers', async () => {
    const started = Date.now();
    // Registrations serialise on the book's counter, so 150 at once queue: one waiting over 5 s for a
    // pool connection is refused with 503 DATABASE_UNAVAILABLE, and the client sends it again.
    const answers = await Promise.all(Array.from({ length: 150 }, (_, n) => withRetry(n % 3, (node) => call(node, 'POST', '/api/cases', { token, json: registration(`Istovremeni zahtev ${n + 1}`) }))));
    console.info(`150 registrations at once on three nodes (pool of 20 each): ${Date.now() - started} ms, ${answers.filter((answer) => answer.retried).length} refused with 503 at first and sent again`);
    expect(answers.map((answer) => (answer.status === 201 ? 201 : answer.body.code))).toEqual(answers.map(() => 201));
    const numbers = answers.map((answer) => answer.body.number as string);
    expect(new Set(numbers).size).toBe(150);
    const { rows } = await db.query(`SELECT serial FROM case_file WHERE id = ANY($1) ORDER BY serial`, [answers.map((answer) => answer.body.id)]);
    const serials = rows.map((row) => row.serial as number);
    // One book, one year: 150 consecutive serials; the refused ones took none.
    expect(serials).toEqual(serials.map((_, n) => serials[0] + n));
    await assertGapless();
  }, 120_000);

  it('a scheduled job runs on one node, not three: each firing once', async () => {
    const before = await Promise.all(nodes.map((node) => metric(node, SWEEP_RUNS)));
    await new Promise((resolve) => setTimeout(resolve, 3500));
    const after = await Promise.all(nodes.map((node) => metric(node, SWEEP_RUNS)));
    const ran = after.map((count, n) => count - before[n]);
    // Three or four firings in 3.5 s, all on the one elected node.
    expect(ran.filter((count) => count > 0)).toHaveLength(1);
    expect(Math.max(...ran)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...ran)).toBeLessThanOrEqual(5);
  }, 30_000);

  it('kill -9 of a node under load: every client gets its answer from another node, nothing is half-written, numbers stay gapless, the job moves', async () => {
    const leader = (await Promise.all(nodes.map((node) => metric(node, SWEEP_RUNS)))).findIndex((count) => count > 0);
    const [{ max: serialBefore }] = (await db.query(`SELECT max(serial) AS max FROM case_file`)).rows;
    let answered = 0;
    const work = Array.from({ length: 90 }, async (_, n) => {
      const registered = await withRetry(n % 3, (node) => call(node, 'POST', '/api/cases', { token, json: registration(`Zahtev pod opterećenjem ${n + 1}`) }));
      answered += 1;
      if (registered.status !== 201 || n % 3 !== 0) return { registered };
      const form = new FormData();
      form.append('file', pdf(`prilog ${n}`), `prilog-${n}.pdf`);
      const uploaded = await withRetry(n % 3, (node) => call(node, 'POST', `/api/cases/${registered.body.id}/attachments`, { token, form }));
      return { registered, uploaded };
    });
    // The leader dies while the requests are under way.
    await eventually(() => expect(answered).toBeGreaterThanOrEqual(15), 60_000);
    await killHard(nodes[leader]);
    const results = await Promise.all(work);

    expect(results.map(({ registered }) => registered.status)).toEqual(results.map(() => 201));
    expect(results.filter(({ uploaded }) => uploaded).map(({ uploaded }) => uploaded!.status)).toEqual(results.filter(({ uploaded }) => uploaded).map(() => 201));
    const retried = results.filter(({ registered, uploaded }) => registered.retried || uploaded?.retried).length;
    console.info(`kill -9 under load: ${retried} of ${results.length} clients retried on another node`);

    // No half-written case: every case has its first act and its registration audit entry.
    const { rows: [halves] } = await db.query(`
      SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM case_act a WHERE a.case_id = f.id AND a.sub_number = 1))::int AS "withoutAct",
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.entity_id = f.id::text))::int AS "withoutAudit"
        FROM case_file f WHERE f.serial > $1`, [serialBefore]);
    expect(halves).toEqual({ withoutAct: 0, withoutAudit: 0 });
    await assertGapless();
    // No attachment row without its object: every version's object is in the bucket, with the size recorded.
    const storage = new S3Client({ endPoint: '127.0.0.1', port: Number(settings.MINIO_PORT), useSSL: false, accessKey: 'S3RVER', secretKey: 'S3RVER', pathStyle: true });
    const { rows: versions } = await db.query(`SELECT v.object_key AS key, v.size::int AS size FROM attachment_version v JOIN attachment a ON a.id = v.attachment_id`);
    expect(versions.length).toBeGreaterThanOrEqual(30);
    for (const version of versions) expect((await storage.statObject(settings.MINIO_BUCKET, version.key)).size).toBe(version.size);

    // The job's lock went with the dead node: one of the two left runs it now.
    const survivors = alive();
    const before = await Promise.all(survivors.map((node) => metric(node, SWEEP_RUNS)));
    await eventually(async () => {
      const now = await Promise.all(survivors.map((node) => metric(node, SWEEP_RUNS)));
      expect(now.filter((count, n) => count > before[n])).toHaveLength(1);
    }, 10_000);
  }, 180_000);
});
