import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../database/transactional-connection.js';
import type { Principal } from '../access/principal.js';
import { accessibleWhere, type FieldSql } from '../access/sql-conditions.js';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword } from './passwords.js';
import { Clock } from '../shared/clock.js';
import { conflict, notFound } from '../shared/errors.js';
import { paginate } from '../shared/pagination.js';
import { containsPattern } from '../shared/validation.js';
import { assertVersion } from '../shared/versioning.js';
import { assertAdministratorRemains } from './administrator-remains.js';
import type { CreateUserDto, UpdateUserDto, UserQueryDto } from './dto/user.dto.js';
import { publicUser, User, type PublicUser } from './user.entity.js';

/** A user belongs to the units of the positions they hold. */
const USER_FIELDS: Record<string, FieldSql> = {
  orgUnitId: (operator, param) => {
    const match = operator === 'IN' || operator === 'NOT IN' ? `p.org_unit_id = ANY(:${param})` : `p.org_unit_id = :${param}`;
    const exists = `EXISTS (SELECT 1 FROM position p WHERE p.user_id = u.id AND p.active AND ${match})`;
    return operator === 'IN' || operator === '=' ? exists : `NOT ${exists}`;
  },
  assigneeId: 'u.id',
};

@Injectable()
export class UsersService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private get repo() {
    return this.db.manager.getRepository(User);
  }

  private visibleTo(principal: Principal) {
    const acl = accessibleWhere(principal.ability, 'read', 'User', USER_FIELDS);
    return this.repo.createQueryBuilder('u').where(acl.where, acl.parameters);
  }

  list(principal: Principal, query: UserQueryDto) {
    const qb = this.visibleTo(principal).orderBy('u.username', 'ASC');
    if (query.q) qb.andWhere('(u.username ILIKE :q OR u.fullName ILIKE :q)', { q: containsPattern(query.q) });
    if (query.disabled !== undefined) qb.andWhere('u.disabled = :disabled', { disabled: query.disabled });
    return paginate(qb, query, publicUser);
  }

  /** A user the caller may see, with the positions they hold; 404 otherwise. */
  async get(principal: Principal, id: string) {
    const user = await this.visibleTo(principal).andWhere('u.id = :id', { id }).getOne();
    if (!user) throw notFound('USER_NOT_FOUND');
    const positions = await this.db.manager.query(
      `SELECT p.id, p.title, p.org_unit_id AS "orgUnitId", o.code AS "orgUnitCode", p.active
         FROM position p JOIN org_unit o ON o.id = p.org_unit_id WHERE p.user_id = $1 ORDER BY p.title`,
      [id],
    );
    return { ...publicUser(user), positions };
  }

  async create(dto: CreateUserDto): Promise<PublicUser> {
    if (await this.repo.existsBy({ username: dto.username })) throw conflict('USERNAME_TAKEN', { username: dto.username });
    const { identifiers } = await this.repo.insert({
      username: dto.username,
      fullName: dto.fullName,
      email: dto.email ?? null,
      passwordHash: await hashPassword(dto.password),
      locale: dto.locale ?? 'sr-Latn',
      disabled: false,
    });
    const created = await this.load(identifiers[0].id);
    await this.audit.record({ action: 'user.create', entityType: 'User', entityId: created.id, after: created });
    return created;
  }

  async update(id: string, dto: UpdateUserDto): Promise<PublicUser> {
    const before = await this.load(id);
    assertVersion(before, dto.version);
    const changes: Partial<User> = {};
    if (dto.fullName !== undefined) changes.fullName = dto.fullName;
    if (dto.email !== undefined) changes.email = dto.email;
    if (dto.locale !== undefined) changes.locale = dto.locale;
    if (dto.disabled !== undefined) changes.disabled = dto.disabled;
    if (dto.password !== undefined) changes.passwordHash = await hashPassword(dto.password);
    await this.repo.update({ id }, { ...changes, version: before.version + 1 });
    if (dto.disabled === true) await assertAdministratorRemains(this.db.manager);
    // A new password or a disabled account ends every session the user has.
    if (dto.password !== undefined || dto.disabled === true) {
      await this.db.manager.query('UPDATE refresh_token SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [id, this.clock.now()]);
    }
    const after = await this.load(id);
    await this.audit.record({
      action: dto.password !== undefined ? 'user.update+password' : 'user.update',
      entityType: 'User',
      entityId: id,
      before,
      after,
    });
    return after;
  }

  private async load(id: string): Promise<PublicUser> {
    const user = await this.repo.findOneBy({ id });
    if (!user) throw notFound('USER_NOT_FOUND');
    return publicUser(user);
  }
}
