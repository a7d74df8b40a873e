import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { ClassificationService } from '../classification/classification.service.js';
import { Clock } from '../shared/clock.js';
import { badRequest, conflict, forbidden, type FieldError } from '../shared/errors.js';
import { assertVersion } from '../shared/versioning.js';
import type { AssignCaseDto, CaseActionDto } from './dto/case-commands.dto.js';
import { activeUnit } from './active-unit.js';
import { canOnCase } from './case-access.js';
import type { CaseFile } from './case-file.entity.js';
import { CaseRepository } from './case.repository.js';
import { CaseQueriesService } from './case-queries.service.js';
import { CASE_ACTIONS, CASE_TRANSITIONS, transitionFor, UNIT_HAND_OVER_STATES, type CaseAction, type CaseStatus, type TransitionField } from './case-state-machine.js';
import { CaseTransitions } from './case-transitions.service.js';
import { DeliveryBookService } from './delivery-book.service.js';
import { belgradeDate, computeDueDate, type HoldPeriod } from './zup-deadline.js';

/**
 * What a clerk does to move a case through its life after registration: assignment (signiranje)
 * with its delivery-book entry, and the actions of the state machine. This service holds the
 * clerk's rules (who may, which fields, what each action sets); the move itself — lock, version,
 * row, timeline, audit, and the hooks other modules attach (the archive's book and loans) — is
 * CaseTransitions', the one path every state change takes.
 */
@Injectable()
export class CaseWorkflowService {
  constructor(
    private readonly classification: ClassificationService,
    private readonly clock: Clock,
    private readonly queries: CaseQueriesService,
    private readonly deliveries: DeliveryBookService,
    private readonly transitions: CaseTransitions,
    private readonly cases: CaseRepository,
  ) {}

  /**
   * Hands the case to a unit and/or an official. The registry office hands it to any unit; a head
   * of unit assigns within their unit. With an official the state machine's `assign` applies; a
   * hand-over to a unit only puts the case back to `registered` there, for its head to assign.
   */
  async assign(principal: Principal, id: string, dto: AssignCaseDto) {
    if (dto.orgUnitId === undefined && dto.assigneeId === undefined) {
      throw badRequest('VALIDATION_FAILED', {}, [{ field: 'assigneeId', rule: 'required', message: 'give assigneeId, orgUnitId, or both' }]);
    }
    const before = await this.queries.lockVisible(principal, id);
    const targetUnitId = dto.orgUnitId ?? before.orgUnitId;
    let to: CaseStatus;
    if (dto.assigneeId !== undefined) {
      const transition = transitionFor(before.status, 'assign');
      to = transition.to === 'same' ? before.status : transition.to;
    } else {
      if (!UNIT_HAND_OVER_STATES.includes(before.status)) throw conflict('INVALID_TRANSITION', { action: 'assign', status: before.status });
      to = 'registered';
    }
    const mayAssign = canOnCase(principal.ability, 'assign', before) && canOnCase(principal.ability, 'assign', { ...before, orgUnitId: targetUnitId });
    if (!mayAssign) throw forbidden();
    assertVersion(before, dto.version);

    const unit = await activeUnit(this.cases, targetUnitId);
    const assigneeId = dto.assigneeId ?? null;
    if (assigneeId !== null) await this.assertWorksInUnit(assigneeId, unit);
    if (assigneeId === before.assigneeId && targetUnitId === before.orgUnitId) throw conflict('ASSIGNEE_UNCHANGED');

    const now = this.clock.now();
    const deliveryId = await this.deliveries.recordHandOver(
      before.id,
      { fromUserId: principal.userId, fromOrgUnitId: this.actingUnit(principal, before.orgUnitId) },
      { toOrgUnitId: targetUnitId, toUserId: assigneeId, note: dto.note ?? null },
      now,
    );
    await this.transitions.apply(id, 'assign', {
      version: dto.version,
      to,
      changes: { orgUnitId: targetUnitId, assigneeId },
      details: { fromOrgUnitId: before.orgUnitId, toOrgUnitId: targetUnitId, toOrgUnitCode: unit.code, fromAssigneeId: before.assigneeId, toAssigneeId: assigneeId, deliveryId },
      at: now,
    });
    return this.queries.detail(principal, id);
  }

  /** `POST /cases/:id/actions/:action`: one transition of the state machine. */
  async act(principal: Principal, id: string, action: string, dto: CaseActionDto) {
    if (!(CASE_ACTIONS as readonly string[]).includes(action)) throw badRequest('UNKNOWN_CASE_ACTION', { action });
    const caseAction = action as CaseAction;
    if (CASE_TRANSITIONS.some((t) => t.action === caseAction && t.throughList)) throw conflict('DISPOSAL_LIST_REQUIRED');
    if (caseAction === 'assign') {
      return this.assign(principal, id, { assigneeId: dto.assigneeId, orgUnitId: dto.orgUnitId, version: dto.version });
    }

    const before = await this.queries.lockVisible(principal, id);
    const transition = transitionFor(before.status, caseAction);
    if (!this.queries.allows(principal, transition.permission, before)) throw forbidden();
    requireFields(transition.requires ?? [], dto);
    assertVersion(before, dto.version);

    const now = this.clock.now();
    const today = belgradeDate(now);
    const changes: Partial<CaseFile> = {};
    const details: Record<string, unknown> = {};

    switch (caseAction) {
      case 'accept':
        await this.deliveries.confirmOnAccept(id, principal.userId, now);
        break;
      case 'hold':
        await this.cases.startHold({ caseId: id, fromDate: today, reason: dto.reason ?? null, expectedUntil: dto.expectedUntil?.slice(0, 10) ?? null, startedBy: principal.userId });
        Object.assign(details, { reason: dto.reason ?? null, expectedUntil: dto.expectedUntil ?? null });
        break;
      case 'resume':
        changes.dueDate = await this.endHold(before, principal.userId, today);
        break;
      case 'resolve':
      case 'close':
        if (before.status === 'on_hold') changes.dueDate = await this.endHold(before, principal.userId, today);
        changes.resolution = dto.resolution!;
        changes.resolutionKind = dto.resolutionKind ?? before.resolutionKind ?? null;
        changes.resolvedAt = before.status === 'resolved' && before.resolvedAt ? before.resolvedAt : now;
        if (caseAction === 'close') Object.assign(changes, { closedAt: now, ...(await this.retentionOf(before)) });
        Object.assign(details, { resolution: dto.resolution, resolutionKind: changes.resolutionKind });
        break;
      case 'reopen':
        // The earlier resolution stays in the history; the case is open again until a new one.
        Object.assign(changes, { closedAt: null, retentionYears: null, retentionPermanent: null, resolution: null, resolutionKind: null, resolvedAt: null });
        Object.assign(details, { reason: dto.reason ?? null, previousResolution: before.resolution });
        break;
      case 'cancel':
        if (before.status === 'on_hold') await this.endHold(before, principal.userId, today);
        Object.assign(changes, { cancelReason: dto.reason!, cancelledAt: now });
        details.reason = dto.reason;
        break;
    }

    // archive, lend and return: the archive's hooks keep its book and loans from these fields.
    await this.transitions.apply(id, caseAction, { version: dto.version, changes, details, input: { location: dto.location, borrower: dto.borrower }, at: now });
    return this.queries.detail(principal, id);
  }

  /** Ends the open hold today and gives the due date with every day on hold left out (ZUP). */
  private async endHold(file: CaseFile, userId: string, today: string): Promise<string | null> {
    await this.cases.endHold(file.id, today, userId);
    if (file.deadlineDays === null) return file.dueDate;
    const holds: HoldPeriod[] = await this.cases.holdPeriods(file.id);
    return computeDueDate({ receivedOn: belgradeDate(file.receivedAt), days: file.deadlineDays, holds, today });
  }

  /** Closing a/a keeps the case for the retention period of its classification mark. */
  private async retentionOf(file: CaseFile): Promise<Pick<CaseFile, 'retentionYears' | 'retentionPermanent'>> {
    const mark = await this.classification.get(file.classificationMarkId);
    return { retentionYears: mark.permanent ? null : mark.retentionYears, retentionPermanent: mark.permanent };
  }

  /** The official must hold an active position in the unit or one of its sub-units. */
  private async assertWorksInUnit(userId: string, unit: { id: string; code: string }): Promise<void> {
    if (!(await this.cases.worksInUnit(userId, unit.id))) throw badRequest('ASSIGNEE_NOT_IN_UNIT', { code: unit.code }, [{ field: 'assigneeId', rule: 'worksInUnit', message: 'not an official of the unit' }]);
  }

  /** The unit the caller acts for: the position whose unit covers the case, else their first. */
  private actingUnit(principal: Principal, caseUnitId: string): string {
    const covering = principal.positions.find((p) => p.orgUnitSubtreeIds.includes(caseUnitId));
    return (covering ?? principal.positions[0]).orgUnitId;
  }
}

function requireFields(fields: readonly TransitionField[], dto: CaseActionDto): void {
  const missing: FieldError[] = fields
    .filter((field) => dto[field as keyof CaseActionDto] === undefined || dto[field as keyof CaseActionDto] === null || dto[field as keyof CaseActionDto] === '')
    .map((field) => ({ field, rule: 'required', message: `${field} is required for this action` }));
  if (missing.length > 0) throw badRequest('VALIDATION_FAILED', {}, missing);
}
