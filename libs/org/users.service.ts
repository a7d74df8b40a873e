import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { accessibleWhere } from '../access/sql-conditions.js';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword } from './passwords.js';
import { Clock } from '../shared/clock.js';
import { conflict, notFound } from '../shared/errors.js';
import { pageOf } from '../shared/pagination.js';
import { assertVersion } from '../shared/versioning.js';
import { assertAdministratorRemains } from './administrator-remains.js';
import type { CreateUserDto, UpdateUserDto, UserQueryDto } from './dto/user.dto.js';
import { publicUser, type PublicUser, type User } from './user.entity.js';
import { USER_ACCESS_FIELDS, UserRepository } from './user.repository.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private readable(principal: Principal) {
    return accessibleWhere(principal.ability, 'read', 'User', USER_ACCESS_FIELDS);
  }

  async list(principal: Principal, query: UserQueryDto) {
    const found = await this.users.page(this.readable(principal), query);
    return pageOf(found.items.map(publicUser), found.total, query);
  }

  /** A user the caller may see, with the positions they hold; 404 otherwise. */
  async get(principal: Principal, id: string) {
    const user = await this.users.getIf(this.readable(principal), id);
    if (!user) throw notFound('USER_NOT_FOUND');
    const positions = await this.users.positionsOf(id);
    return { ...publicUser(user), positions };
  }

  async create(dto: CreateUserDto): Promise<PublicUser> {
    if (await this.users.usernameTaken(dto.username)) throw conflict('USERNAME_TAKEN', { username: dto.username });
    const id = await this.users.insert({
      username: dto.username,
      fullName: dto.fullName,
      email: dto.email ?? null,
      passwordHash: await hashPassword(dto.password),
      locale: dto.locale ?? 'sr-Latn',
      disabled: false,
    });
    const created = await this.load(id);
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
    await this.users.update(id, { ...changes, version: before.version + 1 });
    if (dto.disabled === true) await assertAdministratorRemains(this.users);
    // A new password or a disabled account ends every session the user has.
    if (dto.password !== undefined || dto.disabled === true) {
      await this.users.revokeSessions(id, this.clock.now());
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
    const user = await this.users.get(id);
    if (!user) throw notFound('USER_NOT_FOUND');
    return publicUser(user);
  }
}
