import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { namedQuery } from '../database/named-query.js';
import { belgradeDate } from '../cases/zup-deadline.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { Clock } from '../shared/clock.js';
import { monthPeriod, type ReportPeriod } from './report-period.js';
import { breakdown, groupedLines, type Breakdown, type GroupedRow, type UnitRef } from './report-rows.js';
import { ReportScope } from './report-scope.js';
import { belgradeDay, casesOfPeriod, decidedInTime, FIRST_REOPENINGS, isDecision, overdueOn, PERIOD_END, PERIOD_START, pendingAt } from './report-sql.js';

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

/**
 * One line per fact about a case the month knows: the case itself (received in the month, pending
 * at its end), each hand-over to an official in the month (delivery book), each decision in the
 * month (timeline). The caller's scope applies to the unit and official each fact counts under.
 */
const FACTS = (scope: { cases: string; deliveries: string }) => `
  WITH cases AS MATERIALIZED (
    SELECT c.*, c.received_at >= ${PERIOD_START} AS received, p.pending, p.pending AND ${overdueOn('c', ':asOf')} AS overdue
      FROM (${casesOfPeriod(scope.cases)}) c
     CROSS JOIN LATERAL (SELECT ${pendingAt('c', PERIOD_END)} AS pending) p),
  first_reopenings AS (${FIRST_REOPENINGS})
  SELECT c.org_unit_id AS unit_id, c.assignee_id AS user_id, c.id AS case_id, c.received, false AS assigned, false AS decided,
         NULL::boolean AS timely, NULL::integer AS days, c.pending, c.overdue
    FROM cases c
  UNION ALL
  SELECT d.to_org_unit_id, d.to_user_id, d.case_id, false, true, false, NULL, NULL, false, false
    FROM case_delivery d JOIN case_file c ON c.id = d.case_id
   WHERE d.to_user_id IS NOT NULL AND d.handed_at >= ${PERIOD_START} AND d.handed_at < ${PERIOD_END}
     AND c.status <> 'cancelled' AND (${scope.deliveries})
  UNION ALL
  SELECT c.org_unit_id, c.assignee_id, c.id, false, false, true, ${decidedInTime('e', 'c', 'fr')},
         ${belgradeDay('e.at')} - ${belgradeDay('c.received_at')}, false, false
    FROM case_event e JOIN cases c ON c.id = e.case_id LEFT JOIN first_reopenings fr ON fr.case_id = e.case_id
   WHERE ${isDecision('e')} AND e.at >= ${PERIOD_START} AND e.at < ${PERIOD_END}`;

const GROUPED = (facts: string) => `
  SELECT f.unit_id AS "unitId", f.user_id AS "userId", GROUPING(f.unit_id, f.user_id) AS level,
         (count(*) FILTER (WHERE f.received))::int AS received,
         (count(DISTINCT f.case_id) FILTER (WHERE f.assigned))::int AS assigned,
         (count(*) FILTER (WHERE f.decided))::int AS resolved,
         (count(*) FILTER (WHERE f.decided AND f.timely))::int AS "resolvedInTime",
         (count(*) FILTER (WHERE f.decided AND NOT f.timely))::int AS "resolvedLate",
         (count(*) FILTER (WHERE f.pending))::int AS pending,
         (count(*) FILTER (WHERE f.overdue))::int AS overdue,
         round(avg(f.days) FILTER (WHERE f.decided), 1)::float8 AS "averageDaysToResolve"
    FROM (${facts}) f
   WHERE f.received OR f.assigned OR f.decided OR f.pending
   GROUP BY GROUPING SETS ((f.unit_id, f.user_id), (f.unit_id), ())`;

/** The monthly report on the work and efficiency of units and officials, in one statement. */
@Injectable()
export class MonthlyReportService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
  ) {}

  async report(principal: Principal, query: { year: number; month: number; orgUnitId?: string }): Promise<MonthlyReport> {
    const period = monthPeriod(query.year, query.month, belgradeDate(this.clock.now()));
    const scope = await ReportScope.of(this.db.manager, principal, query.orgUnitId);
    const cases = scope.where('c.org_unit_id', 'c.assignee_id', 'casesAcl');
    const deliveries = scope.where('d.to_org_unit_id', 'd.to_user_id', 'deliveriesAcl');
    const rows = await namedQuery<GroupedRow>(
      this.db.manager,
      groupedLines(GROUPED(FACTS({ cases: cases.where, deliveries: deliveries.where }))),
      { ...cases.parameters, ...deliveries.parameters, from: period.from, asOf: period.asOf },
    );
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
