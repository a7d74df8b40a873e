import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import type { Role } from '../access/role.entity.js';
import { accessibleWhere } from '../access/sql-conditions.js';
import { AuditService } from '../audit/audit.service.js';
import { badRequest, notFound } from '../shared/errors.js';
import { pageOf } from '../shared/pagination.js';
import { assertVersion } from '../shared/versioning.js';
import { assertAdministratorRemains } from './administrator-remains.js';
import type { CreatePositionDto, PositionQueryDto, UpdatePositionDto } from './dto/position.dto.js';
import { OrgUnitRepository } from './org-unit.repository.js';
import type { Position } from './position.entity.js';
import { POSITION_ACCESS_FIELDS, PositionRepository } from './position.repository.js';
import { RoleRepository } from './role.repository.js';
import { UserRepository } from './user.repository.js';

export interface PositionView {
  id: string;
  title: string;
  orgUnitId: string;
  userId: string | null;
  active: boolean;
  version: number;
  roles: Array<{ id: string; code: string; name: string }>;
}

function view(position: Position): PositionView {
  return {
    id: position.id,
    title: position.title,
    orgUnitId: position.orgUnitId,
    userId: position.userId,
    active: position.active,
    version: position.version,
    roles: (position.roles ?? []).map((r) => ({ id: r.id, code: r.code, name: r.name })).sort((a, b) => a.code.localeCompare(b.code)),
  };
}

@Injectable()
export class PositionsService {
  constructor(
    private readonly positions: PositionRepository,
    private readonly units: OrgUnitRepository,
    private readonly users: UserRepository,
    private readonly roles: RoleRepository,
    private readonly audit: AuditService,
  ) {}

  private readable(principal: Principal) {
    return accessibleWhere(principal.ability, 'read', 'Position', POSITION_ACCESS_FIELDS);
  }

  async list(principal: Principal, query: PositionQueryDto) {
    const { items, total } = await this.positions.page(this.readable(principal), query);
    return pageOf(items.map(view), total, query);
  }

  /** A position the caller may see; 404 otherwise. */
  async getVisible(principal: Principal, id: string): Promise<PositionView> {
    if (!(await this.positions.visibleExists(this.readable(principal), id))) throw notFound('POSITION_NOT_FOUND');
    return this.get(id);
  }

  async get(id: string): Promise<PositionView> {
    return view(await this.load(id));
  }

  async create(dto: CreatePositionDto): Promise<PositionView> {
    await this.checkReferences(dto.orgUnitId, dto.userId);
    const roles = await this.loadRoles(dto.roleIds);
    const created = await this.get(await this.positions.save({ title: dto.title, orgUnitId: dto.orgUnitId, userId: dto.userId ?? null, active: true, roles }));
    await this.audit.record({ action: 'position.create', entityType: 'Position', entityId: created.id, after: created });
    return created;
  }

  async update(id: string, dto: UpdatePositionDto): Promise<PositionView> {
    const position = await this.load(id);
    const before = view(position);
    assertVersion(position, dto.version);
    await this.checkReferences(dto.orgUnitId, dto.userId ?? undefined);
    if (dto.title !== undefined) position.title = dto.title;
    if (dto.orgUnitId !== undefined) position.orgUnitId = dto.orgUnitId;
    if (dto.userId !== undefined) position.userId = dto.userId;
    if (dto.active !== undefined) position.active = dto.active;
    if (dto.roleIds !== undefined) position.roles = await this.loadRoles(dto.roleIds);
    await this.positions.save(position);
    await assertAdministratorRemains(this.users);
    const after = await this.get(id);
    await this.audit.record({ action: 'position.update', entityType: 'Position', entityId: id, before, after });
    return after;
  }

  private async load(id: string): Promise<Position> {
    const position = await this.positions.get(id);
    if (!position) throw notFound('POSITION_NOT_FOUND');
    return position;
  }

  private async checkReferences(orgUnitId?: string, userId?: string) {
    if (orgUnitId && !(await this.units.exists(orgUnitId))) throw badRequest('ORG_UNIT_NOT_FOUND');
    if (userId && !(await this.users.exists(userId))) throw badRequest('USER_NOT_FOUND');
  }

  private async loadRoles(ids: string[]): Promise<Role[]> {
    if (ids.length === 0) return [];
    const roles = await this.roles.findByIds(ids);
    if (roles.length !== ids.length) throw badRequest('ROLE_NOT_FOUND');
    return roles;
  }
}
