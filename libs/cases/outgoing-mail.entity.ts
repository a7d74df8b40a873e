import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const DISPATCH_METHODS = ['post', 'registered_post', 'registered_post_return_receipt', 'courier', 'email', 'e_delivery', 'in_person'] as const;
export type DispatchMethod = (typeof DISPATCH_METHODS)[number];
export type OutgoingMailStatus = 'pending' | 'sent' | 'delivered' | 'returned';

/** An entry of the outgoing mail book (knjiga za otpremu pošte): one dispatch of an outgoing act. */
@Entity({ name: 'outgoing_mail' })
export class OutgoingMail {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') actId: string;
  @Column('uuid') caseId: string;
  @Column() recipientName: string;
  @Column({ type: 'text', nullable: true }) recipientAddress: string | null;
  @Column({ type: 'text' }) method: DispatchMethod;
  @Column({ type: 'text' }) status: OutgoingMailStatus;
  @Column({ type: 'date', nullable: true }) sentOn: string | null;
  @Column({ type: 'uuid', nullable: true }) sentBy: string | null;
  /** The date on the returned delivery receipt (povratnica). */
  @Column({ type: 'date', nullable: true }) deliveredOn: string | null;
  @Column({ type: 'text', nullable: true }) receiptNote: string | null;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column() version: number;
}
