import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { belgradeDate } from '../cases/zup-deadline.js';
import { Clock } from '../shared/clock.js';
import { monthPeriod, type ReportPeriod } from './report-period.js';
import { breakdown, type Breakdown, type GroupedRow, type UnitRef } from './report-rows.js';
import { ReportScope } from './report-scope.js';
import { ReportsRepository } from './reports.repository.js';

/** The figures of a unit or an official for a month (docs/reports.md defines each). */
export interface MonthlyFigures {
  received: number;
  assigned: number;
  resolved: number;
  resolvedInTime: number;
  resolvedLate: number;
  pending: number;
  overdue: number;
  /** Calendar days from receipt to decision, on average over the month's decisions; null without any. */
  averageDaysToResolve: number | null;
}

export interface MonthlyReport extends Breakdown<MonthlyFigures> {
  period: ReportPeriod & { year: number; month: number };
  /** The unit the report was narrowed to (with its sub-units), if any. */
  orgUnit: UnitRef | null;
}

/** The monthly report on the work and efficiency of units and officials, in one statement. */
@Injectable()
export class MonthlyReportService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly clock: Clock,
  ) {}

  async report(principal: Principal, query: { year: number; month: number; orgUnitId?: string }): Promise<MonthlyReport> {
    const period = monthPeriod(query.year, query.month, belgradeDate(this.clock.now()));
    const scope = await ReportScope.of(this.reports, principal, query.orgUnitId);
    const cases = scope.where('c.org_unit_id', 'c.assignee_id', 'casesAcl');
    const deliveries = scope.where('d.to_org_unit_id', 'd.to_user_id', 'deliveriesAcl');
    const rows = await this.reports.monthly(cases, deliveries, period);
    return { period: { year: query.year, month: query.month, ...period }, orgUnit: scope.orgUnit, ...breakdown(rows, monthlyFigures) };
  }
}

function monthlyFigures(row: GroupedRow): MonthlyFigures {
  return {
    received: row.received as number,
    assigned: row.assigned as number,
    resolved: row.resolved as number,
    resolvedInTime: row.resolvedInTime as number,
    resolvedLate: row.resolvedLate as number,
    pending: row.pending as number,
    overdue: row.overdue as number,
    averageDaysToResolve: row.averageDaysToResolve as number | null,
  };
}
