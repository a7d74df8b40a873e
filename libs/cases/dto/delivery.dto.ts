import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../shared/pagination.js';
import { TrimmedString } from '../../shared/validation.js';

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** A whole day `YYYY-MM-DD` or an instant with a time; ISO's reduced forms (`2026`, `2026-03`) are not bounds. */
const DayOrInstant = () => (target: object, property: string | symbol) => {
  IsISO8601({ strict: true })(target, property);
  Matches(/^\d{4}-\d{2}-\d{2}($|T)/, { message: '$property must be a date YYYY-MM-DD or a date and time' })(target, property);
};

/** Filters of the internal delivery book (dostavna knjiga). */
export class DeliveryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'true: hand-overs still waiting for the receiver; false: confirmed or superseded ones' })
  @IsOptional() @Transform(bool) @IsBoolean()
  pending?: boolean;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Hand-overs addressed to this user' }) @IsOptional() @IsUUID()
  toUserId?: string;

  @ApiPropertyOptional({ description: 'Handed over on or after (date, Belgrade time, or instant)' }) @IsOptional() @DayOrInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Handed over before the end of this day (date) or before this instant' }) @IsOptional() @DayOrInstant()
  to?: string;
}

/** The receiver's confirmation: the signature of the paper delivery book. */
export class ConfirmDeliveryDto {
  @ApiPropertyOptional({ description: 'Remark of the receiver, kept in the case history' }) @IsOptional() @TrimmedString() @IsString() @MaxLength(1000)
  note?: string;
}
