import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { CLASSIFICATION_CODE } from '../../classification/dto/classification-mark.dto.js';
import { FULL_DATE, IsMajorUnits, TrimmedString } from '../../shared/validation.js';
import { RECEIVED_VIA, normalizeReceivedVia, type ReceivedVia } from '../case-file.entity.js';

export class PartyDto {
  @ApiProperty({ example: 'Petar Petrović' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ example: 'Njegoševa 12, 11000 Beograd' }) @IsOptional() @TrimmedString() @IsString() @MaxLength(500)
  address?: string;

  @ApiPropertyOptional({ description: 'JMBG (13 digits, checked), or a company registration / tax number (8–9 digits)', example: '0101990710006' })
  @IsOptional() @TrimmedString() @IsString() @Matches(/^([0-9]{8,9}|[0-9]{13})$/, { message: 'personalId must be a 13-digit JMBG or an 8–9 digit registration/tax number' })
  personalId?: string;
}

/** A submission (podnesak) received at the registry office that opens a new case. */
export class RegisterCaseDto {
  @ApiProperty({ example: '351' }) @TrimmedString() @IsString() @Matches(CLASSIFICATION_CODE, { message: 'classificationCode must be digits, e.g. 351' })
  classificationCode: string;

  @ApiProperty({ format: 'uuid', description: 'The unit the case belongs to' }) @IsUUID()
  orgUnitId: string;

  @ApiProperty({ example: 'Zahtev za izdavanje građevinske dozvole' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(1000)
  subject: string;

  @ApiProperty({ type: PartyDto }) @ValidateNested() @Type(() => PartyDto)
  party: PartyDto;

  @ApiPropertyOptional({ description: 'When the submission arrived (default: now); not in the future' }) @IsOptional() @Matches(FULL_DATE, { message: 'receivedAt must be a date or an instant' }) @IsISO8601({ strict: true })
  receivedAt?: string;

  @ApiProperty({ enum: RECEIVED_VIA }) @Transform(({ value }) => normalizeReceivedVia(value)) @IsIn(RECEIVED_VIA)
  receivedVia: ReceivedVia;

  @ApiPropertyOptional({ minimum: 0, default: 0 }) @IsOptional() @IsInt() @Min(0) @Max(10000)
  attachmentsCount?: number;

  @ApiPropertyOptional({ description: 'Fee paid (taksa), in dinars with at most two decimals; kept exactly, in para', minimum: 0, maximum: 9999999999, example: 1250.5 })
  @IsOptional() @IsMajorUnits(9999999999)
  feeAmount?: number;

  @ApiPropertyOptional({ description: 'Administrative procedure under ZUP: the legal deadline runs' }) @IsOptional() @IsBoolean()
  administrativeProcedure?: boolean;

  @ApiPropertyOptional({ description: 'An examination procedure is needed: 60 days instead of 30' }) @IsOptional() @IsBoolean()
  examinationProcedure?: boolean;

  @ApiPropertyOptional({ description: 'A special law sets this many days instead of ZUP\'s 30/60' }) @IsOptional() @IsInt() @Min(1) @Max(3650)
  deadlineDays?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Numbering book (default: the default book)' }) @IsOptional() @IsUUID()
  bookId?: string;
}

export class DuplicateQueryDto {
  @ApiProperty() @TrimmedString() @IsString() @MinLength(1) @MaxLength(300)
  partyName: string;

  @ApiProperty() @TrimmedString() @IsString() @MinLength(1) @MaxLength(1000)
  subject: string;
}
