import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An entry of the internal delivery book (dostavna knjiga): who handed the case to whom and when,
 * and the receiver's confirmation (the signature of the paper book). A later hand-over before the
 * confirmation supersedes it.
 */
@Entity({ name: 'case_delivery' })
export class CaseDelivery {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') caseId: string;
  @Column('uuid') fromUserId: string;
  @Column('uuid') fromOrgUnitId: string;
  @Column('uuid') toOrgUnitId: string;
  @Column({ type: 'uuid', nullable: true }) toUserId: string | null;
  @Column({ type: 'timestamptz' }) handedAt: Date;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) confirmedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) supersededAt: Date | null;
}
