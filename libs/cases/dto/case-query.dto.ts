import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { FULL_DATE } from '../../shared/validation.js';
import { PageQueryDto } from '../../shared/pagination.js';
import { CASE_STATES, type CaseStatus } from '../case-state-machine.js';

const list = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value);
const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CaseQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Number, subject or party; Cyrillic/Latin and diacritics insensitive' }) @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ type: String, description: `One status or several, comma-separated: ${CASE_STATES.join(', ')}`, example: 'assigned,in_progress' }) @IsOptional() @Transform(list) @IsIn(CASE_STATES, { each: true })
  status?: CaseStatus[];

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ example: '351' }) @IsOptional() @IsString() @MaxLength(20)
  classCode?: string;

  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1900) @Max(2999)
  year?: number;

  @ApiPropertyOptional({ description: 'true: open cases past their legal deadline; false: the others' }) @IsOptional() @Transform(bool) @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Received on or after (date or instant)' }) @IsOptional() @Matches(FULL_DATE, { message: 'receivedFrom must be a date (YYYY-MM-DD) or an instant' }) @IsISO8601({ strict: true })
  receivedFrom?: string;

  @ApiPropertyOptional({ description: 'Received before the end of this day (date) or before this instant' }) @IsOptional() @Matches(FULL_DATE, { message: 'receivedTo must be a date (YYYY-MM-DD) or an instant' }) @IsISO8601({ strict: true })
  receivedTo?: string;
}
