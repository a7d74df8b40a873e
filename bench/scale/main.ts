import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../libs/embedded/index.js';
import { cpuMeter, freePort, login, machine, ms, ROOT, rssMiB, SCALE_DATA_DIR, sleep, startServer, type LoadResult } from './harness.js';
import { intakeDirect, intakeOverHttp } from './intake.js';
import { casePageRequests, findCast, inboxRequest, readLoad, searchRequests, timeRequest, type Timed } from './reads.js';

/**
 * The scale benchmarks against the real application and the real PostgreSQL holding the decade
 * `npm run seed:scale -- --cases 1000000 --data-dir .data/scale` wrote:
 *
 * - start-up: `dist/apps/api/main.js` started as `npm start` starts it (embedded PostgreSQL and S3
 *   under the data folder), time until `/api/health` answers, and the API process's idle memory;
 * - reads: search, the official's inbox and the case page under 1 and 4 concurrent clients;
 *   the monthly and annual inspection reports one at a time;
 * - intake: registrations per second with 32 and 64 concurrent clients, beside the same database
 *   transaction sent directly over as many `pg` connections.
 *
 * `npm run bench:scale [-- --only startup,reads,reports,intake --seconds 20 --out scale]`. Results go to
 * bench/results/scale.md (and .json); bench/RESULTS.md is the summary against the targets.
 */
const { values } = parseArgs({ options: { only: { type: 'string' }, seconds: { type: 'string' }, out: { type: 'string' } } });
/** bench/results/<out>.md and .json; another name keeps trial runs (e.g. on a smaller database) apart. */
const OUT = values.out ?? 'scale';
const only = new Set((values.only ?? 'startup,reads,reports,intake').split(','));
const SECONDS = Number(values.seconds ?? 20);

interface Results {
  machine: Record<string, string>;
  database?: Record<string, string>;
  startup?: Array<{ healthyMs: number; idleRssMiB: number }>;
  reads?: Record<string, Record<string, LoadResult>>;
  reports?: Timed[];
  intake?: Array<{ connections: number; http: LoadResult; direct: LoadResult }>;
  /** Registrations at a steady rate (a busy registry office's peak), for latency without a queue. */
  intakeAtRate?: { connections: number; rate: number; http: LoadResult };
  afterLoadRssMiB?: number;
}

async function idleRss(pid: number, seconds = 5): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < seconds * 4; i += 1) {
    samples.push(rssMiB(pid));
    await sleep(250);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

/** Three starts the way `npm start` does it: the server starts the embedded PostgreSQL and S3 itself. */
async function startup(): Promise<Results['startup']> {
  const runs: NonNullable<Results['startup']> = [];
  for (let i = 0; i < 3; i += 1) {
    const server = await startServer({
      DATA_DIR: SCALE_DATA_DIR,
      EMBEDDED_PG_PORT: String(await freePort()),
      EMBEDDED_S3_PORT: String(await freePort()),
      SPIS_DEMO: 'false',
    });
    await sleep(5000);
    runs.push({ healthyMs: server.healthyAfterMs, idleRssMiB: await idleRss(server.child.pid!) });
    await server.stop();
    process.stdout.write(`startup ${i + 1}: healthy after ${ms(server.healthyAfterMs)} ms\n`);
  }
  return runs;
}

async function main(): Promise<void> {
  // A partial run (--only) keeps the other sections of the last full one.
  const previous = join(ROOT, 'bench', 'results', `${OUT}.json`);
  const results: Results = { ...(existsSync(previous) ? (JSON.parse(readFileSync(previous, 'utf8')) as Results) : {}), machine: machine() };
  if (only.has('startup')) results.startup = await startup();

  // For the load the benchmark runs the embedded PostgreSQL itself, so the direct comparison can
  // reach it too; the server is given it as DATABASE_URL (pool of DATABASE_POOL_SIZE, default 20).
  const postgres = await startEmbeddedPostgres({ dataDir: join(SCALE_DATA_DIR, 'postgres'), port: await freePort(), databases: ['spis'] });
  const databaseUrl = postgres.urlFor('spis');
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const server = await startServer({ DATABASE_URL: databaseUrl, DATA_DIR: SCALE_DATA_DIR, EMBEDDED_S3_PORT: String(await freePort()), SPIS_DEMO: 'false' });
  try {
    const [size] = (
      await db.query(`SELECT (SELECT count(*) FROM case_file)::text AS cases, (SELECT count(*) FROM case_event)::text AS events, (SELECT count(*) FROM audit_log)::text AS audit,
                             pg_size_pretty(pg_database_size(current_database())) AS size, current_setting('shared_buffers') AS shared_buffers, version() AS version`)
    ).rows;
    results.database = size;
    process.stdout.write(`database: ${JSON.stringify(size)}\n`);
    const cast = await findCast(db);
    const port = server.port;
    const meter = cpuMeter(server.child.pid!, join(SCALE_DATA_DIR, 'postgres'));

    if (only.has('reads')) {
      const search = await searchRequests(db);
      const pages = await casePageRequests(db, cast);
      const inbox = inboxRequest(cast);
      // Warm the caches the way a morning at the office does.
      await readLoad(port, cast.registry.username, 4, 10, search);
      results.reads = {};
      const runs: Array<[string, string, () => { path: string }]> = [
        ['search (registry clerk, every case)', cast.registry.username, search],
        ['search (head of secretariat IV, its sections)', cast.head.username, search],
        ['search (official, own section)', cast.official.username, search],
        ['inbox (official)', cast.official.username, inbox],
        ['case page (official, cases of the section)', cast.official.username, pages],
      ];
      for (const [name, username, next] of runs) {
        results.reads[name] = {};
        for (const connections of [1, 4]) {
          const result = await readLoad(port, username, connections, SECONDS, next, meter);
          results.reads[name][`${connections}`] = result;
          process.stdout.write(`${name}, ${connections} client(s): p50 ${ms(result.p50)} p95 ${ms(result.p95)} p99 ${ms(result.p99)} ms, ${result.perSecond.toFixed(0)}/s\n`);
        }
      }
    }

    if (only.has('reports')) {
      const token = await login(port, cast.manager.username);
      const month = new Date(Date.now() - 31 * 86_400_000);
      results.reports = [];
      for (const path of [
        `/api/reports/monthly?year=${month.getUTCFullYear()}&month=${month.getUTCMonth() + 1}`,
        `/api/reports/inspection?year=${month.getUTCFullYear() - 1}`,
        `/api/reports/monthly.pdf?year=${month.getUTCFullYear()}&month=${month.getUTCMonth() + 1}`,
        `/api/reports/inspection.pdf?year=${month.getUTCFullYear() - 1}`,
      ]) {
        const timed = await timeRequest(port, token, path);
        results.reports.push(timed);
        process.stdout.write(`${path}: ${timed.status}, median ${ms(timed.median)} ms, max ${ms(timed.max)} ms\n`);
      }
    }

    if (only.has('intake')) {
      const units = new Map<string, string>((await db.query(`SELECT code, id FROM org_unit`)).rows.map((r) => [r.code, r.id]));
      const token = await login(port, cast.registry.username);
      await intakeOverHttp(port, token, units, { connections: 8, seconds: 5 });
      results.intake = [];
      for (const connections of [32, 64]) {
        const http = await intakeOverHttp(port, token, units, { connections, seconds: SECONDS, meter });
        const direct = await intakeDirect(databaseUrl, units, connections, SECONDS, meter);
        results.intake.push({ connections, http, direct });
        process.stdout.write(`intake ${connections}: http ${http.perSecond.toFixed(0)}/s p50 ${ms(http.p50)} p99 ${ms(http.p99)}; direct ${direct.perSecond.toFixed(0)}/s p50 ${ms(direct.p50)} p99 ${ms(direct.p99)}\n`);
      }
      const rate = 5;
      const steady = await intakeOverHttp(port, token, units, { connections: 32, seconds: SECONDS, overallRate: rate, meter });
      results.intakeAtRate = { connections: 32, rate, http: steady };
      process.stdout.write(`intake at ${rate}/s over 32 clients: p50 ${ms(steady.p50)} p99 ${ms(steady.p99)}\n`);
    }
    await sleep(5000);
    results.afterLoadRssMiB = await idleRss(server.child.pid!);
  } finally {
    await server.stop();
    await db.end();
    await postgres.stop();
  }
  write(results);
}

function write(results: Results): void {
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${OUT}.json`), `${JSON.stringify(results, null, 2)}\n`);
  const lines = ['# Scale benchmark (raw results)', '', 'Written by `npm run bench:scale`; bench/RESULTS.md compares them with the targets.', ''];
  lines.push('| machine | |', '| --- | --- |', ...Object.entries(results.machine).map(([k, v]) => `| ${k} | ${v} |`), '');
  if (results.database) lines.push('| database | |', '| --- | --- |', ...Object.entries(results.database).map(([k, v]) => `| ${k} | ${v} |`), '');
  if (results.startup) {
    lines.push('## Start-up (as `npm start`: embedded PostgreSQL and S3 started by the server)', '', '| run | to healthy | idle RSS of the API process |', '| --- | --- | --- |');
    results.startup.forEach((r, i) => lines.push(`| ${i + 1} | ${ms(r.healthyMs)} ms | ${r.idleRssMiB.toFixed(0)} MiB |`));
    lines.push('');
  }
  const cpu = (r: LoadResult) => (r.cpu ? `${r.cpu.api ? `${r.cpu.api.toFixed(1)} + ` : ''}${r.cpu.db.toFixed(1)}` : '–');
  const row = (name: string, r: LoadResult) =>
    `| ${name} | ${r.requests} | ${r.perSecond.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${cpu(r)} | ${r.errors + Object.values(r.unexpected).reduce((a, b) => a + b, 0)} |`;
  const header = [
    '| run | requests | per second | p50 ms | p95 ms | p99 ms | max ms | CPU ms per request (API + database) | errors / other status |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  if (results.reads) {
    lines.push(`## Reads (${SECONDS} s each)`, '', ...header);
    for (const [name, byConnections] of Object.entries(results.reads)) {
      for (const [connections, r] of Object.entries(byConnections)) lines.push(row(`${name}, ${connections} client(s)`, r));
    }
    lines.push('');
  }
  if (results.reports) {
    lines.push('## Reports (one at a time, after one warm-up)', '', '| request | status | median ms | max ms |', '| --- | --- | --- | --- |');
    for (const r of results.reports) lines.push(`| \`${r.path}\` | ${r.status}${r.error ? ` (${r.error.replace(/[|\n]/g, ' ')})` : ''} | ${ms(r.median)} | ${ms(r.max)} |`);
    lines.push('');
  }
  if (results.intake) {
    lines.push(`## Intake (${SECONDS} s each)`, '', ...header);
    for (const r of results.intake) {
      lines.push(row(`POST /api/cases, ${r.connections} clients`, r.http));
      lines.push(row(`same transaction over ${r.connections} pg connections`, r.direct));
      lines.push(`| ratio (HTTP / direct) | | ${((100 * r.http.perSecond) / r.direct.perSecond).toFixed(0)} % | | | | | | |`);
    }
    if (results.intakeAtRate) lines.push(row(`POST /api/cases at ${results.intakeAtRate.rate}/s over ${results.intakeAtRate.connections} clients`, results.intakeAtRate.http));
    lines.push('');
  }
  if (results.afterLoadRssMiB !== undefined) lines.push(`API process RSS at rest after the load: ${results.afterLoadRssMiB.toFixed(0)} MiB`, '');
  writeFileSync(join(dir, `${OUT}.md`), lines.join('\n'));
  process.stdout.write(`${lines.join('\n')}\nwritten to bench/results/${OUT}.md\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
