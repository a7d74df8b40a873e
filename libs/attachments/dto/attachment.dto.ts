import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { DocumentQueryDto } from '../../documents/dto/document-query.dto.js';
import { PageQueryDto } from '../../shared/pagination.js';

/** The form of an upload (documentation only: the body is streamed, not parsed into this). */
export class UploadAttachmentForm {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The file; its type is decided from its bytes (PDF, TIFF, JPEG, PNG, DOCX, XLSX, ODT, DOC, XLS)' })
  file: unknown;

  @ApiPropertyOptional({ description: 'New version only: the version being replaced, refused with 409 if another came first' })
  version?: number;
}

export class VersionQueryDto {
  @ApiPropertyOptional({ minimum: 1, description: 'A past version (default: the current one)' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  version?: number;
}

export const DISPOSITIONS = ['attachment', 'inline'] as const;

export class ContentQueryDto extends VersionQueryDto {
  @ApiPropertyOptional({ enum: DISPOSITIONS, default: 'attachment', description: '`inline` to show it in the browser' }) @IsOptional() @IsIn(DISPOSITIONS)
  disposition?: (typeof DISPOSITIONS)[number];
}

export class CaseAttachmentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the attachments of this act' }) @IsOptional() @IsUUID()
  actId?: string;
}

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** An upload's options: stamp it at once, and the language of that stamp. */
export class UploadQueryDto extends DocumentQueryDto {
  @ApiPropertyOptional({
    description: 'true: a scanned PDF gets the reception stamp at once, as version 2 (version 1 is the scan as sent); other files are stored unstamped and the answer says so (`stamped: false`)',
  })
  @IsOptional() @Transform(bool) @IsBoolean()
  stamp?: boolean;
}

/** Stamp the current version; `version`, when given, must be the current one (else 409 VERSION_CONFLICT). */
export class StampAttachmentDto {
  @ApiPropertyOptional({ minimum: 1, description: 'The version seen by the caller, which is the one to stamp' }) @IsOptional() @IsInt() @Min(1)
  version?: number;
}
