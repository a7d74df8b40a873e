import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { DocumentQueryDto } from '../../documents/dto/document-query.dto.js';
import { PageQueryDto } from '../../shared/pagination.js';

/** Narrows a report to one unit and its sub-units (one the caller may see). */
export class UnitReportQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this unit and its sub-units' }) @IsOptional() @IsUUID()
  orgUnitId?: string;
}

export class YearReportQueryDto extends UnitReportQueryDto {
  @ApiProperty({ example: 2026, description: 'Calendar year (Belgrade)' }) @Type(() => Number) @IsInt() @Min(1900) @Max(2999)
  year: number;
}

export class MonthReportQueryDto extends YearReportQueryDto {
  @ApiProperty({ example: 3, minimum: 1, maximum: 12 }) @Type(() => Number) @IsInt() @Min(1) @Max(12)
  month: number;
}

export class OverdueReportFilterDto extends UnitReportQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the cases of this official' }) @IsOptional() @IsUUID()
  assigneeId?: string;
}

export class OverdueReportQueryDto extends IntersectionType(OverdueReportFilterDto, PageQueryDto) {}

/** The exports take the report's parameters and the document's language (`lang`, else Accept-Language). */
export class MonthReportExportDto extends IntersectionType(MonthReportQueryDto, DocumentQueryDto) {}
export class YearReportExportDto extends IntersectionType(YearReportQueryDto, DocumentQueryDto) {}
export class UnitReportExportDto extends IntersectionType(UnitReportQueryDto, DocumentQueryDto) {}
export class OverdueReportExportDto extends IntersectionType(OverdueReportFilterDto, DocumentQueryDto) {}
