import { Injectable } from '@nestjs/common';
import type { SqlCondition } from '../../access/sql-conditions.js';
import type { CaseStatus } from '../../cases/case-state-machine.js';
import { GenerateSql } from '../../database/generate-sql.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';

/** The case as the check of a register change reads it. */
export interface CaseForChangeRow {
  id: string;
  number: string;
  status: CaseStatus;
  orgUnitId: string;
  assigneeId: string | null;
}

/** A history row as it is written (before/after already as JSON text, or null). */
export interface RegisterChangeRow {
  register: string;
  entryId: string;
  caseId: string;
  action: string;
  actorId: string;
  at: Date;
  before: string | null;
  after: string | null;
  requestId: string | null;
}

/** A line of the entry's history as read, with its case. */
export interface RegisterHistoryRow {
  at: Date;
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
  caseId: string;
  caseNumber: string;
}

/** Example values for the SQL snapshots (`npm run sync:sql`); any well-formed value will do. */
const CASE = '00000000-0000-4000-8000-000000000001';
const USER = '00000000-0000-4000-8000-000000000002';
const ENTRY = '00000000-0000-4000-8000-000000000003';
const REQUEST = '00000000-0000-4000-8000-000000000004';
const AT = new Date('2026-03-02T08:00:00Z');
const ANYONE: SqlCondition = { where: '1 = 1', parameters: {} };

/**
 * The statements every register shares — the history (`register_change`), the entries' links to
 * their cases (`register_entry_case`) and the reads of the case a change is made in — each
 * snapshotted in `queries/register-changes.repository.sql`. Every statement runs in the caller's
 * transaction (TransactionalConnection); the rules (who may, which states take changes) stay in
 * RegisterChanges.
 */
@Injectable()
export class RegisterChangesRepository {
  constructor(private readonly db: TransactionalConnection) {}

  // --- the case a change is made in ---------------------------------------------------------
  // Plain case reads: they belong in libs/cases/case.repository.ts, but that file is being
  // reworked by someone else at the moment, so they stay here for now and move there later.

  /** The case row, share-locked so it cannot be cancelled or archived before the transaction ends; null when there is none. */
  @GenerateSql([CASE])
  async lockCaseForChange(caseId: string): Promise<CaseForChangeRow | null> {
    const [file] = await this.db.manager.query(
      `SELECT c.id, c.number, c.status, c.org_unit_id AS "orgUnitId", c.assignee_id AS "assigneeId"
         FROM case_file c WHERE c.id = $1 FOR SHARE`,
      [caseId],
    );
    return file ?? null;
  }

  /** Whether the case passes the caller's permission conditions (`acl`, on alias `c`). */
  @GenerateSql([ANYONE, CASE])
  async caseVisible(acl: SqlCondition, caseId: string): Promise<boolean> {
    const found = await this.db.manager
      .createQueryBuilder()
      .select('1')
      .from('case_file', 'c')
      .where(acl.where, acl.parameters)
      .andWhere('c.id = :caseId', { caseId })
      .getRawOne();
    return found !== undefined;
  }

  // --- history and links ----------------------------------------------------------------------

  /** Appends a line to the entry's history (append-only). */
  @GenerateSql([
    {
      register: 'work-books',
      entryId: ENTRY,
      caseId: CASE,
      action: 'update',
      actorId: USER,
      at: AT,
      before: '{"number":"1"}',
      after: '{"number":"2"}',
      requestId: REQUEST,
    },
  ])
  async insertChange(change: RegisterChangeRow): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO register_change (register, entry_id, case_id, action, actor_id, at, before, after, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [change.register, change.entryId, change.caseId, change.action, change.actorId, change.at, change.before, change.after, change.requestId],
    );
  }

  /** Links the entry to the case; a link already there stays as it was (its first date). */
  @GenerateSql(['work-books', ENTRY, CASE, AT])
  async linkEntryToCase(register: string, entryId: string, caseId: string, linkedAt: Date): Promise<void> {
    await this.db.manager.query(`INSERT INTO register_entry_case (register, entry_id, case_id, linked_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
      register,
      entryId,
      caseId,
      linkedAt,
    ]);
  }

  /** The entries' links to their cases, oldest link first. */
  @GenerateSql(['work-books', [ENTRY]])
  casesOf(register: string, entryIds: string[]): Promise<Array<{ entryId: string; id: string; number: string }>> {
    return this.db.manager.query(
      `SELECT l.entry_id AS "entryId", c.id, c.number
         FROM register_entry_case l JOIN case_file c ON c.id = l.case_id
        WHERE l.register = $1 AND l.entry_id = ANY($2)
        ORDER BY l.linked_at, c.number`,
      [register, entryIds],
    );
  }

  /** The entry's history, oldest first. */
  @GenerateSql(['work-books', ENTRY])
  history(register: string, entryId: string): Promise<RegisterHistoryRow[]> {
    return this.db.manager.query(
      `SELECT ch.at, u.username AS actor, ch.action, ch.before, ch.after, c.id AS "caseId", c.number AS "caseNumber"
         FROM register_change ch
         JOIN app_user u ON u.id = ch.actor_id
         JOIN case_file c ON c.id = ch.case_id
        WHERE ch.register = $1 AND ch.entry_id = $2
        ORDER BY ch.id`,
      [register, entryId],
    );
  }
}
