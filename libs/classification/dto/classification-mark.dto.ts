import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../shared/pagination.js';
import { TrimmedString } from '../../shared/validation.js';

export const CLASSIFICATION_CODE = /^[0-9]{1,3}(-[0-9]{1,3})*$/;

export class CreateClassificationMarkDto {
  @ApiProperty({ example: '351' })
  @TrimmedString() @IsString() @Matches(CLASSIFICATION_CODE, { message: 'code must be digits, e.g. 351 or 351-1' })
  code: string;

  @ApiProperty({ example: 'Urbanizam i građevinarstvo' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(500)
  title: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, description: 'Years to keep; leave out when permanent' })
  @IsOptional() @IsInt() @Min(1) @Max(200)
  retentionYears?: number;

  @ApiPropertyOptional({ description: 'Kept permanently (trajno)' }) @IsOptional() @IsBoolean()
  permanent?: boolean;

  @ApiPropertyOptional({ description: 'First year the mark is valid; defaults to the current year' })
  @IsOptional() @IsInt() @Min(1900) @Max(2999)
  validFromYear?: number;
}

export class UpdateClassificationMarkDto {
  @ApiPropertyOptional() @IsOptional() @TrimmedString() @IsString() @MinLength(1) @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ type: Number, nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(1) @Max(200)
  retentionYears?: number | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean()
  permanent?: boolean;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Last year the mark is valid (the plan changed)' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(1900) @Max(2999)
  validToYear?: number | null;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1)
  version?: number;
}

export class ClassificationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Code prefix or title contains' }) @IsOptional() @IsString() @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Only marks valid in this year' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1900) @Max(2999)
  year?: number;
}

