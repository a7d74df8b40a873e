import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the reports need from the schema: partial indexes over the timeline for decisions and
 * reopenings (a small share of its rows), hand-overs to officials by time, and cases by the time
 * of their last decision. docs/reports.md says which report uses which.
 */
export class Reports1764300000000 implements MigrationInterface {
  name = 'Reports1764300000000';

  async up(q: QueryRunner): Promise<void> {
    // Decisions in a period (monthly, inspection). The predicate is written exactly as
    // libs/reports/report-sql.ts `isDecision` writes it, so the planner matches it.
    // With the case id inside, a month's or a year's decisions are read from the index alone.
    await q.query(`CREATE INDEX case_event_decision_idx ON case_event (at) INCLUDE (case_id) WHERE action = 'resolve' OR (action = 'close' AND from_status <> 'resolved')`);
    // Reopenings (appeals): by time for the inspection's count, by case for "was it reopened after the cut-off".
    await q.query(`CREATE INDEX case_event_reopen_at_idx ON case_event (at) INCLUDE (case_id) WHERE action = 'reopen'`);
    await q.query(`CREATE INDEX case_event_reopen_case_idx ON case_event (case_id, at) WHERE action = 'reopen'`);
    // Hand-overs to an official in a period (monthly "assigned").
    await q.query(`CREATE INDEX case_delivery_handed_idx ON case_delivery (handed_at) WHERE to_user_id IS NOT NULL`);
    // Cases open at an instant (received before it, not decided before it), by the span from receipt
    // to the last decision or the cancellation: libs/reports/report-sql.ts `OPEN_SPAN`. Its range
    // statistics give the planner good estimates where two correlated column ranges would not.
    await q.query(`CREATE INDEX case_file_open_span_idx ON case_file USING gist (tstzrange(received_at, GREATEST(received_at, COALESCE(resolved_at, cancelled_at, 'infinity'::timestamptz)), '(]'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['case_file_open_span_idx', 'case_delivery_handed_idx', 'case_event_reopen_case_idx', 'case_event_reopen_at_idx', 'case_event_decision_idx']) {
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    }
  }
}
