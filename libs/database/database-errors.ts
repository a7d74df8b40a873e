import { HttpStatus } from '@nestjs/common';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { DomainError } from '../shared/errors.js';

/** PostgreSQL error codes that are the client's fault, not ours. */
const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';
const PG_INVALID_TEXT = '22P02';
/** A CHECK or an exclusion constraint refused the row: the input broke a rule validation did not catch. */
const PG_CHECK_VIOLATION = '23514';
const PG_EXCLUSION_VIOLATION = '23P01';
/** Momentary conditions a client may simply retry: too many connections, deadlock, serialisation, shutdown. */
const PG_TRANSIENT = new Set(['53300', '40001', '40P01', '57P01', '57P03']);
/** The server not there, or dropping the connection while it stops (seen when PostgreSQL is stopped under load). */
const NETWORK_FAILURES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/** The name of the constraint a failed statement broke, if it broke one. */
export function violatedConstraint(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  return (error as QueryFailedError & { constraint?: string }).constraint ?? (error.driverError as { constraint?: string } | undefined)?.constraint;
}

/**
 * Runs a write; when it breaks one of the named constraints, the answer is that rule's own
 * problem (a register's "number already taken"), else the error goes on to `databaseProblem`.
 */
export async function withConstraintRules<T>(write: () => Promise<T>, rules: Record<string, () => DomainError>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const rule = rules[violatedConstraint(error) ?? ''];
    throw rule ? rule() : error;
  }
}

/**
 * The database's refusals and outages as problems a client can act on, never a 500: a unique or
 * exclusion constraint is a conflict, a foreign key or CHECK a broken rule (named), text the
 * column cannot hold a bad request, and a database out of reach a 503 to retry. Null for anything
 * else. The problem-details filter asks this first.
 */
export function databaseProblem(error: unknown): DomainError | null {
  if (error instanceof QueryFailedError) {
    const code = (error as QueryFailedError & { code?: string }).code;
    const rule = violatedConstraint(error) ?? '';
    if (code === PG_UNIQUE_VIOLATION) return new DomainError(HttpStatus.CONFLICT, 'ALREADY_EXISTS');
    if (code === PG_FOREIGN_KEY_VIOLATION) return new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, 'REFERENCED_RECORD_MISSING');
    if (code === PG_INVALID_TEXT) return new DomainError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED');
    if (code === PG_CHECK_VIOLATION) return new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, 'RULE_VIOLATED', { rule });
    if (code === PG_EXCLUSION_VIOLATION) return new DomainError(HttpStatus.CONFLICT, 'PERIOD_OVERLAPS', { rule });
  }
  return isDatabaseUnavailable(error) ? new DomainError(HttpStatus.SERVICE_UNAVAILABLE, 'DATABASE_UNAVAILABLE') : null;
}

/** The database pool could not hand out a connection in time, or the server is unreachable. */
function isDatabaseUnavailable(exception: unknown): boolean {
  const error = exception as { code?: string; message?: string };
  if (typeof error?.code === 'string' && (PG_TRANSIENT.has(error.code) || NETWORK_FAILURES.has(error.code))) return true;
  // The connection broke under an open transaction (PostgreSQL stopped): TypeORM released its runner, so
  // the statement or COMMIT that followed was never sent and nothing was written.
  if (exception instanceof QueryRunnerAlreadyReleasedError || exception instanceof QueryRunnerProviderAlreadyReleasedError) return true;
  return typeof error?.message === 'string' && /timeout exceeded when trying to connect|Connection terminated/i.test(error.message);
}
