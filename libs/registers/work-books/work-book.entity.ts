import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export const WORK_BOOK_STATUSES = ['valid', 'replaced_by_duplicate', 'returned', 'cancelled'] as const;
export type WorkBookStatus = (typeof WORK_BOOK_STATUSES)[number];

/** Why a duplicate was issued: the holder lost the book, or it was damaged. */
export const DUPLICATE_REASONS = ['lost', 'damaged'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/**
 * An issued work book (radna knjižica): the form's series and number, its holder as the book
 * states them, and where it stands. A duplicate (duplikat) is a book of its own that `replaces`
 * the lost or damaged one, which is then `replacedBy` it.
 */
@Entity({ name: 'work_book' })
export class WorkBook {
  @PrimaryColumn('uuid') id: string;
  @Column() version: number;
  /** Latin capitals: `БГ` and `BG` are the same series. */
  @Column() series: string;
  @Column() number: string;
  @Column({ type: 'date' }) issuedOn: string;
  @Column() holderName: string;
  /** Ime roditelja. */
  @Column() holderParentName: string;
  /** JMBG: personal data, shown only to those who may read it. */
  @Column() holderPersonalId: string;
  @Column({ type: 'date' }) holderDateOfBirth: string;
  @Column() holderPlaceOfBirth: string;
  @Column({ type: 'text' }) status: WorkBookStatus;
  @Column({ type: 'uuid', nullable: true }) replacesId: string | null;
  @Column({ type: 'text', nullable: true }) duplicateReason: DuplicateReason | null;
  @Column({ type: 'uuid', nullable: true }) replacedById: string | null;
  @Column({ type: 'date', nullable: true }) returnedOn: string | null;
  @Column({ type: 'date', nullable: true }) cancelledOn: string | null;
  @Column({ type: 'text', nullable: true }) cancellationReason: string | null;
  @Column() searchText: string;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
}

export const MOVEMENT_KINDS = ['handover', 'return'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const RECIPIENT_KINDS = ['holder', 'employer'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** A book handed to its holder or an employer, or returned to the holder for good. */
@Entity({ name: 'work_book_movement' })
export class WorkBookMovement {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid') workBookId: string;
  @Column({ type: 'text' }) kind: MovementKind;
  @Column({ type: 'date' }) movedOn: string;
  @Column({ type: 'text' }) recipientKind: RecipientKind;
  @Column() recipientName: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column('uuid') caseId: string;
  @Column('uuid') recordedBy: string;
  @Column({ type: 'timestamptz' }) recordedAt: Date;
}
