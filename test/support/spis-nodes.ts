import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../libs/embedded/free-port.js';
import { startSpis, stop, waitFor, type Running } from './spis-process.js';

/** One API process of several, as a load balancer sees it. */
export interface Node {
  name: string;
  url: string;
  running: Running;
  dataDir: string;
}

export const METRICS_TOKEN = 'the-scraper-token-of-the-test';

/**
 * Settings for API processes sharing one database and one bucket (and so one token-signing key),
 * as several replicas behind a load balancer share them. The storage is the test run's S3 endpoint.
 */
export function sharedSettings(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '10',
    MINIO_ENDPOINT: '127.0.0.1',
    MINIO_PORT: process.env.SPIS_TEST_S3_PORT!,
    MINIO_ACCESS_KEY: 'S3RVER',
    MINIO_SECRET_KEY: 'S3RVER',
    MINIO_BUCKET: `spis-nodes-${randomBytes(4).toString('hex')}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    SPIS_DEMO: 'false',
    LOG_FORMAT: 'json',
    METRICS_TOKEN,
    ...extra,
  };
}

/** Starts API processes on the settings given, at once, each on a port and in a data folder of its own. */
export async function startNodes(count: number, settings: Record<string, string>): Promise<Node[]> {
  const nodes = await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'spis-node-'));
      await chmod(dataDir, 0o755);
      const port = await freePort();
      const running = startSpis({ DATA_DIR: dataDir, ...settings, PORT: String(port) });
      return { name: `node ${index + 1}`, url: `http://127.0.0.1:${port}`, running, dataDir };
    }),
  );
  await Promise.all(nodes.map((node) => waitFor(node.running, 'Spis is running', 120_000)));
  return nodes;
}

/** Stops what still runs (a node killed by the test is already gone) and removes the data folders. */
export async function stopNodes(nodes: Node[]): Promise<void> {
  await Promise.all(nodes.map(async (node) => {
    if (node.running.process.exitCode === null && node.running.process.signalCode === null) await stop(node.running);
    await rm(node.dataDir, { recursive: true, force: true });
  }));
}

/** `kill -9`: no shutdown hook runs, open connections break mid-request. */
export async function killHard(node: Node): Promise<void> {
  node.running.process.kill('SIGKILL');
  await node.running.exited;
}

export interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

/** One request to one node; a connection refused or broken rejects (as a client's would). */
export async function call(node: Node, method: string, path: string, options: { token?: string; json?: unknown; form?: FormData; signal?: AbortSignal } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${node.url}${path}`, { method, headers, body: options.form ?? (options.json === undefined ? undefined : JSON.stringify(options.json)), signal: options.signal });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text (metrics)
  }
  return { status: response.status, body, headers: response.headers };
}

export async function signIn(node: Node, username: string, password: string): Promise<{ accessToken: string; refreshToken: string }> {
  const answer = await call(node, 'POST', '/api/auth/login', { json: { username, password } });
  if (answer.status !== 200) throw new Error(`sign-in of ${username} on ${node.name}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** A sample's value in a Prometheus scrape (0 when the series is absent). */
export async function metric(node: Node, series: string): Promise<number> {
  const answer = await call(node, 'GET', '/metrics', { token: METRICS_TOKEN });
  const line = String(answer.body).split('\n').find((each) => each.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}
