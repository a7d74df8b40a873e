import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import type { Principal } from '../access/principal.js';
import { ArchiveService } from './archive.service.js';
import { DisposalListsService } from './disposal-lists.service.js';
import {
  ApproveDisposalListDto,
  ArchiveBookQueryDto,
  CreateDisposalListDto,
  DisposalCandidatesQueryDto,
  DisposalListQueryDto,
  LoanQueryDto,
  RejectDisposalListDto,
} from './dto/archive.dto.js';
import { ArchiveBookPageDto, DisposalCandidatePageDto, DisposalListDetailDto, DisposalListPageDto, LoanPageDto } from './dto/archive.response.js';

/**
 * The archive: the archive book (arhivska knjiga), loans (revers), and disposal / handover lists.
 * Taking a case in, lending and returning it are case actions (`POST /cases/:id/actions/...`).
 */
@ApiTags('archive')
@ApiBearerAuth()
@Controller('archive')
export class ArchiveController {
  constructor(
    private readonly archive: ArchiveService,
    private readonly lists: DisposalListsService,
  ) {}

  @Get('book')
  @Allow('read', 'ArchiveEntry')
  @ApiOkResponse({ type: ArchiveBookPageDto })
  book(@CurrentPrincipal() principal: Principal, @Query() query: ArchiveBookQueryDto): Promise<ArchiveBookPageDto> {
    return this.archive.book(principal, query);
  }

  @Get('loans')
  @Allow('read', 'ArchiveEntry')
  @ApiOkResponse({ type: LoanPageDto })
  loans(@CurrentPrincipal() principal: Principal, @Query() query: LoanQueryDto): Promise<LoanPageDto> {
    return this.archive.loans(principal, query);
  }

  /** Archived cases whose retention has passed this year and that are on no list yet. */
  @Get('disposal-candidates')
  @Allow('read', 'DisposalList')
  @ApiOkResponse({ type: DisposalCandidatePageDto })
  candidates(@CurrentPrincipal() principal: Principal, @Query() query: DisposalCandidatesQueryDto): Promise<DisposalCandidatePageDto> {
    return this.lists.candidates(principal, query);
  }

  @Get('disposal-lists')
  @Allow('read', 'DisposalList')
  @ApiOkResponse({ type: DisposalListPageDto })
  allLists(@CurrentPrincipal() principal: Principal, @Query() query: DisposalListQueryDto) {
    return this.lists.list(principal, query);
  }

  @Get('disposal-lists/:id')
  @Allow('read', 'DisposalList')
  @ApiOkResponse({ type: DisposalListDetailDto })
  oneList(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.lists.detail(principal, id);
  }

  @Post('disposal-lists')
  @Allow('create', 'DisposalList')
  @ApiCreatedResponse({ type: DisposalListDetailDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateDisposalListDto) {
    return this.lists.create(principal, dto);
  }

  /** The committee's approval: the cases on the list are destroyed or handed over. */
  @Post('disposal-lists/:id/approve')
  @HttpCode(200)
  @Allow('approve', 'DisposalList')
  @ApiOkResponse({ type: DisposalListDetailDto })
  approve(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ApproveDisposalListDto) {
    return this.lists.approve(principal, id, dto);
  }

  /** The committee's rejection, with its reason: the cases stay in the archive and may go on a new list. */
  @Post('disposal-lists/:id/reject')
  @HttpCode(200)
  @Allow('approve', 'DisposalList')
  @ApiOkResponse({ type: DisposalListDetailDto })
  reject(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RejectDisposalListDto) {
    return this.lists.reject(principal, id, dto);
  }
}
