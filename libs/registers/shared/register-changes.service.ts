import { subject as caslSubject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import type { Subject } from '../../access/permissions.js';
import type { Principal } from '../../access/principal.js';
import { AuditService } from '../../audit/audit.service.js';
import { canOnCase, caseAccessWhere } from '../../cases/case-access.js';
import type { CaseStatus } from '../../cases/case-state-machine.js';
import { currentRequestContext } from '../../database/request-context.js';
import { Clock } from '../../shared/clock.js';
import { conflict, forbidden, notFound } from '../../shared/errors.js';
import { holdsPersonalData, withoutPersonalData } from './personal-data.js';
import { RegisterChangesRepository } from './register-changes.repository.js';
import { registerSubject } from './register-names.js';

/** The case a register change is made in. */
export interface CaseRef {
  id: string;
  number: string;
}

/** A change of one entry, as the entry's history shows it. */
export interface RegisterHistoryItem {
  at: Date;
  actor: string;
  action: string;
  case: CaseRef;
  before: unknown;
  after: unknown;
}

export interface RegisterChange {
  register: string;
  entryId: string;
  case: CaseRef;
  /** What happened, e.g. `create`, `update`, `payment`, `lease-end`. */
  action: string;
  before: unknown;
  after: unknown;
}

/**
 * A register entry changes only by a decision in a case: the case must be one the user may
 * process (their own, or their unit's for a head), and still open for decisions. Cancelled
 * cases and cases whose papers have gone to the archive take no new changes.
 */
const CASE_STATES_FOR_CHANGES: readonly CaseStatus[] = ['assigned', 'in_progress', 'on_hold', 'resolved', 'closed'];

/**
 * What every register shares about changes: the check that a change is made within a case the
 * user may process, the entry's history (`register_change`, append-only), the entry's links to
 * its cases (`register_entry_case`) and the audit trail, all in the request's transaction.
 * Personal identifiers stay in the history (shown only to those allowed to read them) but never
 * reach the audit trail, which administrators read.
 */
@Injectable()
export class RegisterChanges {
  constructor(
    private readonly repository: RegisterChangesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * The case a change is made in: 404 REGISTER_CASE_NOT_FOUND when the user cannot see it, 403
   * REGISTER_CASE_NOT_PROCESSABLE when they see it but may not process it, 409
   * REGISTER_CASE_NOT_OPEN when its state takes no decisions. Locked for the rest of the
   * transaction so it cannot be cancelled or archived meanwhile.
   */
  async caseForChange(principal: Principal, caseId: string): Promise<CaseRef> {
    const acl = caseAccessWhere(principal.ability, 'read', 'c');
    const file = await this.repository.lockCaseForChange(caseId);
    if (!file || !(await this.repository.caseVisible(acl, caseId))) throw notFound('REGISTER_CASE_NOT_FOUND');
    if (!canOnCase(principal.ability, 'process', file)) throw forbidden('REGISTER_CASE_NOT_PROCESSABLE');
    if (!CASE_STATES_FOR_CHANGES.includes(file.status)) throw conflict('REGISTER_CASE_NOT_OPEN', { number: file.number, status: file.status });
    return { id: file.id, number: file.number };
  }

  /** Records a change: the history row, the entry's link to the case, and the audit entry (without personal data). */
  async record(principal: Principal, change: RegisterChange): Promise<void> {
    const now = this.clock.now();
    await this.repository.insertChange({
      register: change.register,
      entryId: change.entryId,
      caseId: change.case.id,
      action: change.action,
      actorId: principal.userId,
      at: now,
      before: json(change.before),
      after: json(change.after),
      requestId: currentRequestContext()?.requestId ?? null,
    });
    await this.repository.linkEntryToCase(change.register, change.entryId, change.case.id, now);
    await this.audit.record({
      action: `register.${change.register}.${change.action}`,
      entityType: registerSubject(change.register),
      entityId: change.entryId,
      before: withoutPersonalData(change.before ?? null),
      after: { ...(withoutPersonalData(change.after ?? {}) as object), caseId: change.case.id, caseNumber: change.case.number },
    });
  }

  /** The cases each entry was created or changed in, oldest link first. */
  async casesOf(register: string, entryIds: string[]): Promise<Map<string, CaseRef[]>> {
    const links = new Map<string, CaseRef[]>(entryIds.map((id) => [id, []]));
    if (entryIds.length === 0) return links;
    const rows = await this.repository.casesOf(register, entryIds);
    for (const row of rows) links.get(row.entryId)?.push({ id: row.id, number: row.number });
    return links;
  }

  /**
   * The entry's changes, oldest first. Identifiers are hidden unless the caller may read personal
   * data of this register; when they are shown, the read is recorded.
   */
  async history(principal: Principal, register: string, entryId: string): Promise<RegisterHistoryItem[]> {
    const rows = await this.repository.history(register, entryId);
    const items = rows.map(({ caseId, caseNumber, ...row }) => ({ ...row, case: { id: caseId, number: caseNumber } }));
    return this.personalDataFor(principal, register, entryId, items);
  }

  /**
   * `value` as the caller may see it: with identifiers when they may read this register's
   * personal data (and then the read is recorded in the audit trail), without them otherwise.
   */
  async personalDataFor<T>(principal: Principal, register: string, entryId: string, value: T): Promise<T> {
    if (!this.mayReadPersonalData(principal, register)) return withoutPersonalData(value);
    if (!holdsPersonalData(value)) return value;
    await this.audit.record({ action: 'register.personal-data-read', entityType: registerSubject(register), entityId: entryId });
    return value;
  }

  /**
   * `value` as the caller may see it, recording no read: for the entry as a change leaves it, shown
   * to the one who made the change (what they just entered is no new read).
   */
  seenBy<T>(principal: Principal, register: string, value: T): T {
    return this.mayReadPersonalData(principal, register) ? value : withoutPersonalData(value);
  }

  /** Whether the caller sees identifiers in this register (lists show them only to these users). */
  mayReadPersonalData(principal: Principal, register: string): boolean {
    return principal.ability.can('readPersonalData', caslSubject(registerSubject(register) as Subject, {}));
  }
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
