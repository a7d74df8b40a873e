import type pg from 'pg';
import { addDays, belgradeDate } from '../../../libs/cases/zup-deadline.js';
import { belgradeInstant, workingDayFrom } from './calendar.js';
import type { Person } from './structure.js';

/**
 * Each spring the archivist lists the material whose retention has passed and the committee
 * approves the list (izlučivanje): its cases are destroyed, recorded, never deleted. Cases ever
 * lent are left on the shelf, so no loan falls after a destruction. Lists approved after `until`
 * are not drawn up: what they would hold stays due for disposal.
 */
export async function disposeEachSpring(db: pg.ClientBase, archivists: Person[], fromYear: number, until: Date): Promise<number> {
  const [drafter, committee] = [archivists[0], archivists[archivists.length - 1]];
  let destroyed = 0;
  for (let year = fromYear; ; year += 1) {
    const createdAt = belgradeInstant(workingDayFrom(`${year}-03-10`), 600);
    const approvedAt = belgradeInstant(workingDayFrom(addDays(belgradeDate(createdAt), 14)), 660);
    if (approvedAt.getTime() > until.getTime()) break;
    const decision = `035-${year}/${String(year).slice(2)}-I-02`;
    const { rows } = await db.query(
      `WITH list AS (
         INSERT INTO disposal_list (kind, status, note, created_at, created_by, approved_at, approved_by, decision_number, archive_consent)
         VALUES ('disposal', 'approved', $1, $2, $3, $4, $5, $6, $7) RETURNING *
       ), picked AS (
         SELECT e.id AS entry_id, e.case_id FROM archive_entry e JOIN case_file c ON c.id = e.case_id
          WHERE NOT e.permanent AND e.eligible_from_year <= $8 AND c.status = 'archived' AND e.archived_at < $2
            AND NOT EXISTS (SELECT 1 FROM archive_loan l WHERE l.archive_entry_id = e.id)
       ), items AS (
         INSERT INTO disposal_list_item (list_id, archive_entry_id) SELECT list.id, picked.entry_id FROM list, picked RETURNING 1
       ), changed AS (
         UPDATE case_file c SET status = 'destroyed', version = c.version + 1, updated_at = $4
           FROM picked WHERE c.id = picked.case_id RETURNING c.id, c.number, c.version
       ), events AS (
         INSERT INTO case_event (case_id, at, actor_id, actor_username, action, from_status, to_status, details)
         SELECT changed.id, $4, $5, $9, 'dispose', 'archived', 'destroyed', jsonb_build_object('listId', list.id, 'decisionNumber', $6::text)
           FROM changed, list RETURNING 1
       ), audit AS (
         INSERT INTO audit_log (at, actor_id, actor_username, action, entity_type, entity_id, before, after)
         SELECT $4, $5, $9, 'case.dispose', 'Case', changed.id::text,
                jsonb_build_object('id', changed.id, 'number', changed.number, 'status', 'archived', 'version', changed.version - 1),
                jsonb_build_object('id', changed.id, 'number', changed.number, 'status', 'destroyed', 'version', changed.version, 'listId', list.id)
           FROM changed, list
         UNION ALL SELECT $2, $3, $10, 'disposal-list.create', 'DisposalList', list.id::text, NULL, jsonb_build_object('id', list.id, 'kind', 'disposal', 'status', 'draft') FROM list
         UNION ALL SELECT $4, $5, $9, 'disposal-list.approve', 'DisposalList', list.id::text, jsonb_build_object('id', list.id, 'status', 'draft'),
                          jsonb_build_object('id', list.id, 'status', 'approved', 'decisionNumber', $6::text) FROM list
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM changed)::int AS destroyed, (SELECT count(*) FROM items)::int AS items, (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM audit)::int AS audit`,
      [
        `Popis bezvredne registraturske građe kojoj je istekao rok čuvanja, ${year}.`,
        createdAt.toISOString(), drafter.id, approvedAt.toISOString(), committee.id, decision,
        `Saglasnost Istorijskog arhiva br. ${Math.floor(100 + (year % 97) * 7)}/${year}`, year, committee.username, drafter.username,
      ],
    );
    destroyed += rows[0].destroyed;
  }
  return destroyed;
}
