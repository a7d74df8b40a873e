import { Injectable } from '@nestjs/common';
import { connectionOf } from '../database/transactional-connection.js';
import type { EntityManager } from 'typeorm';
import { currentRequestContext } from '../database/request-context.js';
import { Clock } from '../shared/clock.js';
import { pageOf } from '../shared/pagination.js';
import type { AuditQueryDto } from './dto/audit-query.dto.js';
import { AuditRepository } from './audit.repository.js';

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

/** Who made a change: a signed-in user, or the system itself (start-up, seeding, sweeps). */
export interface AuditActor {
  id: string | null;
  username: string | null;
}

const SYSTEM: AuditActor = { id: null, username: 'system' };

/**
 * The one writer of `audit_log`: every entry, from a request or from the system, passes through
 * here as the same row, its snapshots made safe by `auditSnapshot` (a statement that writes its
 * entry in SQL takes the same columns from `auditInsertSelect`).
 */
export async function writeAuditEntry(entries: AuditRepository, entry: AuditRecord, context: { at: Date; actor: AuditActor; requestId: string | null }): Promise<void> {
  await entries.insert({
    at: context.at,
    actorId: context.actor.id,
    actorUsername: context.actor.username,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: asJson(entry.before),
    after: asJson(entry.after),
    requestId: context.requestId,
  });
}

const asJson = (value: unknown) => {
  const snapshot = auditSnapshot(value);
  return snapshot === null ? null : JSON.stringify(snapshot);
};

/**
 * The same row as SQL, for a statement that writes its audit entry beside the change it records
 * (registration draws its serial and writes everything in one statement): `INSERT … SELECT` of
 * the SQL expressions given, to be followed by the caller's `FROM`.
 */
export function auditInsertSelect(values: Record<'at' | 'actorId' | 'actorUsername' | 'action' | 'entityType' | 'entityId' | 'before' | 'after' | 'requestId', string>): string {
  return `INSERT INTO audit_log (at, actor_id, actor_username, action, entity_type, entity_id, before, after, request_id)
      SELECT ${values.at}, ${values.actorId}, ${values.actorUsername}, ${values.action}, ${values.entityType}, ${values.entityId}, ${values.before}, ${values.after}, ${values.requestId}`;
}

/** An audit entry for work done outside any request (start-up, seeding): the actor is `system`. */
export async function recordSystemAudit(manager: EntityManager, entry: AuditRecord): Promise<void> {
  await writeAuditEntry(new AuditRepository(connectionOf(manager)), entry, { at: new Date(), actor: SYSTEM, requestId: null });
}

/**
 * Writes the audit trail in the request's own transaction: a change and its audit entry commit
 * together or not at all. Who and which request come from the request context.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly entries: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async record(entry: AuditRecord): Promise<void> {
    const { principal, requestId } = currentRequestContext() ?? {};
    // Outside any HTTP request (the admin command line) the change is the system's, as at start-up.
    const actor = principal ? { id: principal.userId, username: principal.username } : requestId === undefined ? SYSTEM : { id: null, username: null };
    await writeAuditEntry(this.entries, entry, { at: this.clock.now(), actor, requestId: requestId ?? null });
  }

  /** The trail, newest first, filtered in SQL. */
  async list(query: AuditQueryDto) {
    const found = await this.entries.page(query);
    return pageOf(found.items.map((row) => ({
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
    })), found.total, query);
  }
}
