import type { EntityManager } from 'typeorm';
import { conflict } from '../shared/errors.js';

/**
 * Refuses a change that would leave nobody able to manage users and roles (a locked-out
 * installation). Run after the change, inside its transaction, so the refusal rolls it back.
 */
export async function assertAdministratorRemains(manager: EntityManager): Promise<void> {
  const [{ remains }] = await manager.query(
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
  if (!remains) throw conflict('LAST_ADMINISTRATOR');
}
