import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../access/access.decorators.js';
import { CreateRoleDto, RoleQueryDto, UpdateRoleDto } from './dto/role.dto.js';
import { RolesService } from './roles.service.js';
import { RoleDto, RolePageDto } from './dto/org.response.js';

@ApiTags('administration')
@ApiBearerAuth()
@Controller('roles')
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @Get()
  @Allow('read', 'Role')
  @ApiOkResponse({ type: RolePageDto })
  list(@Query() query: RoleQueryDto): Promise<RolePageDto> {
    return this.roles.list(query);
  }

  @Get(':id')
  @Allow('read', 'Role')
  @ApiOkResponse({ type: RoleDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<RoleDto> {
    return this.roles.get(id);
  }

  @Post()
  @Allow('create', 'Role')
  @ApiCreatedResponse({ type: RoleDto })
  create(@Body() dto: CreateRoleDto): Promise<RoleDto> {
    return this.roles.create(dto);
  }

  @Patch(':id')
  @Allow('update', 'Role')
  @ApiOkResponse({ type: RoleDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateRoleDto): Promise<RoleDto> {
    return this.roles.update(id, dto);
  }
}
