import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/** The source tree (this file runs from dist/bench/scale). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Where `npm run seed:scale -- --data-dir .data/scale` put the decade (under .data, which git ignores). */
export const SCALE_DATA_DIR = resolve(ROOT, process.env.SCALE_DATA_DIR ?? '.data/scale');

export const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Resident memory of a process, MiB (Linux). */
export function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.split(/\s+/)[1] ?? 0) / 1024;
}

/** CPU time (user + system) a process has used so far, ms; 0 when it is gone. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** The processes of a PostgreSQL cluster: its postmaster's children (the backends) and itself. */
function clusterPids(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dataDir)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  const children = pids.flatMap((pid) => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
  return [...new Set([...pids, ...children])];
}

/**
 * CPU used by the API process and by the database cluster between `start()` and `stop()`. On a
 * machine shared with other work, latency grows with everyone's load; the CPU a request costs does
 * not, so it is reported beside the latencies.
 */
export function cpuMeter(apiPid: number, clusterDir: string) {
  // Per process: backends and autovacuum workers come and go during a run.
  const read = () => new Map([apiPid, ...clusterPids(clusterDir)].map((pid) => [pid, cpuMs(pid)]));
  let begin = read();
  return {
    start() {
      begin = read();
    },
    stop() {
      const used = [...read()].map(([pid, ms]) => [pid, Math.max(0, ms - (begin.get(pid) ?? 0))] as const);
      return { apiMs: used.find(([pid]) => pid === apiPid)?.[1] ?? 0, dbMs: used.filter(([pid]) => pid !== apiPid).reduce((sum, [, ms]) => sum + ms, 0) };
    },
  };
}

export interface Server {
  port: number;
  child: ChildProcess;
  /** Milliseconds from spawning the process to the first `GET /api/health` answering 200. */
  healthyAfterMs: number;
  stop(): Promise<void>;
}

/** Starts `dist/apps/api/main.js` as `npm start` does, with `env` on top, and waits until it is healthy. */
export async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT, 'dist', 'apps', 'api', 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited = false;
  const exit = new Promise<void>((done) => child.once('exit', () => ((exited = true), done())));
  for (;;) {
    if (exited) throw new Error('the server exited before it became healthy');
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await sleep(20);
  }
  return {
    port,
    child,
    healthyAfterMs: performance.now() - started,
    async stop() {
      if (!exited) child.kill('SIGTERM');
      await exit;
    },
  };
}

export async function login(port: number, username: string, password = 'demo'): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  /** Status codes other than the expected one, by code. */
  unexpected: Record<string, number>;
  /** CPU per answered request, ms: the API process, the database (all its backends). */
  cpu?: { api: number; db: number };
}

/** Latencies (ms) of a run summarised; `seconds` is the wall time they were taken over. */
export function summarise(latencies: number[], seconds: number, errors: number, unexpected: Record<string, number> = {}): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    perSecond: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    errors,
    unexpected,
  };
}

/**
 * Drives the server with autocannon: `connections` clients, each sending the next request from
 * `next()` as soon as the previous answered, for `seconds`. Every response time is kept, so any
 * percentile can be read (autocannon's own histogram has no p95).
 */
export async function load(options: {
  port: number;
  token: string;
  connections: number;
  seconds: number;
  expect: number;
  next: () => { method?: 'GET' | 'POST'; path: string; body?: unknown };
  /** Requests per second over all clients (open load); as fast as answers come when unset. */
  overallRate?: number;
  meter?: ReturnType<typeof cpuMeter>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  const unexpected: Record<string, number> = {};
  const started = performance.now();
  const settings: autocannon.Options = {
    url: `http://127.0.0.1:${options.port}`,
    connections: options.connections,
    duration: options.seconds,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          const next = options.next();
          return { ...request, method: next.method ?? 'GET', path: next.path, body: next.body === undefined ? undefined : JSON.stringify(next.body) };
        },
      },
    ],
  };
  options.meter?.start();
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(settings, (error, finished) => (error ? fail(error) : done(finished)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === options.expect) latencies.push(responseTime);
      else unexpected[statusCode] = (unexpected[statusCode] ?? 0) + 1;
    });
  });
  const summary = summarise(latencies, (performance.now() - started) / 1000, result.errors + result.timeouts, unexpected);
  const cpu = options.meter?.stop();
  if (cpu && latencies.length > 0) summary.cpu = { api: cpu.apiMs / latencies.length, db: cpu.dbMs / latencies.length };
  return summary;
}

export function machine(): Record<string, string> {
  const cpus = os.cpus();
  return {
    node: process.version,
    CPU: `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    platform: `${os.platform()} ${os.arch()} (${os.release()})`,
    'load average at the start (1 min)': os.loadavg()[0].toFixed(2),
    date: new Date().toISOString().slice(0, 10),
  };
}

export const ms = (n: number | null) => (n === null || Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(1) : n.toFixed(0));
