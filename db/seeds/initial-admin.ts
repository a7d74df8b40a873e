import type { DataSource } from 'typeorm';
import { recordSystemAudit } from '../../libs/audit/audit.service.js';
import { hashPassword } from '../../libs/org/passwords.js';

/**
 * On an installation with no users at all, creates the first administrator (a post in a top-level
 * "Administration" unit holding the built-in administrator role). Returns whether it did.
 */
export async function seedInitialAdmin(dataSource: DataSource, username: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return dataSource.transaction(async (manager) => {
    await manager.query('LOCK TABLE app_user IN SHARE ROW EXCLUSIVE MODE');
    const [{ users }] = await manager.query('SELECT count(*)::int AS users FROM app_user');
    if (users > 0) return false;
    const [unit] = await manager.query(`SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY code LIMIT 1`);
    const unitId = unit?.id ?? (await manager.query(`INSERT INTO org_unit (code, name) VALUES ('ADM', 'Administracija') RETURNING id`))[0].id;
    const [{ id: userId }] = await manager.query(
      `INSERT INTO app_user (username, full_name, password_hash) VALUES ($1, 'Administrator', $2) RETURNING id`,
      [username, passwordHash],
    );
    const [{ id: positionId }] = await manager.query(
      `INSERT INTO position (title, org_unit_id, user_id) VALUES ('Administrator sistema', $1, $2) RETURNING id`,
      [unitId, userId],
    );
    await manager.query(`INSERT INTO position_role (position_id, role_id) SELECT $1, id FROM role WHERE code = 'administrator'`, [positionId]);
    await recordSystemAudit(manager, { action: 'user.create-initial-admin', entityType: 'User', entityId: userId, after: { username } });
    return true;
  });
}
