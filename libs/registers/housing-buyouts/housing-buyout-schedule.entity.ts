import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ScheduleItemKind } from './buyout-calculation.js';
import { indexColumn } from './column-types.js';
import { MinorUnitsColumn } from '../../database/money-column.js';
import type { MinorUnits } from '../../shared/money.js';

/** One value of a contract's revaluation index: it applies from month `fromMonth` ('YYYY-MM') on. */
@Entity({ name: 'housing_buyout_index' })
export class HousingBuyoutIndexEntry {
  @PrimaryColumn('uuid') buyoutId: string;
  @PrimaryColumn('text') fromMonth: string;
  /** The index × 10 000. */
  @Column({ type: 'numeric', transformer: indexColumn }) value: number;
}

/**
 * One item of the payment schedule as last calculated (the down payment, an instalment, the lump
 * sum or an early payoff). Stored so lists can find contracts in arrears in SQL.
 */
@Entity({ name: 'housing_buyout_instalment' })
export class HousingBuyoutInstalment {
  @PrimaryColumn('uuid') buyoutId: string;
  @PrimaryColumn('integer') no: number;
  @Column({ type: 'text' }) kind: ScheduleItemKind;
  @Column({ type: 'date' }) dueOn: string;
  @MinorUnitsColumn() nominal: MinorUnits;
  @Column({ type: 'numeric', nullable: true, transformer: indexColumn }) indexValue: number | null;
  @MinorUnitsColumn() amount: MinorUnits;
}
