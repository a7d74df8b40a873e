import { subject } from '@casl/ability';
import type { Principal } from '../access/principal.js';
import { accessibleWhere, type SqlCondition } from '../access/sql-conditions.js';
import { forbidden, notFound } from '../shared/errors.js';
import type { UnitRef } from './report-rows.js';
import type { ReportsRepository } from './reports.repository.js';

/**
 * Which figures a caller sees: those of the units (and, for an `own` permission, the officials)
 * their `Report` permission reaches — a head of unit their unit and its sub-units, management
 * everything — optionally narrowed to one unit and its sub-units (`orgUnitId`).
 */
export class ReportScope {
  private constructor(
    private readonly principal: Principal,
    /** The unit asked for, if any. */
    readonly orgUnit: UnitRef | null,
    /** The unit asked for and every unit below it; undefined when no unit was asked for. */
    private readonly units: string[] | undefined,
  ) {}

  /**
   * The caller's scope for the reports they `read`. A unit asked for must exist (404) and be one
   * the caller may see (403): an empty report would wrongly say it had no work.
   */
  static async of(reports: ReportsRepository, principal: Principal, orgUnitId?: string): Promise<ReportScope> {
    if (orgUnitId === undefined) return new ReportScope(principal, null, undefined);
    const unit = await reports.unitSubtree(orgUnitId);
    if (!unit) throw notFound('ORG_UNIT_NOT_FOUND');
    if (!principal.ability.can('read', subject('Report', { orgUnitId, assigneeId: null }))) throw forbidden('REPORT_UNIT_NOT_ALLOWED');
    return new ReportScope(principal, { id: unit.id, code: unit.code, name: unit.name }, unit.units);
  }

  /**
   * The condition on a row whose unit is `unit` and official `official` (SQL expressions), with
   * parameters named after `prefix` so several parts of one statement can each have theirs.
   */
  where(unit: string, official: string, prefix: string): SqlCondition {
    const acl = accessibleWhere(this.principal.ability, 'read', 'Report', { orgUnitId: unit, assigneeId: official }, prefix);
    if (this.units === undefined) return acl;
    return { where: `(${acl.where}) AND ${unit} = ANY(:${prefix}Units)`, parameters: { ...acl.parameters, [`${prefix}Units`]: this.units } };
  }
}
