import { Controller, Get, Header, Inject, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { Public } from '../access/access.decorators.js';
import { addressListed, parseAddressList } from '../config/index.js';
import { forbidden, notFound } from '../shared/index.js';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../runtime/index.js';
import { Metrics } from './metrics.service.js';

/**
 * `GET /metrics` in Prometheus' text format, for a scraper, not for people: answered with the
 * configured token or to the configured addresses only (the route is public to the sign-in guard;
 * this is its own gate). Left out of the API's OpenAPI document.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  private readonly token?: Buffer;
  private readonly allowed;

  constructor(
    private readonly metrics: Metrics,
    @Inject(RUNTIME_SETTINGS) settings: RuntimeSettings,
  ) {
    const { METRICS_TOKEN, METRICS_ALLOW } = settings.config;
    this.token = METRICS_TOKEN ? Buffer.from(METRICS_TOKEN) : undefined;
    this.allowed = METRICS_ALLOW ? parseAddressList('METRICS_ALLOW', METRICS_ALLOW) : undefined;
  }

  @Get()
  @Public()
  @Header('Cache-Control', 'no-store')
  async scrape(@Req() request: Request): Promise<string> {
    if (!this.token && !this.allowed) throw notFound('METRICS_DISABLED');
    if (!this.tokenMatches(request.headers.authorization) && !(this.allowed && addressListed(this.allowed, request.ip))) throw forbidden('METRICS_FORBIDDEN');
    request.res!.type(this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }

  private tokenMatches(header: string | undefined): boolean {
    const sent = header?.startsWith('Bearer ') ? Buffer.from(header.slice(7)) : undefined;
    return !!this.token && !!sent && sent.length === this.token.length && timingSafeEqual(sent, this.token);
  }
}
