import type { AppAbility } from './permissions.js';
import type { Permission } from './permissions.js';

/** A position as the access rules see it: its unit (with sub-units) and its roles' permissions. */
export interface PrincipalPosition {
  positionId: string;
  title: string;
  orgUnitId: string;
  orgUnitCode: string;
  /** The unit and every unit below it. */
  orgUnitSubtreeIds: string[];
  roles: Array<{ code: string; name: string; permissions: Permission[] }>;
}

/** The signed-in user as every request sees them. */
export interface Principal {
  userId: string;
  username: string;
  fullName: string;
  locale: string;
  positions: PrincipalPosition[];
  ability: AppAbility;
}
