import { HttpStatus } from '@nestjs/common';
import type { MessageCode } from '../i18n/index.js';

export interface FieldError {
  /** Dotted path of the offending field, e.g. `party.personalId`. */
  field: string;
  /** The failed rule, e.g. `isNotEmpty`, `jmbgChecksum`. */
  rule: string;
  message: string;
}

/**
 * An error the API reports to a client: an HTTP status, a stable machine-readable `code`
 * (also the i18n key of its human message) and the values that message needs.
 */
export class DomainError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: MessageCode,
    readonly params: Record<string, string | number> = {},
    readonly fields?: FieldError[],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export const notFound = (code: MessageCode = 'NOT_FOUND', params?: Record<string, string | number>) =>
  new DomainError(HttpStatus.NOT_FOUND, code, params);
export const conflict = (code: MessageCode, params?: Record<string, string | number>) =>
  new DomainError(HttpStatus.CONFLICT, code, params);
export const forbidden = (code: MessageCode = 'FORBIDDEN') => new DomainError(HttpStatus.FORBIDDEN, code);
export const badRequest = (code: MessageCode, params?: Record<string, string | number>, fields?: FieldError[]) =>
  new DomainError(HttpStatus.BAD_REQUEST, code, params, fields);
export const unauthorized = (code: MessageCode = 'UNAUTHENTICATED', params?: Record<string, string | number>) =>
  new DomainError(HttpStatus.UNAUTHORIZED, code, params);
