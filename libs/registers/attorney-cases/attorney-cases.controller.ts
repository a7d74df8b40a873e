import { Body, Controller, Get, Header, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../../access/access.decorators.js';
import type { Principal } from '../../access/principal.js';
import { documentLocale } from '../../documents/labels.js';
import { csvResponse, RegisterListPdf } from '../shared/index.js';
import { attorneyCasesCsv, attorneyCasesList } from './attorney-case-exports.js';
import { ATTORNEY_CASE_LABELS } from './attorney-case-labels.js';
import { AttorneyCaseQueries } from './attorney-case-queries.service.js';
import { AttorneyCasesService } from './attorney-cases.service.js';
import {
  AttorneyCaseExportQueryDto,
  AttorneyCaseListQueryDto,
  CloseAttorneyCaseDto,
  CreateAttorneyCaseDto,
  DeadlineQueryDto,
  HearingCalendarQueryDto,
  MarkHearingDto,
  RecordDecisionDto,
  ScheduleHearingDto,
  UpdateAttorneyCaseDto,
} from './dto/attorney-case.dto.js';

/**
 * The municipal attorney's registry (pisarnica pravobranilaštva): the court and administrative
 * cases in which the attorney represents the municipality, numbered in the attorney's own book,
 * with hearings, decisions and appeal deadlines. Every change names the case whose decision makes
 * it (`caseId`).
 */
@ApiTags('registers')
@ApiBearerAuth()
@Controller('registers/attorney-cases')
export class AttorneyCasesController {
  constructor(
    private readonly attorneyCases: AttorneyCasesService,
    private readonly queries: AttorneyCaseQueries,
    private readonly pdf: RegisterListPdf,
  ) {}

  /** Cases by kind, status, court, hearing days, appeal deadline, words (either script), case; paged. */
  @Get()
  @Allow('read', 'AttorneyCase')
  list(@CurrentPrincipal() principal: Principal, @Query() query: AttorneyCaseListQueryDto) {
    return this.queries.list(principal, query);
  }

  /** A case taken on within a case; it gets the next registry number of its kind (e.g. P-12/2026). */
  @Post()
  @Allow('create', 'AttorneyCase')
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateAttorneyCaseDto) {
    return this.attorneyCases.create(principal, dto);
  }

  /** The hearings calendar: every case's hearings on the Belgrade days `from`–`to`, earliest first. */
  @Get('hearings')
  @Allow('read', 'AttorneyCase')
  hearings(@CurrentPrincipal() principal: Principal, @Query() query: HearingCalendarQueryDto) {
    return this.queries.hearings(principal, query);
  }

  /** Appeal deadlines running out on or before `before`, soonest first; those run out flagged `pastDue`. */
  @Get('deadlines')
  @Allow('read', 'AttorneyCase')
  deadlines(@CurrentPrincipal() principal: Principal, @Query() query: DeadlineQueryDto) {
    return this.queries.deadlines(principal, query);
  }

  /** The list's cases (same filters, no paging) as CSV; JMBGs of opposing parties for those who may read them. */
  @Get('export.csv')
  @Allow('export', 'AttorneyCase')
  @ApiProduces('text/csv')
  @Header('Cache-Control', 'no-store')
  async exportCsv(@CurrentPrincipal() principal: Principal, @Query() query: AttorneyCaseExportQueryDto, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const locale = documentLocale(query.lang, acceptLanguage);
    const { rows, personalIds } = await this.queries.exportRows(principal, query, { personalIds: true });
    return csvResponse(ATTORNEY_CASE_LABELS[locale].fileName, attorneyCasesCsv(locale, rows, personalIds, this.queries.today()));
  }

  /** The list's cases printed (landscape A4, paginated), without identifiers. */
  @Get('list.pdf')
  @Allow('export', 'AttorneyCase')
  @ApiProduces('application/pdf')
  @Header('Cache-Control', 'no-store')
  async listPdf(@CurrentPrincipal() principal: Principal, @Query() query: AttorneyCaseExportQueryDto, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const locale = documentLocale(query.lang, acceptLanguage);
    const { rows } = await this.queries.exportRows(principal, query, { personalIds: false });
    return this.pdf.response(locale, attorneyCasesList(locale, rows, this.queries.today()));
  }

  @Get(':id')
  @Allow('read', 'AttorneyCase')
  detail(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.detail(principal, id);
  }

  /** A change of the case's data within a case, against the `version` read. */
  @Patch(':id')
  @Allow('update', 'AttorneyCase')
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateAttorneyCaseDto) {
    return this.attorneyCases.update(principal, id, dto);
  }

  /** Every change of the entry: who, when, in which case, before and after. */
  @Get(':id/history')
  @Allow('read', 'AttorneyCase')
  history(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.history(principal, id);
  }

  /** A hearing the court set, within a case. */
  @Post(':id/hearings')
  @Allow('update', 'AttorneyCase')
  scheduleHearing(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ScheduleHearingDto) {
    return this.attorneyCases.scheduleHearing(principal, id, dto);
  }

  /** A scheduled hearing marked held or postponed (with its new date), within a case. */
  @Post(':id/hearings/:hearingId')
  @HttpCode(200)
  @Allow('update', 'AttorneyCase')
  markHearing(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('hearingId', ParseUUIDPipe) hearingId: string,
    @Body() dto: MarkHearingDto,
  ) {
    return this.attorneyCases.markHearing(principal, id, hearingId, dto);
  }

  /** A decision received, within a case: the outcome, and the appeal deadline it starts. */
  @Post(':id/decisions')
  @Allow('update', 'AttorneyCase')
  recordDecision(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordDecisionDto) {
    return this.attorneyCases.recordDecision(principal, id, dto);
  }

  /** The attorney's case closed a/a, within a case. */
  @Post(':id/close')
  @HttpCode(200)
  @Allow('update', 'AttorneyCase')
  close(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CloseAttorneyCaseDto) {
    return this.attorneyCases.close(principal, id, dto);
  }
}
