import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../database/transactional-connection.js';
import type { EntityManager } from 'typeorm';
import { currentRequestContext } from '../database/request-context.js';
import { Clock } from '../shared/clock.js';
import { paginate } from '../shared/pagination.js';
import type { AuditQueryDto } from './dto/audit-query.dto.js';
import { AuditEntry } from './audit-entry.entity.js';

const SECRET_KEYS = /password|token|secret/i;

/** Snapshot safe to keep forever: secrets dropped, dates as ISO strings, no class instances. */
export function auditSnapshot(value: unknown): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (key, inner) => (SECRET_KEYS.test(key) ? undefined : inner)));
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

const asJson = (value: unknown) => {
  const snapshot = auditSnapshot(value);
  return snapshot === null ? null : JSON.stringify(snapshot);
};

/** An audit entry for work done outside any request (start-up, seeding): the actor is `system`. */
export async function recordSystemAudit(manager: EntityManager, entry: AuditRecord): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (action, entity_type, entity_id, before, after, actor_username) VALUES ($1, $2, $3, $4, $5, 'system')`,
    [entry.action, entry.entityType, entry.entityId, asJson(entry.before), asJson(entry.after)],
  );
}

/**
 * Writes the audit trail in the request's own transaction: a change and its audit entry commit
 * together or not at all. Who and which request come from the request context.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
  ) {}

  async record(entry: AuditRecord): Promise<void> {
    const { principal, requestId } = currentRequestContext() ?? {};
    // jsonb columns: TypeORM's deep-partial typing cannot express arbitrary JSON, hence the cast.
    await this.db.manager.getRepository(AuditEntry).insert({
      at: this.clock.now(),
      actorId: principal?.userId ?? null,
      actorUsername: principal?.username ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: auditSnapshot(entry.before),
      after: auditSnapshot(entry.after),
      requestId: requestId ?? null,
    } as never);
  }

  /** The trail, newest first, filtered in SQL. */
  list(query: AuditQueryDto) {
    const qb = this.db.manager.getRepository(AuditEntry).createQueryBuilder('a').orderBy('a.id', 'DESC');
    if (query.entityType) qb.andWhere('a.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.actorId) qb.andWhere('a.actorId = :actorId', { actorId: query.actorId });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.from) qb.andWhere('a.at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.at < :to', { to: query.to });
    return paginate(qb, query, (row) => ({
      id: row.id,
      at: row.at,
      actor: row.actorUsername,
      actorId: row.actorId,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
      requestId: row.requestId,
    }));
  }
}
