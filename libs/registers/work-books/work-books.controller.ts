import { Body, Controller, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../../access/access.decorators.js';
import type { Principal } from '../../access/principal.js';
import { RegisterController } from '../shared/index.js';
import { WorkBookDto } from './dto/work-book-responses.dto.js';
import { CancelWorkBookDto, CreateWorkBookDto, IssueDuplicateDto, RecordHandoverDto, RecordReturnDto, UpdateWorkBookDto } from './dto/work-book.dto.js';
import { WORK_BOOKS, WorkBookQueries } from './work-books.register.js';
import { WorkBooksService } from './work-books.service.js';

/**
 * The work books register (radne knjižice): books issued, their holders, duplicates, hand-overs
 * and returns. Every change names the case whose decision makes it (`caseId`).
 */
@Controller('registers/work-books')
export class WorkBooksController extends RegisterController(WORK_BOOKS, WorkBookQueries) {
  constructor(private readonly books: WorkBooksService) {
    super();
  }

  /** A book issued; 409 WORK_BOOK_HOLDER_HAS_VALID_BOOK when the holder already holds a valid one. */
  @Post()
  @Allow('create', 'WorkBook')
  @ApiCreatedResponse({ type: WorkBookDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateWorkBookDto) {
    return this.books.create(principal, dto);
  }

  /** A correction of the entry within a case, against the `version` read. */
  @Patch(':id')
  @Allow('update', 'WorkBook')
  @ApiOkResponse({ type: WorkBookDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateWorkBookDto) {
    return this.books.update(principal, id, dto);
  }

  /** A duplicate for a lost or damaged valid book; answers the duplicate, linked to the book it replaces. */
  @Post(':id/duplicates')
  @Allow('update', 'WorkBook')
  @ApiCreatedResponse({ type: WorkBookDto })
  issueDuplicate(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: IssueDuplicateDto) {
    return this.books.issueDuplicate(principal, id, dto);
  }

  /** The book handed to its holder or an employer on a day. */
  @Post(':id/handovers')
  @Allow('update', 'WorkBook')
  @ApiCreatedResponse({ type: WorkBookDto })
  recordHandover(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordHandoverDto) {
    return this.books.recordHandover(principal, id, dto);
  }

  /** The book returned to its holder for good; its status becomes `returned`. */
  @Post(':id/returns')
  @Allow('update', 'WorkBook')
  @ApiCreatedResponse({ type: WorkBookDto })
  recordReturn(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordReturnDto) {
    return this.books.recordReturn(principal, id, dto);
  }

  /** An entry made by mistake, cancelled (storno) and kept. */
  @Post(':id/cancellation')
  @Allow('update', 'WorkBook')
  @ApiCreatedResponse({ type: WorkBookDto })
  cancel(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CancelWorkBookDto) {
    return this.books.cancel(principal, id, dto);
  }
}
