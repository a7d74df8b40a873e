import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { databaseOptions } from '../../apps/api/app.module.js';
import type { Principal } from '../../libs/access/index.js';
import { ArchiveModule } from '../../libs/archive/index.js';
import { AuditModule } from '../../libs/audit/index.js';
import { AuthModule, PrincipalService } from '../../libs/auth/index.js';
import { CasesModule } from '../../libs/cases/index.js';
import { ClassificationModule } from '../../libs/classification/index.js';
import { validateConfig } from '../../libs/config/index.js';
import { DatabaseModule, requestContext, TransactionalConnection } from '../../libs/database/index.js';
import { createLogger, PinoNestLogger } from '../../libs/logging/index.js';
import { NumberingModule } from '../../libs/numbering/index.js';
import { OrgModule } from '../../libs/org/index.js';
import { RegistersModule } from '../../libs/registers/index.js';
import { RuntimeModule, type RuntimeSettings } from '../../libs/runtime/index.js';
import { Clock, createValidationPipe } from '../../libs/shared/index.js';
import { BASE_TEMPLATE_DATABASE } from './test-services.js';
import { databaseFrom } from './test-database.js';

/**
 * The domain modules of the application with their real services, repositories and SQL, wired as
 * AppModule wires them but without HTTP (no controllers are called, no guard or interceptor runs)
 * and without object storage, which no medium test needs.
 */
@Module({})
class MediumModule {
  static forRoot(settings: RuntimeSettings, clock: Clock, extra: DynamicModule[]): DynamicModule {
    return {
      module: MediumModule,
      imports: [
        RuntimeModule.forRoot(settings, clock),
        TypeOrmModule.forRoot(databaseOptions(settings)),
        DatabaseModule,
        AuditModule,
        AuthModule,
        OrgModule,
        ClassificationModule,
        NumberingModule,
        ArchiveModule,
        CasesModule,
        RegistersModule,
        ...extra,
      ],
    };
  }
}

/** Who a call runs as: a user's id, or anything carrying one (what the factories return). */
export type Actor = string | { id: string };

export interface MediumApp {
  module: TestingModule;
  dataSource: DataSource;
  clock: Clock;
  /** A provider of the application, e.g. `medium.get(CaseWorkflowService)`. */
  get<T>(type: Type<T>): T;
  /**
   * Runs `work` as a request of `actor` runs: the principal loaded as sign-in loads it (positions,
   * roles, ability), in the request context (so the audit trail and the timeline name the actor,
   * with a request id of its own), inside one transaction that commits when `work` succeeds and
   * rolls back when it throws.
   */
  as<T>(actor: Actor, work: (principal: Principal) => Promise<T>): Promise<T>;
  /** Runs `work` in a transaction of its own with no principal, as start-up or a seed does. */
  system<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `body` turned into `type` by the application's own ValidationPipe, as a controller receives it; invalid input throws. */
export async function dto<T extends object>(type: Type<T>, body: unknown): Promise<T> {
  return createValidationPipe().transform(body, { type: 'body', metatype: type }) as Promise<T>;
}

/**
 * The medium tier's application: the domain modules on a database of the suite's own, copied
 * from the base template (schema, built-in roles, classification plan; no demo rows). `imports`
 * adds modules of a test's own (e.g. a test-only register).
 */
export async function startMediumApp(options: { imports?: DynamicModule[] } = {}): Promise<MediumApp> {
  const database = await databaseFrom(BASE_TEMPLATE_DATABASE);
  const config = validateConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '10',
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
  });
  const settings: RuntimeSettings = {
    config,
    databaseUrl: database.url,
    // Required by the settings' type; nothing in MediumModule reads it.
    storage: { endPoint: '127.0.0.1', port: 9000, useSSL: false, accessKey: '', secretKey: '', bucket: config.MINIO_BUCKET },
    jwtSecret: config.JWT_SECRET!,
    demoMode: false,
  };
  const clock = new Clock();
  const module = await Test.createTestingModule({ imports: [MediumModule.forRoot(settings, clock, options.imports ?? [])] })
    .setLogger(new PinoNestLogger(createLogger('silent')))
    .compile();
  await module.init();
  const connection = module.get(TransactionalConnection);
  const principals = module.get(PrincipalService);
  let requests = 0;

  return {
    module,
    dataSource: module.get<DataSource>(getDataSourceToken()),
    clock,
    get: (type) => module.get(type, { strict: false }),
    async as(actor, work) {
      const userId = typeof actor === 'string' ? actor : actor.id;
      const principal = await principals.load(userId);
      if (!principal) throw new Error(`user ${userId} does not exist or is disabled`);
      requests += 1;
      return requestContext.run({ requestId: `medium-${requests}`, principal }, () => connection.withTransaction(() => work(principal)));
    },
    system: (work) => requestContext.run({}, () => connection.withTransaction(work)),
    async close() {
      await module.close();
      await database.drop();
    },
  };
}
