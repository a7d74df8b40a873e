import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Permission } from '../access/permissions.js';
import { Role } from '../access/role.entity.js';
import type { SystemRole } from '../access/system-roles.js';
import { GenerateSql } from '../database/generate-sql.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { paginate, type Page, type PageQueryDto } from '../shared/pagination.js';

/** A built-in role as the database holds it. */
export interface StoredSystemRole {
  id: string;
  name: string;
  description: string | null;
  permissions: Permission[];
}

/** Example values for the SQL snapshots (`npm run sync:sql`). */
const ROLE = '00000000-0000-4000-8000-00000000000a';
const DECLARED: SystemRole = {
  code: 'official',
  name: 'Official',
  description: 'Works on the cases assigned to them',
  permissions: [{ action: 'process', subject: 'Case', scope: 'own' }],
};

/**
 * The statements on roles (`role`): the administrators' roles and the built-in ones synchronised
 * from the code at start-up, each snapshotted in `queries/role.repository.sql`.
 */
@Injectable()
export class RoleRepository {
  constructor(private readonly db: TransactionalConnection) {}

  private get roles() {
    return this.db.getRepository(Role);
  }

  /** The roles, built-in ones first, then by code. */
  @GenerateSql([{ page: 2, pageSize: 50 }])
  page(query: PageQueryDto): Promise<Page<Role>> {
    return paginate(this.roles.createQueryBuilder('r').orderBy('r.system', 'DESC').addOrderBy('r.code', 'ASC'), query);
  }

  @GenerateSql([ROLE])
  get(id: string): Promise<Role | null> {
    return this.roles.findOneBy({ id });
  }

  /** The roles of these ids that exist. */
  @GenerateSql([[ROLE]])
  findByIds(ids: string[]): Promise<Role[]> {
    return this.roles.findBy({ id: In(ids) });
  }

  @GenerateSql(['archivist-assistant'])
  codeTaken(code: string): Promise<boolean> {
    return this.roles.existsBy({ code });
  }

  /** Returns the new role's id. */
  @GenerateSql([{ code: 'archivist-assistant', name: 'Archivist assistant', description: null, permissions: [{ action: 'read', subject: 'ArchiveEntry', scope: 'all' }], system: false }])
  async insert(role: Pick<Role, 'code' | 'name' | 'description' | 'permissions' | 'system'>): Promise<string> {
    // jsonb column: TypeORM's deep-partial typing cannot express arbitrary JSON, hence the cast.
    const { identifiers } = await this.roles.insert(role as never);
    return identifiers[0].id as string;
  }

  @GenerateSql([ROLE, { name: 'Archivist assistant', version: 2 }])
  async update(id: string, changes: Partial<Role>): Promise<void> {
    await this.roles.update({ id }, changes as never);
  }

  /** The built-in role with this code as stored; null before its first start. */
  @GenerateSql(['official'])
  async systemRole(code: string): Promise<StoredSystemRole | null> {
    const [existing] = await this.db.manager.query('SELECT id, name, description, permissions FROM role WHERE code = $1', [code]);
    return existing ?? null;
  }

  /** Returns the new role's id. */
  @GenerateSql([DECLARED])
  async insertSystemRole(role: SystemRole): Promise<string> {
    const [{ id }] = await this.db.manager.query(
      'INSERT INTO role (code, name, description, permissions, system) VALUES ($1, $2, $3, $4, true) RETURNING id',
      [role.code, role.name, role.description, JSON.stringify(role.permissions)],
    );
    return id;
  }

  @GenerateSql([ROLE, DECLARED])
  async updateSystemRole(id: string, role: SystemRole): Promise<void> {
    await this.db.manager.query(
      'UPDATE role SET name = $2, description = $3, permissions = $4, system = true, version = version + 1, updated_at = now() WHERE id = $1',
      [id, role.name, role.description, JSON.stringify(role.permissions)],
    );
  }
}
