import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import pg from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createSpisApp } from '../../apps/api/create-app.js';
import { validateConfig } from '../../libs/config/index.js';
import { createLogger } from '../../libs/logging/index.js';
import type { RuntimeSettings } from '../../libs/runtime/index.js';
import { Clock } from '../../libs/shared/index.js';
import { TEMPLATE_DATABASE } from './global-setup.js';

export const DEMO_ROLES = ['admin', 'registry', 'head', 'official', 'official2', 'archivist', 'economy', 'social', 'attorney', 'manager'] as const;
export type DemoUsername = (typeof DEMO_ROLES)[number];

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  clock: Clock;
  settings: RuntimeSettings;
  http: ReturnType<typeof request>;
  /** Signs in and returns the tokens (password `demo` unless given). */
  login(username: string, password?: string): Promise<{ accessToken: string; refreshToken: string; user: { id: string } }>;
  /** A client that sends requests as `username` (signed in once, token cached). */
  as(username: string): Promise<Client>;
  /**
   * Moves the application's clock to `instant` (time keeps running from there) and signs the
   * cached clients in again, since their tokens' expiry is judged by that clock.
   */
  travelTo(instant: Date | string): Promise<void>;
  close(): Promise<void>;
}

export type Client = Record<Method, (path: string) => request.Test>;

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.SPIS_TEST_PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /**
   * Starts another instance of the application on the database of `shareDatabaseWith` (and its
   * bucket and token-signing key), as a second API process behind a load balancer would run.
   * This instance neither creates nor drops that database; close it before the one it shares with.
   */
  shareDatabaseWith?: TestApp;
}

/**
 * The real Spis application (same factory as `npm start`) on a database of its own, copied from
 * the migrated and seeded template, with its own bucket on the shared S3 endpoint.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const shared = options.shareDatabaseWith?.settings;
  const suffix = randomBytes(6).toString('hex');
  // The database this instance owns (created here, dropped by close()); none when shared.
  const database = shared ? undefined : `spis_test_${suffix}`;
  let databaseUrl = shared?.databaseUrl;
  if (database) {
    await adminQuery(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE}`);
    const adminUrl = new URL(process.env.SPIS_TEST_PG_ADMIN_URL!);
    adminUrl.pathname = `/${database}`;
    databaseUrl = adminUrl.toString();
  }
  const config = validateConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '10',
    MINIO_ENDPOINT: '127.0.0.1',
    MINIO_PORT: process.env.SPIS_TEST_S3_PORT,
    MINIO_ACCESS_KEY: 'S3RVER',
    MINIO_SECRET_KEY: 'S3RVER',
    MINIO_BUCKET: shared?.storage.bucket ?? `spis-test-${suffix}`,
    JWT_SECRET: shared?.jwtSecret ?? randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const settings: RuntimeSettings = {
    config,
    databaseUrl: config.DATABASE_URL!,
    storage: {
      endPoint: config.MINIO_ENDPOINT!,
      port: config.MINIO_PORT!,
      useSSL: false,
      accessKey: config.MINIO_ACCESS_KEY!,
      secretKey: config.MINIO_SECRET_KEY!,
      bucket: config.MINIO_BUCKET,
    },
    jwtSecret: config.JWT_SECRET!,
    demoMode: true,
  };
  const clock = new Clock();
  const app = await createSpisApp(settings, createLogger('silent'), clock);
  await app.init();
  const http = request(app.getHttpServer());
  const tokens = new Map<string, string>();

  const login: TestApp['login'] = async (username, password = 'demo') => {
    const response = await http.post('/api/auth/login').send({ username, password });
    if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };

  return {
    app,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    clock,
    settings,
    http,
    login,
    async as(username) {
      if (!tokens.has(username)) tokens.set(username, (await login(username)).accessToken);
      const client = {} as Client;
      for (const method of ['get', 'post', 'patch', 'put', 'delete'] as Method[]) {
        // The token is read at each request: travelTo() may have replaced it.
        client[method] = (path: string) => http[method](path).set('Authorization', `Bearer ${tokens.get(username)}`);
      }
      return client;
    },
    async travelTo(instant) {
      clock.travelTo(new Date(instant));
      for (const username of tokens.keys()) tokens.set(username, (await login(username)).accessToken);
    },
    async close() {
      await app.close();
      if (database) await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}
