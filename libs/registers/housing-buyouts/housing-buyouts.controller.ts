import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../../access/access.decorators.js';
import type { Principal } from '../../access/principal.js';
import { RegisterController } from '../shared/index.js';
import { BuyoutScheduleDto, HousingBuyoutDto } from './dto/housing-buyout-responses.dto.js';
import { CreateHousingBuyoutDto, RecordPaymentDto, ScheduleQueryDto, UpdateHousingBuyoutDto } from './dto/housing-buyout.dto.js';
import { HOUSING_BUYOUTS, HousingBuyoutQueries } from './housing-buyouts.register.js';
import { HousingBuyoutsService } from './housing-buyouts.service.js';

/**
 * The housing buyout register (otkup stana): contracts, their calculation and schedule, payments.
 * Every change names the case whose decision makes it (`caseId`).
 */
@Controller('registers/housing-buyouts')
export class HousingBuyoutsController extends RegisterController(HOUSING_BUYOUTS, HousingBuyoutQueries) {
  constructor(private readonly buyouts: HousingBuyoutsService) {
    super();
  }

  @Post()
  @Allow('create', 'HousingBuyout')
  @ApiCreatedResponse({ type: HousingBuyoutDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateHousingBuyoutDto) {
    return this.buyouts.create(principal, dto);
  }

  /** A change of the contract within a case, against the `version` read; recalculated. */
  @Patch(':id')
  @Allow('update', 'HousingBuyout')
  @ApiOkResponse({ type: HousingBuyoutDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateHousingBuyoutDto) {
    return this.buyouts.update(principal, id, dto);
  }

  /** The payment schedule on a day, with payments applied, balance, arrears and an early-payoff quote. */
  @Get(':id/schedule')
  @Allow('read', 'HousingBuyout')
  @ApiOkResponse({ type: BuyoutScheduleDto })
  schedule(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: ScheduleQueryDto) {
    return this.buyouts.schedule(principal, id, query.asOf);
  }

  /** A payment the buyer made, recorded within a case. */
  @Post(':id/payments')
  @Allow('update', 'HousingBuyout')
  @ApiCreatedResponse({ type: HousingBuyoutDto })
  recordPayment(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordPaymentDto) {
    return this.buyouts.recordPayment(principal, id, dto);
  }
}
