import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Metrics } from './metrics.service.js';

/**
 * Every answered request, by route template (`/api/cases/:id`, never the id: one series per route,
 * not per case), from the moment it arrives to the last byte, refusals by the guard included.
 * Business counts come from the routes that do the business, so no service carries metrics code.
 */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: Metrics) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      // Express knows the matched route only after routing; a request no route took is one series.
      const route = request.route?.path ? `${request.baseUrl}${String(request.route.path)}` : 'unmatched';
      const method = request.method;
      const status = response.statusCode;
      this.metrics.requests.inc({ method, route, status: String(status) });
      this.metrics.requestSeconds.observe({ method, route }, Number(process.hrtime.bigint() - started) / 1e9);
      this.countBusiness(method, route, status, request);
    });
    next();
  }

  private countBusiness(method: string, route: string, status: number, request: Request): void {
    if (method !== 'POST') return;
    if (route === '/api/cases' && status === 201) this.metrics.registrations.inc();
    else if (route === '/api/auth/login' && status === 401) this.metrics.signInFailures.inc();
    else if (/\/attachments(\/:[^/]+\/versions)?$/.test(route) && status === 201) {
      this.metrics.uploads.inc();
      // The declared body length (browsers always send it for a form); listening to the body itself
      // would take it from the upload's own reader.
      const length = Number(request.headers['content-length']);
      if (Number.isSafeInteger(length) && length > 0) this.metrics.uploadBytes.inc(length);
    }
  }
}
