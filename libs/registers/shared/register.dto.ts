import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { DocumentQueryDto } from '../../documents/dto/document-query.dto.js';
import { PageQueryDto } from '../../shared/pagination.js';
import { TrimmedString } from '../../shared/validation.js';

/** Every change of a register entry names the case whose decision makes it. */
export class WithinCaseDto {
  @ApiProperty({ format: 'uuid', description: 'The case in which the change is decided; you must be processing it' })
  @IsUUID()
  caseId: string;
}

/** A change of an existing entry: within a case, against the version the user saw. */
export class VersionedChangeDto extends WithinCaseDto {
  @ApiProperty({ minimum: 1, description: 'The entry\'s `version` as last read; a newer one → 409 VERSION_CONFLICT' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version: number;
}

/** Filters every register list accepts; registers add their own beside them. */
export class RegisterListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Words to find, in Cyrillic or Latin, with or without diacritics' })
  @IsOptional()
  @TrimmedString()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only entries created or changed in this case' })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}

/** An export (CSV, PDF) takes the list's filters, without paging, and the document's language. */
export class RegisterExportQueryDto extends DocumentQueryDto {
  @ApiPropertyOptional() @IsOptional() @TrimmedString() @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID()
  caseId?: string;
}
