import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReceivedVia } from './case-file.entity.js';

export const ACT_DIRECTIONS = ['incoming', 'outgoing', 'internal'] as const;
export type ActDirection = (typeof ACT_DIRECTIONS)[number];

/** An act (akt) of a case with its sub-number (podbroj): `351-124/2026-04/2`. */
@Entity({ name: 'case_act' })
export class CaseAct {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') caseId: string;
  @Column() subNumber: number;
  @Column() number: string;
  @Column({ type: 'text' }) direction: ActDirection;
  @Column() subject: string;
  /** Sender of an incoming act, recipient of an outgoing one. */
  @Column({ type: 'text', nullable: true }) correspondent: string | null;
  @Column({ type: 'text', nullable: true }) receivedVia: ReceivedVia | null;
  @Column({ type: 'timestamptz' }) actDate: Date;
  @Column() attachmentsCount: number;
  @Column('uuid') createdBy: string;
  @Column({ type: 'timestamptz' }) createdAt: Date;
}
