import { Controller, Get, Header, Headers, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import type { Principal } from '../access/principal.js';
import { BooksService } from './books.service.js';
import { DocumentQueryDto, PeriodQueryDto, YearQueryDto } from './dto/document-query.dto.js';
import { documentLocale } from './labels.js';
import { pdfResponse } from './pdf-response.js';
import { ApiFileResponse } from '../shared/response-dto.js';

/**
 * The books (evidencije) printed as PDF, paginated with headers and page numbers. Each holds
 * only what the caller may see in the same book's list.
 */
@ApiTags('books')
@ApiBearerAuth()
@Controller('books')
export class BooksController {
  constructor(private readonly books: BooksService) {}

  /** Case register (delovodnik): cases registered in the period, with their acts. */
  @Get('case-register.pdf')
  @Allow('read', 'Case')
  @ApiFileResponse('application/pdf')
  @Header('Cache-Control', 'no-store')
  async caseRegister(@CurrentPrincipal() principal: Principal, @Query() query: PeriodQueryDto, @Headers('accept-language') acceptLanguage?: string) {
    return pdfResponse('', await this.books.caseRegister(principal, { from: query.from, to: query.to }, documentLocale(query.lang, acceptLanguage)));
  }

  /** Internal delivery book (dostavna knjiga) with a column for the receiver's signature. */
  @Get('delivery-book.pdf')
  @Allow('read', 'Case')
  @ApiFileResponse('application/pdf')
  @Header('Cache-Control', 'no-store')
  async deliveryBook(@CurrentPrincipal() principal: Principal, @Query() query: PeriodQueryDto, @Headers('accept-language') acceptLanguage?: string) {
    return pdfResponse('', await this.books.deliveryBook(principal, { from: query.from, to: query.to }, documentLocale(query.lang, acceptLanguage)));
  }

  /** Outgoing mail book (knjiga za otpremu pošte). */
  @Get('outgoing-mail.pdf')
  @Allow('read', 'Case')
  @ApiFileResponse('application/pdf')
  @Header('Cache-Control', 'no-store')
  async outgoingMail(@CurrentPrincipal() principal: Principal, @Query() query: PeriodQueryDto, @Headers('accept-language') acceptLanguage?: string) {
    return pdfResponse('', await this.books.outgoingMail(principal, { from: query.from, to: query.to }, documentLocale(query.lang, acceptLanguage)));
  }

  /** Archive book (arhivska knjiga) of one year's cases. */
  @Get('archive-book.pdf')
  @Allow('read', 'ArchiveEntry')
  @ApiFileResponse('application/pdf')
  @Header('Cache-Control', 'no-store')
  async archiveBook(@CurrentPrincipal() principal: Principal, @Query() query: YearQueryDto, @Headers('accept-language') acceptLanguage?: string) {
    return pdfResponse('', await this.books.archiveBook(principal, query.year, documentLocale(query.lang, acceptLanguage)));
  }

  /** A disposal or handover list for the committee to sign. */
  @Get('disposal-lists/:id')
  @Allow('read', 'DisposalList')
  @ApiFileResponse('application/pdf')
  @Header('Cache-Control', 'no-store')
  async disposalList(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DocumentQueryDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<StreamableFile> {
    return pdfResponse('', await this.books.disposalList(principal, id, documentLocale(query.lang, acceptLanguage)));
  }
}
