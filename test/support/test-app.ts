import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createSpisApp, openApiConfig } from '../../apps/api/create-app.js';
import { AuthService } from '../../libs/auth/index.js';
import { validateConfig } from '../../libs/config/index.js';
import { createLogger } from '../../libs/logging/index.js';
import type { RuntimeSettings } from '../../libs/runtime/index.js';
import { Clock } from '../../libs/shared/index.js';
import { TEMPLATE_DATABASE } from './global-setup.js';
import { type Answer, ResponseContract } from './response-contract.js';
import { databaseFrom } from './test-database.js';

export const DEMO_ROLES = ['admin', 'registry', 'head', 'official', 'official2', 'archivist', 'economy', 'social', 'attorney', 'manager'] as const;
export type DemoUsername = (typeof DEMO_ROLES)[number];

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
const METHODS: readonly string[] = ['get', 'post', 'patch', 'put', 'delete', 'head', 'options'];

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
   * Moves the application's clock to `instant` (time keeps running from there) and gives the
   * cached clients new tokens issued at that time, since their expiry is judged by that clock.
   */
  travelTo(instant: Date | string): Promise<void>;
  close(): Promise<void>;
}

export type Client = Record<Method, (path: string) => request.Test>;

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
  const database = shared ? undefined : await databaseFrom(TEMPLATE_DATABASE);
  const databaseUrl = shared?.databaseUrl ?? database!.url;
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
  const http = checkedAgainstContract(request(app.getHttpServer()), new ResponseContract(SwaggerModule.createDocument(app, openApiConfig())));
  /** Per cached username: who signed in, and the access token their client sends. */
  const sessions = new Map<string, { user: { id: string; username: string }; accessToken: string }>();

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
      if (!sessions.has(username)) {
        const { accessToken, user } = await login(username);
        sessions.set(username, { user: { id: user.id, username }, accessToken });
      }
      const client = {} as Client;
      for (const method of ['get', 'post', 'patch', 'put', 'delete'] as Method[]) {
        // The token is read at each request: travelTo() may have replaced it.
        client[method] = (path: string) => http[method](path).set('Authorization', `Bearer ${sessions.get(username)!.accessToken}`);
      }
      return client;
    },
    async travelTo(instant) {
      clock.travelTo(new Date(instant));
      // Each user proved their password once; the moved clock needs only new tokens, issued as a
      // sign-in issues them. Signing in again would verify the password (argon2, slow by design) each time.
      const auth = app.get(AuthService);
      for (const session of sessions.values()) session.accessToken = (await auth.issueTokens(session.user)).accessToken;
    },
    async close() {
      await app.close();
      await database?.drop();
    },
  };
}

/**
 * Every request sent through `agent` fails, naming the route and the field, when its answer is not
 * what the route declares in the app's own OpenAPI document: the web app's types are generated
 * from those declarations, so a declaration that lies is a bug the tests must catch.
 */
function checkedAgainstContract<T extends object>(agent: T, contract: ResponseContract): T {
  return new Proxy(agent, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !METHODS.includes(property) || typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        (value.apply(target, args) as request.Test).expect((response) => {
          const violation = contract.violation(response as unknown as Answer);
          if (violation) throw new Error(violation);
        });
    },
  });
}
