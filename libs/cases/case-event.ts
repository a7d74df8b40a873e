import type { EntityManager } from 'typeorm';
import { currentRequestContext } from '../database/request-context.js';
import type { CaseStatus } from './case-state-machine.js';

export interface CaseEventInput {
  caseId: string;
  at: Date;
  /** e.g. `register`, `assign`, `accept`, `act.add`, `delivery.confirm`, `dispose`. */
  action: string;
  fromStatus?: CaseStatus | null;
  toStatus?: CaseStatus | null;
  details?: Record<string, unknown>;
}

/**
 * Adds a line to the case's timeline (the history users read), written by the caller's
 * transaction; the actor is the request's principal. The audit trail is written beside it.
 */
export async function recordCaseEvent(manager: EntityManager, event: CaseEventInput): Promise<void> {
  const principal = currentRequestContext()?.principal;
  await manager.query(
    `INSERT INTO case_event (case_id, at, actor_id, actor_username, action, from_status, to_status, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      event.caseId,
      event.at,
      principal?.userId ?? null,
      principal?.username ?? 'system',
      event.action,
      event.fromStatus ?? null,
      event.toStatus ?? null,
      JSON.stringify(event.details ?? {}),
    ],
  );
}
