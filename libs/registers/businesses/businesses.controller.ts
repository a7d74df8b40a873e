import { Body, Controller, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../../access/access.decorators.js';
import type { Principal } from '../../access/principal.js';
import { RegisterController } from '../shared/index.js';
import { BUSINESSES, BusinessQueries } from './businesses.register.js';
import { BusinessesService } from './businesses.service.js';
import { BusinessDto } from './dto/business-responses.dto.js';
import { CreateBusinessDto, RemoveBusinessDto, ResumeBusinessDto, SuspendBusinessDto, UpdateBusinessDto } from './dto/business.dto.js';

/**
 * The businesses register (registar radnji): entrepreneurs' shops, their activity and address,
 * and their status over time. Every change names the case whose decision makes it (`caseId`).
 */
@Controller('registers/businesses')
export class BusinessesController extends RegisterController(BUSINESSES, BusinessQueries) {
  constructor(private readonly businesses: BusinessesService) {
    super();
  }

  /** A shop entered within a case; active from its start. */
  @Post()
  @Allow('create', 'Business')
  @ApiCreatedResponse({ type: BusinessDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateBusinessDto) {
    return this.businesses.create(principal, dto);
  }

  /** A change of what the register says, within a case, against the `version` read. */
  @Patch(':id')
  @Allow('update', 'Business')
  @ApiOkResponse({ type: BusinessDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateBusinessDto) {
    return this.businesses.update(principal, id, dto);
  }

  /** Privremena odjava: from a day, until a day or until resumed. */
  @Post(':id/suspensions')
  @Allow('update', 'Business')
  @ApiCreatedResponse({ type: BusinessDto })
  suspend(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SuspendBusinessDto) {
    return this.businesses.suspend(principal, id, dto);
  }

  /** Active again from a day. */
  @Post(':id/resumptions')
  @Allow('update', 'Business')
  @ApiCreatedResponse({ type: BusinessDto })
  resume(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ResumeBusinessDto) {
    return this.businesses.resume(principal, id, dto);
  }

  /** Removed from a day, for good; the entry takes no more changes. */
  @Post(':id/removal')
  @Allow('update', 'Business')
  @ApiCreatedResponse({ type: BusinessDto })
  remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RemoveBusinessDto) {
    return this.businesses.remove(principal, id, dto);
  }
}
