import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AttachmentsModule, AttachmentSweep } from '../../libs/attachments/index.js';
import { validateConfigOrExit } from '../../libs/config/index.js';
import { createLogger, PinoNestLogger, resolveLogFormat } from '../../libs/logging/index.js';
import { resolveRuntime, type RuntimeSettings } from '../../libs/runtime/index.js';
import { AppModule } from './app.module.js';

/** The application's modules without HTTP, plus the attachments (listed here too in case the app does not yet). */
@Module({})
class SweepModule {
  static forRoot(settings: RuntimeSettings): DynamicModule {
    return { module: SweepModule, imports: [AppModule.forRoot(settings), AttachmentsModule] };
  }
}

/**
 * `node dist/apps/api/sweep.js [repair]`: compares the attachment objects in storage with the
 * database and prints the report as JSON. With `repair`, removes objects no attachment names that
 * are more than an hour old and marks versions whose object is gone. Reads the same settings as the
 * server; with embedded PostgreSQL / S3 (no DATABASE_URL / MINIO_ENDPOINT) stop the server first.
 * Exit code 0: storage and database agree, or repair ran; 2: differences were reported.
 */
async function main() {
  const repair = process.argv.slice(2).some((arg) => arg === 'repair' || arg === '--repair');
  const config = validateConfigOrExit(process.env);
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, resolveLogFormat(config.LOG_FORMAT, process.stdout.isTTY === true));
  const runtime = await resolveRuntime(config, (line) => logger.info(line), (line) => logger.warn(line));
  try {
    const app = await NestFactory.createApplicationContext(SweepModule.forRoot(runtime.settings), { logger: new PinoNestLogger(logger) });
    try {
      const report = await app.get(AttachmentSweep).run({ repair });
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      const differences = report.orphanObjects.count + report.missingObjects.count + report.reappearedObjects.count;
      process.exitCode = !repair && differences > 0 ? 2 : 0;
    } finally {
      await app.close();
    }
  } finally {
    await runtime.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`attachment sweep failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
