import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { DATE_ONLY, FULL_DATE, TrimmedString } from '../../shared/validation.js';
import { ACT_DIRECTIONS, type ActDirection } from '../case-act.entity.js';
import { RECEIVED_VIA, RESOLUTION_KINDS, normalizeReceivedVia, type ReceivedVia, type ResolutionKind } from '../case-file.entity.js';
import { DISPATCH_METHODS, type DispatchMethod } from '../outgoing-mail.entity.js';

export class AssignCaseDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Hand the case to this unit (default: its current unit)' }) @IsOptional() @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The official (obrađivač); leave out to hand the case to the unit only' }) @IsOptional() @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ description: 'Note for the delivery book' }) @IsOptional() @TrimmedString() @IsString() @MaxLength(1000)
  note?: string;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1)
  version?: number;
}

export class DispatchDto {
  @ApiProperty() @TrimmedString() @IsString() @MinLength(1) @MaxLength(300)
  recipientName: string;

  @ApiPropertyOptional() @IsOptional() @TrimmedString() @IsString() @MaxLength(500)
  recipientAddress?: string;

  @ApiProperty({ enum: DISPATCH_METHODS }) @IsIn(DISPATCH_METHODS)
  method: DispatchMethod;
}

/** A new act (akt) of a case: a later submission joined to it, or a document the official writes. */
export class AddActDto {
  @ApiProperty({ enum: ACT_DIRECTIONS }) @IsIn(ACT_DIRECTIONS)
  direction: ActDirection;

  @ApiProperty({ example: 'Dopuna zahteva' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(1000)
  subject: string;

  @ApiPropertyOptional({ description: 'Sender of an incoming act, recipient of an outgoing one' }) @IsOptional() @TrimmedString() @IsString() @MaxLength(300)
  correspondent?: string;

  @ApiPropertyOptional({ enum: RECEIVED_VIA }) @IsOptional() @Transform(({ value }) => normalizeReceivedVia(value)) @IsIn(RECEIVED_VIA)
  receivedVia?: ReceivedVia;

  @ApiPropertyOptional({ description: 'Date of the act (default: now); not in the future' }) @IsOptional() @Matches(FULL_DATE, { message: 'actDate must be a date or an instant' }) @IsISO8601({ strict: true })
  actDate?: string;

  @ApiPropertyOptional({ minimum: 0 }) @IsOptional() @IsInt() @Min(0) @Max(10000)
  attachmentsCount?: number;

  @ApiPropertyOptional({ type: DispatchDto, description: 'Outgoing acts: enter it in the outgoing mail book' })
  @IsOptional() @ValidateNested() @Type(() => DispatchDto)
  dispatch?: DispatchDto;
}

/** `{ version, ...details }` of `POST /cases/:id/actions/:action`; which details are needed depends on the action. */
export class CaseActionDto {
  @ApiProperty({ description: 'The version of the case the caller saw' }) @IsInt() @Min(1)
  version: number;

  @ApiPropertyOptional({ description: 'resolve, close: how the case was resolved (razvod)' }) @IsOptional() @TrimmedString() @IsString() @MinLength(1) @MaxLength(2000)
  resolution?: string;

  @ApiPropertyOptional({ enum: RESOLUTION_KINDS }) @IsOptional() @IsIn(RESOLUTION_KINDS)
  resolutionKind?: ResolutionKind;

  @ApiPropertyOptional({ description: 'cancel (required), hold, reopen: why' }) @IsOptional() @TrimmedString() @IsString() @MinLength(1) @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ description: 'hold: the date the party was given (rokovnik)' }) @IsOptional() @Matches(DATE_ONLY, { message: 'expectedUntil must be a date (YYYY-MM-DD)' }) @IsISO8601({ strict: true })
  expectedUntil?: string;

  @ApiPropertyOptional({ description: 'archive: `{ room, shelf?, box? }` or a text' }) @IsOptional()
  location?: unknown;

  @ApiPropertyOptional({ description: 'lend: `{ name, userId?, purpose?, dueOn? }` or a name' }) @IsOptional()
  borrower?: unknown;

  @ApiPropertyOptional({ format: 'uuid', description: 'assign: the official' }) @IsOptional() @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'assign: the unit' }) @IsOptional() @IsUUID()
  orgUnitId?: string;
}
