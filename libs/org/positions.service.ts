import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { In } from 'typeorm';
import type { Principal } from '../access/principal.js';
import { Role } from '../access/role.entity.js';
import { accessibleWhere } from '../access/sql-conditions.js';
import { AuditService } from '../audit/audit.service.js';
import { badRequest, conflict, notFound } from '../shared/errors.js';
import { pageOf } from '../shared/pagination.js';
import { assertVersion } from '../shared/versioning.js';
import { assertAdministratorRemains } from './administrator-remains.js';
import type { CreatePositionDto, PositionQueryDto, UpdatePositionDto } from './dto/position.dto.js';
import { OrgUnit } from './org-unit.entity.js';
import { Position } from './position.entity.js';
import { User } from './user.entity.js';

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
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  private get repo() {
    return this.db.manager.getRepository(Position);
  }

  private visibleTo(principal: Principal) {
    const acl = accessibleWhere(principal.ability, 'read', 'Position', { orgUnitId: 'p.org_unit_id', assigneeId: 'p.user_id' });
    return this.repo.createQueryBuilder('p').where(acl.where, acl.parameters);
  }

  async list(principal: Principal, query: PositionQueryDto) {
    const qb = this.visibleTo(principal).orderBy('p.title', 'ASC').addOrderBy('p.id');
    if (query.orgUnitId) qb.andWhere('p.orgUnitId = :orgUnitId', { orgUnitId: query.orgUnitId });
    if (query.userId) qb.andWhere('p.userId = :userId', { userId: query.userId });
    const [rows, total] = await qb.skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    const withRoles = rows.length === 0 ? [] : await this.repo.find({ where: { id: In(rows.map((r) => r.id)) }, relations: { roles: true } });
    const byId = new Map(withRoles.map((p) => [p.id, p]));
    return pageOf(rows.map((r) => view(byId.get(r.id) ?? r)), total, query);
  }

  /** A position the caller may see; 404 otherwise. */
  async getVisible(principal: Principal, id: string): Promise<PositionView> {
    if (!(await this.visibleTo(principal).andWhere('p.id = :id', { id }).getExists())) throw notFound('POSITION_NOT_FOUND');
    return this.get(id);
  }

  async get(id: string): Promise<PositionView> {
    return view(await this.load(id));
  }

  async create(dto: CreatePositionDto): Promise<PositionView> {
    await this.checkReferences(dto.orgUnitId, dto.userId);
    const roles = await this.loadRoles(dto.roleIds);
    const saved = await this.repo.save(this.repo.create({ title: dto.title, orgUnitId: dto.orgUnitId, userId: dto.userId ?? null, active: true, roles }));
    const created = await this.get(saved.id);
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
    await this.repo.save(position);
    await assertAdministratorRemains(this.db.manager);
    const after = await this.get(id);
    await this.audit.record({ action: 'position.update', entityType: 'Position', entityId: id, before, after });
    return after;
  }

  private async load(id: string): Promise<Position> {
    const position = await this.repo.findOne({ where: { id }, relations: { roles: true } });
    if (!position) throw notFound('POSITION_NOT_FOUND');
    return position;
  }

  private async checkReferences(orgUnitId?: string, userId?: string) {
    if (orgUnitId && !(await this.db.manager.getRepository(OrgUnit).existsBy({ id: orgUnitId }))) throw badRequest('ORG_UNIT_NOT_FOUND');
    if (userId && !(await this.db.manager.getRepository(User).existsBy({ id: userId }))) throw badRequest('USER_NOT_FOUND');
  }

  private async loadRoles(ids: string[]): Promise<Role[]> {
    if (ids.length === 0) return [];
    const roles = await this.db.manager.getRepository(Role).findBy({ id: In(ids) });
    if (roles.length !== ids.length) throw badRequest('ROLE_NOT_FOUND');
    return roles;
  }
}
