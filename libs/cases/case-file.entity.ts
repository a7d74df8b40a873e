import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MinorUnitsColumn } from '../database/money-column.js';
import type { MinorUnits } from '../shared/money.js';
import type { CaseStatus } from './case-state-machine.js';

export const RECEIVED_VIA = ['counter', 'post', 'email', 'portal', 'courier', 'internal'] as const;
export type ReceivedVia = (typeof RECEIVED_VIA)[number];

/** Other words clients use for the same channels. */
const RECEIVED_VIA_ALIASES: Record<string, ReceivedVia> = {
  in_person: 'counter', personal: 'counter', desk: 'counter', mail: 'post', postal: 'post', 'e-mail': 'email',
  e_mail: 'email', eportal: 'portal', e_government: 'portal', 'e-government': 'portal', euprava: 'portal',
};

/** A channel as given, in any letter case, or one of its aliases. */
export function normalizeReceivedVia(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const key = value.trim().toLowerCase();
  return RECEIVED_VIA_ALIASES[key] ?? key;
}

export const RESOLUTION_KINDS = ['granted', 'partially_granted', 'rejected', 'dismissed', 'suspended', 'withdrawn', 'other'] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

/**
 * A case (predmet): every act about one matter, under one case number. `version` is the
 * optimistic-concurrency counter of the case's own state; adding acts does not change it.
 */
@Entity({ name: 'case_file' })
export class CaseFile {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') bookId: string;
  @Column() number: string;
  @Column() counterKey: string;
  @Column() serial: number;
  @Column() year: number;
  @Column('uuid') classificationMarkId: string;
  @Column() classCode: string;
  @Column('uuid') orgUnitId: string;
  @Column({ type: 'uuid', nullable: true }) assigneeId: string | null;
  @Column() subject: string;
  @Column() partyName: string;
  @Column({ type: 'text', nullable: true }) partyAddress: string | null;
  /** JMBG / PIB / MB: personal data, shown only to those who work with the case. */
  @Column({ type: 'text', nullable: true }) partyPersonalId: string | null;
  @Column({ type: 'timestamptz' }) receivedAt: Date;
  @Column({ type: 'text' }) receivedVia: ReceivedVia;
  @Column() attachmentsCount: number;
  /** The fee paid (taksa), in para; the API shows it as `feeAmount` in dinars (see `feeAmountOf`). */
  @MinorUnitsColumn({ nullable: true }) feeMinor: MinorUnits | null;
  @Column() administrativeProcedure: boolean;
  @Column() examinationProcedure: boolean;
  @Column({ type: 'integer', nullable: true }) deadlineDays: number | null;
  /** Last day of the legal deadline, ISO date (ZUP), recomputed when a hold ends. */
  @Column({ type: 'date', nullable: true }) dueDate: string | null;
  @Column({ type: 'text' }) status: CaseStatus;
  @Column({ type: 'text', nullable: true }) resolution: string | null;
  @Column({ type: 'text', nullable: true }) resolutionKind: ResolutionKind | null;
  @Column({ type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ type: 'integer', nullable: true }) retentionYears: number | null;
  @Column({ type: 'boolean', nullable: true }) retentionPermanent: boolean | null;
  @Column({ type: 'text', nullable: true }) cancelReason: string | null;
  @Column({ type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  @Column() lastActNumber: number;
  @Column() searchText: string;
  @Column({ type: 'timestamptz' }) registeredAt: Date;
  @Column('uuid') registeredBy: string;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
  @Column() version: number;
}
