import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../shared/response-dto.js';

/** One line of the audit trail: who did what to which record, with the record before and after. */
export class AuditEntryDto {
  @ApiProperty({ description: 'Ascending with time (a bigint, as text)' }) id!: string;
  @ApiProperty() at!: Date;
  @ApiProperty({ type: String, nullable: true, description: 'Username; null for the system' }) actor!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ example: 'case.assign' }) action!: string;
  @ApiProperty() entityType!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) before!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) after!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
}
export class AuditPageDto extends PageOf(AuditEntryDto) {}
