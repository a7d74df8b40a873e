import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MinorUnitsColumn } from '../../database/money-column.js';
import type { MinorUnits } from '../../shared/money.js';

/** A payment the buyer made, recorded within a case; never changed or deleted. */
@Entity({ name: 'housing_buyout_payment' })
export class HousingBuyoutPayment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') buyoutId: string;
  @Column({ type: 'date' }) paidOn: string;
  @MinorUnitsColumn() amount: MinorUnits;
  @Column() earlyPayoff: boolean;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column('uuid') caseId: string;
  @Column('uuid') recordedBy: string;
  @Column({ type: 'timestamptz' }) recordedAt: Date;
}
