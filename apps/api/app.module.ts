import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule, type TypeOrmModuleOptions } from '@nestjs/typeorm';
import { AuditModule } from '../../libs/audit/index.js';
import { AccessGuard, AuthModule } from '../../libs/auth/index.js';
import { ClassificationModule } from '../../libs/classification/index.js';
import { DatabaseModule, databaseProblem, SnakeNamingStrategy, TransactionPerRequestInterceptor } from '../../libs/database/index.js';
import { DailyBackupModule } from '../../libs/backup/index.js';
import { HealthModule } from '../../libs/health/index.js';
import { MetricsModule } from '../../libs/metrics/index.js';
import { OrgModule } from '../../libs/org/index.js';
import { RuntimeModule, type RuntimeSettings } from '../../libs/runtime/index.js';
import { SchedulingModule } from '../../libs/scheduling/index.js';
import { Clock, ProblemDetailsFilter } from '../../libs/shared/index.js';
import { StorageModule } from '../../libs/storage/index.js';
import { ArchiveModule } from '../../libs/archive/index.js';
import { AttachmentsModule } from '../../libs/attachments/index.js';
import { CasesModule } from '../../libs/cases/index.js';
import { DocumentsModule } from '../../libs/documents/index.js';
import { NumberingModule } from '../../libs/numbering/index.js';
import { RegistersModule } from '../../libs/registers/index.js';
import { ReportsModule } from '../../libs/reports/index.js';

/** The connection pool as the application opens it; the medium tests open theirs with the same options. */
export function databaseOptions(settings: RuntimeSettings): TypeOrmModuleOptions {
  return {
    type: 'postgres',
    url: settings.databaseUrl,
    autoLoadEntities: true,
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: settings.config.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000 },
    logging: false,
  };
}

@Module({})
export class AppModule {
  static forRoot(settings: RuntimeSettings, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        RuntimeModule.forRoot(settings, clock),
        TypeOrmModule.forRoot(databaseOptions(settings)),
        DatabaseModule,
        MetricsModule,
        SchedulingModule,
        StorageModule,
        AuditModule,
        AuthModule,
        OrgModule,
        ClassificationModule,
        NumberingModule,
        ArchiveModule,
        CasesModule,
        DocumentsModule,
        AttachmentsModule,
        RegistersModule,
        ReportsModule,
        HealthModule,
        DailyBackupModule,
      ],
      providers: [
        { provide: APP_GUARD, useExisting: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: TransactionPerRequestInterceptor },
        { provide: APP_FILTER, useFactory: () => new ProblemDetailsFilter([databaseProblem]) },
      ],
    };
  }
}
