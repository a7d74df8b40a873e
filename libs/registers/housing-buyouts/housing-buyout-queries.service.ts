import { subject as caslSubject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import type { Action } from '../../access/permissions.js';
import type { Principal } from '../../access/principal.js';
import { accessibleWhere } from '../../access/sql-conditions.js';
import { belgradeDate } from '../../cases/zup-deadline.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import { Clock } from '../../shared/clock.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { pageOf } from '../../shared/pagination.js';
import { RegisterChanges, whereChangedInCase, whereSearchMatches, type CaseRef } from '../shared/index.js';
import { buyoutStatement, type IndexEntry } from './buyout-calculation.js';
import type { HousingBuyoutExportQueryDto, HousingBuyoutListQueryDto } from './dto/housing-buyout.dto.js';
import { exactBigintColumn } from '../../database/bigint-column.js';
import { HousingBuyoutPayment } from './housing-buyout-payment.entity.js';
import { HousingBuyoutIndexEntry } from './housing-buyout-schedule.entity.js';
import { buyoutSnapshot, formatArea, paymentView, rulesOf, statementView, termsOf } from './housing-buyout-view.js';
import { HousingBuyout } from './housing-buyout.entity.js';
import { formatMinorUnits } from '../../shared/money.js';

const REGISTER = 'housing-buyouts';
const SUBJECT = 'HousingBuyout';

/**
 * Arrears of the contract over alias `b` as of `:today`: the schedule's items due before today
 * (paying on the due date is in time) less everything paid up to today. Payments settle the oldest
 * items first, so this is exactly the unpaid part of the items past due (as buyoutStatement says).
 */
const ARREARS = `GREATEST(0,
  (SELECT COALESCE(SUM(i.amount), 0) FROM housing_buyout_instalment i WHERE i.buyout_id = b.id AND i.due_on < :today)
  - (SELECT COALESCE(SUM(p.amount), 0) FROM housing_buyout_payment p WHERE p.buyout_id = b.id AND p.paid_on <= :today))`;

/** A row of the list or an export: the contract's figures and its arrears today. */
export interface BuyoutRow {
  entry: HousingBuyout;
  arrears: number;
  cases: CaseRef[];
}

/**
 * Reading the register: the list (filtered, searched and paged in SQL), one entry with its
 * payments, its account on a day, its history. Entries belong to no unit, so a role scoped to a
 * unit or to the user's own records reaches none of them: only a role granting the register
 * outright does.
 */
@Injectable()
export class HousingBuyoutQueries {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
    private readonly changes: RegisterChanges,
  ) {}

  today(): string {
    return belgradeDate(this.clock.now());
  }

  async list(principal: Principal, query: HousingBuyoutListQueryDto) {
    const qb = this.filtered(principal, query);
    const total = await qb.getCount();
    const rows = await this.rows(qb.offset((query.page - 1) * query.pageSize).limit(query.pageSize));
    const items = [];
    for (const row of rows) {
      const item = this.summary(row);
      // Identifiers shown in a list are reads of those entries too, recorded each.
      items.push(await this.changes.personalDataFor(principal, REGISTER, row.entry.id, item));
    }
    return pageOf(items, total, query);
  }

  /**
   * Every entry the filters find, for the CSV and PDF lists, in list order. With `personalIds`
   * asked for, they come along only for those who may read them, and each entry's read is recorded.
   */
  async exportRows(principal: Principal, query: HousingBuyoutExportQueryDto, options: { personalIds: boolean }): Promise<{ rows: BuyoutRow[]; personalIds: boolean }> {
    const rows = await this.rows(this.filtered(principal, query));
    const personalIds = options.personalIds && this.changes.mayReadPersonalData(principal, REGISTER);
    if (personalIds) for (const { entry } of rows) await this.changes.personalDataFor(principal, REGISTER, entry.id, { personalId: entry.buyerPersonalId });
    return { rows, personalIds };
  }

  /** One entry as the caller may see it; a read of its JMBG is recorded. */
  async detail(principal: Principal, id: string) {
    this.assertMay(principal, 'read');
    return this.changes.personalDataFor(principal, REGISTER, id, await this.view(id));
  }

  /** The entry as a change leaves it, for the one who made it (what they just entered is no new read). */
  async changedView(principal: Principal, id: string) {
    const view = await this.view(id);
    return this.changes.seenBy(principal, REGISTER, view);
  }

  /** The account on `asOf` (default today): the schedule, what was paid on each item, balance, arrears, an early-payoff quote. */
  async schedule(principal: Principal, id: string, asOf?: string) {
    this.assertMay(principal, 'read');
    const { entry, index, payments } = await this.load(id);
    return { id: entry.id, version: entry.version, ...statementView(buyoutStatement(termsOf(entry, index), rulesOf(entry), payments, asOf ?? this.today())) };
  }

  async history(principal: Principal, id: string) {
    this.assertMay(principal, 'read');
    await this.load(id);
    return this.changes.history(principal, REGISTER, id);
  }

  /** The caller may act on this register's entries (not merely on some of them, under conditions entries cannot meet). */
  assertMay(principal: Principal, action: Action): void {
    if (!principal.ability.can(action, caslSubject(SUBJECT, {}))) throw forbidden();
  }

  private async view(id: string) {
    const { entry, index, payments } = await this.load(id);
    const cases = (await this.changes.casesOf(REGISTER, [id])).get(id) ?? [];
    const numbers = new Map(cases.map((ref) => [ref.id, ref.number]));
    const statement = buyoutStatement(termsOf(entry, index), rulesOf(entry), payments, this.today());
    return {
      ...buyoutSnapshot(entry, index),
      arrears: formatMinorUnits(statement.arrears),
      payments: payments.map((payment) => paymentView(payment, numbers.get(payment.caseId))),
      caseIds: cases.map((ref) => ref.id),
      cases,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
    };
  }

  private async load(id: string): Promise<{ entry: HousingBuyout; index: IndexEntry[]; payments: HousingBuyoutPayment[] }> {
    const m = this.db.manager;
    const entry = await m.getRepository(HousingBuyout).findOne({ where: { id } });
    if (!entry) throw notFound('REGISTER_ENTRY_NOT_FOUND');
    const index = (await m.getRepository(HousingBuyoutIndexEntry).find({ where: { buyoutId: id } })).map((row) => ({ from: row.fromMonth, value: row.value }));
    const payments = await m.getRepository(HousingBuyoutPayment).find({ where: { buyoutId: id }, order: { paidOn: 'ASC', recordedAt: 'ASC' } });
    return { entry, index, payments };
  }

  /** The entries the caller may read that the filters find, newest contract first. */
  private filtered(principal: Principal, query: HousingBuyoutListQueryDto | HousingBuyoutExportQueryDto): SelectQueryBuilder<HousingBuyout> {
    // Register entries carry no unit and no assignee: rules scoped by them match nothing.
    const acl = accessibleWhere(principal.ability, 'read', SUBJECT, { orgUnitId: 'NULL::uuid', assigneeId: 'NULL::uuid' });
    const qb = this.db.manager
      .getRepository(HousingBuyout)
      .createQueryBuilder('b')
      .where(acl.where, acl.parameters)
      .setParameter('today', this.today());
    whereSearchMatches(qb, 'b.search_text', query.q);
    whereChangedInCase(qb, REGISTER, 'b.id', query.caseId);
    if (query.status) qb.andWhere('b.status = :status', { status: query.status });
    if (query.year) qb.andWhere('EXTRACT(YEAR FROM b.contract_date) = :year', { year: query.year });
    if (query.arrears !== undefined) qb.andWhere(query.arrears ? `${ARREARS} > 0` : `${ARREARS} = 0`);
    return qb.orderBy('b.contract_date', 'DESC').addOrderBy('b.id', 'DESC');
  }

  private async rows(qb: SelectQueryBuilder<HousingBuyout>): Promise<BuyoutRow[]> {
    const { entities, raw } = await qb.addSelect(ARREARS, 'arrears').getRawAndEntities();
    const cases = await this.changes.casesOf(REGISTER, entities.map((entry) => entry.id));
    return entities.map((entry, i) => ({ entry, arrears: exactBigintColumn.from(raw[i].arrears), cases: cases.get(entry.id) ?? [] }));
  }

  private summary({ entry, arrears, cases }: BuyoutRow) {
    return {
      id: entry.id,
      version: entry.version,
      contractNumber: entry.contractNumber,
      contractDate: entry.contractDate,
      buyer: { name: entry.buyerName, personalId: entry.buyerPersonalId },
      flat: { address: entry.flatAddress, area: formatArea(entry.flatAreaHundredths) },
      paymentMethod: entry.paymentMethod,
      price: formatMinorUnits(entry.price),
      total: formatMinorUnits(entry.total),
      paid: formatMinorUnits(entry.paid),
      balance: formatMinorUnits(Math.max(0, entry.total - entry.paid)),
      arrears: formatMinorUnits(arrears),
      status: entry.status,
      caseIds: cases.map((ref) => ref.id),
      cases,
    };
  }
}
