import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../access/access.decorators.js';
import { CreateOrgUnitDto, OrgUnitQueryDto, UpdateOrgUnitDto } from './dto/org-unit.dto.js';
import { OrgUnitsService } from './org-units.service.js';
import { OrgUnitDto, OrgUnitPageDto } from './dto/org.response.js';

@ApiTags('administration')
@ApiBearerAuth()
@Controller('org-units')
export class OrgUnitsController {
  constructor(private readonly units: OrgUnitsService) {}

  @Get()
  @Allow('read', 'OrgUnit')
  @ApiOkResponse({ type: OrgUnitPageDto })
  list(@Query() query: OrgUnitQueryDto): Promise<OrgUnitPageDto> {
    return this.units.list(query);
  }

  @Get(':id')
  @Allow('read', 'OrgUnit')
  @ApiOkResponse({ type: OrgUnitDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<OrgUnitDto> {
    return this.units.get(id);
  }

  @Post()
  @Allow('create', 'OrgUnit')
  @ApiCreatedResponse({ type: OrgUnitDto })
  create(@Body() dto: CreateOrgUnitDto): Promise<OrgUnitDto> {
    return this.units.create(dto);
  }

  @Patch(':id')
  @Allow('update', 'OrgUnit')
  @ApiOkResponse({ type: OrgUnitDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateOrgUnitDto): Promise<OrgUnitDto> {
    return this.units.update(id, dto);
  }
}
