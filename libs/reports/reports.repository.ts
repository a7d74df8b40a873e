import { Injectable } from '@nestjs/common';
import type { SqlCondition } from '../access/sql-conditions.js';
import { overdueSql } from '../cases/case-state-machine.js';
import { GenerateSql } from '../database/generate-sql.js';
import { namedQuery } from '../database/named-query.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import type { ReportPeriod } from './report-period.js';
import { groupedLines, type GroupedRow, type OverdueCase } from './report-rows.js';
import {
  belgradeDay,
  belgradeStart,
  casesOfPeriod,
  decidedInTime,
  FIRST_REOPENINGS,
  isDecision,
  NEAR_DAYS,
  OPEN,
  overdueOn,
  PERIOD_END,
  PERIOD_START,
  pendingAt,
  RUNNING,
} from './report-sql.js';

/** A unit asked for in a report, with the ids of it and every unit below it. */
export interface UnitSubtree {
  id: string;
  code: string;
  name: string;
  units: string[];
}

/** The overdue list's filter and page; `limit` null gives every case (an export). */
export interface OverdueQuery {
  assigneeId?: string;
  limit: number | null;
  offset: number;
}

/**
 * One line per fact about a case the month knows: the case itself (received in the month, pending
 * at its end), each hand-over to an official in the month (delivery book), each decision in the
 * month (timeline). The caller's scope applies to the unit and official each fact counts under.
 */
const MONTHLY_FACTS = (scope: { cases: string; deliveries: string }) => `
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

const MONTHLY_GROUPED = (facts: string) => `
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

/** The lines about administrative cases the year knows: each case, each decision, each reopening. */
const INSPECTION_FACTS = (scope: string) => `
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

const INSPECTION_GROUPED = (facts: string) => `
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


/** Example values for the SQL snapshots (`npm run sync:sql`); any well-formed value will do. */
const UNIT = '00000000-0000-4000-8000-000000000001';
const USER = '00000000-0000-4000-8000-000000000002';
const TODAY = '2026-03-02';
const MONTH: Pick<ReportPeriod, 'from' | 'asOf'> = { from: '2026-03-01', asOf: '2026-03-02' };
const YEAR: Pick<ReportPeriod, 'from' | 'asOf'> = { from: '2026-01-01', asOf: '2026-03-02' };
const ANYONE: SqlCondition = { where: '1 = 1', parameters: {} };

/**
 * The statements behind the reports' figures, each snapshotted in `queries/reports.repository.sql`
 * so that a change of a report's plan shows in review. The services decide the scope (passed in
 * ready as conditions), the period and the labels; every statement runs in the caller's
 * transaction (TransactionalConnection) and only reads.
 */
@Injectable()
export class ReportsRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** The unit and the ids of its whole subtree; null when there is no such unit. */
  @GenerateSql([UNIT])
  async unitSubtree(orgUnitId: string): Promise<UnitSubtree | null> {
    const [unit] = await namedQuery<UnitSubtree>(
      this.db.manager,
      `WITH RECURSIVE subtree AS (SELECT id FROM org_unit WHERE id = :orgUnitId UNION ALL SELECT o.id FROM org_unit o JOIN subtree s ON o.parent_id = s.id)
       SELECT u.id, u.code, u.name, (SELECT array_agg(id::text) FROM subtree) AS units FROM org_unit u WHERE u.id = :orgUnitId`,
      { orgUnitId },
    );
    return unit ?? null;
  }

  /**
   * The monthly report's lines (for `breakdown`): `cases` is the scope on cases `c`, `deliveries`
   * the scope on hand-overs `d`, each with its own parameter names.
   */
  @GenerateSql([ANYONE, ANYONE, MONTH])
  monthly(cases: SqlCondition, deliveries: SqlCondition, period: Pick<ReportPeriod, 'from' | 'asOf'>): Promise<GroupedRow[]> {
    return namedQuery<GroupedRow>(this.db.manager, groupedLines(MONTHLY_GROUPED(MONTHLY_FACTS({ cases: cases.where, deliveries: deliveries.where }))), {
      ...cases.parameters,
      ...deliveries.parameters,
      from: period.from,
      asOf: period.asOf,
    });
  }

  /** The inspection report's lines: one per unit (`total` 0), then the total (`total` 1). */
  @GenerateSql([ANYONE, YEAR])
  inspection(cases: SqlCondition, period: Pick<ReportPeriod, 'from' | 'asOf'>): Promise<Array<Record<string, unknown>>> {
    return namedQuery<Record<string, unknown>>(
      this.db.manager,
      `SELECT g.*, ou.code AS "unitCode", ou.name AS "unitName"
         FROM (${INSPECTION_GROUPED(INSPECTION_FACTS(cases.where))}) g
         LEFT JOIN org_unit ou ON ou.id = g."unitId"
        ORDER BY g.total, ou.code`,
      { ...cases.parameters, from: period.from, asOf: period.asOf },
    );
  }

  /** The unresolved overview's lines (for `breakdown`) of the open cases in `scope` on `today`. */
  @GenerateSql([ANYONE, TODAY])
  unresolved(scope: SqlCondition, today: string): Promise<GroupedRow[]> {
    return namedQuery<GroupedRow>(
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
  }

  /** Overdue cases in `scope` on `today`, longest overdue first: how many, and the page asked for. */
  @GenerateSql([ANYONE, TODAY, { limit: 20, offset: 0 }], [ANYONE, TODAY, { assigneeId: USER, limit: null, offset: 0 }])
  async overdue(scope: SqlCondition, today: string, query: OverdueQuery): Promise<{ total: number; items: OverdueCase[] }> {
    const [result] = await namedQuery<{ total: number; items: OverdueCase[] }>(
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
      { ...scope.parameters, today, assigneeId: query.assigneeId, limit: query.limit, offset: query.offset },
    );
    return result;
  }

  /**
   * The dashboard's figures in `scope` on `today`. Three parts in one statement, each read
   * through its own index (received, decisions, state).
   */
  @GenerateSql([ANYONE, TODAY])
  async dashboard(scope: SqlCondition, today: string): Promise<Record<string, number>> {
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
    return row;
  }
}
