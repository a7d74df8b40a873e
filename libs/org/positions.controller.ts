import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import type { Principal } from '../access/principal.js';
import { CreatePositionDto, PositionQueryDto, UpdatePositionDto } from './dto/position.dto.js';
import { PositionsService } from './positions.service.js';
import { PositionDto, PositionPageDto } from './dto/org.response.js';

@ApiTags('administration')
@ApiBearerAuth()
@Controller('positions')
export class PositionsController {
  constructor(private readonly positions: PositionsService) {}

  @Get()
  @Allow('read', 'Position')
  @ApiOkResponse({ type: PositionPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PositionQueryDto): Promise<PositionPageDto> {
    return this.positions.list(principal, query);
  }

  @Get(':id')
  @Allow('read', 'Position')
  @ApiOkResponse({ type: PositionDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<PositionDto> {
    return this.positions.getVisible(principal, id);
  }

  @Post()
  @Allow('create', 'Position')
  @ApiCreatedResponse({ type: PositionDto })
  create(@Body() dto: CreatePositionDto): Promise<PositionDto> {
    return this.positions.create(dto);
  }

  @Patch(':id')
  @Allow('update', 'Position')
  @ApiOkResponse({ type: PositionDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdatePositionDto): Promise<PositionDto> {
    return this.positions.update(id, dto);
  }
}
