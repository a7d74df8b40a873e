import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A case lent out of the archive (revers): to whom, why, until when, and its return. */
@Entity({ name: 'archive_loan' })
export class ArchiveLoan {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') archiveEntryId: string;
  @Column() borrowerName: string;
  /** Set when the borrower is a user of Spis. */
  @Column({ type: 'uuid', nullable: true }) borrowerUserId: string | null;
  @Column({ type: 'text', nullable: true }) purpose: string | null;
  @Column({ type: 'timestamptz' }) lentAt: Date;
  /** ISO date by which the case is to be back. */
  @Column({ type: 'date', nullable: true }) dueOn: string | null;
  @Column('uuid') lentBy: string;
  @Column({ type: 'timestamptz', nullable: true }) returnedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) receivedBy: string | null;
}
