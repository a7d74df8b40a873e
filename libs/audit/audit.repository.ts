import { Injectable } from '@nestjs/common';
import { GenerateSql } from '../database/generate-sql.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { paginate, type Page } from '../shared/pagination.js';
import type { AuditQueryDto } from './dto/audit-query.dto.js';
import { AuditEntry } from './audit-entry.entity.js';

/** An `audit_log` row as it is written: snapshots already made safe and turned into JSON text. */
export interface AuditRow {
  at: Date;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  requestId: string | null;
}

/** Example values for the SQL snapshots (`npm run sync:sql`). */
const AT = new Date('2026-03-02T08:00:00Z');
const USER = '00000000-0000-4000-8000-000000000002';

/** The statements on the audit trail (`audit_log`, append-only), each snapshotted in `queries/audit.repository.sql`. */
@Injectable()
export class AuditRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** Plain SQL: start-up and seeding write entries through data sources that map no entities. */
  @GenerateSql([
    { at: AT, actorId: USER, actorUsername: 'admin', action: 'user.create', entityType: 'User', entityId: USER, before: null, after: '{"username":"admin"}', requestId: 'example' },
  ])
  async insert(row: AuditRow): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO audit_log (at, actor_id, actor_username, action, entity_type, entity_id, before, after, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [row.at, row.actorId, row.actorUsername, row.action, row.entityType, row.entityId, row.before, row.after, row.requestId],
    );
  }

  /** The trail, newest first, filtered in SQL. */
  @GenerateSql([{ page: 2, pageSize: 50 }], [{ page: 2, pageSize: 50, entityType: 'User', entityId: USER, actorId: USER, action: 'user.create', from: AT, to: AT }])
  page(query: AuditQueryDto): Promise<Page<AuditEntry>> {
    const qb = this.db.manager.getRepository(AuditEntry).createQueryBuilder('a').orderBy('a.id', 'DESC');
    if (query.entityType) qb.andWhere('a.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.actorId) qb.andWhere('a.actorId = :actorId', { actorId: query.actorId });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.from) qb.andWhere('a.at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.at < :to', { to: query.to });
    return paginate(qb, query);
  }
}
