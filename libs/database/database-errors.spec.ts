import { describe, expect, it } from '@jest/globals';
import type { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { ProblemDetailsFilter } from '../shared/problem-details.filter.js';
import { databaseProblem, violatedConstraint, withConstraintRules } from './database-errors.js';
import { conflict } from '../shared/errors.js';

/** Runs the filter, as the application installs it, on `exception` and returns what the client would receive. */
function respond(exception: unknown) {
  const sent: { status?: number; headers: Record<string, string>; body?: Record<string, unknown> } = { headers: {} };
  const response = {
    headersSent: false,
    setHeader: (name: string, value: string) => (sent.headers[name] = value),
    status(code: number) { sent.status = code; return this; },
    type() { return this; },
    json(body: Record<string, unknown>) { sent.body = body; return this; },
  };
  const request = { headers: { 'accept-language': 'en' }, url: '/api/cases', originalUrl: '/api/cases' };
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ArgumentsHost;
  new ProblemDetailsFilter([databaseProblem]).catch(exception, host);
  return sent;
}

const pgError = (code: string) => Object.assign(new QueryFailedError('SELECT 1', [], new Error('pg')), { code });

describe('ProblemDetailsFilter: database trouble the client can retry', () => {
  it.each([
    ['a pool that hands out no connection in time', new Error('timeout exceeded when trying to connect')],
    ['a connection cut while in use', new Error('Connection terminated unexpectedly')],
    // PostgreSQL stopped under a transaction: TypeORM releases the runner on the connection's error, then COMMIT finds it gone.
    ['a transaction whose connection PostgreSQL ended', new QueryRunnerAlreadyReleasedError()],
    ['a statement in a transaction whose connection PostgreSQL ended', new QueryRunnerProviderAlreadyReleasedError()],
    ['a database that refuses connections', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a database that resets a new connection while it stops', Object.assign(new Error('connect ECONNRESET 127.0.0.1:5432'), { code: 'ECONNRESET' })],
    ['too many connections', pgError('53300')],
    ['a deadlock', pgError('40P01')],
    ['a serialisation failure', pgError('40001')],
  ])('%s → 503 DATABASE_UNAVAILABLE with Retry-After', (_name, exception) => {
    const sent = respond(exception);
    expect(sent.status).toBe(503);
    expect(sent.headers['Retry-After']).toBe('1');
    expect(sent.body).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503 });
  });

  it.each([
    ['a unique violation', pgError('23505'), 409, 'ALREADY_EXISTS'],
    ['a CHECK constraint refusing a row', pgError('23514'), 422, 'RULE_VIOLATED'],
    ['an exclusion constraint refusing an overlapping period', pgError('23P01'), 409, 'PERIOD_OVERLAPS'],
    ['a bug', new TypeError('x is undefined'), 500, 'INTERNAL_ERROR'],
  ])('%s is not mistaken for an outage', (_name, exception, status, code) => {
    const sent = respond(exception);
    expect(sent).toMatchObject({ status, body: { code } });
    expect(sent.headers['Retry-After']).toBeUndefined();
  });
});

describe('ProblemDetailsFilter: rules the database enforces', () => {
  it('names the constraint that refused the row, so the message says which rule', () => {
    const error = Object.assign(pgError('23514'), { constraint: 'real_estate_share_valid' });
    expect(respond(error).body).toMatchObject({ status: 422, code: 'RULE_VIOLATED', detail: expect.stringContaining('real_estate_share_valid') });
  });
});

describe('a rule of one register, named by its constraint', () => {
  const taken = () => conflict('WORK_BOOK_NUMBER_TAKEN', { series: 'AB', number: '1' });
  const broken = (constraint: string) => Object.assign(pgError('23505'), { constraint });

  it('answers that rule\'s own problem when the write breaks it', async () => {
    await expect(withConstraintRules(() => Promise.reject(broken('work_book_series_number_key')), { work_book_series_number_key: taken })).rejects.toMatchObject({
      code: 'WORK_BOOK_NUMBER_TAKEN',
      status: 409,
    });
  });

  it('lets any other failure through unchanged, for the general mapping', async () => {
    const other = broken('another_key');
    await expect(withConstraintRules(() => Promise.reject(other), { work_book_series_number_key: taken })).rejects.toBe(other);
    expect(violatedConstraint(other)).toBe('another_key');
    expect(violatedConstraint(new Error('not the database'))).toBeUndefined();
  });

  it('returns what the write returns when it succeeds', async () => {
    await expect(withConstraintRules(async () => 7, { work_book_series_number_key: taken })).resolves.toBe(7);
  });
});
