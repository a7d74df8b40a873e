import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { requestContext } from './request-context.js';

/**
 * The database as services see it (after Vendure's TransactionalConnection): inside a request's
 * transaction every repository works in that transaction, so services never pass managers by hand,
 * and a change and its audit entry commit or roll back together.
 */
@Injectable()
export class TransactionalConnection {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  /** The current transaction's manager, or the plain one outside any transaction. */
  get manager(): EntityManager {
    return requestContext.getStore()?.manager ?? this.dataSource.manager;
  }

  getRepository<T extends ObjectLiteral>(target: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(target);
  }

  /** Runs `work` in a transaction; joins the current one when already inside a transaction. */
  async withTransaction<T>(work: () => Promise<T>): Promise<T> {
    const store = requestContext.getStore();
    if (store?.manager?.queryRunner?.isTransactionActive) return work();
    return this.dataSource.transaction((manager) => requestContext.run({ ...store, manager }, work));
  }
}

/** A connection held to one manager: its repositories send their statements through it, in its transaction if it has one. */
class BoundConnection extends TransactionalConnection {
  constructor(private readonly bound: EntityManager) {
    super(bound.connection);
  }

  override get manager(): EntityManager {
    return this.bound;
  }
}

/**
 * The connection of work done outside any request (start-up, seeding, the admin command line),
 * which holds a manager of its own: a repository built on it sends its statements there.
 */
export function connectionOf(manager: EntityManager): TransactionalConnection {
  return new BoundConnection(manager);
}
