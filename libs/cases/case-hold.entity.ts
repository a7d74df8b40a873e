import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A period the case waited for the party (rokovnik); its days do not count toward the deadline. */
@Entity({ name: 'case_hold' })
export class CaseHold {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') caseId: string;
  @Column({ type: 'date' }) fromDate: string;
  @Column({ type: 'date', nullable: true }) toDate: string | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'date', nullable: true }) expectedUntil: string | null;
  @Column('uuid') startedBy: string;
  @Column({ type: 'uuid', nullable: true }) endedBy: string | null;
}
