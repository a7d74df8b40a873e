import { AbilityBuilder, createMongoAbility, detectSubjectType } from '@casl/ability';
import type { AppAbility, Subject } from './permissions.js';
import type { PrincipalPosition } from './principal.js';

/**
 * The one place where positions become an ability: the union of every position's roles, each
 * permission narrowed to the position's unit subtree (`unit`) or to the user's own records (`own`).
 * Record fields the conditions use: `orgUnitId` (the record's unit) and `assigneeId`.
 */
export function buildAbility(userId: string, positions: PrincipalPosition[]): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  for (const position of positions) {
    for (const role of position.roles) {
      for (const permission of role.permissions) {
        const conditions: Record<string, unknown> = { ...(permission.conditions ?? {}) };
        if (permission.scope === 'unit') conditions.orgUnitId = { $in: position.orgUnitSubtreeIds };
        if (permission.scope === 'own') conditions.assigneeId = userId;
        if (Object.keys(conditions).length > 0) can(permission.action, permission.subject, conditions);
        else can(permission.action, permission.subject);
      }
    }
  }
  // Records carry their type as `__type`, or are tagged with CASL's `subject()` helper.
  return build({ detectSubjectType: (object) => ('__type' in object ? object.__type : (detectSubjectType(object) as Subject)) });
}
