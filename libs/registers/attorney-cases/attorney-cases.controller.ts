import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../../access/access.decorators.js';
import type { Principal } from '../../access/principal.js';
import { RegisterController } from '../shared/index.js';
import { AttorneyCaseCalendar } from './attorney-case-calendar.service.js';
import { ATTORNEY_CASES, AttorneyCaseQueries } from './attorney-cases.register.js';
import { AttorneyCasesService } from './attorney-cases.service.js';
import { AppealDeadlinePageDto, AttorneyCaseDto, HearingCalendarPageDto } from './dto/attorney-case-responses.dto.js';
import {
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
 * it (`caseId`). `GET hearings` and `GET deadlines` are matched before the kit's `GET :id`.
 */
@Controller('registers/attorney-cases')
export class AttorneyCasesController extends RegisterController(ATTORNEY_CASES, AttorneyCaseQueries) {
  constructor(
    private readonly attorneyCases: AttorneyCasesService,
    private readonly calendar: AttorneyCaseCalendar,
  ) {
    super();
  }

  /** A case taken on within a case; it gets the next registry number of its kind (e.g. P-12/2026). */
  @Post()
  @Allow('create', 'AttorneyCase')
  @ApiCreatedResponse({ type: AttorneyCaseDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateAttorneyCaseDto) {
    return this.attorneyCases.create(principal, dto);
  }

  /** The hearings calendar: every case's hearings on the Belgrade days `from`–`to`, earliest first. */
  @Get('hearings')
  @Allow('read', 'AttorneyCase')
  @ApiOkResponse({ type: HearingCalendarPageDto })
  hearings(@CurrentPrincipal() principal: Principal, @Query() query: HearingCalendarQueryDto) {
    return this.calendar.hearings(principal, query);
  }

  /** Appeal deadlines running out by `before` (default: within 15 days), soonest first; past ones flagged. */
  @Get('deadlines')
  @Allow('read', 'AttorneyCase')
  @ApiOkResponse({ type: AppealDeadlinePageDto })
  deadlines(@CurrentPrincipal() principal: Principal, @Query() query: DeadlineQueryDto) {
    return this.calendar.deadlines(principal, query);
  }

  /** A change of the case's data within a case, against the `version` read. */
  @Patch(':id')
  @Allow('update', 'AttorneyCase')
  @ApiOkResponse({ type: AttorneyCaseDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateAttorneyCaseDto) {
    return this.attorneyCases.update(principal, id, dto);
  }

  /** A hearing the court set, within a case. */
  @Post(':id/hearings')
  @Allow('update', 'AttorneyCase')
  @ApiCreatedResponse({ type: AttorneyCaseDto })
  scheduleHearing(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ScheduleHearingDto) {
    return this.attorneyCases.scheduleHearing(principal, id, dto);
  }

  /** A scheduled hearing marked held or postponed (with its new date), within a case. */
  @Post(':id/hearings/:hearingId')
  @HttpCode(200)
  @Allow('update', 'AttorneyCase')
  @ApiOkResponse({ type: AttorneyCaseDto })
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
  @ApiCreatedResponse({ type: AttorneyCaseDto })
  recordDecision(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordDecisionDto) {
    return this.attorneyCases.recordDecision(principal, id, dto);
  }

  /** The attorney's case closed a/a, within a case. */
  @Post(':id/close')
  @HttpCode(200)
  @Allow('update', 'AttorneyCase')
  @ApiOkResponse({ type: AttorneyCaseDto })
  close(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CloseAttorneyCaseDto) {
    return this.attorneyCases.close(principal, id, dto);
  }
}
