import { Body, Controller, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../../access/access.decorators.js';
import type { Principal } from '../../access/principal.js';
import { RegisterController } from '../shared/index.js';
import { PropertyDto } from './dto/real-estate-responses.dto.js';
import { AddEncumbranceDto, AddLeaseDto, CreateRealEstateDto, EndLeaseDto, RemoveEncumbranceDto, UpdateRealEstateDto } from './dto/real-estate.dto.js';
import { REAL_ESTATE, RealEstateQueries } from './real-estate.register.js';
import { RealEstateService } from './real-estate.service.js';

/**
 * The real estate register (evidencija nepokretnosti): the municipality's parcels, buildings,
 * flats and business premises, their leases and encumbrances. Every change names the case whose
 * decision makes it (`caseId`).
 */
@Controller('registers/real-estate')
export class RealEstateController extends RegisterController(REAL_ESTATE, RealEstateQueries) {
  constructor(private readonly properties: RealEstateService) {
    super();
  }

  @Post()
  @Allow('create', 'RealEstate')
  @ApiCreatedResponse({ type: PropertyDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateRealEstateDto) {
    return this.properties.create(principal, dto);
  }

  /** A change of the entry within a case, against the `version` read. */
  @Patch(':id')
  @Allow('update', 'RealEstate')
  @ApiOkResponse({ type: PropertyDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateRealEstateDto) {
    return this.properties.update(principal, id, dto);
  }

  /** A lease entered within the case of its contract. */
  @Post(':id/leases')
  @Allow('update', 'RealEstate')
  @ApiCreatedResponse({ type: PropertyDto })
  addLease(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AddLeaseDto) {
    return this.properties.addLease(principal, id, dto);
  }

  /** A lease ended (terminated early, or recorded as run out) within a case. */
  @Post(':id/leases/:leaseId/end')
  @Allow('update', 'RealEstate')
  @ApiCreatedResponse({ type: PropertyDto })
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
  @ApiCreatedResponse({ type: PropertyDto })
  addEncumbrance(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AddEncumbranceDto) {
    return this.properties.addEncumbrance(principal, id, dto);
  }

  /** An encumbrance removed (brisanje tereta), within a case. */
  @Post(':id/encumbrances/:encId/remove')
  @Allow('update', 'RealEstate')
  @ApiCreatedResponse({ type: PropertyDto })
  removeEncumbrance(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('encId', ParseUUIDPipe) encumbranceId: string,
    @Body() dto: RemoveEncumbranceDto,
  ) {
    return this.properties.removeEncumbrance(principal, id, encumbranceId, dto);
  }
}
