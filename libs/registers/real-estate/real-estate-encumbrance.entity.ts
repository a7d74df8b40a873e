import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EncumbranceKind } from './real-estate-rules.js';

/**
 * An encumbrance on a property (teret: mortgage, easement, dispute…), entered within a case and
 * removed (brisanje tereta) within another; the row stays with the removal date.
 */
@Entity({ name: 'real_estate_encumbrance' })
export class RealEstateEncumbrance {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') realEstateId: string;
  @Column({ type: 'text' }) kind: EncumbranceKind;
  /** In whose favour: a bank, the owner of the neighbouring parcel, the other party of a dispute. */
  @Column() inFavourOf: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  /** Where it is written: a cadastre decision, a court case number. */
  @Column({ type: 'text', nullable: true }) reference: string | null;
  @Column({ type: 'date' }) registeredOn: string;
  @Column('uuid') caseId: string;
  @Column('uuid') recordedBy: string;
  @Column({ type: 'timestamptz' }) recordedAt: Date;
  @Column({ type: 'date', nullable: true }) removedOn: string | null;
  @Column({ type: 'text', nullable: true }) removalReason: string | null;
  @Column({ type: 'uuid', nullable: true }) removedCaseId: string | null;
}
