import { badRequest, conflict } from '../shared/errors.js';
import type { CaseRepository } from './case.repository.js';

/** The unit a case is registered in or handed to: it must exist (400) and still be active (409). */
export async function activeUnit(cases: CaseRepository, id: string): Promise<{ id: string; code: string; name: string }> {
  const unit = await cases.orgUnit(id);
  if (!unit) throw badRequest('ORG_UNIT_NOT_FOUND');
  if (!unit.active) throw conflict('ORG_UNIT_INACTIVE', { code: unit.code });
  return unit;
}
