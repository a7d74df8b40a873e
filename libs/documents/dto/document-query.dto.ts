import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { LOCALES } from '../../i18n/i18n.js';
import { CalendarDay } from '../../shared/validation.js';

/** A language tag such as `sr-Cyrl`, `mk` or `en-GB`. */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;


/** The language of a printed document; without it the request's Accept-Language decides. */
export class DocumentQueryDto {
  @ApiPropertyOptional({ description: `Language of the document: ${LOCALES.join(', ')} (default sr-Latn, or Accept-Language)`, example: 'sr-Cyrl' })
  @IsOptional() @IsString() @MaxLength(35) @Matches(LANGUAGE_TAG, { message: 'lang must be a language tag such as sr-Cyrl' })
  lang?: string;
}

/** A book for the days `from`–`to`, both included, at most a year. */
export class PeriodQueryDto extends DocumentQueryDto {
  @ApiProperty({ example: '2026-01-01', description: 'First day (Belgrade calendar)' }) @CalendarDay()
  from: string;

  @ApiProperty({ example: '2026-01-31', description: 'Last day, included; at most a year after `from`' }) @CalendarDay()
  to: string;
}

/** A book for the cases of one year. */
export class YearQueryDto extends DocumentQueryDto {
  @ApiProperty({ example: 2026, description: 'Year of the cases' }) @Type(() => Number) @IsInt() @Min(1900) @Max(2999)
  year: number;
}
