import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { namedQuery } from '../database/named-query.js';
import { overdueSql, type CaseStatus } from '../cases/case-state-machine.js';
import { belgradeDate } from '../cases/zup-deadline.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { Clock } from '../shared/clock.js';
import type { Page } from '../shared/pagination.js';
import { breakdown, groupedLines, type Breakdown, type GroupedRow, type OfficialRef, type UnitRef } from './report-rows.js';
import { ReportScope } from './report-scope.js';
import { belgradeDay, belgradeStart, isDecision, NEAR_DAYS, OPEN, RUNNING } from './report-sql.js';

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

export interface OverdueCase {
  id: string;
  number: string;
  subject: string;
  classificationCode: string;
  status: CaseStatus;
  orgUnit: UnitRef;
  official: OfficialRef | null;
  receivedOn: string;
  dueDate: string;
  daysOverdue: number;
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

const AGE = `(CAST(:today AS date) - ${belgradeDay('c.received_at')})`;
const DUE_SOON = `(c.status IN ${RUNNING} AND c.due_date >= CAST(:today AS date) AND c.due_date <= CAST(:today AS date) + ${NEAR_DAYS})`;
const OVERDUE = overdueSql('c');
const BY_STATUS = `
  (count(*) FILTER (WHERE c.status = 'registered'))::int AS registered,
  (count(*) FILTER (WHERE c.status = 'assigned'))::int AS assigned,
  (count(*) FILTER (WHERE c.status = 'in_progress'))::int AS "inProgress",
  (count(*) FILTER (WHERE c.status = 'on_hold'))::int AS "onHold",
  (count(*) FILTER (WHERE ${DUE_SOON}))::int AS "dueSoon",
  (count(*) FILTER (WHERE ${OVERDUE}))::int AS overdue`;

/** Reports on today's open cases: the unresolved overview, the overdue list, the dashboard. */
@Injectable()
export class OpenCasesReportService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return belgradeDate(this.clock.now());
  }

  private async scope(principal: Principal, orgUnitId: string | undefined) {
    const scope = await ReportScope.of(this.db.manager, principal, orgUnitId);
    return { orgUnit: scope.orgUnit, scope: scope.where('c.org_unit_id', 'c.assignee_id', 'acl') };
  }

  /** Open cases per unit and official: by state, against their deadline, by age. */
  async unresolved(principal: Principal, query: { orgUnitId?: string }): Promise<UnresolvedReport> {
    const today = this.today();
    const { orgUnit, scope } = await this.scope(principal, query.orgUnitId);
    const rows = await namedQuery<GroupedRow>(
      this.db.manager,
      groupedLines(`
        SELECT c.org_unit_id AS "unitId", c.assignee_id AS "userId", GROUPING(c.org_unit_id, c.assignee_id) AS level,
               count(*)::int AS open, ${BY_STATUS},
               (count(*) FILTER (WHERE ${AGE} <= 30))::int AS "upTo30",
               (count(*) FILTER (WHERE ${AGE} BETWEEN 31 AND 60))::int AS "upTo60",
               (count(*) FILTER (WHERE ${AGE} BETWEEN 61 AND 90))::int AS "upTo90",
               (count(*) FILTER (WHERE ${AGE} > 90))::int AS "over90",
               min(${belgradeDay('c.received_at')}) AS "oldestReceivedOn"
          FROM case_file c
         WHERE c.status IN ${OPEN} AND (${scope.where})
         GROUP BY GROUPING SETS ((c.org_unit_id, c.assignee_id), (c.org_unit_id), ())`),
      { ...scope.parameters, today },
    );
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
    const [{ total, items }] = await namedQuery<{ total: number; items: OverdueCase[] }>(
      this.db.manager,
      `WITH overdue AS MATERIALIZED (
         SELECT c.id, c.number, c.subject, c.class_code, c.status, c.org_unit_id, c.assignee_id, c.received_at, c.due_date
           FROM case_file c
          WHERE ${OVERDUE} AND (${scope.where})${query.assigneeId === undefined ? '' : ' AND c.assignee_id = :assigneeId'}
       )
       SELECT (SELECT count(*)::int FROM overdue) AS total,
              COALESCE((SELECT json_agg(p ORDER BY p."daysOverdue" DESC, p.number, p.id) FROM (
                SELECT o.id, o.number, o.subject, o.class_code AS "classificationCode", o.status,
                       json_build_object('id', ou.id, 'code', ou.code, 'name', ou.name) AS "orgUnit",
                       CASE WHEN au.id IS NULL THEN NULL ELSE json_build_object('id', au.id, 'username', au.username, 'fullName', au.full_name) END AS official,
                       ${belgradeDay('o.received_at')} AS "receivedOn", o.due_date AS "dueDate", CAST(:today AS date) - o.due_date AS "daysOverdue"
                  FROM overdue o JOIN org_unit ou ON ou.id = o.org_unit_id LEFT JOIN app_user au ON au.id = o.assignee_id
                 ORDER BY o.due_date, o.number, o.id
                 LIMIT :limit OFFSET :offset) p), '[]') AS items`,
      {
        ...scope.parameters,
        today,
        assigneeId: query.assigneeId,
        limit: paged ? query.pageSize : null,
        offset: paged ? (query.page! - 1) * query.pageSize! : 0,
      },
    );
    return { items, total, page: query.page ?? 1, pageSize: query.pageSize ?? total, asOf: today, orgUnit };
  }

  /**
   * Today at a glance: intake and decisions today, open cases by state, near and past due. Three
   * parts in one statement, each read through its own index (received, decisions, state).
   */
  async dashboard(principal: Principal, query: { orgUnitId?: string }): Promise<Dashboard> {
    const today = this.today();
    const { orgUnit, scope } = await this.scope(principal, query.orgUnitId);
    const startOfToday = belgradeStart(':today');
    const [row] = await namedQuery<Record<string, number>>(
      this.db.manager,
      `SELECT (SELECT count(*)::int FROM case_file c
                WHERE c.received_at >= ${startOfToday} AND c.status <> 'cancelled' AND (${scope.where})) AS "receivedToday",
              (SELECT count(*)::int FROM case_file c
                WHERE c.id IN (SELECT e.case_id FROM case_event e WHERE ${isDecision('e')} AND e.at >= ${startOfToday})
                  AND c.resolved_at >= ${startOfToday} AND c.status <> 'cancelled' AND (${scope.where})) AS "resolvedToday",
              open.*
         FROM (SELECT count(*)::int AS open, ${BY_STATUS} FROM case_file c WHERE c.status IN ${OPEN} AND (${scope.where})) open`,
      { ...scope.parameters, today },
    );
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
