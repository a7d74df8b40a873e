import { Body, Controller, Get, Header, Headers, Param, ParseUUIDPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../../access/access.decorators.js';
import type { Principal } from '../../access/principal.js';
import { documentLocale } from '../../documents/labels.js';
import { csvResponse, RegisterListPdf } from '../shared/index.js';
import { businessesCsv, businessesList } from './business-exports.js';
import { BUSINESS_LABELS } from './business-labels.js';
import { BusinessQueries } from './business-queries.service.js';
import { BusinessesService } from './businesses.service.js';
import {
  BusinessExportQueryDto,
  BusinessListQueryDto,
  CreateBusinessDto,
  RemoveBusinessDto,
  ResumeBusinessDto,
  SuspendBusinessDto,
  UpdateBusinessDto,
} from './dto/business.dto.js';

/**
 * The businesses register (registar radnji): entrepreneurs' shops, their activity and address,
 * and their status over time. Every change names the case whose decision makes it (`caseId`).
 */
@ApiTags('registers')
@ApiBearerAuth()
@Controller('registers/businesses')
export class BusinessesController {
  constructor(
    private readonly businesses: BusinessesService,
    private readonly queries: BusinessQueries,
    private readonly pdf: RegisterListPdf,
  ) {}

  /** Shops by name, owner, number or address, status today, activity code prefix, start; paged. */
  @Get()
  @Allow('read', 'Business')
  list(@CurrentPrincipal() principal: Principal, @Query() query: BusinessListQueryDto) {
    return this.queries.list(principal, query);
  }

  /** A shop entered within a case; active from its start. */
  @Post()
  @Allow('create', 'Business')
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateBusinessDto) {
    return this.businesses.create(principal, dto);
  }

  /** The list's shops (same filters, no paging) as CSV; JMBGs for those who may read them. */
  @Get('export.csv')
  @Allow('export', 'Business')
  @ApiProduces('text/csv')
  @Header('Cache-Control', 'no-store')
  async exportCsv(@CurrentPrincipal() principal: Principal, @Query() query: BusinessExportQueryDto, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const locale = documentLocale(query.lang, acceptLanguage);
    const { rows, personalIds } = await this.queries.exportRows(principal, query, { personalIds: true });
    return csvResponse(BUSINESS_LABELS[locale].fileName, businessesCsv(locale, rows, personalIds, this.queries.today()));
  }

  /** The list's shops printed (landscape A4, paginated), without identifiers. */
  @Get('list.pdf')
  @Allow('export', 'Business')
  @ApiProduces('application/pdf')
  @Header('Cache-Control', 'no-store')
  async listPdf(@CurrentPrincipal() principal: Principal, @Query() query: BusinessExportQueryDto, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const locale = documentLocale(query.lang, acceptLanguage);
    const { rows } = await this.queries.exportRows(principal, query, { personalIds: false });
    return this.pdf.response(locale, businessesList(locale, rows, this.queries.today()));
  }

  @Get(':id')
  @Allow('read', 'Business')
  detail(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.detail(principal, id);
  }

  /** A change of what the register says, within a case, against the `version` read. */
  @Patch(':id')
  @Allow('update', 'Business')
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateBusinessDto) {
    return this.businesses.update(principal, id, dto);
  }

  /** Every change of the entry: who, when, in which case, before and after. */
  @Get(':id/history')
  @Allow('read', 'Business')
  history(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.history(principal, id);
  }

  /** Privremena odjava: from a day, until a day or until resumed. */
  @Post(':id/suspensions')
  @Allow('update', 'Business')
  suspend(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SuspendBusinessDto) {
    return this.businesses.suspend(principal, id, dto);
  }

  /** Active again from a day. */
  @Post(':id/resumptions')
  @Allow('update', 'Business')
  resume(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ResumeBusinessDto) {
    return this.businesses.resume(principal, id, dto);
  }

  /** Removed from a day, for good; the entry takes no more changes. */
  @Post(':id/removal')
  @Allow('update', 'Business')
  remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RemoveBusinessDto) {
    return this.businesses.remove(principal, id, dto);
  }
}
