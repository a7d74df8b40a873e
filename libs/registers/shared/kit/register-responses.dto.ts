import { ApiProperty } from '@nestjs/swagger';

/** A case an entry was created or changed in. */
export class CaseRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '112-3/2026-03' }) number!: string;
}

/** Every entry view and list row names the cases that shaped it, oldest link first. */
export class RegisterLinksDto {
  @ApiProperty({ format: 'uuid', isArray: true, type: String }) caseIds!: string[];
  @ApiProperty({ type: CaseRefDto, isArray: true }) cases!: CaseRefDto[];
}

/** A change of one entry: who, when, in which case, the entry before and after (null before its creation). */
export class RegisterHistoryItemDto {
  @ApiProperty({ format: 'date-time' }) at!: Date;
  @ApiProperty({ description: 'Username of who made the change' }) actor!: string;
  @ApiProperty({ description: 'What happened, e.g. `create`, `update`, `handover`, `suspension`' }) action!: string;
  @ApiProperty({ type: CaseRefDto }) case!: CaseRefDto;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The entry as its history keeps it; identifiers null unless you may read them' })
  before!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) after!: Record<string, unknown> | null;
}
