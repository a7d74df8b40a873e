import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An entry of the archive book (arhivska knjiga): a closed case taken into the archive, where it
 * is kept (room, shelf, box) and from which year it may be disposed of or, when permanent, handed
 * over to the historical archive. Entries are never deleted, not even when the case is destroyed.
 */
@Entity({ name: 'archive_entry' })
export class ArchiveEntry {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') caseId: string;
  /** The case's year and classification mark, copied so the book reads without the case. */
  @Column() year: number;
  @Column() classCode: string;
  /** Null when permanent (trajno). */
  @Column({ type: 'integer', nullable: true }) retentionYears: number | null;
  @Column() permanent: boolean;
  @Column() closedYear: number;
  @Column() eligibleFromYear: number;
  @Column() locationRoom: string;
  @Column({ type: 'text', nullable: true }) locationShelf: string | null;
  @Column({ type: 'text', nullable: true }) locationBox: string | null;
  @Column({ type: 'timestamptz' }) archivedAt: Date;
  @Column('uuid') archivedBy: string;
  @Column() version: number;
}
