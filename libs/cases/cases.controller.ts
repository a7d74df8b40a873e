import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, SignedIn } from '../access/access.decorators.js';
import type { Principal } from '../access/principal.js';
import { AddActDto, AssignCaseDto, CaseActionDto } from './dto/case-commands.dto.js';
import { CaseQueryDto } from './dto/case-query.dto.js';
import { DuplicateQueryDto, RegisterCaseDto } from './dto/register-case.dto.js';
import { CaseDocumentsService } from './case-documents.service.js';
import { CaseQueriesService } from './case-queries.service.js';
import { CaseRegistrationService } from './case-registration.service.js';
import { CaseWorkflowService } from './case-workflow.service.js';
import { CASE_ACTIONS, CASE_STATES, CASE_TRANSITIONS, TERMINAL_STATES } from './case-state-machine.js';
import { AddedActDto, CaseDetailDto, CasePageDto, CaseWorkflowDto, PossibleDuplicateListDto, RegisteredCaseDto } from './dto/case.response.js';

/**
 * Cases (predmeti). Routes that several roles reach for different reasons (acts, actions) are
 * gated on reading cases; the service then checks the permission the particular act or
 * transition needs on that very case.
 */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly registration: CaseRegistrationService,
    private readonly queries: CaseQueriesService,
    private readonly workflow: CaseWorkflowService,
    private readonly documents: CaseDocumentsService,
  ) {}

  @Post()
  @Allow('register', 'Case')
  @ApiCreatedResponse({ type: RegisteredCaseDto })
  register(@CurrentPrincipal() principal: Principal, @Body() dto: RegisterCaseDto) {
    return this.registration.registerIncomingSubmission(principal, dto);
  }

  @Get()
  @Allow('read', 'Case')
  @ApiOkResponse({ type: CasePageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: CaseQueryDto): Promise<CasePageDto> {
    return this.queries.list(principal, query);
  }

  /** Before registering: cases of the same party about a similar matter in the last 30 days. */
  @Get('possible-duplicates')
  @Allow('register', 'Case')
  @ApiOkResponse({ type: PossibleDuplicateListDto })
  possibleDuplicates(@CurrentPrincipal() principal: Principal, @Query() query: DuplicateQueryDto) {
    return this.registration.possibleDuplicates(principal, query);
  }

  /** The state machine as data, so clients show the same states and actions the server enforces. */
  @Get('workflow')
  @SignedIn()
  @ApiOkResponse({ type: CaseWorkflowDto })
  stateMachine(): CaseWorkflowDto {
    return { states: CASE_STATES, terminalStates: TERMINAL_STATES, actions: CASE_ACTIONS, transitions: CASE_TRANSITIONS };
  }

  @Get(':id')
  @Allow('read', 'Case')
  @ApiOkResponse({ type: CaseDetailDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.detail(principal, id);
  }

  @Post(':id/documents')
  @Allow('read', 'Case')
  @ApiCreatedResponse({ type: AddedActDto })
  addDocument(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AddActDto) {
    return this.documents.addAct(principal, id, dto);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Allow('assign', 'Case')
  @ApiOkResponse({ type: CaseDetailDto })
  assign(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AssignCaseDto) {
    return this.workflow.assign(principal, id, dto);
  }

  @Post(':id/actions/:action')
  @HttpCode(200)
  @Allow('read', 'Case')
  @ApiOkResponse({ type: CaseDetailDto })
  act(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('action') action: string,
    @Body() dto: CaseActionDto,
  ) {
    return this.workflow.act(principal, id, action, dto);
  }
}
