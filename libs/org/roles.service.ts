import { Injectable } from '@nestjs/common';
import { connectionOf } from '../database/transactional-connection.js';
import type { EntityManager } from 'typeorm';
import { AuditService, recordSystemAudit } from '../audit/audit.service.js';
import { badRequest, conflict, notFound } from '../shared/errors.js';
import { assertVersion } from '../shared/versioning.js';
import { assertAdministratorRemains } from './administrator-remains.js';
import type { CreateRoleDto, RoleQueryDto, UpdateRoleDto } from './dto/role.dto.js';
import { RoleRepository } from './role.repository.js';
import { UserRepository } from './user.repository.js';
import type { Permission } from '../access/permissions.js';
import type { Role } from '../access/role.entity.js';
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
    private readonly roles: RoleRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditService,
  ) {}

  list(query: RoleQueryDto) {
    return this.roles.page(query);
  }

  async get(id: string): Promise<Role> {
    const role = await this.roles.get(id);
    if (!role) throw notFound('ROLE_NOT_FOUND');
    return role;
  }

  async create(dto: CreateRoleDto): Promise<Role> {
    if (await this.roles.codeTaken(dto.code)) throw conflict('ROLE_CODE_TAKEN', { code: dto.code });
    const permissions = checkPermissions(dto.permissions);
    const created = await this.get(await this.roles.insert({ code: dto.code, name: dto.name, description: dto.description ?? null, permissions, system: false }));
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
    await this.roles.update(id, { ...changes, version: before.version + 1 });
    await assertAdministratorRemains(this.users);
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
  const roles = new RoleRepository(connectionOf(manager));
  const changed: string[] = [];
  for (const role of SYSTEM_ROLES) {
    const existing = await roles.systemRole(role.code);
    if (!existing) {
      const id = await roles.insertSystemRole(role);
      await recordSystemAudit(manager, { action: 'role.create', entityType: 'Role', entityId: id, after: role });
      changed.push(role.code);
    } else if (JSON.stringify(existing.permissions) !== JSON.stringify(role.permissions) || existing.name !== role.name || existing.description !== role.description) {
      await roles.updateSystemRole(existing.id, role);
      await recordSystemAudit(manager, { action: 'role.update', entityType: 'Role', entityId: existing.id, before: existing, after: role });
      changed.push(role.code);
    }
  }
  return changed;
}
