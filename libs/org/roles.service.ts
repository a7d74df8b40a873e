import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../database/transactional-connection.js';
import type { EntityManager } from 'typeorm';
import { AuditService, recordSystemAudit } from '../audit/audit.service.js';
import { badRequest, conflict, notFound } from '../shared/errors.js';
import { paginate } from '../shared/pagination.js';
import { assertVersion } from '../shared/versioning.js';
import { assertAdministratorRemains } from './administrator-remains.js';
import type { CreateRoleDto, RoleQueryDto, UpdateRoleDto } from './dto/role.dto.js';
import type { Permission } from '../access/permissions.js';
import { Role } from '../access/role.entity.js';
import { SYSTEM_ROLES } from '../access/system-roles.js';

/**
 * Conditions a role may put on records. Kept small on purpose: every field here must have a SQL
 * mapping in each list query that uses the subject.
 */
function checkPermissions(permissions: Permission[]): Permission[] {
  return permissions.map((permission, index) => {
    const { conditions } = permission;
    if (conditions === undefined) return { action: permission.action, subject: permission.subject, scope: permission.scope };
    const keys = Object.keys(conditions);
    const status = conditions.status as Record<string, unknown> | undefined;
    const valid =
      keys.length === 1 && keys[0] === 'status' && status !== null && typeof status === 'object' &&
      Object.keys(status).length === 1 && Array.isArray(status.$in) && status.$in.every((s) => typeof s === 'string' && s.length <= 40);
    if (!valid) throw badRequest('INVALID_PERMISSION', { index: index + 1, reason: 'conditions may only be { "status": { "$in": [...] } }' });
    return { action: permission.action, subject: permission.subject, scope: permission.scope, conditions };
  });
}

@Injectable()
export class RolesService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  private get repo() {
    return this.db.manager.getRepository(Role);
  }

  list(query: RoleQueryDto) {
    return paginate(this.repo.createQueryBuilder('r').orderBy('r.system', 'DESC').addOrderBy('r.code', 'ASC'), query);
  }

  async get(id: string): Promise<Role> {
    const role = await this.repo.findOneBy({ id });
    if (!role) throw notFound('ROLE_NOT_FOUND');
    return role;
  }

  async create(dto: CreateRoleDto): Promise<Role> {
    if (await this.repo.existsBy({ code: dto.code })) throw conflict('ROLE_CODE_TAKEN', { code: dto.code });
    const permissions = checkPermissions(dto.permissions);
    // jsonb column: TypeORM's deep-partial typing cannot express arbitrary JSON, hence the cast.
    const { identifiers } = await this.repo.insert({ code: dto.code, name: dto.name, description: dto.description ?? null, permissions, system: false } as never);
    const created = await this.get(identifiers[0].id);
    await this.audit.record({ action: 'role.create', entityType: 'Role', entityId: created.id, after: created });
    return created;
  }

  async update(id: string, dto: UpdateRoleDto): Promise<Role> {
    const before = await this.get(id);
    if (before.system) throw conflict('SYSTEM_ROLE_READ_ONLY');
    assertVersion(before, dto.version);
    const changes: Partial<Role> = {};
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.description !== undefined) changes.description = dto.description;
    if (dto.permissions !== undefined) changes.permissions = checkPermissions(dto.permissions);
    await this.repo.update({ id }, { ...changes, version: before.version + 1 } as never);
    await assertAdministratorRemains(this.db.manager);
    const after = await this.get(id);
    await this.audit.record({ action: 'role.update', entityType: 'Role', entityId: id, before, after });
    return after;
  }
}

/**
 * Brings the built-in roles in the database in line with the code (new roles added, changed
 * permissions updated), recording each change in the audit trail. Runs at every start.
 */
export async function syncSystemRoles(manager: EntityManager): Promise<string[]> {
  const changed: string[] = [];
  for (const role of SYSTEM_ROLES) {
    const [existing] = await manager.query('SELECT id, name, description, permissions FROM role WHERE code = $1', [role.code]);
    if (!existing) {
      const [{ id }] = await manager.query(
        'INSERT INTO role (code, name, description, permissions, system) VALUES ($1, $2, $3, $4, true) RETURNING id',
        [role.code, role.name, role.description, JSON.stringify(role.permissions)],
      );
      await recordSystemAudit(manager, { action: 'role.create', entityType: 'Role', entityId: id, after: role });
      changed.push(role.code);
    } else if (JSON.stringify(existing.permissions) !== JSON.stringify(role.permissions) || existing.name !== role.name || existing.description !== role.description) {
      await manager.query(
        'UPDATE role SET name = $2, description = $3, permissions = $4, system = true, version = version + 1, updated_at = now() WHERE id = $1',
        [existing.id, role.name, role.description, JSON.stringify(role.permissions)],
      );
      await recordSystemAudit(manager, { action: 'role.update', entityType: 'Role', entityId: existing.id, before: existing, after: role });
      changed.push(role.code);
    }
  }
  return changed;
}
