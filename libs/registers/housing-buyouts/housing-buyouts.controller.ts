import { Body, Controller, Get, Header, Headers, Param, ParseUUIDPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../../access/access.decorators.js';
import type { Principal } from '../../access/principal.js';
import { documentLocale } from '../../documents/labels.js';
import { csvResponse, RegisterListPdf } from '../shared/index.js';
import {
  CreateHousingBuyoutDto,
  HousingBuyoutExportQueryDto,
  HousingBuyoutListQueryDto,
  RecordPaymentDto,
  ScheduleQueryDto,
  UpdateHousingBuyoutDto,
} from './dto/housing-buyout.dto.js';
import { housingBuyoutsCsv, housingBuyoutsList } from './housing-buyout-exports.js';
import { HOUSING_BUYOUT_LABELS } from './housing-buyout-labels.js';
import { HousingBuyoutQueries } from './housing-buyout-queries.service.js';
import { HousingBuyoutsService } from './housing-buyouts.service.js';

/**
 * The housing buyout register (otkup stana): contracts, their calculation and schedule, payments.
 * Every change names the case whose decision makes it (`caseId`).
 */
@ApiTags('registers')
@ApiBearerAuth()
@Controller('registers/housing-buyouts')
export class HousingBuyoutsController {
  constructor(
    private readonly buyouts: HousingBuyoutsService,
    private readonly queries: HousingBuyoutQueries,
    private readonly pdf: RegisterListPdf,
  ) {}

  /** Contracts by buyer, address or contract number, status, arrears today, contract year; paged. */
  @Get()
  @Allow('read', 'HousingBuyout')
  list(@CurrentPrincipal() principal: Principal, @Query() query: HousingBuyoutListQueryDto) {
    return this.queries.list(principal, query);
  }

  @Post()
  @Allow('create', 'HousingBuyout')
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateHousingBuyoutDto) {
    return this.buyouts.create(principal, dto);
  }

  /** The list's entries (same filters, no paging) as CSV for a spreadsheet; JMBGs for those who may read them. */
  @Get('export.csv')
  @Allow('export', 'HousingBuyout')
  @ApiProduces('text/csv')
  @Header('Cache-Control', 'no-store')
  async exportCsv(@CurrentPrincipal() principal: Principal, @Query() query: HousingBuyoutExportQueryDto, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const locale = documentLocale(query.lang, acceptLanguage);
    const { rows, personalIds } = await this.queries.exportRows(principal, query, { personalIds: true });
    return csvResponse(HOUSING_BUYOUT_LABELS[locale].fileName, housingBuyoutsCsv(locale, rows, personalIds));
  }

  /** The list's entries printed (landscape A4, paginated), without identifiers. */
  @Get('list.pdf')
  @Allow('export', 'HousingBuyout')
  @ApiProduces('application/pdf')
  @Header('Cache-Control', 'no-store')
  async listPdf(@CurrentPrincipal() principal: Principal, @Query() query: HousingBuyoutExportQueryDto, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const locale = documentLocale(query.lang, acceptLanguage);
    const { rows } = await this.queries.exportRows(principal, query, { personalIds: false });
    return this.pdf.response(locale, housingBuyoutsList(locale, rows, this.queries.today()));
  }

  @Get(':id')
  @Allow('read', 'HousingBuyout')
  detail(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.detail(principal, id);
  }

  /** A change of the contract within a case, against the `version` read; recalculated. */
  @Patch(':id')
  @Allow('update', 'HousingBuyout')
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateHousingBuyoutDto) {
    return this.buyouts.update(principal, id, dto);
  }

  /** Every change of the entry: who, when, in which case, before and after. */
  @Get(':id/history')
  @Allow('read', 'HousingBuyout')
  history(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.history(principal, id);
  }

  /** The payment schedule on a day, with payments applied, balance, arrears and an early-payoff quote. */
  @Get(':id/schedule')
  @Allow('read', 'HousingBuyout')
  schedule(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: ScheduleQueryDto) {
    return this.queries.schedule(principal, id, query.asOf);
  }

  /** A payment the buyer made, recorded within a case. */
  @Post(':id/payments')
  @Allow('update', 'HousingBuyout')
  recordPayment(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordPaymentDto) {
    return this.buyouts.recordPayment(principal, id, dto);
  }
}
