import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AssistanceKind, DisplacementStatus, DocumentKind, FamilyRelation } from './displaced-person-terms.js';
import { MinorUnitsColumn } from '../../database/money-column.js';
import type { MinorUnits } from '../../shared/money.js';

/** Who recorded a row, when, and in which case the decision was made. */
abstract class RecordedInCase {
  @Column('uuid') caseId: string;
  @Column('uuid') recordedBy: string;
  @Column({ type: 'timestamptz' }) recordedAt: Date;
}

/**
 * A period of a status with its legal basis. `validTo` is the last day (inclusive); the current
 * status has none. A person's periods never overlap (exclusion constraint).
 */
@Entity({ name: 'displaced_person_status' })
export class DisplacedPersonStatus extends RecordedInCase {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') personId: string;
  @Column({ type: 'text' }) status: DisplacementStatus;
  @Column() legalBasis: string;
  @Column({ type: 'date' }) validFrom: string;
  @Column({ type: 'date', nullable: true }) validTo: string | null;
}

/** A card or certificate issued to the person; `validUntil` none: valid without a term. */
@Entity({ name: 'displaced_person_document' })
export class DisplacedPersonDocument extends RecordedInCase {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') personId: string;
  @Column({ type: 'text' }) kind: DocumentKind;
  @Column() number: string;
  @Column({ type: 'date' }) issuedOn: string;
  @Column({ type: 'date', nullable: true }) validUntil: string | null;
  @Column({ type: 'text', nullable: true }) issuedBy: string | null;
}

/** "The relative is the person's `relation`", one row per pair of persons. */
@Entity({ name: 'displaced_person_family_link' })
export class DisplacedPersonFamilyLink extends RecordedInCase {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') personId: string;
  @Column('uuid') relativeId: string;
  @Column({ type: 'text' }) relation: FamilyRelation;
}

/** Assistance the person received: cash (in minor units of `currency`) or in kind (no amount). */
@Entity({ name: 'displaced_person_assistance' })
export class DisplacedPersonAssistance extends RecordedInCase {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') personId: string;
  @Column({ type: 'text' }) kind: AssistanceKind;
  @MinorUnitsColumn({ nullable: true }) amount: MinorUnits | null;
  @Column({ type: 'text', nullable: true }) currency: string | null;
  @Column({ type: 'date' }) providedOn: string;
  @Column() providedBy: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
}
