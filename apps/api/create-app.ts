import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { httpLogger, PinoNestLogger } from '../../libs/logging/index.js';
import type { RuntimeSettings } from '../../libs/runtime/index.js';
import { createValidationPipe, type Clock } from '../../libs/shared/index.js';
import { AppModule } from './app.module.js';

/**
 * Builds the HTTP application exactly as production runs it; the end-to-end tests use this too.
 * Every route is under /api; OpenAPI is generated from the code and served at /api/docs.
 */
export async function createSpisApp(settings: RuntimeSettings, logger: Logger, clock?: Clock): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(settings, clock), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(httpLogger(logger));
  app.use(helmet({ contentSecurityPolicy: { directives: { 'script-src': ["'self'", "'unsafe-inline'"] } } }));
  app.useBodyParser('json', { limit: '1mb' });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());

  const openApi = new DocumentBuilder()
    .setTitle('Spis API')
    .setDescription('Document case-flow (registry / archive) system for municipal administrations')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}
