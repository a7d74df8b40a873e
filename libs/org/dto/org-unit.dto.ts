import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../shared/pagination.js';
import { TrimmedString } from '../../shared/validation.js';

export const ORG_UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/;

export class CreateOrgUnitDto {
  @ApiProperty({ example: '04', description: 'Short code used in case numbers' })
  @TrimmedString() @IsString() @Matches(ORG_UNIT_CODE, { message: 'code must be 1–20 letters, digits, dots or dashes' })
  code: string;

  @ApiProperty({ example: 'Odeljenje za urbanizam' })
  @TrimmedString() @IsString() @MinLength(1) @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ description: 'The unit above this one; none for a top-level unit' })
  @IsOptional() @IsUUID()
  parentId?: string;
}

export class UpdateOrgUnitDto {
  @ApiPropertyOptional() @IsOptional() @TrimmedString() @IsString() @MinLength(1) @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Move under another unit; null makes it top-level' })
  @IsOptional() @ValidateIf((_, value) => value !== null) @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'The version you read; a stale one is refused with 409 VERSION_CONFLICT' })
  @IsOptional() @IsInt() @Min(1)
  version?: number;
}

export class OrgUnitQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Code or name contains' }) @IsOptional() @IsString() @MaxLength(100)
  q?: string;

  @ApiPropertyOptional() @IsOptional() @IsUUID()
  parentId?: string;
}
