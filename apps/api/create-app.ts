import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { httpLogger, PinoNestLogger } from '../../libs/logging/index.js';
import type { RuntimeSettings } from '../../libs/runtime/index.js';
import { createValidationPipe, type Clock } from '../../libs/shared/index.js';
import { AppModule } from './app.module.js';

/** Node's default: the request line and headers must arrive within a minute (slow-header attacks). */
const HEADERS_TIMEOUT_MS = 60_000;
/** A connection on which nothing at all moves, either way, for this long is closed. */
const IDLE_SOCKET_TIMEOUT_MS = 120_000;

/**
 * Node ends every request whose body has not fully arrived within `requestTimeout` (300 s by
 * default). That cuts off a large scan sent over a slow office line — 1 GB at 20 Mbit/s takes
 * seven minutes — and cannot be set per route, so it is switched off. What guards against slow
 * clients instead: the headers must still arrive within `headersTimeout`; a connection idle in both
 * directions is closed after `IDLE_SOCKET_TIMEOUT_MS`, so a stalled upload does not hold its socket
 * for ever; JSON bodies are limited to 1 MiB; and nothing costly waits on a body — uploads run
 * without a database transaction (`@NoRequestTransaction()`) and JSON bodies are read before one opens.
 */
function allowLongUploads(server: Server): void {
  server.requestTimeout = 0;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.setTimeout(IDLE_SOCKET_TIMEOUT_MS);
}

/** The OpenAPI document's frame; the end-to-end tests build the same document to check every answer against it. */
export function openApiConfig() {
  return new DocumentBuilder()
    .setTitle('Spis API')
    .setDescription('Document case-flow (registry / archive) system for municipal administrations')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
}

/** Routes served beside `/api` rather than in it: `/metrics` sits where scrapers look for it. */
export const OUTSIDE_API_PREFIX = ['metrics'] as const;

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
  app.setGlobalPrefix('api', { exclude: [...OUTSIDE_API_PREFIX] });
  app.useGlobalPipes(createValidationPipe());
  allowLongUploads(app.getHttpServer());

  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApiConfig()), { jsonDocumentUrl: 'api/docs/openapi.json' });
  serveWebApp(app);
  return app;
}

/** The clerks' web application, built by `npm run build:web` into apps/web/dist. */
const WEB_DIST = fileURLToPath(new URL('../../../apps/web/dist', import.meta.url));

/**
 * The web app's page may show the API's PDFs and scans from blob: URLs (preview, print); Mantine
 * writes its CSS variables in <style> tags. Everything else comes from this origin only.
 */
const WEB_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:",
  "connect-src 'self'", "frame-src 'self' blob:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'",
].join('; ');

/** Paths the API's routes answer, never the web app's index.html: `/api/…` and the routes beside it (`/metrics`). */
const SERVED_BY_NEST = new RegExp(`^/(${['api', ...OUTSIDE_API_PREFIX].join('|')})(/|$)`);

/**
 * Serves the built web app at `/`: hashed assets cached for a year, index.html never cached, and
 * index.html for every other page address (client-side routes) outside /api. Without a build the
 * API runs alone.
 */
function serveWebApp(app: NestExpressApplication): void {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(WEB_DIST, {
    index: false,
    setHeaders: (res, path) => {
      const hashed = path.includes(`${join(WEB_DIST, 'assets')}`);
      res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (path.endsWith('.html')) res.setHeader('Content-Security-Policy', WEB_CSP);
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const page = (req.method === 'GET' || req.method === 'HEAD') && !SERVED_BY_NEST.test(req.path) && !/\.[a-z0-9]+$/i.test(req.path);
    if (!page) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', WEB_CSP);
    // Absolute path: a dot-directory above the checkout (e.g. ~/.local) must not count as a hidden file.
    res.sendFile(index, { dotfiles: 'allow' });
  });
}
