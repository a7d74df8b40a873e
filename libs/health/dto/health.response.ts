import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class PartStatusDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiPropertyOptional({ description: 'Why the part does not answer (only when down)' }) error?: string;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiProperty({ type: PartStatusDto }) database!: PartStatusDto;
  @ApiProperty({ type: PartStatusDto }) storage!: PartStatusDto;
}
