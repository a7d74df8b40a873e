import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { namedQuery } from '../database/named-query.js';
import { belgradeDate } from '../cases/zup-deadline.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { Clock } from '../shared/clock.js';
import { yearPeriod, type ReportPeriod } from './report-period.js';
import type { UnitRef } from './report-rows.js';
import { ReportScope } from './report-scope.js';
import { casesOfPeriod, decidedInTime, FIRST_REOPENINGS, isDecision, overdueOn, PERIOD_END, PERIOD_START, pendingAt } from './report-sql.js';

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

/** The lines about administrative cases the year knows: each case, each decision, each reopening. */
const FACTS = (scope: string) => `
  WITH cases AS MATERIALIZED (
    SELECT c.*, c.received_at >= ${PERIOD_START} AS received, ${pendingAt('c', PERIOD_START)} AS carried_over,
           p.pending, p.pending AND ${overdueOn('c', ':asOf')} AS overdue
      FROM (${casesOfPeriod(`c.administrative_procedure AND (${scope})`)}) c
     CROSS JOIN LATERAL (SELECT ${pendingAt('c', PERIOD_END)} AS pending) p),
  first_reopenings AS (${FIRST_REOPENINGS})
  SELECT c.org_unit_id AS unit_id, c.received, c.carried_over, c.pending, c.overdue, false AS decided, NULL::boolean AS timely, false AS appeal
    FROM cases c
  UNION ALL
  SELECT c.org_unit_id, false, false, false, false, true, ${decidedInTime('e', 'c', 'fr')}, false
    FROM case_event e JOIN cases c ON c.id = e.case_id LEFT JOIN first_reopenings fr ON fr.case_id = e.case_id
   WHERE ${isDecision('e')} AND e.at >= ${PERIOD_START} AND e.at < ${PERIOD_END}
  UNION ALL
  SELECT c.org_unit_id, false, false, false, false, false, NULL, true
    FROM case_event e JOIN cases c ON c.id = e.case_id
   WHERE e.action = 'reopen' AND e.at >= ${PERIOD_START} AND e.at < ${PERIOD_END}`;

const GROUPED = (facts: string) => `
  SELECT f.unit_id AS "unitId", GROUPING(f.unit_id) AS total,
         (count(*) FILTER (WHERE f.carried_over))::int AS "carriedOver",
         (count(*) FILTER (WHERE f.received))::int AS received,
         (count(*) FILTER (WHERE f.decided))::int AS resolved,
         (count(*) FILTER (WHERE f.decided AND f.timely))::int AS "resolvedInTime",
         (count(*) FILTER (WHERE f.decided AND NOT f.timely))::int AS "resolvedLate",
         (count(*) FILTER (WHERE f.pending))::int AS unresolved,
         (count(*) FILTER (WHERE f.overdue))::int AS "unresolvedOverdue",
         (count(*) FILTER (WHERE f.appeal))::int AS appeals
    FROM (${facts}) f
   WHERE f.received OR f.carried_over OR f.pending OR f.decided OR f.appeal
   GROUP BY GROUPING SETS ((f.unit_id), ())`;

/** The annual report for the administrative inspection, per unit, in one statement. */
@Injectable()
export class InspectionReportService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
  ) {}

  async report(principal: Principal, query: { year: number; orgUnitId?: string }): Promise<InspectionReport> {
    const period = yearPeriod(query.year, belgradeDate(this.clock.now()));
    const scope = await ReportScope.of(this.db.manager, principal, query.orgUnitId);
    const cases = scope.where('c.org_unit_id', 'c.assignee_id', 'acl');
    const rows = await namedQuery<Record<string, unknown>>(
      this.db.manager,
      `SELECT g.*, ou.code AS "unitCode", ou.name AS "unitName"
         FROM (${GROUPED(FACTS(cases.where))}) g
         LEFT JOIN org_unit ou ON ou.id = g."unitId"
        ORDER BY g.total, ou.code`,
      { ...cases.parameters, from: period.from, asOf: period.asOf },
    );
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
