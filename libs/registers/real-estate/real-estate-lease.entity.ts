import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MinorUnitsColumn } from '../../database/money-column.js';
import type { MinorUnits } from '../../shared/money.js';

/**
 * A lease of a property (zakup), entered within the case of its contract and ended (early) within
 * another; never deleted. The lessee is a person (JMBG, personal data) or a company or
 * entrepreneur (matični broj), or neither when the contract names none.
 */
@Entity({ name: 'real_estate_lease' })
export class RealEstateLease {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') realEstateId: string;
  @Column() lesseeName: string;
  /** JMBG: personal data, shown only to those who may read it. */
  @Column({ type: 'text', nullable: true }) lesseePersonalId: string | null;
  /** Matični broj of a company or entrepreneur. */
  @Column({ type: 'text', nullable: true }) lesseeRegistrationNumber: string | null;
  @Column({ type: 'text', nullable: true }) contractNumber: string | null;
  @Column({ type: 'date' }) termFrom: string;
  /** The term's last day; null: without a fixed term. */
  @Column({ type: 'date', nullable: true }) termTo: string | null;
  @MinorUnitsColumn() monthlyRentMinor: MinorUnits;
  @Column() currency: string;
  @Column('uuid') caseId: string;
  @Column('uuid') recordedBy: string;
  @Column({ type: 'timestamptz' }) recordedAt: Date;
  /** The last day an ended lease was in force. */
  @Column({ type: 'date', nullable: true }) endedOn: string | null;
  @Column({ type: 'text', nullable: true }) endReason: string | null;
  @Column({ type: 'uuid', nullable: true }) endedCaseId: string | null;
}
