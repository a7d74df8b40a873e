import { Body, Controller, Get, Header, Headers, Param, ParseUUIDPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../../access/access.decorators.js';
import type { Principal } from '../../access/principal.js';
import { documentLocale } from '../../documents/labels.js';
import { csvResponse, RegisterListPdf } from '../shared/index.js';
import {
  CancelWorkBookDto,
  CreateWorkBookDto,
  IssueDuplicateDto,
  RecordHandoverDto,
  RecordReturnDto,
  UpdateWorkBookDto,
  WorkBookExportQueryDto,
  WorkBookListQueryDto,
} from './dto/work-book.dto.js';
import { workBooksCsv, workBooksList } from './work-book-exports.js';
import { WORK_BOOK_LABELS } from './work-book-labels.js';
import { WorkBookQueries } from './work-book-queries.service.js';
import { WorkBooksService } from './work-books.service.js';

/**
 * The work books register (radne knjižice): books issued, their holders, duplicates, hand-overs
 * and returns. Every change names the case whose decision makes it (`caseId`).
 */
@ApiTags('registers')
@ApiBearerAuth()
@Controller('registers/work-books')
export class WorkBooksController {
  constructor(
    private readonly books: WorkBooksService,
    private readonly queries: WorkBookQueries,
    private readonly pdf: RegisterListPdf,
  ) {}

  /** Books by holder name or number, status, series, issue date; paged. */
  @Get()
  @Allow('read', 'WorkBook')
  list(@CurrentPrincipal() principal: Principal, @Query() query: WorkBookListQueryDto) {
    return this.queries.list(principal, query);
  }

  /** A book issued; 409 WORK_BOOK_HOLDER_HAS_VALID_BOOK when the holder already holds a valid one. */
  @Post()
  @Allow('create', 'WorkBook')
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateWorkBookDto) {
    return this.books.create(principal, dto);
  }

  /** The list's books (same filters, no paging) as CSV; JMBGs for those who may read them. */
  @Get('export.csv')
  @Allow('export', 'WorkBook')
  @ApiProduces('text/csv')
  @Header('Cache-Control', 'no-store')
  async exportCsv(@CurrentPrincipal() principal: Principal, @Query() query: WorkBookExportQueryDto, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const locale = documentLocale(query.lang, acceptLanguage);
    const { rows, personalIds } = await this.queries.exportRows(principal, query, { personalIds: true });
    return csvResponse(WORK_BOOK_LABELS[locale].fileName, workBooksCsv(locale, rows, personalIds));
  }

  /** The list's books printed (landscape A4, paginated), without identifiers. */
  @Get('list.pdf')
  @Allow('export', 'WorkBook')
  @ApiProduces('application/pdf')
  @Header('Cache-Control', 'no-store')
  async listPdf(@CurrentPrincipal() principal: Principal, @Query() query: WorkBookExportQueryDto, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const locale = documentLocale(query.lang, acceptLanguage);
    const { rows } = await this.queries.exportRows(principal, query, { personalIds: false });
    return this.pdf.response(locale, workBooksList(locale, rows));
  }

  @Get(':id')
  @Allow('read', 'WorkBook')
  detail(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.detail(principal, id);
  }

  /** A correction of the entry within a case, against the `version` read. */
  @Patch(':id')
  @Allow('update', 'WorkBook')
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateWorkBookDto) {
    return this.books.update(principal, id, dto);
  }

  /** Every change of the entry: who, when, in which case, before and after. */
  @Get(':id/history')
  @Allow('read', 'WorkBook')
  history(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.history(principal, id);
  }

  /** A duplicate for a lost or damaged valid book; answers the duplicate, linked to the book it replaces. */
  @Post(':id/duplicates')
  @Allow('update', 'WorkBook')
  issueDuplicate(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: IssueDuplicateDto) {
    return this.books.issueDuplicate(principal, id, dto);
  }

  /** The book handed to its holder or an employer on a day. */
  @Post(':id/handovers')
  @Allow('update', 'WorkBook')
  recordHandover(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordHandoverDto) {
    return this.books.recordHandover(principal, id, dto);
  }

  /** The book returned to its holder for good; its status becomes `returned`. */
  @Post(':id/returns')
  @Allow('update', 'WorkBook')
  recordReturn(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordReturnDto) {
    return this.books.recordReturn(principal, id, dto);
  }

  /** An entry made by mistake, cancelled (storno) and kept. */
  @Post(':id/cancellation')
  @Allow('update', 'WorkBook')
  cancel(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CancelWorkBookDto) {
    return this.books.cancel(principal, id, dto);
  }
}
