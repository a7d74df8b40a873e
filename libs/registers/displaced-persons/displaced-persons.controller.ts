import { Body, Controller, Get, Header, Headers, Param, ParseUUIDPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../../access/access.decorators.js';
import type { Principal } from '../../access/principal.js';
import { documentLocale } from '../../documents/labels.js';
import { csvResponse, RegisterListPdf } from '../shared/index.js';
import {
  AddDocumentDto,
  ChangeStatusDto,
  CreateDisplacedPersonDto,
  DisplacedPersonExportQueryDto,
  DisplacedPersonListQueryDto,
  LinkFamilyMemberDto,
  RecordAssistanceDto,
  UpdateDisplacedPersonDto,
} from './dto/displaced-person.dto.js';
import { displacedPersonsCsv, displacedPersonsList } from './displaced-person-exports.js';
import { DISPLACED_PERSON_LABELS } from './displaced-person-labels.js';
import { DisplacedPersonQueries } from './displaced-person-queries.service.js';
import { DisplacedPersonsService } from './displaced-persons.service.js';

/**
 * The register of refugees, expelled and internally displaced persons (izbegla, prognana i interno
 * raseljena lica): persons, their status and its history, documents, family, assistance received.
 * Every change names the case whose decision makes it (`caseId`).
 */
@ApiTags('registers')
@ApiBearerAuth()
@Controller('registers/displaced-persons')
export class DisplacedPersonsController {
  constructor(
    private readonly persons: DisplacedPersonsService,
    private readonly queries: DisplacedPersonQueries,
    private readonly pdf: RegisterListPdf,
  ) {}

  /** Persons by name (either script), status, place of origin, valid or expiring documents, case; paged. */
  @Get()
  @Allow('read', 'DisplacedPerson')
  list(@CurrentPrincipal() principal: Principal, @Query() query: DisplacedPersonListQueryDto) {
    return this.queries.list(principal, query);
  }

  @Post()
  @Allow('create', 'DisplacedPerson')
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateDisplacedPersonDto) {
    return this.persons.create(principal, dto);
  }

  /** The list's persons (same filters, no paging) as CSV; identifiers for those who may read them. */
  @Get('export.csv')
  @Allow('export', 'DisplacedPerson')
  @ApiProduces('text/csv')
  @Header('Cache-Control', 'no-store')
  async exportCsv(@CurrentPrincipal() principal: Principal, @Query() query: DisplacedPersonExportQueryDto, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const locale = documentLocale(query.lang, acceptLanguage);
    const { rows, personalIds } = await this.queries.exportRows(principal, query, { personalIds: true });
    return csvResponse(DISPLACED_PERSON_LABELS[locale].fileName, displacedPersonsCsv(locale, rows, personalIds));
  }

  /** The list's persons printed (landscape A4, paginated), without identifiers. */
  @Get('list.pdf')
  @Allow('export', 'DisplacedPerson')
  @ApiProduces('application/pdf')
  @Header('Cache-Control', 'no-store')
  async listPdf(@CurrentPrincipal() principal: Principal, @Query() query: DisplacedPersonExportQueryDto, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const locale = documentLocale(query.lang, acceptLanguage);
    const { rows } = await this.queries.exportRows(principal, query, { personalIds: false });
    return this.pdf.response(locale, displacedPersonsList(locale, rows, this.queries.today()));
  }

  @Get(':id')
  @Allow('read', 'DisplacedPerson')
  detail(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.detail(principal, id);
  }

  /** A change of the person's data within a case, against the `version` read. */
  @Patch(':id')
  @Allow('update', 'DisplacedPerson')
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateDisplacedPersonDto) {
    return this.persons.update(principal, id, dto);
  }

  /** Every change of the entry: who, when, in which case, before and after. */
  @Get(':id/history')
  @Allow('read', 'DisplacedPerson')
  history(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.history(principal, id);
  }

  /** A new status from a day on, within a case; the current one ends the day before. */
  @Post(':id/status')
  @Allow('update', 'DisplacedPerson')
  changeStatus(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ChangeStatusDto) {
    return this.persons.changeStatus(principal, id, dto);
  }

  /** A card or certificate issued to the person, within a case. */
  @Post(':id/documents')
  @Allow('update', 'DisplacedPerson')
  addDocument(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AddDocumentDto) {
    return this.persons.addDocument(principal, id, dto);
  }

  /** Another person of the register linked as a family member, within a case; both entries show it. */
  @Post(':id/family-members')
  @Allow('update', 'DisplacedPerson')
  linkFamilyMember(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: LinkFamilyMemberDto) {
    return this.persons.linkFamilyMember(principal, id, dto);
  }

  /** Assistance the person received, within a case. */
  @Post(':id/assistance')
  @Allow('update', 'DisplacedPerson')
  recordAssistance(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordAssistanceDto) {
    return this.persons.recordAssistance(principal, id, dto);
  }
}
