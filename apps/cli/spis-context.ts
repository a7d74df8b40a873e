import { Injectable, type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { validateConfigOrExit, type SpisConfig } from '../../libs/config/index.js';
import { createLogger, PinoNestLogger, resolveLogFormat } from '../../libs/logging/index.js';
import { resolveRuntime, type ResolvedRuntime } from '../../libs/runtime/index.js';

/**
 * What a command works on, started only when the command asks for it (`spis --help` starts nothing):
 * the settings, then the database and storage (the embedded ones of a Spis running on the same
 * DATA_DIR are shared, not started twice), then the application's modules without HTTP.
 */
@Injectable()
export class SpisContext {
  private config?: SpisConfig;
  private runtime?: ResolvedRuntime;
  private app?: INestApplicationContext;
  /** On stderr: stdout carries the command's answer. Quieter than the server: warnings and errors. */
  readonly logger = createLogger(process.env.LOG_LEVEL ?? 'warn', resolveLogFormat(process.env.LOG_FORMAT === 'json' || process.env.LOG_FORMAT === 'pretty' ? process.env.LOG_FORMAT : 'auto', process.stderr.isTTY === true), process.stderr);

  settings(): SpisConfig {
    this.config ??= validateConfigOrExit(process.env);
    return this.config;
  }

  async parts(): Promise<ResolvedRuntime> {
    this.runtime ??= await resolveRuntime(this.settings(), (line) => this.logger.info(line), (line) => this.logger.warn(line), { attach: true });
    return this.runtime;
  }

  /** A service of the application, with the modules `extra` adds to AppModule's. */
  async get<T>(service: Type<T>, extra: Type[] = []): Promise<T> {
    if (!this.app) {
      const { settings } = await this.parts();
      // Loaded here, not at the top: the whole application takes seconds to import, which `--help`,
      // backup and restore do not need.
      const { AppModule } = await import('../api/app.module.js');
      this.app = await NestFactory.createApplicationContext(
        { module: class CliApplication {}, imports: [AppModule.forRoot(settings), ...extra] },
        { logger: new PinoNestLogger(this.logger) },
      );
    }
    return this.app.get(service);
  }

  async close(): Promise<void> {
    await this.app?.close();
    await this.runtime?.stop();
  }
}
