import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class PartStatusDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiPropertyOptional({ description: 'Why the part does not answer (only when down)' }) error?: string;
}

/** The last backup this node can see: a warning when there is none, it is older than 26 h, or its check failed. */
export class BackupStatusDto {
  @ApiProperty({ enum: ['ok', 'warn'] }) status!: 'ok' | 'warn';
  @ApiPropertyOptional({ format: 'date-time', description: 'When the last backup finished' }) lastAt?: string;
  @ApiPropertyOptional({ description: 'Hours since then' }) ageHours?: number;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiProperty({ type: PartStatusDto }) database!: PartStatusDto;
  @ApiProperty({ type: PartStatusDto }) storage!: PartStatusDto;
  @ApiProperty({ type: BackupStatusDto }) backup!: BackupStatusDto;
}
