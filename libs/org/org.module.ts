import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Role } from '../access/role.entity.js';
import { OrgUnit } from './org-unit.entity.js';
import { OrgUnitRepository } from './org-unit.repository.js';
import { OrgUnitsController } from './org-units.controller.js';
import { OrgUnitsService } from './org-units.service.js';
import { Position } from './position.entity.js';
import { PositionRepository } from './position.repository.js';
import { PositionsController } from './positions.controller.js';
import { PositionsService } from './positions.service.js';
import { RoleRepository } from './role.repository.js';
import { RolesController } from './roles.controller.js';
import { RolesService } from './roles.service.js';
import { User } from './user.entity.js';
import { UserRepository } from './user.repository.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

/** The organisation: units, the people, the posts (positions) they hold, and the roles those posts carry. */
@Module({
  imports: [TypeOrmModule.forFeature([OrgUnit, User, Position, Role])],
  controllers: [RolesController, OrgUnitsController, UsersController, PositionsController],
  providers: [RolesService, OrgUnitsService, UsersService, PositionsService, RoleRepository, OrgUnitRepository, UserRepository, PositionRepository],
  exports: [RolesService, OrgUnitsService, UsersService, PositionsService],
})
export class OrgModule {}
