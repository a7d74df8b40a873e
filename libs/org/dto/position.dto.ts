import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../shared/pagination.js';
import { TrimmedString } from '../../shared/validation.js';


export class CreatePositionDto {
  @ApiProperty({ example: 'Samostalni savetnik za urbanizam' })
  @TrimmedString() @IsString() @MinLength(1) @MaxLength(300)
  title: string;

  @ApiProperty() @IsUUID()
  orgUnitId: string;

  @ApiPropertyOptional({ description: 'The holder; leave out for a vacant post' }) @IsOptional() @IsUUID()
  userId?: string;

  @ApiProperty({ type: [String], description: 'Roles attached to the post' })
  @IsArray() @ArrayUnique() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  roleIds: string[];
}

export class UpdatePositionDto {
  @ApiPropertyOptional() @IsOptional() @TrimmedString() @IsString() @MinLength(1) @MaxLength(300)
  title?: string;

  @ApiPropertyOptional() @IsOptional() @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'A new holder; null leaves the post vacant' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID()
  userId?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  roleIds?: string[];

  @ApiPropertyOptional() @IsOptional() @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1)
  version?: number;
}

export class PositionQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional() @IsOptional() @IsUUID()
  userId?: string;
}
