import type { Principal } from '../access/principal.js';

/** The signed-in user as the API shows them: positions and effective permissions. */
export function describePrincipal(principal: Principal) {
  return {
    id: principal.userId,
    username: principal.username,
    fullName: principal.fullName,
    locale: principal.locale,
    positions: principal.positions.map((position) => ({
      id: position.positionId,
      title: position.title,
      orgUnit: { id: position.orgUnitId, code: position.orgUnitCode },
      roles: position.roles.map((role) => ({ code: role.code, name: role.name })),
    })),
    permissions: principal.ability.rules.map((rule) => ({
      action: rule.action,
      subject: rule.subject,
      ...(rule.conditions ? { conditions: rule.conditions } : {}),
    })),
  };
}
