import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { belgradeDate } from '../cases/zup-deadline.js';
import { Clock } from '../shared/clock.js';
import type { Page } from '../shared/pagination.js';
import { breakdown, type Breakdown, type GroupedRow, type OverdueCase, type UnitRef } from './report-rows.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportScope } from './report-scope.js';

export type { OverdueCase } from './report-rows.js';

/** Where the open cases of a unit or an official stand today. */
export interface UnresolvedFigures {
  open: number;
  registered: number;
  assigned: number;
  inProgress: number;
  onHold: number;
  /** Running, due today or within the next NEAR_DAYS days. */
  dueSoon: number;
  /** Running and past the due date. */
  overdue: number;
  /** Calendar days since receipt: up to 30, 31–60, 61–90, more. */
  age: { upTo30: number; upTo60: number; upTo90: number; over90: number };
  oldestReceivedOn: string | null;
}

export interface UnresolvedReport extends Breakdown<UnresolvedFigures> {
  asOf: string;
  /** The unit the report was narrowed to (with its sub-units), if any. */
  orgUnit: UnitRef | null;
}

export interface Dashboard {
  asOf: string;
  orgUnit: UnitRef | null;
  receivedToday: number;
  resolvedToday: number;
  open: { total: number; registered: number; assigned: number; inProgress: number; onHold: number };
  dueSoon: number;
  overdue: number;
}

/** Reports on today's open cases: the unresolved overview, the overdue list, the dashboard. */
@Injectable()
export class OpenCasesReportService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return belgradeDate(this.clock.now());
  }

  private async scope(principal: Principal, orgUnitId: string | undefined) {
    const scope = await ReportScope.of(this.reports, principal, orgUnitId);
    return { orgUnit: scope.orgUnit, scope: scope.where('c.org_unit_id', 'c.assignee_id', 'acl') };
  }

  /** Open cases per unit and official: by state, against their deadline, by age. */
  async unresolved(principal: Principal, query: { orgUnitId?: string }): Promise<UnresolvedReport> {
    const today = this.today();
    const { orgUnit, scope } = await this.scope(principal, query.orgUnitId);
    const rows = await this.reports.unresolved(scope, today);
    return { asOf: today, orgUnit, ...breakdown(rows, unresolvedFigures) };
  }

  /**
   * Open cases past their due date (not those on hold), longest overdue first; a page of them, or
   * all of them for an export (`page` undefined).
   */
  async overdue(principal: Principal, query: { orgUnitId?: string; assigneeId?: string; page?: number; pageSize?: number }): Promise<Page<OverdueCase> & { asOf: string; orgUnit: UnitRef | null }> {
    const today = this.today();
    const { orgUnit, scope } = await this.scope(principal, query.orgUnitId);
    const paged = query.page !== undefined && query.pageSize !== undefined;
    const { total, items } = await this.reports.overdue(scope, today, {
      assigneeId: query.assigneeId,
      limit: paged ? query.pageSize! : null,
      offset: paged ? (query.page! - 1) * query.pageSize! : 0,
    });
    return { items, total, page: query.page ?? 1, pageSize: query.pageSize ?? total, asOf: today, orgUnit };
  }

  /** Today at a glance: intake and decisions today, open cases by state, near and past due. */
  async dashboard(principal: Principal, query: { orgUnitId?: string }): Promise<Dashboard> {
    const today = this.today();
    const { orgUnit, scope } = await this.scope(principal, query.orgUnitId);
    const row = await this.reports.dashboard(scope, today);
    return {
      asOf: today,
      orgUnit,
      receivedToday: row.receivedToday,
      resolvedToday: row.resolvedToday,
      open: { total: row.open, registered: row.registered, assigned: row.assigned, inProgress: row.inProgress, onHold: row.onHold },
      dueSoon: row.dueSoon,
      overdue: row.overdue,
    };
  }
}

function unresolvedFigures(row: GroupedRow): UnresolvedFigures {
  return {
    open: row.open as number,
    registered: row.registered as number,
    assigned: row.assigned as number,
    inProgress: row.inProgress as number,
    onHold: row.onHold as number,
    dueSoon: row.dueSoon as number,
    overdue: row.overdue as number,
    age: { upTo30: row.upTo30 as number, upTo60: row.upTo60 as number, upTo90: row.upTo90 as number, over90: row.over90 as number },
    oldestReceivedOn: row.oldestReceivedOn as string | null,
  };
}
