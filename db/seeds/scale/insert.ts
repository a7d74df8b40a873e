import type pg from 'pg';
import type { CaseRows } from './case-life.js';

type Column = readonly [name: string, type: string];

/**
 * Column lists of the tables the case generator fills, in the order `case-life.ts` writes row
 * values. `jsonb` columns travel as text and are cast on the way in.
 */
const TABLES: Record<Exclude<keyof CaseRows, 'events' | 'cases'>, { table: string; columns: Column[] }> = {
  files: {
    table: 'case_file',
    columns: [
      ['id', 'uuid'], ['book_id', 'uuid'], ['number', 'text'], ['counter_key', 'text'], ['serial', 'int'], ['year', 'int'], ['classification_mark_id', 'uuid'],
      ['class_code', 'text'], ['org_unit_id', 'uuid'], ['assignee_id', 'uuid'], ['subject', 'text'], ['party_name', 'text'], ['party_address', 'text'],
      ['party_personal_id', 'text'], ['received_at', 'timestamptz'], ['received_via', 'text'], ['attachments_count', 'int'], ['fee_minor', 'bigint'],
      ['administrative_procedure', 'boolean'], ['examination_procedure', 'boolean'], ['deadline_days', 'int'], ['due_date', 'date'], ['status', 'text'],
      ['resolution', 'text'], ['resolution_kind', 'text'], ['resolved_at', 'timestamptz'], ['closed_at', 'timestamptz'], ['retention_years', 'int'],
      ['retention_permanent', 'boolean'], ['cancel_reason', 'text'], ['cancelled_at', 'timestamptz'], ['last_act_number', 'int'], ['search_text', 'text'],
      ['registered_at', 'timestamptz'], ['registered_by', 'uuid'], ['updated_at', 'timestamptz'], ['version', 'int'],
    ],
  },
  acts: {
    table: 'case_act',
    columns: [
      ['id', 'uuid'], ['case_id', 'uuid'], ['sub_number', 'int'], ['number', 'text'], ['direction', 'text'], ['subject', 'text'], ['correspondent', 'text'],
      ['received_via', 'text'], ['act_date', 'timestamptz'], ['attachments_count', 'int'], ['created_by', 'uuid'], ['created_at', 'timestamptz'],
    ],
  },
  mails: {
    table: 'outgoing_mail',
    columns: [
      ['id', 'uuid'], ['act_id', 'uuid'], ['case_id', 'uuid'], ['recipient_name', 'text'], ['recipient_address', 'text'], ['method', 'text'], ['status', 'text'],
      ['sent_on', 'date'], ['sent_by', 'uuid'], ['delivered_on', 'date'], ['receipt_note', 'text'], ['created_at', 'timestamptz'], ['version', 'int'],
    ],
  },
  holds: {
    table: 'case_hold',
    columns: [['id', 'uuid'], ['case_id', 'uuid'], ['from_date', 'date'], ['to_date', 'date'], ['reason', 'text'], ['expected_until', 'date'], ['started_by', 'uuid'], ['ended_by', 'uuid']],
  },
  deliveries: {
    table: 'case_delivery',
    columns: [
      ['id', 'uuid'], ['case_id', 'uuid'], ['from_user_id', 'uuid'], ['from_org_unit_id', 'uuid'], ['to_org_unit_id', 'uuid'], ['to_user_id', 'uuid'],
      ['handed_at', 'timestamptz'], ['note', 'text'], ['confirmed_at', 'timestamptz'], ['confirmed_by', 'uuid'], ['superseded_at', 'timestamptz'],
    ],
  },
  archive: {
    table: 'archive_entry',
    columns: [
      ['id', 'uuid'], ['case_id', 'uuid'], ['year', 'int'], ['class_code', 'text'], ['retention_years', 'int'], ['permanent', 'boolean'], ['closed_year', 'int'],
      ['eligible_from_year', 'int'], ['location_room', 'text'], ['location_shelf', 'text'], ['location_box', 'text'], ['archived_at', 'timestamptz'],
      ['archived_by', 'uuid'], ['version', 'int'],
    ],
  },
  loans: {
    table: 'archive_loan',
    columns: [
      ['id', 'uuid'], ['archive_entry_id', 'uuid'], ['borrower_name', 'text'], ['borrower_user_id', 'uuid'], ['purpose', 'text'], ['lent_at', 'timestamptz'],
      ['due_on', 'date'], ['lent_by', 'uuid'], ['returned_at', 'timestamptz'], ['received_by', 'uuid'],
    ],
  },
  audit: {
    table: 'audit_log',
    columns: [
      ['at', 'timestamptz'], ['actor_id', 'uuid'], ['actor_username', 'text'], ['action', 'text'], ['entity_type', 'text'], ['entity_id', 'text'],
      ['before', 'jsonb'], ['after', 'jsonb'],
    ],
  },
};

/** `SELECT … FROM unnest($1::t1[], …) AS u(c1, …)`: one parameter per column, one statement per table and batch. */
function unnestSelect(columns: readonly Column[], rows: unknown[][]): { sql: string; values: unknown[][] } {
  const values = columns.map((_, i) => rows.map((row) => row[i]));
  const params = columns.map(([, type], i) => `$${i + 1}::${type === 'jsonb' ? 'text' : type}[]`).join(', ');
  const names = columns.map(([name]) => name);
  const select = columns.map(([name, type]) => (type === 'jsonb' ? `u.${name}::jsonb` : `u.${name}`)).join(', ');
  return { sql: `SELECT ${select} FROM unnest(${params}) AS u(${names.join(', ')})`, values };
}

async function insertTable(db: pg.ClientBase, key: keyof typeof TABLES, rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const { table, columns } = TABLES[key];
  const { sql, values } = unnestSelect(columns, rows);
  await db.query(`INSERT INTO ${table} (${columns.map(([n]) => n).join(', ')}) ${sql}`, values);
}

const EVENT_COLUMNS: Column[] = [
  ['case_id', 'uuid'], ['at', 'timestamptz'], ['actor_id', 'uuid'], ['actor_username', 'text'], ['action', 'text'], ['from_status', 'text'], ['to_status', 'text'], ['details', 'jsonb'],
];

/** A step of the state machine (as opposed to acts, deliveries and mail, which leave the state alone). */
const TRANSITION = `e.to_status IS NOT NULL AND e.action <> 'register'`;

/**
 * The case timeline and, derived from the same rows in the same statement, the audit trail the
 * services write beside it: `case.<action>` with the state and version before and after,
 * `case.register` with the registered case (`cases`: id, number, snapshot), and the entries of
 * acts, deliveries and mail.
 */
async function insertEventsWithAudit(db: pg.ClientBase, rows: unknown[][], cases: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const { sql, values } = unnestSelect(EVENT_COLUMNS, rows);
  const n = EVENT_COLUMNS.length;
  // The batch's cases come along as parameters: joining the growing case_file table instead made
  // each batch slower than the one before (its statistics are stale until the load commits).
  await db.query(
    `WITH e AS (
       INSERT INTO case_event (${EVENT_COLUMNS.map(([name]) => name).join(', ')}) ${sql}
       RETURNING id, case_id, at, actor_id, actor_username, action, from_status, to_status, details
     ), c AS (
       SELECT * FROM unnest($${n + 1}::uuid[], $${n + 2}::text[], $${n + 3}::jsonb[]) AS c(id, number, registered)
     ), v AS (
       SELECT e.*, 1 + count(*) FILTER (WHERE ${TRANSITION}) OVER (PARTITION BY e.case_id ORDER BY e.at, e.id) AS version FROM e
     )
     INSERT INTO audit_log (at, actor_id, actor_username, action, entity_type, entity_id, before, after)
     SELECT e.at, e.actor_id, e.actor_username,
            CASE e.action WHEN 'act.add' THEN 'case-act.create' WHEN 'delivery.confirm' THEN 'case-delivery.confirm'
                          WHEN 'mail.send' THEN 'outgoing-mail.send' WHEN 'mail.receipt' THEN 'outgoing-mail.receipt' ELSE 'case.' || e.action END,
            CASE e.action WHEN 'act.add' THEN 'CaseAct' WHEN 'delivery.confirm' THEN 'CaseDelivery' WHEN 'mail.send' THEN 'OutgoingMail' WHEN 'mail.receipt' THEN 'OutgoingMail' ELSE 'Case' END,
            CASE e.action WHEN 'act.add' THEN e.details->>'actId' WHEN 'delivery.confirm' THEN e.details->>'deliveryId'
                          WHEN 'mail.send' THEN e.details->>'mailId' WHEN 'mail.receipt' THEN e.details->>'mailId' ELSE e.case_id::text END,
            CASE WHEN e.action = 'register' OR e.action = 'act.add' THEN NULL
                 WHEN e.action = 'delivery.confirm' THEN jsonb_build_object('id', e.details->>'deliveryId', 'caseId', e.case_id, 'confirmedAt', NULL, 'confirmedBy', NULL)
                 WHEN e.action = 'mail.send' THEN jsonb_build_object('id', e.details->>'mailId', 'caseId', e.case_id, 'status', 'pending', 'version', 1)
                 WHEN e.action = 'mail.receipt' THEN jsonb_build_object('id', e.details->>'mailId', 'caseId', e.case_id, 'status', 'sent', 'version', 2)
                 ELSE jsonb_build_object('id', e.case_id, 'number', c.number, 'status', e.from_status, 'version', e.version - 1) END,
            CASE WHEN e.action = 'register' THEN c.registered
                 WHEN e.action = 'act.add' THEN e.details || jsonb_build_object('caseId', e.case_id, 'caseNumber', c.number)
                 WHEN e.action = 'delivery.confirm' THEN jsonb_build_object('id', e.details->>'deliveryId', 'caseId', e.case_id, 'confirmedAt', e.at, 'confirmedBy', e.actor_id)
                 WHEN e.action = 'mail.send' THEN jsonb_build_object('id', e.details->>'mailId', 'caseId', e.case_id, 'status', 'sent', 'sentOn', e.details->>'sentOn', 'sentBy', e.actor_id, 'version', 2)
                 WHEN e.action = 'mail.receipt' THEN jsonb_build_object('id', e.details->>'mailId', 'caseId', e.case_id, 'status', e.details->>'status', 'deliveredOn', e.details->>'deliveredOn', 'version', 3)
                 ELSE jsonb_build_object('id', e.case_id, 'number', c.number, 'status', e.to_status, 'version', e.version) || e.details END
       FROM v e JOIN c ON c.id = e.case_id
      ORDER BY e.id`,
    [...values, ...[0, 1, 2].map((i) => cases.map((row) => row[i]))],
  );
}

/** Writes one batch of generated cases and everything they left behind, parents before children. */
export async function insertCaseRows(db: pg.ClientBase, rows: CaseRows): Promise<void> {
  await insertTable(db, 'files', rows.files);
  await insertTable(db, 'acts', rows.acts);
  await insertTable(db, 'mails', rows.mails);
  await insertTable(db, 'holds', rows.holds);
  await insertTable(db, 'deliveries', rows.deliveries);
  await insertEventsWithAudit(db, rows.events, rows.cases);
  await insertTable(db, 'archive', rows.archive);
  await insertTable(db, 'loans', rows.loans);
  await insertTable(db, 'audit', rows.audit);
}
