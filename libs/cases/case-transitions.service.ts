import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { notFound } from '../shared/errors.js';
import { assertVersion } from '../shared/versioning.js';
import type { CaseFile } from './case-file.entity.js';
import { CaseProcess, type TransitionStart } from './case-process.js';
import { CaseRepository } from './case.repository.js';
import { transitionFor, type CaseAction, type CaseStatus } from './case-state-machine.js';
import { caseAuditSnapshot } from './case-view.js';

export interface TransitionRequest {
  /** The version of the case the caller saw; left out only where the caller has no view of it (a list's approval). */
  version?: number;
  /** The state to go to where the action's row leaves a choice (a hand-over to a unit goes back to `registered`). */
  to?: CaseStatus;
  /** Columns the caller's own rules set (resolution, retention, due date…). */
  changes?: Partial<CaseFile>;
  /** Lines for the timeline entry. */
  details?: Record<string, unknown>;
  /** The request's fields, for the hooks (`location`, `borrower`…). */
  input?: Record<string, unknown>;
  at: Date;
}

/**
 * The one path by which a case changes state: lock the row, check the move against the state
 * machine and the version the caller saw, let the hooks of other modules add their side effects,
 * update the row, and write the timeline line and the audit entry — all in the caller's
 * transaction. Who may make the move is the caller's rule (a clerk's permission on the case, a
 * committee's on a list), checked before this is called.
 */
@Injectable()
export class CaseTransitions {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly process: CaseProcess,
    private readonly cases: CaseRepository,
  ) {}

  async apply(caseId: string, action: CaseAction, request: TransitionRequest): Promise<CaseFile> {
    return this.db.withTransaction(async () => {
      const before = await this.cases.lock(caseId);
      if (!before) throw notFound('CASE_NOT_FOUND');
      const transition = transitionFor(before.status, action);
      const to = request.to ?? (transition.to === 'same' ? before.status : transition.to);
      assertVersion(before, request.version);

      const start: TransitionStart = { before, action, to, input: request.input ?? {}, at: request.at };
      const details = { ...request.details };
      const changes: Partial<CaseFile> = { ...request.changes };
      const hooks = this.process.hooksFor(action);
      for (const hook of hooks) {
        const added = await hook.onTransitionStart?.(start);
        if (added) Object.assign(details, added.details), Object.assign(changes, added.changes);
      }

      await this.cases.update(caseId, { ...changes, status: to, version: before.version + 1, updatedAt: request.at });
      const after = await this.cases.get(caseId);
      await this.cases.addEvent({ caseId, at: request.at, action, fromStatus: before.status, toStatus: to, details });
      await this.audit.record({ action: `case.${action}`, entityType: 'Case', entityId: caseId, before: caseAuditSnapshot(before), after: caseAuditSnapshot(after) });
      for (const hook of hooks) await hook.onTransitionEnd?.({ ...start, after });
      return after;
    });
  }

}
