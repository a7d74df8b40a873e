import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { belgradeDate } from '../cases/zup-deadline.js';
import { Clock } from '../shared/clock.js';
import { yearPeriod, type ReportPeriod } from './report-period.js';
import type { UnitRef } from './report-rows.js';
import { ReportScope } from './report-scope.js';
import { ReportsRepository } from './reports.repository.js';

/**
 * A unit's administrative-procedure (upravni postupak) cases in a year, as the administrative
 * inspection asks for them. For every unit: carriedOver + received + appeals = resolved + unresolved.
 */
export interface InspectionFigures {
  /** Pending on 1 January. */
  carriedOver: number;
  received: number;
  /** Decisions made in the year (a new decision after an appeal counts again). */
  resolved: number;
  resolvedInTime: number;
  resolvedLate: number;
  /** Pending at the end of the year (or today, while it runs). */
  unresolved: number;
  /** Of those, past their legal deadline then. */
  unresolvedOverdue: number;
  /** Closed cases reopened in the year (after an appeal). */
  appeals: number;
}

export interface InspectionReport {
  period: ReportPeriod & { year: number };
  /** The unit the report was narrowed to (with its sub-units), if any. */
  orgUnit: UnitRef | null;
  total: InspectionFigures;
  units: Array<{ orgUnit: UnitRef; figures: InspectionFigures }>;
}

/** The annual report for the administrative inspection, per unit, in one statement. */
@Injectable()
export class InspectionReportService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly clock: Clock,
  ) {}

  async report(principal: Principal, query: { year: number; orgUnitId?: string }): Promise<InspectionReport> {
    const period = yearPeriod(query.year, belgradeDate(this.clock.now()));
    const scope = await ReportScope.of(this.reports, principal, query.orgUnitId);
    const cases = scope.where('c.org_unit_id', 'c.assignee_id', 'acl');
    const rows = await this.reports.inspection(cases, period);
    const total = rows.find((row) => row.total === 1);
    if (!total) throw new Error('The inspection report statement gave no total line');
    return {
      period: { year: query.year, ...period },
      orgUnit: scope.orgUnit,
      total: inspectionFigures(total),
      units: rows.filter((row) => row.total === 0).map((row) => ({
        orgUnit: { id: row.unitId as string, code: row.unitCode as string, name: row.unitName as string },
        figures: inspectionFigures(row),
      })),
    };
  }
}

function inspectionFigures(row: Record<string, unknown>): InspectionFigures {
  return {
    carriedOver: row.carriedOver as number,
    received: row.received as number,
    resolved: row.resolved as number,
    resolvedInTime: row.resolvedInTime as number,
    resolvedLate: row.resolvedLate as number,
    unresolved: row.unresolved as number,
    unresolvedOverdue: row.unresolvedOverdue as number,
    appeals: row.appeals as number,
  };
}
