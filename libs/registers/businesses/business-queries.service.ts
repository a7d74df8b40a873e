import { subject as caslSubject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { In, type SelectQueryBuilder } from 'typeorm';
import type { Action } from '../../access/permissions.js';
import type { Principal } from '../../access/principal.js';
import { accessibleWhere } from '../../access/sql-conditions.js';
import { belgradeDate } from '../../cases/zup-deadline.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import { Clock } from '../../shared/clock.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { pageOf } from '../../shared/pagination.js';
import { escapeLike } from '../../shared/validation.js';
import { RegisterChanges, whereChangedInCase, whereSearchMatches, type CaseRef } from '../shared/index.js';
import { Business, BusinessStatusPeriod } from './business.entity.js';
import { businessSummary, businessView } from './business-view.js';
import type { BusinessExportQueryDto, BusinessListQueryDto } from './dto/business.dto.js';

const REGISTER = 'businesses';
const SUBJECT = 'Business';

/** A row of the list or an export: the business, its status periods and the cases that shaped it. */
export interface BusinessRow {
  business: Business;
  periods: BusinessStatusPeriod[];
  cases: CaseRef[];
}

/**
 * Reading the register: the list (filtered, searched and paged in SQL; the status as of today
 * too), one business with its status periods, its history. Entries belong to no unit, so only a
 * role granting the register outright reaches them.
 */
@Injectable()
export class BusinessQueries {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
    private readonly changes: RegisterChanges,
  ) {}

  today(): string {
    return belgradeDate(this.clock.now());
  }

  async list(principal: Principal, query: BusinessListQueryDto) {
    const qb = this.filtered(principal, query);
    const total = await qb.getCount();
    const rows = await this.rows(qb.offset((query.page - 1) * query.pageSize).limit(query.pageSize));
    const today = this.today();
    const items = [];
    for (const { business, periods, cases } of rows) {
      const item = businessSummary(business, periods, cases, today);
      // Identifiers shown in a list are reads of those entries too, recorded each.
      items.push(await this.changes.personalDataFor(principal, REGISTER, business.id, item));
    }
    return pageOf(items, total, query);
  }

  /**
   * Every business the filters find, for the CSV and PDF lists, in list order. With `personalIds`
   * asked for, they come along only for those who may read them, and each entry's read is recorded.
   */
  async exportRows(principal: Principal, query: BusinessExportQueryDto, options: { personalIds: boolean }): Promise<{ rows: BusinessRow[]; personalIds: boolean }> {
    const rows = await this.rows(this.filtered(principal, query));
    const personalIds = options.personalIds && this.changes.mayReadPersonalData(principal, REGISTER);
    if (personalIds) for (const { business } of rows) await this.changes.personalDataFor(principal, REGISTER, business.id, { personalId: business.ownerPersonalId });
    return { rows, personalIds };
  }

  /** One business as the caller may see it; a read of its owner's JMBG is recorded. */
  async detail(principal: Principal, id: string) {
    this.assertMay(principal, 'read');
    return this.changes.personalDataFor(principal, REGISTER, id, await this.view(id));
  }

  /** The business as a change leaves it, for the one who made it (what they just entered is no new read). */
  async changedView(principal: Principal, id: string) {
    const view = await this.view(id);
    return this.changes.seenBy(principal, REGISTER, view);
  }

  async history(principal: Principal, id: string) {
    this.assertMay(principal, 'read');
    await this.load(id);
    return this.changes.history(principal, REGISTER, id);
  }

  /** The caller may act on this register's entries (not merely on some, under conditions entries cannot meet). */
  assertMay(principal: Principal, action: Action): void {
    if (!principal.ability.can(action, caslSubject(SUBJECT, {}))) throw forbidden();
  }

  async load(id: string): Promise<Business> {
    const business = await this.db.manager.getRepository(Business).findOne({ where: { id } });
    if (!business) throw notFound('REGISTER_ENTRY_NOT_FOUND');
    return business;
  }

  /** The business's status periods, oldest first. */
  periods(businessIds: string[]): Promise<BusinessStatusPeriod[]> {
    if (businessIds.length === 0) return Promise.resolve([]);
    return this.db.manager.getRepository(BusinessStatusPeriod).find({ where: { businessId: In(businessIds) }, order: { validFrom: 'ASC' } });
  }

  private async view(id: string) {
    const business = await this.load(id);
    const cases = (await this.changes.casesOf(REGISTER, [id])).get(id) ?? [];
    return businessView(business, await this.periods([id]), cases, this.today());
  }

  /** The businesses the caller may read that the filters find, by trade name. */
  private filtered(principal: Principal, query: BusinessListQueryDto | BusinessExportQueryDto): SelectQueryBuilder<Business> {
    // Register entries carry no unit and no assignee: rules scoped by them match nothing.
    const acl = accessibleWhere(principal.ability, 'read', SUBJECT, { orgUnitId: 'NULL::uuid', assigneeId: 'NULL::uuid' });
    const qb = this.db.manager.getRepository(Business).createQueryBuilder('b').where(acl.where, acl.parameters);
    whereSearchMatches(qb, 'b.search_text', query.q);
    whereChangedInCase(qb, REGISTER, 'b.id', query.caseId);
    if (query.status) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM business_status_period p
                  WHERE p.business_id = b.id AND p.status = :status AND daterange(p.valid_from, p.valid_to, '[]') @> CAST(:today AS date))`,
        { status: query.status, today: this.today() },
      );
    }
    if (query.activityCode) qb.andWhere(`b.activity_code LIKE :activityCode`, { activityCode: `${escapeLike(query.activityCode)}%` });
    if (query.startedFrom) qb.andWhere('b.started_on >= :startedFrom', { startedFrom: query.startedFrom });
    if (query.startedTo) qb.andWhere('b.started_on <= :startedTo', { startedTo: query.startedTo });
    return qb.orderBy('b.trade_name', 'ASC').addOrderBy('b.registration_number', 'ASC');
  }

  private async rows(qb: SelectQueryBuilder<Business>): Promise<BusinessRow[]> {
    const businesses = await qb.getMany();
    const ids = businesses.map((business) => business.id);
    const cases = await this.changes.casesOf(REGISTER, ids);
    const periods = await this.periods(ids);
    return businesses.map((business) => ({
      business,
      periods: periods.filter((period) => period.businessId === business.id),
      cases: cases.get(business.id) ?? [],
    }));
  }
}
