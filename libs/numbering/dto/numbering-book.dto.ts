import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { PageQueryDto } from '../../shared/pagination.js';
import { TrimmedString } from '../../shared/validation.js';
import { COUNTER_SCOPES, type CounterScope } from '../case-number-template.js';

/** Same rule as the table's CHECK: a short lower-case slug such as `main` or `attorney`. */
export const BOOK_CODE = /^[a-z0-9][a-z0-9-]{0,31}$/;

/**
 * Longer than any valid template (validateTemplate reports "longer than 100 characters"), so an
 * over-long template is explained as a template problem, yet the input stays bounded.
 */
const MAX_TEMPLATE_INPUT = 1000;

const TEMPLATE_HELP =
  'Placeholders {class}, {unit}, {serial} or {serial:N}, {year} or {yy}, {dd}, {mm}; see GET /api/numbering-books/formats';

export class CreateNumberingBookDto {
  @ApiProperty({ example: 'attorney' })
  @TrimmedString() @IsString() @Matches(BOOK_CODE, { message: 'code must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit' })
  code: string;

  @ApiProperty({ example: 'Pisarnica pravobranilaštva' })
  @TrimmedString() @IsString() @MinLength(1) @MaxLength(200)
  name: string;

  @ApiProperty({ example: '{class}-{serial}/{year}-{unit}', description: TEMPLATE_HELP })
  @TrimmedString() @IsString() @MaxLength(MAX_TEMPLATE_INPUT)
  template: string;

  @ApiProperty({ enum: COUNTER_SCOPES, description: 'Which registrations share one serial counter' })
  @IsIn(COUNTER_SCOPES)
  counterScope: CounterScope;

  @ApiPropertyOptional({ description: 'Registration uses this book when none is named; the flag moves from the current default' })
  @IsOptional() @IsBoolean()
  isDefault?: boolean;
}

export class UpdateNumberingBookDto {
  @ApiPropertyOptional() @IsOptional() @TrimmedString() @IsString() @MinLength(1) @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ description: TEMPLATE_HELP }) @IsOptional() @TrimmedString() @IsString() @MaxLength(MAX_TEMPLATE_INPUT)
  template?: string;

  @ApiPropertyOptional({ enum: COUNTER_SCOPES, description: 'Refused while the book has cases in the current year' })
  @IsOptional() @IsIn(COUNTER_SCOPES)
  counterScope?: CounterScope;

  @ApiPropertyOptional({ description: 'true makes this the default book; the default book cannot be unset, only replaced' })
  @IsOptional() @IsBoolean()
  isDefault?: boolean;

  @ApiProperty() @IsInt() @Min(1)
  version: number;
}

/**
 * A template to try out. The scope is any text so that an unknown one is reported among the
 * problems rather than refused: a preview answers, it does not judge.
 */
export class PreviewNumberTemplateDto {
  @ApiProperty({ example: 'UP-I-{unit}-{class}-{serial}/{yy}', description: TEMPLATE_HELP })
  @TrimmedString() @IsString() @MaxLength(MAX_TEMPLATE_INPUT)
  template: string;

  @ApiProperty({ enum: COUNTER_SCOPES, example: 'year-unit' })
  @IsString() @MaxLength(50)
  counterScope: string;
}

export class NumberingBookQueryDto extends PageQueryDto {}
