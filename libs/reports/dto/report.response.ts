import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATES, type CaseStatus } from '../../cases/case-state-machine.js';
import { PageOf } from '../../shared/response-dto.js';

/** docs/reports.md defines every figure. */

export class ReportUnitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

/** An official; null in a report stands for "not assigned to anyone". */
export class ReportOfficialDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
}

class PeriodFields {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date', description: "The period's last day" }) to!: string;
  @ApiProperty({ format: 'date', description: 'The last day counted: `to`, or today while the period runs' }) asOf!: string;
  @ApiProperty({ description: 'The period is over' }) complete!: boolean;
}

export class MonthPeriodDto extends PeriodFields {
  @ApiProperty() year!: number;
  @ApiProperty({ minimum: 1, maximum: 12 }) month!: number;
}

export class YearPeriodDto extends PeriodFields {
  @ApiProperty() year!: number;
}

export class MonthlyFiguresDto {
  @ApiProperty() received!: number;
  @ApiProperty() assigned!: number;
  @ApiProperty() resolved!: number;
  @ApiProperty() resolvedInTime!: number;
  @ApiProperty() resolvedLate!: number;
  @ApiProperty() pending!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Calendar days from receipt to decision, on average; null without decisions' })
  averageDaysToResolve!: number | null;
}

export class MonthlyOfficialLineDto {
  @ApiProperty({ type: ReportOfficialDto, nullable: true }) official!: ReportOfficialDto | null;
  @ApiProperty({ type: MonthlyFiguresDto }) figures!: MonthlyFiguresDto;
}

export class MonthlyUnitLineDto {
  @ApiProperty({ type: ReportUnitDto }) orgUnit!: ReportUnitDto;
  @ApiProperty({ type: MonthlyFiguresDto }) figures!: MonthlyFiguresDto;
  @ApiProperty({ type: [MonthlyOfficialLineDto] }) officials!: MonthlyOfficialLineDto[];
}

export class MonthlyReportDto {
  @ApiProperty({ type: MonthPeriodDto }) period!: MonthPeriodDto;
  @ApiProperty({ type: ReportUnitDto, nullable: true, description: 'The unit the report was narrowed to (with its sub-units)' }) orgUnit!: ReportUnitDto | null;
  @ApiProperty({ type: MonthlyFiguresDto }) total!: MonthlyFiguresDto;
  @ApiProperty({ type: [MonthlyUnitLineDto] }) units!: MonthlyUnitLineDto[];
}

export class InspectionFiguresDto {
  @ApiProperty({ description: 'Pending on 1 January' }) carriedOver!: number;
  @ApiProperty() received!: number;
  @ApiProperty() resolved!: number;
  @ApiProperty() resolvedInTime!: number;
  @ApiProperty() resolvedLate!: number;
  @ApiProperty() unresolved!: number;
  @ApiProperty() unresolvedOverdue!: number;
  @ApiProperty({ description: 'Closed cases reopened in the year (after an appeal)' }) appeals!: number;
}

export class InspectionUnitLineDto {
  @ApiProperty({ type: ReportUnitDto }) orgUnit!: ReportUnitDto;
  @ApiProperty({ type: InspectionFiguresDto }) figures!: InspectionFiguresDto;
}

export class InspectionReportDto {
  @ApiProperty({ type: YearPeriodDto }) period!: YearPeriodDto;
  @ApiProperty({ type: ReportUnitDto, nullable: true }) orgUnit!: ReportUnitDto | null;
  @ApiProperty({ type: InspectionFiguresDto }) total!: InspectionFiguresDto;
  @ApiProperty({ type: [InspectionUnitLineDto] }) units!: InspectionUnitLineDto[];
}

export class CaseAgesDto {
  @ApiProperty() upTo30!: number;
  @ApiProperty() upTo60!: number;
  @ApiProperty() upTo90!: number;
  @ApiProperty() over90!: number;
}

export class UnresolvedFiguresDto {
  @ApiProperty() open!: number;
  @ApiProperty() registered!: number;
  @ApiProperty() assigned!: number;
  @ApiProperty() inProgress!: number;
  @ApiProperty() onHold!: number;
  @ApiProperty() dueSoon!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty({ type: CaseAgesDto }) age!: CaseAgesDto;
  @ApiProperty({ type: String, format: 'date', nullable: true }) oldestReceivedOn!: string | null;
}

export class UnresolvedOfficialLineDto {
  @ApiProperty({ type: ReportOfficialDto, nullable: true }) official!: ReportOfficialDto | null;
  @ApiProperty({ type: UnresolvedFiguresDto }) figures!: UnresolvedFiguresDto;
}

export class UnresolvedUnitLineDto {
  @ApiProperty({ type: ReportUnitDto }) orgUnit!: ReportUnitDto;
  @ApiProperty({ type: UnresolvedFiguresDto }) figures!: UnresolvedFiguresDto;
  @ApiProperty({ type: [UnresolvedOfficialLineDto] }) officials!: UnresolvedOfficialLineDto[];
}

export class UnresolvedReportDto {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: ReportUnitDto, nullable: true }) orgUnit!: ReportUnitDto | null;
  @ApiProperty({ type: UnresolvedFiguresDto }) total!: UnresolvedFiguresDto;
  @ApiProperty({ type: [UnresolvedUnitLineDto] }) units!: UnresolvedUnitLineDto[];
}

export class OverdueCaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() classificationCode!: string;
  @ApiProperty({ enum: CASE_STATES, enumName: 'CaseStatus' }) status!: CaseStatus;
  @ApiProperty({ type: ReportUnitDto }) orgUnit!: ReportUnitDto;
  @ApiProperty({ type: ReportOfficialDto, nullable: true }) official!: ReportOfficialDto | null;
  @ApiProperty({ format: 'date' }) receivedOn!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty() daysOverdue!: number;
}

export class OverdueReportDto extends PageOf(OverdueCaseDto) {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: ReportUnitDto, nullable: true }) orgUnit!: ReportUnitDto | null;
}

export class OpenCasesByStateDto {
  @ApiProperty() total!: number;
  @ApiProperty() registered!: number;
  @ApiProperty() assigned!: number;
  @ApiProperty() inProgress!: number;
  @ApiProperty() onHold!: number;
}

export class DashboardDto {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: ReportUnitDto, nullable: true }) orgUnit!: ReportUnitDto | null;
  @ApiProperty() receivedToday!: number;
  @ApiProperty() resolvedToday!: number;
  @ApiProperty({ type: OpenCasesByStateDto }) open!: OpenCasesByStateDto;
  @ApiProperty() dueSoon!: number;
  @ApiProperty() overdue!: number;
}
