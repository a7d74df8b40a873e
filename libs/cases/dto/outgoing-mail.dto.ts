import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../shared/pagination.js';
import { TrimmedString } from '../../shared/validation.js';
import { DISPATCH_METHODS, type DispatchMethod, type OutgoingMailStatus } from '../outgoing-mail.entity.js';

export const OUTGOING_MAIL_STATUSES = ['pending', 'sent', 'delivered', 'returned'] as const satisfies readonly OutgoingMailStatus[];

/** A calendar day `YYYY-MM-DD` that exists (strict ISO 8601 refuses 2026-02-30). */
const IsoDay = () => (target: object, property: string | symbol) => {
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' })(target, property);
  IsISO8601({ strict: true })(target, property);
};

const MAIL_ORDERS = ['oldest', 'newest'] as const;

/** Filters of the outgoing mail book (knjiga za otpremu pošte). */
export class OutgoingMailQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: OUTGOING_MAIL_STATUSES }) @IsOptional() @IsIn(OUTGOING_MAIL_STATUSES)
  status?: OutgoingMailStatus;

  @ApiPropertyOptional({ enum: DISPATCH_METHODS }) @IsOptional() @IsIn(DISPATCH_METHODS)
  method?: DispatchMethod;

  @ApiPropertyOptional({ description: 'Sent on or after this day', example: '2026-03-01' }) @IsOptional() @IsoDay()
  sentFrom?: string;

  @ApiPropertyOptional({ description: 'Sent on or before this day', example: '2026-03-31' }) @IsOptional() @IsoDay()
  sentTo?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ enum: MAIL_ORDERS, default: 'oldest', description: 'oldest: the order entries were made (the book); newest: latest first, to find what was just sent' })
  @IsOptional() @IsIn(MAIL_ORDERS)
  order?: (typeof MAIL_ORDERS)[number];
}

/** The registry office sends the act out. */
export class SendMailDto {
  @ApiPropertyOptional({ description: 'Day it was sent (default: today); not in the future', example: '2026-03-05' }) @IsOptional() @IsoDay()
  sentOn?: string;

  @ApiPropertyOptional({ description: 'The version of the entry the caller saw' }) @IsOptional() @IsInt() @Min(1)
  version?: number;
}

/** The delivery receipt (povratnica) came back: delivered, or the letter returned undelivered. */
export class MailReceiptDto {
  @ApiProperty({ description: 'Day of delivery on the receipt, or the day the undelivered letter came back', example: '2026-03-09' }) @IsoDay()
  deliveredOn: string;

  @ApiPropertyOptional({ description: 'true: not delivered, the letter came back', default: false }) @IsOptional() @IsBoolean()
  returned?: boolean;

  @ApiPropertyOptional({ description: 'What the receipt says, e.g. who signed it or why it was not delivered' })
  @IsOptional() @TrimmedString() @IsString() @MaxLength(1000)
  note?: string;

  @ApiPropertyOptional({ description: 'The version of the entry the caller saw' }) @IsOptional() @IsInt() @Min(1)
  version?: number;
}
