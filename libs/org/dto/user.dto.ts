import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { LOCALES } from '../../i18n/index.js';
import { PageQueryDto } from '../../shared/pagination.js';
import { TrimmedString } from '../../shared/validation.js';

const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** Long enough to resist guessing; anything a person can type is allowed. */
export const MIN_PASSWORD_LENGTH = 10;

export class CreateUserDto {
  @ApiProperty({ example: 'jpetrovic' })
  @Transform(lower) @IsString() @Matches(/^[a-z0-9][a-z0-9._-]{1,63}$/, { message: 'username must be 2–64 lower-case letters, digits, dots, dashes or underscores' })
  username: string;

  @ApiProperty({ example: 'Jovana Petrović' })
  @TrimmedString() @IsString() @MinLength(1) @MaxLength(200)
  fullName: string;

  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(254)
  email?: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString() @MinLength(MIN_PASSWORD_LENGTH) @MaxLength(256)
  password: string;

  @ApiPropertyOptional({ enum: LOCALES, enumName: 'Locale', default: 'sr-Latn' }) @IsOptional() @IsIn(LOCALES)
  locale?: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional() @IsOptional() @TrimmedString() @IsString() @MinLength(1) @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsEmail() @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ description: 'Sets a new password and ends the user\'s sessions' })
  @IsOptional() @IsString() @MinLength(MIN_PASSWORD_LENGTH) @MaxLength(256)
  password?: string;

  @ApiPropertyOptional({ enum: LOCALES, enumName: 'Locale' }) @IsOptional() @IsIn(LOCALES)
  locale?: string;

  @ApiPropertyOptional({ description: 'A disabled user cannot sign in; their sessions end at once' })
  @IsOptional() @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1)
  version?: number;
}

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Username or name contains' }) @IsOptional() @IsString() @MaxLength(100)
  q?: string;

  @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  disabled?: boolean;
}
