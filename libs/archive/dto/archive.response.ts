import { ApiProperty } from '@nestjs/swagger';
import { ArchiveBookEntryDto, LoanDto } from '../../cases/dto/case-archive-part.response.js';
import { PageOf } from '../../shared/response-dto.js';
import { DISPOSAL_LIST_STATUSES, type DisposalListStatus } from '../disposal-list.entity.js';
import { DISPOSAL_LIST_KINDS, type DisposalListKind } from '../retention.js';

export class ArchiveBookPageDto extends PageOf(ArchiveBookEntryDto) {}

/** A loan with the case it is of, for the loans list. */
export class LoanListItemDto extends LoanDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() number!: string;
  @ApiProperty() subject!: string;
}
export class LoanPageDto extends PageOf(LoanListItemDto) {}

export class DisposalCandidateDto extends ArchiveBookEntryDto {
  @ApiProperty({ description: 'Out on loan: it must come back before it can be destroyed or handed over' }) lent!: boolean;
}
export class DisposalCandidatePageDto extends PageOf(DisposalCandidateDto) {}

/** A disposal list (destruction of bezvredni materijal) or a handover list (to the historical archive). */
export class DisposalListDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: DISPOSAL_LIST_KINDS, enumName: 'DisposalListKind' }) kind!: DisposalListKind;
  @ApiProperty({ enum: DISPOSAL_LIST_STATUSES, enumName: 'DisposalListStatus' }) status!: DisposalListStatus;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ description: 'Username' }) createdBy!: string;
  @ApiProperty({ type: Date, nullable: true }) approvedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'Username' }) approvedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) archiveConsent!: string | null;
  @ApiProperty({ type: Date, nullable: true }) rejectedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'Username' }) rejectedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectionReason!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() itemCount!: number;
}
export class DisposalListPageDto extends PageOf(DisposalListDto) {}

/** The list with its cases in book order. */
export class DisposalListDetailDto extends DisposalListDto {
  @ApiProperty({ type: [ArchiveBookEntryDto] }) items!: ArchiveBookEntryDto[];
}
