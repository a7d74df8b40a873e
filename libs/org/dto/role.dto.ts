import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../shared/pagination.js';
import { TrimmedString } from '../../shared/validation.js';
import { ACTIONS, SCOPES, SUBJECTS, type Action, type Scope, type Subject } from '../../access/permissions.js';


export class PermissionDto {
  @ApiProperty({ enum: ACTIONS }) @IsIn(ACTIONS) action: Action;
  @ApiProperty({ enum: SUBJECTS }) @IsIn(SUBJECTS) subject: Subject;
  @ApiProperty({ enum: SCOPES, description: 'all: everywhere; unit: the position\'s unit and its sub-units; own: records assigned to the user' })
  @IsIn(SCOPES) scope: Scope;
  @ApiPropertyOptional({ example: { status: { $in: ['closed', 'archived'] } }, description: 'Only `status` with `$in` is supported' })
  @IsOptional() @IsObject() conditions?: Record<string, unknown>;
}

export class CreateRoleDto {
  @ApiProperty({ example: 'housing-clerk' })
  @TrimmedString() @IsString() @Matches(/^[a-z][a-z0-9-]{1,63}$/, { message: 'code must be 2–64 lower-case letters, digits or dashes, starting with a letter' })
  code: string;

  @ApiProperty({ example: 'Referent za stambene poslove' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(200)
  name: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  description?: string;

  @ApiProperty({ type: [PermissionDto] })
  @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => PermissionDto)
  permissions: PermissionDto[];
}

export class UpdateRoleDto {
  @ApiPropertyOptional() @IsOptional() @TrimmedString() @IsString() @MinLength(1) @MaxLength(200)
  name?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ type: [PermissionDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => PermissionDto)
  permissions?: PermissionDto[];

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1)
  version?: number;
}

export class RoleQueryDto extends PageQueryDto {}
