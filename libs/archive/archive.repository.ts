import { Injectable } from '@nestjs/common';
import { CaseFile } from '../cases/case-file.entity.js';
import { IN_ARCHIVE_STATES, sqlStates, type CaseStatus } from '../cases/case-state-machine.js';
import { GenerateSql } from '../database/generate-sql.js';
import { namedQuery } from '../database/named-query.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { ArchiveEntry } from './archive-entry.entity.js';
import { ArchiveLoan } from './archive-loan.entity.js';
import { ENTRY_COLUMNS, ENTRY_FROM, ENTRY_ORDER, LOAN_COLUMNS, LOAN_FROM } from './archive-views.js';
import { DisposalList } from './disposal-list.entity.js';
import type { DisposalListKind } from './retention.js';

/** Permission conditions as `accessibleWhere` gives them: SQL with TypeORM `:name` parameters. */
export interface SqlCondition {
  where: string;
  parameters: Record<string, unknown>;
}

/** A page as SQL takes it. */
export interface Window {
  limit: number;
  offset: number;
}

/** A page of rows and how many there are in all. */
export interface CountedRows<T = Record<string, unknown>> {
  total: number;
  rows: T[];
}

/** A named case as drawing up a list checks it: the case and its archive-book entry, if any. */
export type NamedCaseRow = Pick<CaseFile, 'id' | 'number' | 'status' | 'orgUnitId' | 'assigneeId'> & {
  entryId: string | null;
  permanent: boolean | null;
  eligibleFromYear: number | null;
};

/** Cases still in the archive: on the shelf or lent out. */
const IN_ARCHIVE = `c.status IN ${sqlStates(IN_ARCHIVE_STATES)}`;

/**
 * Items of lists that hold their cases: a rejected list keeps its items on record, but its cases
 * are free to go on a new list.
 */
const HOLDING_ITEM_FROM = `disposal_list_item i JOIN disposal_list hl ON hl.id = i.list_id AND hl.status <> 'rejected'`;

/** Archive-book entries that may go on a list of `:permanent` material in `:year`, not yet on a list. */
const CANDIDATE_WHERE = `e.permanent = :permanent AND e.eligible_from_year <= :year AND ${IN_ARCHIVE}
  AND NOT EXISTS (SELECT 1 FROM ${HOLDING_ITEM_FROM} WHERE i.archive_entry_id = e.id)`;

const LIST_COLUMNS = `l.id, l.kind, l.status, l.note, l.created_at AS "createdAt", cu.username AS "createdBy", l.approved_at AS "approvedAt",
  apu.username AS "approvedBy", l.decision_number AS "decisionNumber", l.archive_consent AS "archiveConsent",
  l.rejected_at AS "rejectedAt", rju.username AS "rejectedBy", l.rejection_reason AS "rejectionReason", l.version,
  (SELECT count(*)::int FROM disposal_list_item i WHERE i.list_id = l.id) AS "itemCount"`;
const LIST_FROM = `disposal_list l JOIN app_user cu ON cu.id = l.created_by LEFT JOIN app_user apu ON apu.id = l.approved_by
  LEFT JOIN app_user rju ON rju.id = l.rejected_by`;

/** Example values for the SQL snapshots (`npm run sync:sql`); any well-formed value will do. */
const CASE = '00000000-0000-4000-8000-000000000001';
const USER = '00000000-0000-4000-8000-000000000002';
const ENTRY = '00000000-0000-4000-8000-000000000003';
const LOAN = '00000000-0000-4000-8000-000000000004';
const LIST = '00000000-0000-4000-8000-000000000005';
const AT = new Date('2026-03-02T08:00:00Z');
const TODAY = '2026-03-02';
const ANYONE: SqlCondition = { where: '1 = 1', parameters: {} };
const PAGE: Window = { limit: 20, offset: 0 };

/**
 * The statements on the archive's own tables — archive book, loans, disposal and handover lists and
 * their items — that the services of `archive` send, each snapshotted in
 * `queries/archive.repository.sql`. Every statement runs in the caller's transaction
 * (TransactionalConnection); the rules (who may, what is refused) stay in the services.
 */
@Injectable()
export class ArchiveRepository {
  constructor(private readonly db: TransactionalConnection) {}

  // --- archive book -------------------------------------------------------------------------

  @GenerateSql([CASE])
  isArchived(caseId: string): Promise<boolean> {
    return this.db.getRepository(ArchiveEntry).existsBy({ caseId });
  }

  /** The case's archive-book entry (the row itself); null before archiving. */
  @GenerateSql([CASE])
  entryOf(caseId: string): Promise<ArchiveEntry | null> {
    return this.db.getRepository(ArchiveEntry).findOneBy({ caseId });
  }

  /** Writes the entry; returns its id. (Read it back with `entry`: a failed insert would hide a second statement from the snapshot.) */
  @GenerateSql([
    {
      caseId: CASE,
      year: 2026,
      classCode: '351',
      retentionYears: 10,
      permanent: false,
      closedYear: 2026,
      eligibleFromYear: 2037,
      locationRoom: '12',
      locationShelf: 'B',
      locationBox: '7',
      archivedAt: AT,
      archivedBy: USER,
      version: 1,
    },
  ])
  async insertEntry(entry: Omit<ArchiveEntry, 'id'>): Promise<string> {
    const { identifiers } = await this.db.getRepository(ArchiveEntry).insert(entry);
    return identifiers[0].id;
  }

  /** The entry as stored (its database defaults included). */
  @GenerateSql([ENTRY])
  entry(id: string): Promise<ArchiveEntry> {
    return this.db.getRepository(ArchiveEntry).findOneByOrFail({ id });
  }

  /** The case's entry as the archive book shows it (with its open loan), or null. */
  @GenerateSql([CASE, TODAY])
  async entryRowForCase(caseId: string, today: string): Promise<Record<string, unknown> | null> {
    const [row] = await namedQuery(this.db.manager, `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE e.case_id = :caseId`, { caseId, today });
    return row ?? null;
  }

  /** The archive book, in book order, filtered by the caller's permissions and the query. */
  @GenerateSql([ANYONE, {}, TODAY, PAGE], [ANYONE, { year: 2026, classCode: '351', status: 'archived' }, TODAY, PAGE])
  async book(
    acl: SqlCondition,
    filter: { year?: number; classCode?: string; status?: CaseStatus },
    today: string,
    page: Window,
  ): Promise<CountedRows> {
    const conditions = [`(${acl.where})`];
    const parameters: Record<string, unknown> = { ...acl.parameters, today };
    if (filter.year !== undefined) {
      conditions.push('e.year = :year');
      parameters.year = filter.year;
    }
    if (filter.classCode !== undefined) {
      conditions.push('e.class_code = :classCode');
      parameters.classCode = filter.classCode;
    }
    if (filter.status !== undefined) {
      conditions.push('c.status = :status');
      parameters.status = filter.status;
    }
    const where = conditions.join(' AND ');
    const [{ total }] = await namedQuery<{ total: number }>(this.db.manager, `SELECT count(*)::int AS total FROM ${ENTRY_FROM} WHERE ${where}`, parameters);
    const rows = await namedQuery(this.db.manager, `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE ${where} ORDER BY ${ENTRY_ORDER} LIMIT :limit OFFSET :offset`, {
      ...parameters,
      ...page,
    });
    return { total, rows };
  }

  // --- loans --------------------------------------------------------------------------------

  @GenerateSql([USER])
  async userExists(userId: string): Promise<boolean> {
    const [user] = await this.db.manager.query(`SELECT 1 FROM app_user WHERE id = $1`, [userId]);
    return user !== undefined;
  }

  /** Writes the loan; returns its id (read it back with `loan`). */
  @GenerateSql([
    {
      archiveEntryId: ENTRY,
      borrowerName: 'Petar Petrović',
      borrowerUserId: USER,
      purpose: 'Uvid',
      lentAt: AT,
      dueOn: '2026-03-16',
      lentBy: USER,
      returnedAt: null,
      receivedBy: null,
    },
  ])
  async insertLoan(loan: Omit<ArchiveLoan, 'id'>): Promise<string> {
    const { identifiers } = await this.db.getRepository(ArchiveLoan).insert(loan);
    return identifiers[0].id;
  }

  /** The loan as stored. */
  @GenerateSql([LOAN])
  loan(id: string): Promise<ArchiveLoan> {
    return this.db.getRepository(ArchiveLoan).findOneByOrFail({ id });
  }

  /** The entry's open loan, locked until the transaction ends; null when the case is not out. */
  @GenerateSql([ENTRY])
  lockOpenLoan(entryId: string): Promise<ArchiveLoan | null> {
    return this.db
      .getRepository(ArchiveLoan)
      .createQueryBuilder('l')
      .where('l.archive_entry_id = :entryId AND l.returned_at IS NULL', { entryId })
      .setLock('pessimistic_write')
      .getOne();
  }

  @GenerateSql([LOAN, AT, USER])
  async returnLoan(loanId: string, returnedAt: Date, receivedBy: string): Promise<void> {
    await this.db.getRepository(ArchiveLoan).update({ id: loanId }, { returnedAt, receivedBy });
  }

  /** Every loan of the entry, oldest first. */
  @GenerateSql([ENTRY, TODAY])
  loansOfEntry(entryId: string, today: string): Promise<Array<Record<string, unknown>>> {
    return namedQuery(this.db.manager, `SELECT ${LOAN_COLUMNS} FROM ${LOAN_FROM} WHERE l.archive_entry_id = :entryId ORDER BY l.lent_at, l.id`, { entryId, today });
  }

  /** Loans, newest first, filtered by the caller's permissions; `open` narrows to cases still out (or already back). */
  @GenerateSql([ANYONE, undefined, TODAY, PAGE], [ANYONE, true, TODAY, PAGE])
  async loans(acl: SqlCondition, open: boolean | undefined, today: string, page: Window): Promise<CountedRows> {
    const conditions = [`(${acl.where})`];
    if (open !== undefined) conditions.push(open ? 'l.returned_at IS NULL' : 'l.returned_at IS NOT NULL');
    const where = conditions.join(' AND ');
    const parameters = { ...acl.parameters, today };
    const [{ total }] = await namedQuery<{ total: number }>(this.db.manager, `SELECT count(*)::int AS total FROM ${LOAN_FROM} WHERE ${where}`, parameters);
    const rows = await namedQuery(
      this.db.manager,
      `SELECT ${LOAN_COLUMNS} FROM ${LOAN_FROM} WHERE ${where} ORDER BY l.lent_at DESC, l.id DESC LIMIT :limit OFFSET :offset`,
      { ...parameters, ...page },
    );
    return { total, rows };
  }

  // --- disposal and handover lists ----------------------------------------------------------

  /** Entries of `permanent` material whose time has come by `year`, in the archive and on no list, in book order. */
  @GenerateSql([false, 2026, TODAY, PAGE])
  async candidates(permanent: boolean, year: number, today: string, page: Window): Promise<CountedRows> {
    const parameters = { permanent, year, today };
    const [{ total }] = await namedQuery<{ total: number }>(this.db.manager, `SELECT count(*)::int AS total FROM ${ENTRY_FROM} WHERE ${CANDIDATE_WHERE}`, parameters);
    const rows = await namedQuery(
      this.db.manager,
      `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE ${CANDIDATE_WHERE} ORDER BY ${ENTRY_ORDER} LIMIT :limit OFFSET :offset`,
      { ...parameters, ...page },
    );
    return { total, rows };
  }

  /** Lists, newest first. */
  @GenerateSql([{}, PAGE], [{ kind: 'disposal', status: 'draft' }, PAGE])
  async lists(filter: { kind?: DisposalListKind; status?: string }, page: Window): Promise<CountedRows> {
    const conditions = ['1 = 1'];
    if (filter.kind !== undefined) conditions.push('l.kind = :kind');
    if (filter.status !== undefined) conditions.push('l.status = :status');
    const where = conditions.join(' AND ');
    const parameters = { kind: filter.kind, status: filter.status };
    const [{ total }] = await namedQuery<{ total: number }>(this.db.manager, `SELECT count(*)::int AS total FROM disposal_list l WHERE ${where}`, parameters);
    const rows = await namedQuery(
      this.db.manager,
      `SELECT ${LIST_COLUMNS} FROM ${LIST_FROM} WHERE ${where} ORDER BY l.created_at DESC, l.id DESC LIMIT :limit OFFSET :offset`,
      { ...parameters, ...page },
    );
    return { total, rows };
  }

  /** The list as it is shown (with its people's names and item count), or null. */
  @GenerateSql([LIST])
  async listRow(id: string): Promise<Record<string, unknown> | null> {
    const [list] = await namedQuery(this.db.manager, `SELECT ${LIST_COLUMNS} FROM ${LIST_FROM} WHERE l.id = :id`, { id });
    return list ?? null;
  }

  /** The archive-book entries on the list, in book order. */
  @GenerateSql([LIST, TODAY])
  entriesOfList(id: string, today: string): Promise<Array<Record<string, unknown>>> {
    return namedQuery(
      this.db.manager,
      `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} JOIN disposal_list_item li ON li.archive_entry_id = e.id WHERE li.list_id = :id ORDER BY ${ENTRY_ORDER}`,
      { id, today },
    );
  }

  /** Entries of `permanent` material due by `year` and still in the archive, locked (on a list or not). */
  @GenerateSql([false, 2026])
  async lockEligibleEntries(permanent: boolean, year: number): Promise<string[]> {
    const rows = await namedQuery<{ id: string }>(
      this.db.manager,
      `SELECT e.id FROM archive_entry e JOIN case_file c ON c.id = e.case_id
        WHERE e.permanent = :permanent AND e.eligible_from_year <= :year AND ${IN_ARCHIVE}
        ORDER BY e.id FOR UPDATE OF e`,
      { permanent, year },
    );
    return rows.map((row) => row.id);
  }

  /** The named cases with their archive-book entries (absent ids are simply missing). */
  @GenerateSql([[CASE]])
  namedCases(caseIds: string[]): Promise<NamedCaseRow[]> {
    return this.db.manager.query(
      `SELECT c.id, c.number, c.status, c.org_unit_id AS "orgUnitId", c.assignee_id AS "assigneeId",
              e.id AS "entryId", e.permanent, e.eligible_from_year AS "eligibleFromYear"
         FROM case_file c LEFT JOIN archive_entry e ON e.case_id = c.id WHERE c.id = ANY($1)`,
      [caseIds],
    );
  }

  /** Locks the entries, in id order so that two lists drawn at once never deadlock. */
  @GenerateSql([[ENTRY]])
  async lockEntries(entryIds: string[]): Promise<void> {
    await this.db.manager.query(`SELECT id FROM archive_entry WHERE id = ANY($1) ORDER BY id FOR UPDATE`, [entryIds]);
  }

  /** Entries among `entryIds` on a list that holds them (a rejected list holds none). */
  @GenerateSql([[ENTRY]])
  async listedAmong(entryIds: string[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.manager.query(
      `SELECT DISTINCT i.archive_entry_id AS id FROM ${HOLDING_ITEM_FROM} WHERE i.archive_entry_id = ANY($1)`,
      [entryIds],
    );
    return rows.map((row) => row.id);
  }

  /** A new draft list; returns its id (its entries go on with `insertItems`). */
  @GenerateSql([{ kind: 'disposal', note: null, createdAt: AT, createdBy: USER }])
  async insertList(list: { kind: DisposalListKind; note: string | null; createdAt: Date; createdBy: string }): Promise<string> {
    const [{ id }] = await this.db.manager.query(`INSERT INTO disposal_list (kind, status, note, created_at, created_by) VALUES ($1, 'draft', $2, $3, $4) RETURNING id`, [
      list.kind,
      list.note,
      list.createdAt,
      list.createdBy,
    ]);
    return id;
  }

  /** Puts the entries on the list, all in one statement. */
  @GenerateSql([LIST, [ENTRY]])
  async insertItems(listId: string, entryIds: string[]): Promise<void> {
    await this.db.manager.query(`INSERT INTO disposal_list_item (list_id, archive_entry_id) SELECT $1, unnest($2::uuid[])`, [listId, entryIds]);
  }

  /** The list row, locked until the transaction ends; null when there is none. */
  @GenerateSql([LIST])
  lockList(id: string): Promise<DisposalList | null> {
    return this.db.getRepository(DisposalList).createQueryBuilder('l').where('l.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** The cases on the list, locked in id order (their `case_file` rows only). */
  @GenerateSql([LIST])
  lockCasesOfList(id: string): Promise<CaseFile[]> {
    return this.db
      .getRepository(CaseFile)
      .createQueryBuilder('c')
      .innerJoin('archive_entry', 'e', 'e.case_id = c.id')
      .innerJoin('disposal_list_item', 'li', 'li.archive_entry_id = e.id AND li.list_id = :id', { id })
      .orderBy('c.id')
      .setLock('pessimistic_write', undefined, ['c'])
      .getMany();
  }

  @GenerateSql([LIST, { status: 'rejected', rejectedAt: AT, rejectedBy: USER, rejectionReason: 'Nepotpun spisak', version: 2 }])
  async updateList(id: string, changes: Partial<DisposalList>): Promise<void> {
    await this.db.getRepository(DisposalList).update({ id }, changes as never);
  }
}
