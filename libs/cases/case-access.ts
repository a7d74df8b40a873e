import { subject } from '@casl/ability';
import type { Action, AppAbility } from '../access/permissions.js';
import { accessibleWhere, type FieldSql, type SqlCondition } from '../access/sql-conditions.js';
import type { CaseFile } from './case-file.entity.js';

/**
 * The record fields permission rules about cases use, and their SQL over a `case_file` alias.
 * `caseStatus` is what attachment rules call the status of the case they belong to.
 */
export function caseAccessFields(alias: string): Record<string, FieldSql> {
  return {
    orgUnitId: `${alias}.org_unit_id`,
    assigneeId: `${alias}.assignee_id`,
    status: `${alias}.status`,
    caseStatus: `${alias}.status`,
  };
}

/** SQL condition: the cases over `alias` on which the caller may take `action`. */
export function caseAccessWhere(ability: AppAbility, action: Action, alias = 'c', paramPrefix = 'acl'): SqlCondition {
  return accessibleWhere(ability, action, 'Case', caseAccessFields(alias), paramPrefix);
}

/** The case as CASL sees it, for checks on one record. */
export function caseSubject(file: Pick<CaseFile, 'orgUnitId' | 'assigneeId' | 'status'>) {
  return subject('Case', { orgUnitId: file.orgUnitId, assigneeId: file.assigneeId, status: file.status, caseStatus: file.status });
}

/** May the caller take `action` on this case? */
export function canOnCase(ability: AppAbility, action: Action, file: Pick<CaseFile, 'orgUnitId' | 'assigneeId' | 'status'>): boolean {
  return ability.can(action, caseSubject(file));
}
