import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Principal } from '../access/principal.js';
import { NO_REQUEST_TRANSACTION } from './no-request-transaction.decorator.js';
import { requestContext } from './request-context.js';
import { TransactionalConnection } from './transactional-connection.js';

const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Opens the request context (who, which request) around every handler, and runs every changing
 * request in one database transaction that travels with it — except on routes marked
 * `@NoRequestTransaction()`, whose services open their own, shorter ones.
 */
@Injectable()
export class TransactionPerRequestInterceptor implements NestInterceptor {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { id?: unknown; user?: Principal }>();
    const store = { requestId: request.id === undefined ? undefined : String(request.id), principal: request.user };
    const handle = () => lastValueFrom(next.handle(), { defaultValue: undefined });
    const transactional = !READ_ONLY_METHODS.has(request.method) && !this.reflector.getAllAndOverride<boolean>(NO_REQUEST_TRANSACTION, [context.getHandler(), context.getClass()]);
    return from(requestContext.run(store, () => (transactional ? this.connection.withTransaction(handle) : handle())));
  }
}
