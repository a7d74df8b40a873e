import { Injectable } from '@nestjs/common';
import { IsNull, type SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../access/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { Clock } from '../shared/clock.js';
import { conflict, forbidden, notFound } from '../shared/errors.js';
import { pageOf } from '../shared/pagination.js';
import type { ConfirmDeliveryDto, DeliveryQueryDto } from './dto/delivery.dto.js';
import { canOnCase, caseAccessWhere } from './case-access.js';
import { CaseDelivery } from './case-delivery.entity.js';
import { CaseRepository } from './case.repository.js';
import { CaseFile } from './case-file.entity.js';

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The instant a Belgrade day begins, `plusDays` after the date in `param`. The date must become a
 * local `timestamp` first: `date AT TIME ZONE` would go through the session's time zone instead.
 */
const belgradeMidnight = (param: string, plusDays = 0) => `(CAST(CAST(${param} AS date) + ${plusDays} AS timestamp) AT TIME ZONE 'Europe/Belgrade')`;

/** Waiting for the receiver: neither confirmed nor replaced by a later hand-over. */
const PENDING = 'd.confirmed_at IS NULL AND d.superseded_at IS NULL';

interface PersonRef {
  userId: string;
  username: string;
  fullName: string;
}

/** One line of the delivery book as the API shows it. */
export interface DeliveryView {
  id: string;
  caseId: string;
  caseNumber: string;
  subject: string;
  from: PersonRef & { orgUnitId: string; orgUnitCode: string };
  to: { orgUnitId: string; orgUnitCode: string; userId: string | null; username: string | null; fullName: string | null };
  handedAt: Date;
  note: string | null;
  confirmedAt: Date | null;
  confirmedBy: PersonRef | null;
  supersededAt: Date | null;
}

type DeliveryRow = Record<string, string | Date | null>;

/**
 * The internal delivery book (dostavna knjiga): every hand-over of a case, written by the case
 * workflow, and the receiver's confirmation that stands for the signature in the paper book.
 */
@Injectable()
export class DeliveryBookService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly cases: CaseRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Hand-overs of the cases the caller may read, and those addressed to the caller. */
  private visible(principal: Principal): SelectQueryBuilder<CaseDelivery> {
    const acl = caseAccessWhere(principal.ability, 'read', 'c');
    return this.db
      .getRepository(CaseDelivery)
      .createQueryBuilder('d')
      .innerJoin(CaseFile, 'c', 'c.id = d.case_id')
      .innerJoin('app_user', 'fu', 'fu.id = d.from_user_id')
      .innerJoin('org_unit', 'fo', 'fo.id = d.from_org_unit_id')
      .innerJoin('org_unit', 'tou', 'tou.id = d.to_org_unit_id')
      .leftJoin('app_user', 'tu', 'tu.id = d.to_user_id')
      .leftJoin('app_user', 'cu', 'cu.id = d.confirmed_by')
      .where(`((${acl.where}) OR d.to_user_id = :caller)`, { ...acl.parameters, caller: principal.userId });
  }

  private async rows(qb: SelectQueryBuilder<CaseDelivery>): Promise<DeliveryView[]> {
    const rows: DeliveryRow[] = await qb
      .select('d.id', 'id')
      .addSelect('d.case_id', 'caseId')
      .addSelect('c.number', 'caseNumber')
      .addSelect('c.subject', 'subject')
      .addSelect(['d.from_user_id AS "fromUserId"', 'fu.username AS "fromUsername"', 'fu.full_name AS "fromFullName"'])
      .addSelect(['d.from_org_unit_id AS "fromOrgUnitId"', 'fo.code AS "fromOrgUnitCode"'])
      .addSelect(['d.to_org_unit_id AS "toOrgUnitId"', 'tou.code AS "toOrgUnitCode"'])
      .addSelect(['d.to_user_id AS "toUserId"', 'tu.username AS "toUsername"', 'tu.full_name AS "toFullName"'])
      .addSelect(['d.handed_at AS "handedAt"', 'd.note AS note', 'd.superseded_at AS "supersededAt"'])
      .addSelect(['d.confirmed_at AS "confirmedAt"', 'd.confirmed_by AS "confirmedById"', 'cu.username AS "confirmedByUsername"', 'cu.full_name AS "confirmedByFullName"'])
      .getRawMany();
    return rows.map(deliveryView);
  }

  /** The book, newest hand-over first. */
  async list(principal: Principal, query: DeliveryQueryDto) {
    const qb = this.visible(principal);
    if (query.pending !== undefined) qb.andWhere(query.pending ? `(${PENDING})` : `NOT (${PENDING})`);
    if (query.caseId) qb.andWhere('d.case_id = :caseId', { caseId: query.caseId });
    if (query.toUserId) qb.andWhere('d.to_user_id = :toUserId', { toUserId: query.toUserId });
    if (query.from) {
      qb.andWhere(isDateOnly(query.from) ? `d.handed_at >= ${belgradeMidnight(':from')}` : 'd.handed_at >= :from', { from: query.from });
    }
    if (query.to) {
      qb.andWhere(isDateOnly(query.to) ? `d.handed_at < ${belgradeMidnight(':to', 1)}` : 'd.handed_at < :to', { to: query.to });
    }
    const total = await qb.getCount();
    const items = await this.rows(
      qb.orderBy('d.handed_at', 'DESC').addOrderBy('d.id', 'DESC').offset((query.page - 1) * query.pageSize).limit(query.pageSize),
    );
    return pageOf(items, total, query);
  }

  /**
   * The receiver confirms the hand-over: the official it was addressed to or, for a hand-over to a
   * unit, someone who assigns the unit's cases (other than the one who handed it over).
   */
  async confirm(principal: Principal, id: string, dto: ConfirmDeliveryDto): Promise<DeliveryView> {
    const delivery = await this.lock(id);
    if (!delivery) throw notFound('DELIVERY_NOT_FOUND');
    const file = await this.db.getRepository(CaseFile).findOneByOrFail({ id: delivery.caseId });
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
    const [view] = await this.rows(this.visible(principal).andWhere('d.id = :id', { id }));
    if (!view) throw notFound('DELIVERY_NOT_FOUND');
    return view;
  }

  /**
   * Accepting a case (`accept`) is also confirming its receipt: the case's pending hand-over to
   * this official is confirmed, with the same history line and audit entry. Called by the case
   * workflow inside its transaction, with the case row already locked.
   */
  /**
   * The delivery-book entry of a hand-over, awaiting the receiver's confirmation; an earlier
   * hand-over nobody confirmed is superseded by it. Returns the entry's id.
   */
  async recordHandOver(
    caseId: string,
    from: { fromUserId: string; fromOrgUnitId: string },
    to: { toOrgUnitId: string; toUserId: string | null; note: string | null },
    at: Date,
  ): Promise<string> {
    const repo = this.db.getRepository(CaseDelivery);
    await repo.update({ caseId, confirmedAt: IsNull(), supersededAt: IsNull() }, { supersededAt: at });
    const { identifiers } = await repo.insert({ caseId, ...from, ...to, handedAt: at });
    return identifiers[0].id as string;
  }

  async confirmOnAccept(caseId: string, userId: string, at: Date): Promise<void> {
    const pending = await this.db
      .getRepository(CaseDelivery)
      .createQueryBuilder('d')
      .where(`d.case_id = :caseId AND d.to_user_id = :userId AND ${PENDING}`, { caseId, userId })
      .setLock('pessimistic_write')
      .getMany();
    for (const delivery of pending) await this.markConfirmed(delivery, userId, at);
  }

  private lock(id: string): Promise<CaseDelivery | null> {
    return this.db.getRepository(CaseDelivery).createQueryBuilder('d').where('d.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  private async markConfirmed(before: CaseDelivery, userId: string, at: Date, note?: string): Promise<void> {
    const after: CaseDelivery = { ...before, confirmedAt: at, confirmedBy: userId };
    await this.db.getRepository(CaseDelivery).update({ id: before.id }, { confirmedAt: at, confirmedBy: userId });
    await this.cases.addEvent({
      caseId: before.caseId,
      at,
      action: 'delivery.confirm',
      details: { deliveryId: before.id, ...(note ? { note } : {}) },
    });
    await this.audit.record({ action: 'case-delivery.confirm', entityType: 'CaseDelivery', entityId: before.id, before, after: { ...after, ...(note ? { note } : {}) } });
  }
}

function deliveryView(row: DeliveryRow): DeliveryView {
  const text = (key: string) => row[key] as string;
  const orNull = (key: string) => (row[key] ?? null) as string | null;
  return {
    id: text('id'),
    caseId: text('caseId'),
    caseNumber: text('caseNumber'),
    subject: text('subject'),
    from: {
      userId: text('fromUserId'),
      username: text('fromUsername'),
      fullName: text('fromFullName'),
      orgUnitId: text('fromOrgUnitId'),
      orgUnitCode: text('fromOrgUnitCode'),
    },
    to: {
      orgUnitId: text('toOrgUnitId'),
      orgUnitCode: text('toOrgUnitCode'),
      userId: orNull('toUserId'),
      username: orNull('toUsername'),
      fullName: orNull('toFullName'),
    },
    handedAt: row.handedAt as Date,
    note: orNull('note'),
    confirmedAt: (row.confirmedAt ?? null) as Date | null,
    confirmedBy: row.confirmedById ? { userId: text('confirmedById'), username: text('confirmedByUsername'), fullName: text('confirmedByFullName') } : null,
    supersededAt: (row.supersededAt ?? null) as Date | null,
  };
}
