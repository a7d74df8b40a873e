import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BusinessStatus } from './business-status.js';

/**
 * A shop (radnja) of an entrepreneur (preduzetnik): its registration number (matični broj), trade
 * name, owner, activity, address and start. Its status over time is in `business_status_period`.
 */
@Entity({ name: 'business' })
export class Business {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() version: number;
  /** Matični broj: eight digits, unique. */
  @Column() registrationNumber: string;
  /** Poslovno ime radnje. */
  @Column() tradeName: string;
  @Column() ownerName: string;
  /** JMBG: personal data, shown only to those who may read it. */
  @Column() ownerPersonalId: string;
  /** Šifra delatnosti, `47.11`. */
  @Column() activityCode: string;
  @Column() address: string;
  @Column({ type: 'date' }) startedOn: string;
  @Column() searchText: string;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
}

/** Days the business spent in one status, `validFrom` to `validTo` (included; null: open-ended). */
@Entity({ name: 'business_status_period' })
export class BusinessStatusPeriod {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid') businessId: string;
  @Column({ type: 'text' }) status: BusinessStatus;
  @Column({ type: 'date' }) validFrom: string;
  @Column({ type: 'date', nullable: true }) validTo: string | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  /** The case whose decision began the period. */
  @Column('uuid') caseId: string;
  @Column('uuid') recordedBy: string;
  @Column({ type: 'timestamptz' }) recordedAt: Date;
}
