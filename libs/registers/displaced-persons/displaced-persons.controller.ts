import { Body, Controller, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../../access/access.decorators.js';
import type { Principal } from '../../access/principal.js';
import { RegisterController } from '../shared/index.js';
import { DisplacedPersonDto } from './dto/displaced-person-responses.dto.js';
import { AddDocumentDto, ChangeStatusDto, CreateDisplacedPersonDto, LinkFamilyMemberDto, RecordAssistanceDto, UpdateDisplacedPersonDto } from './dto/displaced-person.dto.js';
import { DISPLACED_PERSONS, DisplacedPersonQueries } from './displaced-persons.register.js';
import { DisplacedPersonsService } from './displaced-persons.service.js';

/**
 * The register of refugees, expelled and internally displaced persons (izbegla, prognana i interno
 * raseljena lica): persons, their status and its history, documents, family, assistance received.
 * Every change names the case whose decision makes it (`caseId`).
 */
@Controller('registers/displaced-persons')
export class DisplacedPersonsController extends RegisterController(DISPLACED_PERSONS, DisplacedPersonQueries) {
  constructor(private readonly persons: DisplacedPersonsService) {
    super();
  }

  @Post()
  @Allow('create', 'DisplacedPerson')
  @ApiCreatedResponse({ type: DisplacedPersonDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateDisplacedPersonDto) {
    return this.persons.create(principal, dto);
  }

  /** A change of the person's data within a case, against the `version` read. */
  @Patch(':id')
  @Allow('update', 'DisplacedPerson')
  @ApiOkResponse({ type: DisplacedPersonDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateDisplacedPersonDto) {
    return this.persons.update(principal, id, dto);
  }

  /** A new status from a day on, within a case; the current one ends the day before. */
  @Post(':id/status')
  @Allow('update', 'DisplacedPerson')
  @ApiCreatedResponse({ type: DisplacedPersonDto })
  changeStatus(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ChangeStatusDto) {
    return this.persons.changeStatus(principal, id, dto);
  }

  /** A card or certificate issued to the person, within a case. */
  @Post(':id/documents')
  @Allow('update', 'DisplacedPerson')
  @ApiCreatedResponse({ type: DisplacedPersonDto })
  addDocument(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AddDocumentDto) {
    return this.persons.addDocument(principal, id, dto);
  }

  /** Another person of the register linked as a family member, within a case; both entries show it. */
  @Post(':id/family-members')
  @Allow('update', 'DisplacedPerson')
  @ApiCreatedResponse({ type: DisplacedPersonDto })
  linkFamilyMember(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: LinkFamilyMemberDto) {
    return this.persons.linkFamilyMember(principal, id, dto);
  }

  /** Assistance the person received, within a case. */
  @Post(':id/assistance')
  @Allow('update', 'DisplacedPerson')
  @ApiCreatedResponse({ type: DisplacedPersonDto })
  recordAssistance(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordAssistanceDto) {
    return this.persons.recordAssistance(principal, id, dto);
  }
}
