import { Injectable } from '@nestjs/common';
import { IsNull, type SelectQueryBuilder } from 'typeorm';
import type { SqlCondition } from '../access/sql-conditions.js';
import { GenerateSql } from '../database/generate-sql.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import type { Page } from '../shared/pagination.js';
import type { DeliveryQueryDto } from './dto/delivery.dto.js';
import { CaseDelivery } from './case-delivery.entity.js';
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

/** Example values for the SQL snapshots (`npm run sync:sql`). */
const EVERYONE: SqlCondition = { where: '1 = 1', parameters: {} };
const CASE = '00000000-0000-4000-8000-000000000001';
const USER = '00000000-0000-4000-8000-000000000002';
const UNIT = '00000000-0000-4000-8000-000000000003';
const DELIVERY = '00000000-0000-4000-8000-000000000007';
const AT = new Date('2026-03-02T08:00:00Z');

/**
 * The statements on the delivery book (`case_delivery`), each snapshotted in
 * `queries/case-delivery.repository.sql`. `access` is a permission condition over the case, alias `c`.
 */
@Injectable()
export class CaseDeliveryRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** Hand-overs of the cases `access` lets be seen, and those addressed to the caller. */
  private visible(access: SqlCondition, callerId: string): SelectQueryBuilder<CaseDelivery> {
    return this.db
      .getRepository(CaseDelivery)
      .createQueryBuilder('d')
      .innerJoin(CaseFile, 'c', 'c.id = d.case_id')
      .innerJoin('app_user', 'fu', 'fu.id = d.from_user_id')
      .innerJoin('org_unit', 'fo', 'fo.id = d.from_org_unit_id')
      .innerJoin('org_unit', 'tou', 'tou.id = d.to_org_unit_id')
      .leftJoin('app_user', 'tu', 'tu.id = d.to_user_id')
      .leftJoin('app_user', 'cu', 'cu.id = d.confirmed_by')
      .where(`((${access.where}) OR d.to_user_id = :caller)`, { ...access.parameters, caller: callerId });
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
  @GenerateSql(
    [EVERYONE, USER, { page: 1, pageSize: 50 }],
    [EVERYONE, USER, { page: 2, pageSize: 50, pending: true, caseId: CASE, toUserId: USER, from: '2026-03-01', to: '2026-03-31' }],
  )
  async page(access: SqlCondition, callerId: string, query: DeliveryQueryDto): Promise<Omit<Page<DeliveryView>, 'page' | 'pageSize'>> {
    const qb = this.visible(access, callerId);
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
    return { items, total };
  }

  /** One line of the book, if the caller may see it; null otherwise. */
  @GenerateSql([EVERYONE, USER, DELIVERY])
  async view(access: SqlCondition, callerId: string, id: string): Promise<DeliveryView | null> {
    const [view] = await this.rows(this.visible(access, callerId).andWhere('d.id = :id', { id }));
    return view ?? null;
  }

  /**
   * The delivery-book entry of a hand-over, awaiting the receiver's confirmation; an earlier
   * hand-over nobody confirmed is superseded by it. Returns the entry's id.
   */
  @GenerateSql([CASE, { fromUserId: USER, fromOrgUnitId: UNIT }, { toOrgUnitId: UNIT, toUserId: USER, note: null }, AT])
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

  /** The case's hand-overs to the user still waiting for confirmation, locked until the transaction ends. */
  @GenerateSql([CASE, USER])
  lockPendingTo(caseId: string, userId: string): Promise<CaseDelivery[]> {
    return this.db
      .getRepository(CaseDelivery)
      .createQueryBuilder('d')
      .where(`d.case_id = :caseId AND d.to_user_id = :userId AND ${PENDING}`, { caseId, userId })
      .setLock('pessimistic_write')
      .getMany();
  }

  /** The entry, locked until the transaction ends; null when there is none. */
  @GenerateSql([DELIVERY])
  lock(id: string): Promise<CaseDelivery | null> {
    return this.db.getRepository(CaseDelivery).createQueryBuilder('d').where('d.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  @GenerateSql([DELIVERY, USER, AT])
  async markConfirmed(id: string, userId: string, at: Date): Promise<void> {
    await this.db.getRepository(CaseDelivery).update({ id }, { confirmedAt: at, confirmedBy: userId });
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
