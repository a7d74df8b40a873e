import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DisposalListKind } from './retention.js';

/** A draft awaits the committee, which approves it or rejects it; a rejected list holds none of its cases. */
export const DISPOSAL_LIST_STATUSES = ['draft', 'approved', 'rejected'] as const;
export type DisposalListStatus = (typeof DISPOSAL_LIST_STATUSES)[number];

/**
 * A list of archived cases whose retention has passed, drawn up by the archivist: a disposal list
 * (popis za izlučivanje) or, for permanent material, a handover list (predaja istorijskom arhivu).
 * The committee's approval, with the historical archive's consent, is what marks the cases; its
 * rejection frees them for a new list, and the rejected list stays on record with its items.
 */
@Entity({ name: 'disposal_list' })
export class DisposalList {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) kind: DisposalListKind;
  @Column({ type: 'text' }) status: DisposalListStatus;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column('uuid') createdBy: string;
  @Column({ type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) approvedBy: string | null;
  /** Number of the committee's decision (rešenje / zapisnik komisije). */
  @Column({ type: 'text', nullable: true }) decisionNumber: string | null;
  /** The historical archive's consent (saglasnost nadležnog arhiva), as recorded. */
  @Column({ type: 'text', nullable: true }) archiveConsent: string | null;
  @Column({ type: 'timestamptz', nullable: true }) rejectedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) rejectedBy: string | null;
  /** Why the committee rejected the list. */
  @Column({ type: 'text', nullable: true }) rejectionReason: string | null;
  @Column() version: number;
}
