import { auditInsertSelect, auditSnapshot } from '../audit/audit.service.js';
import { drawSerialSql, serialTextSql, type PreparedNumber } from '../numbering/numbering.service.js';
import { searchFold } from '../i18n/transliterate.js';
import type { CaseFile } from './case-file.entity.js';
import { caseAuditSnapshot } from './case-view.js';

/** The case as registration writes it, but for what the serial decides (number, serial, search text). */
export type NewCase = Omit<CaseFile, 'number' | 'serial' | 'searchText'>;

export interface RegistrationWrite {
  file: NewCase;
  actId: string;
  prepared: PreparedNumber;
  actor: { id: string | null; username: string };
  requestId: string | null;
  /** The history line's details but the number. */
  details: Record<string, unknown>;
}

/**
 * The one statement that registers a case once everything else is known: it draws the serial
 * (the counter upsert) and, with it, writes the case, its first act, its history line and its
 * audit entry, the number formed in SQL around the serial exactly as `formatCaseNumber` forms it.
 * The counter row, on which every registration of the book's year waits, is then locked only
 * for this statement and the commit — not for a dozen round trips through a busy event loop.
 * Returns `number`, `serial` and the history line's `eventId`.
 *
 * The search text is `caseSearchText` (the folded number, subject and party): folding works
 * character by character, and the serial's digits fold to themselves, so the folded text around the
 * serial plus the serial is the folded number.
 */
export function registrationStatement(write: RegistrationWrite): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [];
  const $ = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const { file, prepared } = write;
  const serial = serialTextSql('d.serial', prepared.width);
  const number = `${$(prepared.before)}::text || ${serial} || ${$(prepared.after)}::text`;
  const folded = `${$(searchFold(prepared.before))}::text || ${serial} || ${$(searchFold(`${prepared.after} ${file.subject} ${file.partyName}`))}::text`;
  // The audit entry keeps the case as read back after the insert, less the derived search text.
  const after = auditSnapshot(caseAuditSnapshot({ ...file, number: '', serial: 0, searchText: '' } as CaseFile));
  const sql = `
    WITH d AS (${drawSerialSql($(prepared.bookId), $(prepared.counterKey))}),
    f AS (
      INSERT INTO case_file (id, book_id, number, counter_key, serial, year, classification_mark_id, class_code, org_unit_id, assignee_id, subject,
        party_name, party_address, party_personal_id, received_at, received_via, attachments_count, fee_minor, administrative_procedure,
        examination_procedure, deadline_days, due_date, status, last_act_number, search_text, registered_at, registered_by, updated_at, version)
      SELECT ${$(file.id)}::uuid, ${$(prepared.bookId)}::uuid, ${number}, ${$(prepared.counterKey)}, d.serial, ${$(file.year)}::int, ${$(file.classificationMarkId)}::uuid, ${$(file.classCode)},
        ${$(file.orgUnitId)}::uuid, ${$(file.assigneeId)}::uuid, ${$(file.subject)}, ${$(file.partyName)}, ${$(file.partyAddress)}, ${$(file.partyPersonalId)},
        ${$(file.receivedAt)}::timestamptz, ${$(file.receivedVia)}, ${$(file.attachmentsCount)}::int, ${$(file.feeMinor)}::bigint, ${$(file.administrativeProcedure)}::boolean,
        ${$(file.examinationProcedure)}::boolean, ${$(file.deadlineDays)}::int, ${$(file.dueDate)}::date, ${$(file.status)}, ${$(file.lastActNumber)}::int, ${folded},
        ${$(file.registeredAt)}::timestamptz, ${$(file.registeredBy)}::uuid, ${$(file.updatedAt)}::timestamptz, ${$(file.version)}::int
        FROM d
      RETURNING number, serial),
    a AS (
      INSERT INTO case_act (id, case_id, sub_number, number, direction, subject, correspondent, received_via, act_date, attachments_count, created_by, created_at)
      SELECT ${$(write.actId)}::uuid, ${$(file.id)}::uuid, 1, f.number || '/1', 'incoming', ${$(file.subject)}, ${$(file.partyName)}, ${$(file.receivedVia)},
        ${$(file.receivedAt)}::timestamptz, ${$(file.attachmentsCount)}::int, ${$(file.registeredBy)}::uuid, ${$(file.registeredAt)}::timestamptz FROM f),
    e AS (
      INSERT INTO case_event (case_id, at, actor_id, actor_username, action, from_status, to_status, details)
      SELECT ${$(file.id)}::uuid, ${$(file.registeredAt)}::timestamptz, ${$(write.actor.id)}::uuid, ${$(write.actor.username)}, 'register', NULL, 'registered',
        jsonb_build_object('number', f.number) || ${$(JSON.stringify(write.details))}::jsonb FROM f
      RETURNING id),
    l AS (
      ${auditInsertSelect({
        at: `${$(file.registeredAt)}::timestamptz`,
        actorId: `${$(write.actor.id)}::uuid`,
        actorUsername: $(write.actor.username),
        action: `'case.register'`,
        entityType: `'Case'`,
        entityId: $(file.id),
        before: 'NULL',
        after: `${$(JSON.stringify(after))}::jsonb || jsonb_build_object('number', f.number, 'serial', f.serial)`,
        requestId: $(write.requestId),
      })} FROM f)
    SELECT f.number, f.serial, e.id::text AS "eventId" FROM f CROSS JOIN e`;
  return { sql, parameters };
}
