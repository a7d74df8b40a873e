import { Injectable, Module } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { TransactionalConnection } from '../../../libs/database/index.js';
import { CreateUserDto, UpdateUserDto } from '../../../libs/org/dto/user.dto.js';
import { OrgModule, OrgUnitsService, PositionsService, User, UsersService } from '../../../libs/org/index.js';
import { createValidationPipe, DomainError } from '../../../libs/shared/index.js';

/** A refusal the operator can fix by changing what they typed: exit 64. */
export class UsageError extends Error {}

/** A one-time password: 128 random bits, as 22 characters anyone can type. */
export const oneTimePassword = () => randomBytes(16).toString('base64url');

/**
 * The administrator's accounts work of `spis users`, through the application's own services: the
 * same validation, argon2id hashing, session revocation and audit trail (actor `system`) as the
 * administration screens. Each runs in one transaction.
 */
@Injectable()
export class UsersAccounts {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly users: UsersService,
    private readonly positions: PositionsService,
    private readonly units: OrgUnitsService,
  ) {}

  /** A user holding the built-in administrator role, on a post in the top unit (created when there is none). */
  async createAdministrator(dto: CreateUserDto): Promise<User> {
    return this.db.withTransaction(async () => {
      const user = await this.users.create(dto).catch(explain(dto.username));
      const [role] = await this.db.manager.query(`SELECT id FROM role WHERE code = 'administrator'`);
      if (!role) throw new Error('the built-in administrator role is missing: start Spis once, which creates it, then run this again');
      const [top] = await this.db.manager.query(`SELECT id FROM org_unit WHERE parent_id IS NULL AND active ORDER BY code LIMIT 1`);
      const orgUnitId = top?.id ?? (await this.units.create({ code: 'ADM', name: 'Administracija' })).id;
      await this.positions.create({ title: 'Administrator sistema', orgUnitId, userId: user.id, roleIds: [role.id] });
      return user as User;
    });
  }

  /** A new password for the user; every session they have ends. */
  async resetPassword(username: string, dto: UpdateUserDto): Promise<void> {
    await this.db.withTransaction(async () => {
      const user = await this.db.manager.getRepository(User).findOneBy({ username: username.trim().toLowerCase() });
      if (!user) throw new Error(`there is no user named "${username}" (user names are lower case; \`spis users create-admin\` makes an administrator)`);
      await this.users.update(user.id, dto);
    });
  }
}

/** The DTO as the API would validate it (before anything starts); its complaints become one sentence. */
export async function validated<T extends object>(type: new () => T, value: object): Promise<T> {
  try {
    return (await createValidationPipe().transform(value, { type: 'body', metatype: type })) as T;
  } catch (error) {
    const fields = error instanceof DomainError ? (error.fields ?? []) : [];
    if (fields.length === 0) throw error;
    throw new UsageError(fields.map((field) => field.message).join('; '));
  }
}

const explain = (username: string) => (error: unknown): never => {
  if (error instanceof DomainError && error.code === 'USERNAME_TAKEN') {
    throw new Error(`a user named "${username}" already exists: \`spis users reset-password ${username}\` gives them a new password`);
  }
  throw error;
};

/** What `spis users` adds to the application's modules. */
@Module({ imports: [OrgModule], providers: [UsersAccounts] })
export class UsersAccountsModule {}
