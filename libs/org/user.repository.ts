import { Injectable } from '@nestjs/common';
import type { FieldSql, SqlCondition } from '../access/sql-conditions.js';
import { GenerateSql } from '../database/generate-sql.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { paginate, type Page } from '../shared/pagination.js';
import { containsPattern } from '../shared/validation.js';
import type { UserQueryDto } from './dto/user.dto.js';
import { User } from './user.entity.js';

/** The fields permission rules about users use, over the alias `u`: a user belongs to the units of the positions they hold. */
export const USER_ACCESS_FIELDS: Record<string, FieldSql> = {
  orgUnitId: (operator, param) => {
    const match = operator === 'IN' || operator === 'NOT IN' ? `p.org_unit_id = ANY(:${param})` : `p.org_unit_id = :${param}`;
    const exists = `EXISTS (SELECT 1 FROM position p WHERE p.user_id = u.id AND p.active AND ${match})`;
    return operator === 'IN' || operator === '=' ? exists : `NOT ${exists}`;
  },
  assigneeId: 'u.id',
};

/** A position as a user's page lists it. */
export interface UserPosition {
  id: string;
  title: string;
  orgUnitId: string;
  orgUnitCode: string;
  active: boolean;
}

/** Example values for the SQL snapshots (`npm run sync:sql`). */
const EVERYONE: SqlCondition = { where: '1 = 1', parameters: {} };
const USER = '00000000-0000-4000-8000-000000000002';
const AT = new Date('2026-03-02T08:00:00Z');

/**
 * The statements on users (`app_user`), each snapshotted in `queries/user.repository.sql`.
 * `access` is a permission condition over the alias `u` ({@link USER_ACCESS_FIELDS}).
 */
@Injectable()
export class UserRepository {
  constructor(private readonly db: TransactionalConnection) {}

  private get users() {
    return this.db.getRepository(User);
  }

  private visible(access: SqlCondition) {
    return this.users.createQueryBuilder('u').where(access.where, access.parameters);
  }

  /** The users `access` lets be seen, by username, filtered by a word of their name and by being disabled. */
  @GenerateSql([EVERYONE, { page: 2, pageSize: 50 }], [EVERYONE, { page: 2, pageSize: 50, q: 'petrov', disabled: false }])
  page(access: SqlCondition, query: UserQueryDto): Promise<Page<User>> {
    const qb = this.visible(access).orderBy('u.username', 'ASC');
    if (query.q) qb.andWhere('(u.username ILIKE :q OR u.fullName ILIKE :q)', { q: containsPattern(query.q) });
    if (query.disabled !== undefined) qb.andWhere('u.disabled = :disabled', { disabled: query.disabled });
    return paginate(qb, query);
  }

  /** The user, if `access` lets them be seen; null otherwise. */
  @GenerateSql([EVERYONE, USER])
  async getIf(access: SqlCondition, id: string): Promise<User | null> {
    return this.visible(access).andWhere('u.id = :id', { id }).getOne();
  }

  /** The positions the user holds, by title, with their unit's code. */
  @GenerateSql([USER])
  positionsOf(userId: string): Promise<UserPosition[]> {
    return this.db.manager.query(
      `SELECT p.id, p.title, p.org_unit_id AS "orgUnitId", o.code AS "orgUnitCode", p.active
         FROM position p JOIN org_unit o ON o.id = p.org_unit_id WHERE p.user_id = $1 ORDER BY p.title`,
      [userId],
    );
  }

  @GenerateSql([USER])
  get(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  @GenerateSql([USER])
  exists(id: string): Promise<boolean> {
    return this.users.existsBy({ id });
  }

  @GenerateSql(['mpetrovic'])
  usernameTaken(username: string): Promise<boolean> {
    return this.users.existsBy({ username });
  }

  /** Returns the new user's id. */
  @GenerateSql([{ username: 'mpetrovic', fullName: 'Marko Petrović', email: null, passwordHash: '$argon2id$example', locale: 'sr-Latn', disabled: false }])
  async insert(user: Pick<User, 'username' | 'fullName' | 'email' | 'passwordHash' | 'locale' | 'disabled'>): Promise<string> {
    const { identifiers } = await this.users.insert(user);
    return identifiers[0].id as string;
  }

  @GenerateSql([USER, { fullName: 'Marko Petrović', disabled: true, version: 2 }])
  async update(id: string, changes: Partial<User>): Promise<void> {
    await this.users.update({ id }, changes);
  }

  /**
   * Ends every session of the user (a new password, a disabled account). The refresh tokens are
   * sign-in's (`libs/auth`), which imports this library, so the user's own change revokes them here.
   */
  @GenerateSql([USER, AT])
  async revokeSessions(userId: string, at: Date): Promise<void> {
    await this.db.manager.query('UPDATE refresh_token SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [userId, at]);
  }

  /** Whether someone, not disabled, still holds an active position with a role that manages users everywhere. */
  @GenerateSql()
  async administratorRemains(): Promise<boolean> {
    const [{ remains }] = await this.db.manager.query(
      `SELECT EXISTS (
         SELECT 1 FROM app_user u
           JOIN position p ON p.user_id = u.id AND p.active
           JOIN position_role pr ON pr.position_id = p.id
           JOIN role r ON r.id = pr.role_id
          WHERE NOT u.disabled
            AND EXISTS (SELECT 1 FROM jsonb_array_elements(r.permissions) perm
                         WHERE perm->>'action' = 'manage' AND perm->>'subject' IN ('User', 'all') AND perm->>'scope' = 'all')
       ) AS remains`,
    );
    return remains;
  }
}
