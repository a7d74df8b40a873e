import { Controller, Get, Header, Headers, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import type { Principal } from '../access/principal.js';
import { CasePapersService } from './case-papers.service.js';
import { DocumentQueryDto } from './dto/document-query.dto.js';
import { documentLocale } from './labels.js';
import { pdfResponse } from './pdf-response.js';
import { ApiFileResponse } from '../shared/response-dto.js';

/** The printed papers of a case: the party's receipt and the file's cover sheet. */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('cases')
export class CasePapersController {
  constructor(private readonly papers: CasePapersService) {}

  /** Receipt for the party (potvrda o prijemu), with a QR code of the case number and lookup code. */
  @Get(':id/receipt.pdf')
  @Allow('read', 'Case')
  @ApiFileResponse('application/pdf')
  @Header('Cache-Control', 'no-store')
  async receipt(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DocumentQueryDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<StreamableFile> {
    return pdfResponse('potvrda', await this.papers.receipt(principal, id, documentLocale(query.lang, acceptLanguage)));
  }

  /** Case cover sheet (omot spisa) with the list of the case's acts. */
  @Get(':id/cover.pdf')
  @Allow('read', 'Case')
  @ApiFileResponse('application/pdf')
  @Header('Cache-Control', 'no-store')
  async cover(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DocumentQueryDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<StreamableFile> {
    return pdfResponse('omot', await this.papers.coverSheet(principal, id, documentLocale(query.lang, acceptLanguage)));
  }
}
