import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { buildAbility } from '../access/ability.factory.js';
import type { Principal, PrincipalPosition } from '../access/principal.js';

interface PositionRow {
  position_id: string;
  title: string;
  org_unit_id: string;
  org_unit_code: string;
  subtree: string[];
  roles: PrincipalPosition['roles'];
}

/** Loads who the caller is and what their positions allow, fresh for each request. */
@Injectable()
export class PrincipalService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The principal of an enabled user, or null when the user is gone or disabled. */
  async load(userId: string): Promise<Principal | null> {
    const [user] = await this.dataSource.query(
      'SELECT id, username, full_name, locale FROM app_user WHERE id = $1 AND NOT disabled',
      [userId],
    );
    if (!user) return null;
    const rows: PositionRow[] = await this.dataSource.query(
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
    const positions: PrincipalPosition[] = rows.map((row) => ({
      positionId: row.position_id,
      title: row.title,
      orgUnitId: row.org_unit_id,
      orgUnitCode: row.org_unit_code,
      orgUnitSubtreeIds: row.subtree,
      roles: row.roles,
    }));
    return {
      userId: user.id,
      username: user.username,
      fullName: user.full_name,
      locale: user.locale,
      positions,
      ability: buildAbility(user.id, positions),
    };
  }
}
