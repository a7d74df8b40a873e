import { Injectable } from '@nestjs/common';
import type { PrincipalPosition } from '../access/principal.js';
import { GenerateSql } from '../database/generate-sql.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { User } from '../org/user.entity.js';
import { LoginAttempt } from './login-attempt.entity.js';
import { RefreshToken } from './refresh-token.entity.js';

/** A position as the principal carries it, as the database gives it. */
export interface PrincipalPositionRow {
  position_id: string;
  title: string;
  org_unit_id: string;
  org_unit_code: string;
  subtree: string[];
  roles: PrincipalPosition['roles'];
}

/** Example values for the SQL snapshots (`npm run sync:sql`). */
const USER = '00000000-0000-4000-8000-000000000002';
const AT = new Date('2026-03-02T08:00:00Z');
const HASH = 'f'.repeat(64);
const FAMILY = '00000000-0000-4000-8000-00000000000c';
const TOKEN = '00000000-0000-4000-8000-00000000000d';

/**
 * The statements of sign-in: its own tables (`login_attempt`, `refresh_token`) and its reads of who
 * a user is (the organisation's `app_user`, `position`, `role`: `auth` imports `org`), each
 * snapshotted in `queries/auth.repository.sql`. What must stick although the request fails is sent
 * on a connection of its own transaction (`connectionOf`).
 */
@Injectable()
export class AuthRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** Serialises sign-ins of one username until the transaction ends. */
  @GenerateSql(['mpetrovic'])
  async lockSignIn(username: string): Promise<void> {
    await this.db.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:${username}`]);
  }

  /** Failed sign-ins of the username since `since` and since its last success. */
  @GenerateSql(['mpetrovic', AT])
  async recentFailures(username: string, since: Date): Promise<number> {
    const [{ failures }] = await this.db.manager.query(
      `SELECT count(*)::int AS failures FROM login_attempt
        WHERE username = $1 AND NOT succeeded AND at > $2
          AND at > COALESCE((SELECT max(at) FROM login_attempt WHERE username = $1 AND succeeded), '-infinity')`,
      [username, since],
    );
    return failures;
  }

  /** Records an attempt as failed (before the password is checked); returns its id. */
  @GenerateSql(['mpetrovic', '192.0.2.1', AT])
  async recordFailure(username: string, ip: string, at: Date): Promise<string> {
    const [{ id }] = await this.db.manager.query('INSERT INTO login_attempt (username, ip, succeeded, at) VALUES ($1, $2, false, $3) RETURNING id', [username, ip, at]);
    return id;
  }

  @GenerateSql(['1'])
  async markSucceeded(attemptId: string): Promise<void> {
    await this.db.getRepository(LoginAttempt).update({ id: attemptId }, { succeeded: true });
  }

  /** The user with this username, with their password hash (never read otherwise); null when there is none. */
  @GenerateSql(['mpetrovic'])
  userWithPasswordHash(username: string): Promise<User | null> {
    return this.db.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash').where('u.username = :username', { username }).getOne();
  }

  @GenerateSql([USER])
  user(id: string): Promise<User | null> {
    return this.db.getRepository(User).findOneBy({ id });
  }

  /** The user if enabled; null when gone or disabled. */
  @GenerateSql([USER])
  async enabledUser(id: string): Promise<{ id: string; username: string; full_name: string; locale: string } | null> {
    const [user] = await this.db.manager.query('SELECT id, username, full_name, locale FROM app_user WHERE id = $1 AND NOT disabled', [id]);
    return user ?? null;
  }

  /** The user's active positions, each with its unit's subtree and its roles. */
  @GenerateSql([USER])
  principalPositions(userId: string): Promise<PrincipalPositionRow[]> {
    return this.db.manager.query(
      `SELECT p.id AS position_id, p.title, p.org_unit_id, u.code AS org_unit_code,
              (WITH RECURSIVE sub AS (
                 SELECT o.id FROM org_unit o WHERE o.id = p.org_unit_id
                 UNION ALL SELECT c.id FROM org_unit c JOIN sub ON c.parent_id = sub.id)
               SELECT array_agg(sub.id::text) FROM sub) AS subtree,
              COALESCE(json_agg(json_build_object('code', r.code, 'name', r.name, 'permissions', r.permissions)
                       ORDER BY r.code) FILTER (WHERE r.id IS NOT NULL), '[]') AS roles
         FROM position p
         JOIN org_unit u ON u.id = p.org_unit_id
         LEFT JOIN position_role pr ON pr.position_id = p.id
         LEFT JOIN role r ON r.id = pr.role_id
        WHERE p.user_id = $1 AND p.active
        GROUP BY p.id, u.code
        ORDER BY p.title`,
      [userId],
    );
  }

  /** The refresh token with this hash, locked until the transaction ends; null when there is none. */
  @GenerateSql([HASH])
  lockRefreshToken(tokenHash: string): Promise<RefreshToken | null> {
    return this.db.getRepository(RefreshToken).createQueryBuilder('t').setLock('pessimistic_write').where('t.tokenHash = :hash', { hash: tokenHash }).getOne();
  }

  @GenerateSql([HASH])
  refreshToken(tokenHash: string): Promise<RefreshToken | null> {
    return this.db.getRepository(RefreshToken).findOneBy({ tokenHash });
  }

  @GenerateSql([{ userId: USER, familyId: FAMILY, tokenHash: HASH, expiresAt: AT }])
  async insertRefreshToken(token: Pick<RefreshToken, 'userId' | 'familyId' | 'tokenHash' | 'expiresAt'>): Promise<void> {
    await this.db.getRepository(RefreshToken).insert(token);
  }

  @GenerateSql([TOKEN, AT])
  async markRefreshTokenUsed(id: string, at: Date): Promise<void> {
    await this.db.getRepository(RefreshToken).update({ id }, { usedAt: at });
  }

  @GenerateSql([FAMILY, AT])
  async revokeFamily(familyId: string, at: Date): Promise<void> {
    await this.db.manager.query('UPDATE refresh_token SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL', [familyId, at]);
  }
}
