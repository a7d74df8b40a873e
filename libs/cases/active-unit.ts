import type { EntityManager } from 'typeorm';
import { badRequest, conflict } from '../shared/errors.js';

/** The unit a case is registered in or handed to: it must exist (400) and still be active (409). */
export async function activeUnit(manager: EntityManager, id: string): Promise<{ id: string; code: string; name: string }> {
  const [unit] = await manager.query(`SELECT id, code, name, active FROM org_unit WHERE id = $1`, [id]);
  if (!unit) throw badRequest('ORG_UNIT_NOT_FOUND');
  if (!unit.active) throw conflict('ORG_UNIT_INACTIVE', { code: unit.code });
  return unit;
}
