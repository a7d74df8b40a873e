import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
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
