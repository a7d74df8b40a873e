import { Body, Controller, Get, Header, Headers, Param, ParseUUIDPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../../access/access.decorators.js';
import type { Principal } from '../../access/principal.js';
import { documentLocale } from '../../documents/labels.js';
import { csvResponse, RegisterListPdf } from '../shared/index.js';
import {
  AddEncumbranceDto,
  AddLeaseDto,
  CreateRealEstateDto,
  EndLeaseDto,
  RealEstateExportQueryDto,
  RealEstateListQueryDto,
  RemoveEncumbranceDto,
  UpdateRealEstateDto,
} from './dto/real-estate.dto.js';
import { realEstateCsv, realEstateList } from './real-estate-exports.js';
import { REAL_ESTATE_LABELS } from './real-estate-labels.js';
import { RealEstateQueries } from './real-estate-queries.service.js';
import { RealEstateService } from './real-estate.service.js';

/**
 * The real estate register (evidencija nepokretnosti): the municipality's parcels, buildings,
 * flats and business premises, their leases and encumbrances. Every change names the case whose
 * decision makes it (`caseId`).
 */
@ApiTags('registers')
@ApiBearerAuth()
@Controller('registers/real-estate')
export class RealEstateController {
  constructor(
    private readonly properties: RealEstateService,
    private readonly queries: RealEstateQueries,
    private readonly pdf: RegisterListPdf,
  ) {}

  /** Properties by kind, status, cadastral municipality, lease in force, encumbrance, words; paged. */
  @Get()
  @Allow('read', 'RealEstate')
  list(@CurrentPrincipal() principal: Principal, @Query() query: RealEstateListQueryDto) {
    return this.queries.list(principal, query);
  }

  @Post()
  @Allow('create', 'RealEstate')
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateRealEstateDto) {
    return this.properties.create(principal, dto);
  }

  /** The list's entries (same filters, no paging) as CSV for a spreadsheet; lessees' JMBGs for those who may read them. */
  @Get('export.csv')
  @Allow('export', 'RealEstate')
  @ApiProduces('text/csv')
  @Header('Cache-Control', 'no-store')
  async exportCsv(@CurrentPrincipal() principal: Principal, @Query() query: RealEstateExportQueryDto, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const locale = documentLocale(query.lang, acceptLanguage);
    const { rows, personalIds } = await this.queries.exportRows(principal, query, { personalIds: true });
    return csvResponse(REAL_ESTATE_LABELS[locale].fileName, realEstateCsv(locale, rows, personalIds));
  }

  /** The list's entries printed (landscape A4, paginated), without identifiers. */
  @Get('list.pdf')
  @Allow('export', 'RealEstate')
  @ApiProduces('application/pdf')
  @Header('Cache-Control', 'no-store')
  async listPdf(@CurrentPrincipal() principal: Principal, @Query() query: RealEstateExportQueryDto, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const locale = documentLocale(query.lang, acceptLanguage);
    const { rows } = await this.queries.exportRows(principal, query, { personalIds: false });
    return this.pdf.response(locale, realEstateList(locale, rows, this.queries.today()));
  }

  @Get(':id')
  @Allow('read', 'RealEstate')
  detail(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.detail(principal, id);
  }

  /** A change of the entry within a case, against the `version` read. */
  @Patch(':id')
  @Allow('update', 'RealEstate')
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateRealEstateDto) {
    return this.properties.update(principal, id, dto);
  }

  /** Every change of the entry: who, when, in which case, before and after. */
  @Get(':id/history')
  @Allow('read', 'RealEstate')
  history(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.history(principal, id);
  }

  /** A lease entered within the case of its contract. */
  @Post(':id/leases')
  @Allow('update', 'RealEstate')
  addLease(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AddLeaseDto) {
    return this.properties.addLease(principal, id, dto);
  }

  /** A lease ended (terminated early, or recorded as run out) within a case. */
  @Post(':id/leases/:leaseId/end')
  @Allow('update', 'RealEstate')
  endLease(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('leaseId', ParseUUIDPipe) leaseId: string,
    @Body() dto: EndLeaseDto,
  ) {
    return this.properties.endLease(principal, id, leaseId, dto);
  }

  /** An encumbrance registered on the property, within a case. */
  @Post(':id/encumbrances')
  @Allow('update', 'RealEstate')
  addEncumbrance(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AddEncumbranceDto) {
    return this.properties.addEncumbrance(principal, id, dto);
  }

  /** An encumbrance removed (brisanje tereta), within a case. */
  @Post(':id/encumbrances/:encId/remove')
  @Allow('update', 'RealEstate')
  removeEncumbrance(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('encId', ParseUUIDPipe) encumbranceId: string,
    @Body() dto: RemoveEncumbranceDto,
  ) {
    return this.properties.removeEncumbrance(principal, id, encumbranceId, dto);
  }
}
