import { Controller, Get, Header, Headers, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import type { Principal } from '../access/principal.js';
import { documentLocale } from '../documents/labels.js';
import {
  MonthReportExportDto,
  MonthReportQueryDto,
  OverdueReportExportDto,
  OverdueReportQueryDto,
  UnitReportExportDto,
  UnitReportQueryDto,
  YearReportExportDto,
  YearReportQueryDto,
} from './dto/report-query.dto.js';
import { InspectionReportService } from './inspection-report.service.js';
import { MonthlyReportService } from './monthly-report.service.js';
import { OpenCasesReportService } from './open-cases-report.service.js';
import { ReportFiles } from './report-files.js';
import { inspectionTable, monthlyTable, overdueTable, unresolvedTable } from './report-tables.js';
import { DashboardDto, InspectionReportDto, MonthlyReportDto, OverdueReportDto, UnresolvedReportDto } from './dto/report.response.js';
import { ApiFileResponse } from '../shared/response-dto.js';

/**
 * Reports for heads of units (their unit and its sub-units) and management (every unit), as JSON
 * for screens and as CSV and PDF. A file holds what its JSON holds for the same caller; taking it
 * away as a file needs the `export` permission (management), reading it on screen `read`.
 * docs/reports.md defines every figure.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly monthly: MonthlyReportService,
    private readonly inspection: InspectionReportService,
    private readonly open: OpenCasesReportService,
    private readonly files: ReportFiles,
  ) {}

  /** Monthly work and efficiency report, per unit and official. */
  @Get('monthly')
  @Allow('read', 'Report')
  @ApiOkResponse({ type: MonthlyReportDto })
  monthlyReport(@CurrentPrincipal() principal: Principal, @Query() query: MonthReportQueryDto): Promise<MonthlyReportDto> {
    return this.monthly.report(principal, query);
  }

  @Get('monthly.csv')
  @Allow('export', 'Report')
  @ApiFileResponse('text/csv')
  @Header('Cache-Control', 'no-store')
  async monthlyCsv(@CurrentPrincipal() principal: Principal, @Query() query: MonthReportExportDto, @Headers('accept-language') acceptLanguage?: string) {
    const locale = documentLocale(query.lang, acceptLanguage);
    return this.files.csv(monthlyTable(await this.monthly.report(principal, query), this.files.labels(locale)));
  }

  @Get('monthly.pdf')
  @Allow('export', 'Report')
  @ApiFileResponse('application/pdf')
  @Header('Cache-Control', 'no-store')
  async monthlyPdf(@CurrentPrincipal() principal: Principal, @Query() query: MonthReportExportDto, @Headers('accept-language') acceptLanguage?: string) {
    const locale = documentLocale(query.lang, acceptLanguage);
    return this.files.pdf(locale, monthlyTable(await this.monthly.report(principal, query), this.files.labels(locale)));
  }

  /** Annual report for the administrative inspection: administrative-procedure cases per unit. */
  @Get('inspection')
  @Allow('read', 'Report')
  @ApiOkResponse({ type: InspectionReportDto })
  inspectionReport(@CurrentPrincipal() principal: Principal, @Query() query: YearReportQueryDto): Promise<InspectionReportDto> {
    return this.inspection.report(principal, query);
  }

  @Get('inspection.csv')
  @Allow('export', 'Report')
  @ApiFileResponse('text/csv')
  @Header('Cache-Control', 'no-store')
  async inspectionCsv(@CurrentPrincipal() principal: Principal, @Query() query: YearReportExportDto, @Headers('accept-language') acceptLanguage?: string) {
    const locale = documentLocale(query.lang, acceptLanguage);
    return this.files.csv(inspectionTable(await this.inspection.report(principal, query), this.files.labels(locale)));
  }

  @Get('inspection.pdf')
  @Allow('export', 'Report')
  @ApiFileResponse('application/pdf')
  @Header('Cache-Control', 'no-store')
  async inspectionPdf(@CurrentPrincipal() principal: Principal, @Query() query: YearReportExportDto, @Headers('accept-language') acceptLanguage?: string) {
    const locale = documentLocale(query.lang, acceptLanguage);
    return this.files.pdf(locale, inspectionTable(await this.inspection.report(principal, query), this.files.labels(locale)));
  }

  /** Open cases today per unit and official: by state, against the deadline, by age. */
  @Get('unresolved')
  @Allow('read', 'Report')
  @ApiOkResponse({ type: UnresolvedReportDto })
  unresolvedReport(@CurrentPrincipal() principal: Principal, @Query() query: UnitReportQueryDto): Promise<UnresolvedReportDto> {
    return this.open.unresolved(principal, query);
  }

  @Get('unresolved.csv')
  @Allow('export', 'Report')
  @ApiFileResponse('text/csv')
  @Header('Cache-Control', 'no-store')
  async unresolvedCsv(@CurrentPrincipal() principal: Principal, @Query() query: UnitReportExportDto, @Headers('accept-language') acceptLanguage?: string) {
    const locale = documentLocale(query.lang, acceptLanguage);
    return this.files.csv(unresolvedTable(await this.open.unresolved(principal, query), this.files.labels(locale)));
  }

  @Get('unresolved.pdf')
  @Allow('export', 'Report')
  @ApiFileResponse('application/pdf')
  @Header('Cache-Control', 'no-store')
  async unresolvedPdf(@CurrentPrincipal() principal: Principal, @Query() query: UnitReportExportDto, @Headers('accept-language') acceptLanguage?: string) {
    const locale = documentLocale(query.lang, acceptLanguage);
    return this.files.pdf(locale, unresolvedTable(await this.open.unresolved(principal, query), this.files.labels(locale)));
  }

  /** Open cases past their due date, longest overdue first, a page at a time. */
  @Get('overdue')
  @Allow('read', 'Report')
  @ApiOkResponse({ type: OverdueReportDto })
  overdueReport(@CurrentPrincipal() principal: Principal, @Query() query: OverdueReportQueryDto): Promise<OverdueReportDto> {
    return this.open.overdue(principal, query);
  }

  /** Every overdue case (no paging). */
  @Get('overdue.csv')
  @Allow('export', 'Report')
  @ApiFileResponse('text/csv')
  @Header('Cache-Control', 'no-store')
  async overdueCsv(@CurrentPrincipal() principal: Principal, @Query() query: OverdueReportExportDto, @Headers('accept-language') acceptLanguage?: string) {
    const locale = documentLocale(query.lang, acceptLanguage);
    return this.files.csv(overdueTable(await this.open.overdue(principal, query), this.files.labels(locale)));
  }

  @Get('overdue.pdf')
  @Allow('export', 'Report')
  @ApiFileResponse('application/pdf')
  @Header('Cache-Control', 'no-store')
  async overduePdf(@CurrentPrincipal() principal: Principal, @Query() query: OverdueReportExportDto, @Headers('accept-language') acceptLanguage?: string) {
    const locale = documentLocale(query.lang, acceptLanguage);
    return this.files.pdf(locale, overdueTable(await this.open.overdue(principal, query), this.files.labels(locale)));
  }

  /** Today at a glance: intake, decisions, open cases by state, near and past due. */
  @Get('dashboard')
  @Allow('read', 'Report')
  @ApiOkResponse({ type: DashboardDto })
  dashboard(@CurrentPrincipal() principal: Principal, @Query() query: UnitReportQueryDto): Promise<DashboardDto> {
    return this.open.dashboard(principal, query);
  }
}
