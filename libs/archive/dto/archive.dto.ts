import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ARCHIVE_BOOK_STATES, type CaseStatus } from '../../cases/case-state-machine.js';
import { CLASSIFICATION_CODE } from '../../classification/dto/classification-mark.dto.js';
import { PageQueryDto } from '../../shared/pagination.js';
import { TrimmedString } from '../../shared/validation.js';
import { DISPOSAL_LIST_STATUSES, type DisposalListStatus } from '../disposal-list.entity.js';
import { DISPOSAL_LIST_KINDS, type DisposalListKind } from '../retention.js';


/** Most cases one list may name; a whole year's eligible material is drawn without naming them. */
export const MAX_LIST_CASE_IDS = 5000;

const booleanQuery = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ArchiveBookQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Year of the case' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1900) @Max(2999)
  year?: number;

  @ApiPropertyOptional({ example: '351' }) @IsOptional() @TrimmedString() @IsString() @Matches(CLASSIFICATION_CODE, { message: 'classCode must be digits, e.g. 351' })
  classCode?: string;

  @ApiPropertyOptional({ enum: ARCHIVE_BOOK_STATES }) @IsOptional() @IsIn(ARCHIVE_BOOK_STATES)
  status?: CaseStatus;
}

export class LoanQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'true: cases still out; false: cases already back' }) @IsOptional() @Transform(booleanQuery) @IsBoolean()
  open?: boolean;
}

export class DisposalCandidatesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DISPOSAL_LIST_KINDS, default: 'disposal' }) @IsOptional() @IsIn(DISPOSAL_LIST_KINDS)
  kind: DisposalListKind = 'disposal';
}

export class DisposalListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DISPOSAL_LIST_KINDS }) @IsOptional() @IsIn(DISPOSAL_LIST_KINDS)
  kind?: DisposalListKind;

  @ApiPropertyOptional({ enum: DISPOSAL_LIST_STATUSES }) @IsOptional() @IsIn(DISPOSAL_LIST_STATUSES)
  status?: DisposalListStatus;
}

export class CreateDisposalListDto {
  @ApiPropertyOptional({ enum: DISPOSAL_LIST_KINDS, default: 'disposal', description: 'disposal (izlučivanje) or handover of permanent material to the historical archive' })
  @IsOptional() @IsIn(DISPOSAL_LIST_KINDS)
  kind?: DisposalListKind;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_LIST_CASE_IDS, description: 'The cases to list; left out, every eligible case is listed' })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_LIST_CASE_IDS) @ArrayUnique() @IsUUID('all', { each: true })
  caseIds?: string[];

  @ApiPropertyOptional() @IsOptional() @TrimmedString() @IsString() @MinLength(1) @MaxLength(2000)
  note?: string;
}

export class ApproveDisposalListDto {
  @ApiPropertyOptional({ description: 'The version of the list the committee saw' }) @IsOptional() @IsInt() @Min(1)
  version?: number;

  @ApiPropertyOptional({ description: 'Number of the committee\'s decision' }) @IsOptional() @TrimmedString() @IsString() @MinLength(1) @MaxLength(100)
  decisionNumber?: string;

  @ApiPropertyOptional({ description: 'The historical archive\'s consent (saglasnost nadležnog arhiva), e.g. its act number and date' })
  @IsOptional() @TrimmedString() @IsString() @MinLength(1) @MaxLength(2000)
  archiveConsent?: string;
}

export class RejectDisposalListDto {
  @ApiProperty({ minLength: 1, maxLength: 2000, description: 'Why the committee rejects the list' })
  @TrimmedString() @IsString() @MinLength(1) @MaxLength(2000)
  reason: string;

  @ApiPropertyOptional({ description: 'The version of the list the committee saw' }) @IsOptional() @IsInt() @Min(1)
  version?: number;
}
