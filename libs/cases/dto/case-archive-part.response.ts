import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATES, type CaseStatus } from '../case-state-machine.js';

/**
 * The archive's part of a case as `GET /cases/:id` answers it. `cases` declares the shape and
 * the archive library fills it (CaseDetailParts), so the archive's own answers reuse these classes.
 */
export class ArchiveLocationDto {
  @ApiProperty() room!: string;
  @ApiProperty({ type: String, nullable: true }) shelf!: string | null;
  @ApiProperty({ type: String, nullable: true }) box!: string | null;
}

export class BorrowerDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'When the borrower is a user of Spis' }) userId!: string | null;
}

/** A loan of an archived case (revers). */
export class LoanDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: BorrowerDto }) borrower!: BorrowerDto;
  @ApiProperty({ type: String, nullable: true }) purpose!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn!: string | null;
  @ApiProperty({ description: 'Still out past its due date' }) overdue!: boolean;
  @ApiProperty() lentAt!: Date;
  @ApiProperty({ description: 'Username of the archivist who lent it' }) lentBy!: string;
  @ApiProperty({ type: Date, nullable: true }) returnedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'Username of the archivist who took it back' }) receivedBy!: string | null;
}

/** An entry of the archive book (arhivska knjiga). */
export class ArchiveBookEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() number!: string;
  @ApiProperty() year!: number;
  @ApiProperty() classCode!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() partyName!: string;
  @ApiProperty({ type: Number, nullable: true }) retentionYears!: number | null;
  @ApiProperty() permanent!: boolean;
  @ApiProperty({ type: ArchiveLocationDto }) location!: ArchiveLocationDto;
  @ApiProperty() archivedAt!: Date;
  @ApiProperty({ description: 'Username of the archivist' }) archivedBy!: string;
  @ApiProperty() closedYear!: number;
  @ApiProperty({ description: 'The first year the case may be destroyed or handed over' }) eligibleFromYear!: number;
  @ApiProperty({ enum: CASE_STATES, enumName: 'CaseStatus', description: 'archived, lent, destroyed or handed_over' }) status!: CaseStatus;
  @ApiProperty({ type: LoanDto, nullable: true }) openLoan!: LoanDto | null;
}

export class CaseArchivePartDto {
  @ApiProperty({ type: ArchiveBookEntryDto }) entry!: ArchiveBookEntryDto;
  @ApiProperty({ type: LoanDto, nullable: true }) openLoan!: LoanDto | null;
  @ApiProperty({ type: [LoanDto] }) loans!: LoanDto[];
}
