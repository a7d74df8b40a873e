import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { AttorneyCaseKind, AttorneyCaseStatus, HearingState, MunicipalityRole, Outcome } from './attorney-case-rules.js';
import { MinorUnitsColumn } from '../../database/money-column.js';
import type { MinorUnits } from '../../shared/money.js';

/**
 * A case of the municipal attorney (predmet pravobranilaštva): numbered in the attorney's own book,
 * before a court or authority, with the municipality's role, the subject and value in dispute, and
 * the latest decision received with the appeal deadline it started.
 */
@Entity({ name: 'attorney_case' })
export class AttorneyCase {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() version: number;
  @Column('uuid') bookId: string;
  /** The attorney's registry number, e.g. `P-12/2026`. */
  @Column() registryNumber: string;
  @Column() counterKey: string;
  @Column() serial: number;
  @Column() year: number;
  @Column({ type: 'text' }) kind: AttorneyCaseKind;
  @Column() court: string;
  /** The court's name folded for comparison: a court case number is unique per court. */
  @Column() courtKey: string;
  @Column({ type: 'text', nullable: true }) courtCaseNumber: string | null;
  @Column({ type: 'text' }) municipalityRole: MunicipalityRole;
  @Column() subject: string;
  /** In para (1/100 dinar). */
  @MinorUnitsColumn({ nullable: true }) valueInDispute: MinorUnits | null;
  @Column({ type: 'text' }) status: AttorneyCaseStatus;
  @Column({ type: 'text', nullable: true }) outcome: Outcome | null;
  @Column({ type: 'date', nullable: true }) outcomeOn: string | null;
  @Column({ type: 'text', nullable: true }) decisionText: string | null;
  @Column({ type: 'date', nullable: true }) decisionReceivedOn: string | null;
  @Column({ type: 'date', nullable: true }) appealDeadline: string | null;
  @Column({ type: 'date', nullable: true }) appealLodgedOn: string | null;
  @Column({ type: 'date', nullable: true }) closedOn: string | null;
  @Column({ type: 'text', nullable: true }) closingNote: string | null;
  @Column() searchText: string;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
}

/** An opposing party: a person (JMBG, personal data) or a company (registration number), or just a name. */
@Entity({ name: 'attorney_case_party' })
export class AttorneyCaseParty {
  @PrimaryColumn('uuid') attorneyCaseId: string;
  @PrimaryColumn() position: number;
  @Column() name: string;
  @Column({ type: 'text', nullable: true }) personalId: string | null;
  @Column({ type: 'text', nullable: true }) registrationNumber: string | null;
}

/** A hearing (ročište): scheduled within a case, later marked held or postponed within a case. */
@Entity({ name: 'attorney_case_hearing' })
export class AttorneyCaseHearing {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') attorneyCaseId: string;
  @Column({ type: 'timestamptz' }) startsAt: Date;
  @Column({ type: 'text', nullable: true }) courtroom: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'text' }) state: HearingState;
  @Column({ type: 'text', nullable: true }) stateNote: string | null;
  @Column('uuid') caseId: string;
  @Column('uuid') recordedBy: string;
  @Column({ type: 'timestamptz' }) recordedAt: Date;
  @Column({ type: 'uuid', nullable: true }) markedCaseId: string | null;
  @Column({ type: 'uuid', nullable: true }) markedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) markedAt: Date | null;
}

/** A decision received (odluka): never changed; a later one supersedes it on the entry. */
@Entity({ name: 'attorney_case_decision' })
export class AttorneyCaseDecision {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') attorneyCaseId: string;
  @Column({ type: 'text' }) outcome: Outcome;
  @Column({ type: 'date' }) decidedOn: string;
  @Column({ type: 'date' }) receivedOn: string;
  @Column() final: boolean;
  @Column({ type: 'integer', nullable: true }) appealDays: number | null;
  @Column({ type: 'date', nullable: true }) appealDeadline: string | null;
  @Column() text: string;
  @Column('uuid') caseId: string;
  @Column('uuid') recordedBy: string;
  @Column({ type: 'timestamptz' }) recordedAt: Date;
}
