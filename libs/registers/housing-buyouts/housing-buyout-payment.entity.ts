import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { exactBigintColumn } from '../../database/bigint-column.js';

/** A payment the buyer made, recorded within a case; never changed or deleted. */
@Entity({ name: 'housing_buyout_payment' })
export class HousingBuyoutPayment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') buyoutId: string;
  @Column({ type: 'date' }) paidOn: string;
  @Column({ type: 'bigint', transformer: exactBigintColumn }) amount: number;
  @Column() earlyPayoff: boolean;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column('uuid') caseId: string;
  @Column('uuid') recordedBy: string;
  @Column({ type: 'timestamptz' }) recordedAt: Date;
}
