import { describe, expect, it } from '@jest/globals';

import { buildAbility } from './ability.factory.js';
import type { Permission } from './permissions.js';
import type { PrincipalPosition } from './principal.js';
import { accessibleWhere, type FieldSql, type SqlCondition } from './sql-conditions.js';
import { ARCHIVE_CASE_STATES, SYSTEM_ROLES } from './system-roles.js';

const USER = '00000000-0000-4000-8000-000000000001';
const OTHER_USER = '00000000-0000-4000-8000-000000000002';
const FINANCE = ['unit-finance', 'unit-finance-budget', 'unit-finance-tax'];
const URBANISM = ['unit-urbanism'];

function systemRole(code: string): PrincipalPosition['roles'][number] {
  const role = SYSTEM_ROLES.find((r) => r.code === code);
  if (!role) throw new Error(`No system role ${code}`);
  return role;
}

/** A position in the first unit of `subtree` holding the given system roles. */
function position(subtree: string[], ...roleCodes: string[]): PrincipalPosition {
  return {
    positionId: `position-${roleCodes.join('-')}-${subtree[0]}`,
    title: roleCodes.join(', '),
    orgUnitId: subtree[0],
    orgUnitCode: subtree[0].toUpperCase(),
    orgUnitSubtreeIds: subtree,
    roles: roleCodes.map(systemRole),
  };
}

/** A position whose one role holds exactly `permissions`. */
function customPosition(subtree: string[], ...permissions: Permission[]): PrincipalPosition {
  return { ...position(subtree), roles: [{ code: 'custom', name: 'Custom', permissions }] };
}

const CASE_FIELDS: Record<string, FieldSql> = {
  orgUnitId: 'c.org_unit_id',
  assigneeId: 'c.assignee_id',
  status: 'c.status',
};

/**
 * The condition's top-level parts joined by `separator`, each with its parameters written in as
 * JSON and sorted: compares conditions whatever order CASL lists the rules and numbers parameters in.
 */
function parts(condition: SqlCondition, separator: string): string[] {
  expect(Object.keys(condition.parameters)).toHaveLength((condition.where.match(/:\w+/g) ?? []).length);
  return condition.where
    .replace(/:(\w+)/g, (_whole, name: string) => JSON.stringify(condition.parameters[name]))
    .split(separator)
    .sort();
}

/** A Case record as the factory's detectSubjectType recognises it. */
const aCase = (fields: { orgUnitId: string; assigneeId?: string | null; status?: string }) => ({
  __type: 'Case' as const,
  assigneeId: null,
  status: 'in_progress',
  ...fields,
});

describe('accessibleWhere', () => {
  it.each<[string, PrincipalPosition[]]>([
    ['no positions at all', []],
    ['a position without roles', [position(FINANCE)]],
    ['only roles that do not mention Case (administrator)', [position(FINANCE, 'administrator')]],
    ['only a different action on Case (archivist may not process)', [position(FINANCE, 'archivist')]],
  ])('matches no rows when the user has %s', (_case, positions) => {
    expect(accessibleWhere(buildAbility(USER, positions), 'process', 'Case', CASE_FIELDS)).toEqual({ where: '1 = 0', parameters: {} });
  });

  it('matches every row for a permission with scope "all" (registry clerk reading cases)', () => {
    const ability = buildAbility(USER, [position(FINANCE, 'registry-clerk')]);
    expect(accessibleWhere(ability, 'read', 'Case', CASE_FIELDS)).toEqual({ where: '1 = 1', parameters: {} });
  });

  it('matches every row when one position is unscoped, whatever the others allow', () => {
    const ability = buildAbility(USER, [position(FINANCE, 'official'), position(URBANISM, 'registry-clerk')]);
    expect(accessibleWhere(ability, 'read', 'Case', CASE_FIELDS)).toEqual({ where: '1 = 1', parameters: {} });
  });

  it('limits a "unit" permission to the unit subtree, passed as one array parameter', () => {
    const ability = buildAbility(USER, [position(FINANCE, 'official')]);
    expect(accessibleWhere(ability, 'read', 'Case', CASE_FIELDS)).toEqual({
      where: 'c.org_unit_id = ANY(:acl0)',
      parameters: { acl0: FINANCE },
    });
  });

  it('limits an "own" permission to rows assigned to the user', () => {
    const ability = buildAbility(USER, [position(FINANCE, 'official')]);
    expect(accessibleWhere(ability, 'process', 'Case', CASE_FIELDS)).toEqual({
      where: 'c.assignee_id = :acl0',
      parameters: { acl0: USER },
    });
  });

  it('lets a head of unit process every case of the unit subtree', () => {
    const ability = buildAbility(USER, [position(FINANCE, 'head-of-unit')]);
    expect(accessibleWhere(ability, 'process', 'Case', CASE_FIELDS)).toEqual({
      where: 'c.org_unit_id = ANY(:acl0)',
      parameters: { acl0: FINANCE },
    });
  });

  it('ORs the conditions of two positions in different units', () => {
    const ability = buildAbility(USER, [position(FINANCE, 'official'), position(URBANISM, 'head-of-unit')]);
    const condition = accessibleWhere(ability, 'read', 'Case', CASE_FIELDS);
    expect(Object.keys(condition.parameters).sort()).toEqual(['acl0', 'acl1']);
    expect(parts(condition, ' OR ')).toEqual(
      [`(c.org_unit_id = ANY(${JSON.stringify(FINANCE)}))`, `(c.org_unit_id = ANY(${JSON.stringify(URBANISM)}))`].sort(),
    );
  });

  it('ORs an "own" and a "unit" condition of two positions', () => {
    const ability = buildAbility(USER, [position(FINANCE, 'official'), position(URBANISM, 'head-of-unit')]);
    expect(parts(accessibleWhere(ability, 'process', 'Case', CASE_FIELDS), ' OR ')).toEqual(
      [`(c.assignee_id = ${JSON.stringify(USER)})`, `(c.org_unit_id = ANY(${JSON.stringify(URBANISM)}))`].sort(),
    );
  });

  it('ORs the archivist\'s status condition with another position\'s unit condition', () => {
    const ability = buildAbility(USER, [position(FINANCE, 'official'), position(URBANISM, 'archivist')]);
    expect(parts(accessibleWhere(ability, 'read', 'Case', CASE_FIELDS), ' OR ')).toEqual(
      [`(c.org_unit_id = ANY(${JSON.stringify(FINANCE)}))`, `(c.status = ANY(${JSON.stringify(ARCHIVE_CASE_STATES)}))`].sort(),
    );
  });

  it('limits the archivist to cases in the archive states', () => {
    const ability = buildAbility(USER, [position(FINANCE, 'archivist')]);
    expect(accessibleWhere(ability, 'read', 'Case', CASE_FIELDS)).toEqual({
      where: 'c.status = ANY(:acl0)',
      parameters: { acl0: ARCHIVE_CASE_STATES },
    });
  });

  it('ANDs a role\'s own conditions with the position\'s unit scope', () => {
    const ability = buildAbility(USER, [
      customPosition(FINANCE, { action: 'read', subject: 'Case', scope: 'unit', conditions: { status: 'closed' } }),
    ]);
    expect(parts(accessibleWhere(ability, 'read', 'Case', CASE_FIELDS), ' AND ')).toEqual(
      [`(c.org_unit_id = ANY(${JSON.stringify(FINANCE)}))`, '(c.status = "closed")'].sort(),
    );
  });

  it.each<[string, Record<string, unknown>, string, unknown]>([
    ['$ne', { status: { $ne: 'destroyed' } }, 'c.status <> :acl0', 'destroyed'],
    ['$nin', { status: { $nin: ['destroyed', 'handed_over'] } }, 'NOT (c.status = ANY(:acl0))', ['destroyed', 'handed_over']],
    ['$eq', { status: 'closed' }, 'c.status = :acl0', 'closed'],
  ])('renders %s conditions', (_op, conditions, where, value) => {
    const ability = buildAbility(USER, [customPosition(FINANCE, { action: 'read', subject: 'Case', scope: 'all', conditions })]);
    expect(accessibleWhere(ability, 'read', 'Case', CASE_FIELDS)).toEqual({ where, parameters: { acl0: value } });
  });

  it('uses the given parameter prefix', () => {
    const ability = buildAbility(USER, [position(FINANCE, 'official')]);
    expect(accessibleWhere(ability, 'read', 'Case', CASE_FIELDS, 'perm_')).toEqual({
      where: 'c.org_unit_id = ANY(:perm_0)',
      parameters: { perm_0: FINANCE },
    });
  });

  it('lets a function render a field that needs a subquery', () => {
    const ability = buildAbility(USER, [position(FINANCE, 'head-of-unit')]);
    const fields: Record<string, FieldSql> = {
      orgUnitId: (operator, param) => `u.id IN (SELECT p.user_id FROM position p WHERE p.org_unit_id ${operator === 'IN' ? `= ANY(:${param})` : `${operator} :${param}`})`,
    };
    expect(accessibleWhere(ability, 'read', 'User', fields)).toEqual({
      where: 'u.id IN (SELECT p.user_id FROM position p WHERE p.org_unit_id = ANY(:acl0))',
      parameters: { acl0: FINANCE },
    });
  });

  it.each<[string, PrincipalPosition[], Record<string, FieldSql>, string]>([
    ['the unit column', [position(FINANCE, 'official')], { assigneeId: 'c.assignee_id' }, 'orgUnitId'],
    ['the assignee column', [position(FINANCE, 'official')], { orgUnitId: 'c.org_unit_id' }, 'assigneeId'],
    ['the status column', [position(FINANCE, 'archivist')], { orgUnitId: 'c.org_unit_id' }, 'status'],
  ])('throws when %s is not mapped', (_case, positions, fields, field) => {
    const ability = buildAbility(USER, positions);
    const action = field === 'assigneeId' ? 'process' : 'read';
    expect(() => accessibleWhere(ability, action, 'Case', fields)).toThrow(`No SQL mapping for permission field "${field}" of Case`);
  });

  it('does not need a mapping for a subject without conditions', () => {
    const ability = buildAbility(USER, [position(FINANCE, 'registry-clerk')]);
    expect(accessibleWhere(ability, 'read', 'Case', {})).toEqual({ where: '1 = 1', parameters: {} });
  });
});

describe('buildAbility', () => {
  const official = () => buildAbility(USER, [position(FINANCE, 'official')]);

  it.each<[string, string | null, boolean]>([
    ['assigned to them', USER, true],
    ['assigned to someone else', OTHER_USER, false],
    ['not assigned to anyone', null, false],
  ])('lets an official process a case of their unit %s: %s', (_case, assigneeId, allowed) => {
    expect(official().can('process', aCase({ orgUnitId: FINANCE[0], assigneeId }))).toBe(allowed);
  });

  it('lets an official process a case assigned to them even outside their unit', () => {
    expect(official().can('process', aCase({ orgUnitId: URBANISM[0], assigneeId: USER }))).toBe(true);
  });

  it.each<[string, boolean]>([
    [FINANCE[0], true],
    [FINANCE[1], true],
    [FINANCE[2], true],
    [URBANISM[0], false],
    ['unit-unknown', false],
  ])('lets an official read a case of unit %s: %s', (orgUnitId, allowed) => {
    expect(official().can('read', aCase({ orgUnitId }))).toBe(allowed);
  });

  it('answers the type-level question "may they read some Case" with yes for an official', () => {
    expect(official().can('read', 'Case')).toBe(true);
    expect(official().can('process', 'Case')).toBe(true);
    expect(official().can('assign', 'Case')).toBe(false);
  });

  it('does not let the administrator read cases at all', () => {
    const administrator = buildAbility(USER, [position(FINANCE, 'administrator')]);
    expect(administrator.can('read', 'Case')).toBe(false);
    expect(administrator.can('read', aCase({ orgUnitId: FINANCE[0], assigneeId: USER }))).toBe(false);
    expect(administrator.can('read', 'Attachment')).toBe(false);
    expect(administrator.can('manage', 'User')).toBe(true);
    expect(administrator.can('read', 'AuditEntry')).toBe(true);
  });

  it.each<[string, boolean]>([
    ...ARCHIVE_CASE_STATES.map((status): [string, boolean] => [status, true]),
    ['registered', false],
    ['in_progress', false],
  ])('lets the archivist read a case in state %s: %s', (status, allowed) => {
    const archivist = buildAbility(USER, [position(FINANCE, 'archivist')]);
    expect(archivist.can('read', aCase({ orgUnitId: URBANISM[0], status }))).toBe(allowed);
  });

  it('grants the union of two positions', () => {
    const ability = buildAbility(USER, [position(FINANCE, 'official'), position(URBANISM, 'head-of-unit')]);
    expect(ability.can('read', aCase({ orgUnitId: FINANCE[1] }))).toBe(true);
    expect(ability.can('read', aCase({ orgUnitId: URBANISM[0] }))).toBe(true);
    expect(ability.can('process', aCase({ orgUnitId: URBANISM[0], assigneeId: OTHER_USER }))).toBe(true);
    expect(ability.can('process', aCase({ orgUnitId: FINANCE[1], assigneeId: OTHER_USER }))).toBe(false);
  });

  it('scopes each position to its own unit, not to the union of units', () => {
    // Head of unit in urbanism, official in finance: assigning is allowed in urbanism only.
    const ability = buildAbility(USER, [position(FINANCE, 'official'), position(URBANISM, 'head-of-unit')]);
    expect(ability.can('assign', aCase({ orgUnitId: URBANISM[0] }))).toBe(true);
    expect(ability.can('assign', aCase({ orgUnitId: FINANCE[0] }))).toBe(false);
  });
});
