import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOf } from '../../shared/response-dto.js';

/** One version of an attachment's file. */
export class AttachmentVersionDto {
  @ApiProperty() version!: number;
  @ApiProperty() filename!: string;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty({ description: 'SHA-256 of the bytes, hex' }) sha256!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() uploadedAt!: Date;
  @ApiProperty({ type: String, nullable: true, description: 'Username' }) uploadedBy!: string | null;
  @ApiProperty({ description: 'The stored object was found missing by the storage sweep' }) missing!: boolean;
}

class AttachmentFields extends AttachmentVersionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The act it belongs to; null for the case itself' }) actId!: string | null;
  @ApiProperty() createdAt!: Date;
}

/** An attachment as the case's list shows it: its current version's details. */
export class AttachmentListItemDto extends AttachmentFields {
  @ApiProperty({ description: 'How many versions it has' }) versionCount!: number;
}
export class AttachmentPageDto extends PageOf(AttachmentListItemDto) {}

/** An attachment with its current version's details and every version, newest first. */
export class AttachmentDto extends AttachmentFields {
  @ApiProperty({ type: [AttachmentVersionDto] }) versions!: AttachmentVersionDto[];
}

export class StampRefusalDto {
  @ApiProperty({ example: 'ATTACHMENT_NOT_PDF' }) code!: string;
  @ApiProperty({ description: "Why, in the stamp's language" }) detail!: string;
}

/** The uploaded attachment; with `?stamp=true`, also whether it got the reception stamp. */
export class UploadedAttachmentDto extends AttachmentDto {
  @ApiPropertyOptional({ description: 'Only with `?stamp=true`' }) stamped?: boolean;
  @ApiPropertyOptional({ type: StampRefusalDto, description: 'Why the upload was not stamped (it stands unstamped)' }) stampRefused?: StampRefusalDto;
}

/** A link straight to storage, valid for a few minutes. */
export class AttachmentLinkDto {
  @ApiProperty() url!: string;
  @ApiProperty() version!: number;
  @ApiProperty() expiresAt!: Date;
}
