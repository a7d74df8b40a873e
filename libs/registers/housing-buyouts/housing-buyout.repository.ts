import { Injectable } from '@nestjs/common';
import { exactBigintColumn } from '../../database/bigint-column.js';
import { GenerateSql } from '../../database/generate-sql.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import type { MinorUnits } from '../../shared/money.js';
import type { IndexEntry, ScheduleItem } from './buyout-calculation.js';
import { HousingBuyoutPayment } from './housing-buyout-payment.entity.js';
import { HousingBuyoutIndexEntry, HousingBuyoutInstalment } from './housing-buyout-schedule.entity.js';
import { HousingBuyout } from './housing-buyout.entity.js';

/**
 * Arrears of the contract over alias `b` as of `:today`: the schedule's items due before today
 * (paying on the due date is in time) less everything paid up to today. Payments settle the oldest
 * items first, so this is exactly the unpaid part of the items past due (as buyoutStatement says).
 * The list's filter and its rows use this one expression.
 */
export const ARREARS = `GREATEST(0,
  (SELECT COALESCE(SUM(i.amount), 0) FROM housing_buyout_instalment i WHERE i.buyout_id = b.id AND i.due_on < :today)
  - (SELECT COALESCE(SUM(p.amount), 0) FROM housing_buyout_payment p WHERE p.buyout_id = b.id AND p.paid_on <= :today))`;

/** Example values for the SQL snapshots (`npm run sync:sql`); any well-formed value will do. */
const BUYOUT = '00000000-0000-4000-8000-000000000001';
const TODAY = '2026-03-02';
const ITEM: ScheduleItem = { no: 0, kind: 'down-payment', dueOn: TODAY, nominal: 100_00, index: null, amount: 100_00 };

/**
 * The statements of the housing buyout register beyond the kit's, each snapshotted in
 * `queries/housing-buyout.repository.sql`: the arrears of a page of contracts, a contract's index
 * series and payments, and its stored schedule replaced after a recalculation. They run in the
 * caller's transaction; the rules stay in HousingBuyoutsService and buyout-calculation.ts.
 */
@Injectable()
export class HousingBuyoutRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** Each contract's arrears on `today`, in minor units. */
  @GenerateSql([[BUYOUT], TODAY])
  async arrearsOf(buyoutIds: string[], today: string): Promise<Map<string, MinorUnits>> {
    if (buyoutIds.length === 0) return new Map();
    const rows: Array<{ id: string; arrears: string }> = await this.db.manager
      .getRepository(HousingBuyout)
      .createQueryBuilder('b')
      .select('b.id', 'id')
      .addSelect(ARREARS, 'arrears')
      .where('b.id IN (:...buyoutIds)', { buyoutIds })
      .setParameter('today', today)
      .getRawMany();
    return new Map(rows.map((row) => [row.id, exactBigintColumn.from(row.arrears) as MinorUnits]));
  }

  /** The contract's index series and its payments, oldest first: what its account is made of. */
  @GenerateSql([BUYOUT])
  async accountOf(buyoutId: string): Promise<{ index: IndexEntry[]; payments: HousingBuyoutPayment[] }> {
    const m = this.db.manager;
    const index = (await m.getRepository(HousingBuyoutIndexEntry).find({ where: { buyoutId } })).map((row) => ({ from: row.fromMonth, value: row.value }));
    const payments = await m.getRepository(HousingBuyoutPayment).find({ where: { buyoutId }, order: { paidOn: 'ASC', recordedAt: 'ASC' } });
    return { index, payments };
  }

  /** The index series and the schedule as calculated, replacing what was stored. (Examples: with an index series, and without one.) */
  @GenerateSql([BUYOUT, [{ from: '2026-01', value: 1_025_000 }], [ITEM]], [BUYOUT, [], [ITEM]])
  async replaceSchedule(buyoutId: string, index: IndexEntry[], items: ScheduleItem[]): Promise<void> {
    const m = this.db.manager;
    await m.getRepository(HousingBuyoutIndexEntry).delete({ buyoutId });
    if (index.length > 0) await m.getRepository(HousingBuyoutIndexEntry).insert(index.map((item) => ({ buyoutId, fromMonth: item.from, value: item.value })));
    await m.getRepository(HousingBuyoutInstalment).delete({ buyoutId });
    if (items.length > 0) {
      await m.getRepository(HousingBuyoutInstalment).insert(
        items.map((item) => ({ buyoutId, no: item.no, kind: item.kind, dueOn: item.dueOn, nominal: item.nominal, indexValue: item.index, amount: item.amount })),
      );
    }
  }
}
