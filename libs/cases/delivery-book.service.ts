import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../shared/clock.js';
import { conflict, forbidden, notFound } from '../shared/errors.js';
import { pageOf } from '../shared/pagination.js';
import type { ConfirmDeliveryDto, DeliveryQueryDto } from './dto/delivery.dto.js';
import { canOnCase, caseAccessWhere } from './case-access.js';
import type { CaseDelivery } from './case-delivery.entity.js';
import { CaseDeliveryRepository, type DeliveryView } from './case-delivery.repository.js';
import { CaseRepository } from './case.repository.js';

export type { DeliveryView } from './case-delivery.repository.js';

/**
 * The internal delivery book (dostavna knjiga): every hand-over of a case, written by the case
 * workflow, and the receiver's confirmation that stands for the signature in the paper book.
 */
@Injectable()
export class DeliveryBookService {
  constructor(
    private readonly deliveries: CaseDeliveryRepository,
    private readonly cases: CaseRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The book, newest hand-over first. */
  async list(principal: Principal, query: DeliveryQueryDto) {
    const { items, total } = await this.deliveries.page(caseAccessWhere(principal.ability, 'read', 'c'), principal.userId, query);
    return pageOf(items, total, query);
  }

  /**
   * The receiver confirms the hand-over: the official it was addressed to or, for a hand-over to a
   * unit, someone who assigns the unit's cases (other than the one who handed it over).
   */
  async confirm(principal: Principal, id: string, dto: ConfirmDeliveryDto): Promise<DeliveryView> {
    const delivery = await this.deliveries.lock(id);
    if (!delivery) throw notFound('DELIVERY_NOT_FOUND');
    const file = await this.cases.get(delivery.caseId);
    const addressedToCaller = delivery.toUserId === principal.userId;
    if (!addressedToCaller && !canOnCase(principal.ability, 'read', file)) throw notFound('DELIVERY_NOT_FOUND');
    const receivesForUnit =
      delivery.toUserId === null &&
      delivery.fromUserId !== principal.userId &&
      canOnCase(principal.ability, 'assign', { orgUnitId: delivery.toOrgUnitId, assigneeId: null, status: file.status });
    if (!addressedToCaller && !receivesForUnit) throw forbidden();
    if (delivery.confirmedAt !== null) throw conflict('DELIVERY_ALREADY_CONFIRMED');
    if (delivery.supersededAt !== null) throw conflict('DELIVERY_SUPERSEDED');
    await this.markConfirmed(delivery, principal.userId, this.clock.now(), dto.note);
    const view = await this.deliveries.view(caseAccessWhere(principal.ability, 'read', 'c'), principal.userId, id);
    if (!view) throw notFound('DELIVERY_NOT_FOUND');
    return view;
  }

  /**
   * The delivery-book entry of a hand-over, awaiting the receiver's confirmation; an earlier
   * hand-over nobody confirmed is superseded by it. Returns the entry's id.
   */
  recordHandOver(
    caseId: string,
    from: { fromUserId: string; fromOrgUnitId: string },
    to: { toOrgUnitId: string; toUserId: string | null; note: string | null },
    at: Date,
  ): Promise<string> {
    return this.deliveries.recordHandOver(caseId, from, to, at);
  }

  /**
   * Accepting a case (`accept`) is also confirming its receipt: the case's pending hand-over to
   * this official is confirmed, with the same history line and audit entry. Called by the case
   * workflow inside its transaction, with the case row already locked.
   */
  async confirmOnAccept(caseId: string, userId: string, at: Date): Promise<void> {
    for (const delivery of await this.deliveries.lockPendingTo(caseId, userId)) await this.markConfirmed(delivery, userId, at);
  }

  private async markConfirmed(before: CaseDelivery, userId: string, at: Date, note?: string): Promise<void> {
    const after: CaseDelivery = { ...before, confirmedAt: at, confirmedBy: userId };
    await this.deliveries.markConfirmed(before.id, userId, at);
    await this.cases.addEvent({
      caseId: before.caseId,
      at,
      action: 'delivery.confirm',
      details: { deliveryId: before.id, ...(note ? { note } : {}) },
    });
    await this.audit.record({ action: 'case-delivery.confirm', entityType: 'CaseDelivery', entityId: before.id, before, after: { ...after, ...(note ? { note } : {}) } });
  }
}
