import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { negotiateLocale, translate, type MessageCode } from '../i18n/index.js';
import { DomainError, type FieldError } from './errors.js';

/** RFC 9457 problem details, with Spis's stable `code` beside the standard members. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance: string;
  requestId?: string;
  errors?: FieldError[];
}

const STATUS_CODES: Partial<Record<number, MessageCode>> = {
  [HttpStatus.BAD_REQUEST]: 'VALIDATION_FAILED',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'ROUTE_NOT_FOUND',
  [HttpStatus.METHOD_NOT_ALLOWED]: 'METHOD_NOT_ALLOWED',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.TOO_MANY_REQUESTS]: 'RATE_LIMITED',
};

/**
 * Something that knows a kind of failure better than this filter and says which problem it is, or
 * null: the database's refusals and outages are classified by libs/database (`databaseProblem`).
 */
export type ProblemClassifier = (exception: unknown) => DomainError | null;

interface Classified {
  status: number;
  code: MessageCode;
  params?: Record<string, string | number>;
  fields?: FieldError[];
}

/** Turns anything thrown while handling a request into one problem-details response. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly classifiers: readonly ProblemClassifier[] = []) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const classified = this.classify(exception);
    if (classified.status >= 500) {
      this.logger.error({ err: exception instanceof Error ? { name: exception.name, message: exception.message, stack: exception.stack } : String(exception) }, 'request failed');
    }
    const locale = negotiateLocale(request.headers['accept-language']);
    const requestId = (request as Request & { id?: string }).id;
    const body: ProblemDetails = {
      type: `urn:spis:problem:${classified.code.toLowerCase().replace(/_/g, '-')}`,
      title: classified.code,
      status: classified.status,
      detail: translate(classified.code, locale, classified.params),
      code: classified.code,
      instance: request.originalUrl ?? request.url,
      ...(requestId ? { requestId: String(requestId) } : {}),
      ...(classified.fields ? { errors: classified.fields } : {}),
    };
    if (response.headersSent) return;
    if (classified.status === HttpStatus.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', '1');
    response.status(classified.status).type('application/problem+json').json(body);
  }

  private classify(exception: unknown): Classified {
    if (exception instanceof DomainError) {
      return { status: exception.status, code: exception.code, params: exception.params, fields: exception.fields };
    }
    for (const classify of this.classifiers) {
      const problem = classify(exception);
      if (problem) return { status: problem.status, code: problem.code, params: problem.params, fields: problem.fields };
    }
    // body-parser's errors carry `type` and `status`: malformed JSON and oversized bodies.
    const parserError = exception as { type?: string; status?: number };
    if (parserError?.type === 'entity.parse.failed') return { status: HttpStatus.BAD_REQUEST, code: 'INVALID_JSON' };
    if (parserError?.type === 'entity.too.large') return { status: HttpStatus.PAYLOAD_TOO_LARGE, code: 'PAYLOAD_TOO_LARGE' };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const cause = exception.cause as { type?: string } | undefined;
      if (status === HttpStatus.BAD_REQUEST && cause?.type === 'entity.parse.failed') {
        return { status, code: 'INVALID_JSON' };
      }
      if (status === HttpStatus.BAD_REQUEST && /JSON/i.test(exception.message)) return { status, code: 'INVALID_JSON' };
      return { status, code: STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED') };
    }
    return { status: HttpStatus.INTERNAL_SERVER_ERROR, code: 'INTERNAL_ERROR' };
  }
}
