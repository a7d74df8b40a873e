import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { accessibleWhere } from '../access/sql-conditions.js';
import { AuditService } from '../audit/audit.service.js';
import { caseAccessFields } from '../cases/case-access.js';
import type { CaseFile } from '../cases/case-file.entity.js';
import { belgradeDate } from '../cases/zup-deadline.js';
import { namedQuery } from '../database/named-query.js';
import { currentRequestContext } from '../database/request-context.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { belgradeCalendarDate } from '../numbering/case-number-template.js';
import { Clock } from '../shared/clock.js';
import { badRequest, conflict } from '../shared/errors.js';
import { pageOf } from '../shared/pagination.js';
import type { ArchiveLocation, Borrower } from './archive-inputs.js';
import { ArchiveEntry } from './archive-entry.entity.js';
import { ArchiveLoan } from './archive-loan.entity.js';
import {
  bookEntry,
  ENTRY_COLUMNS,
  ENTRY_FROM,
  ENTRY_ORDER,
  LOAN_COLUMNS,
  LOAN_FROM,
  loanView,
  type ArchiveBookEntry,
  type LoanView,
} from './archive-views.js';
import type { ArchiveBookQueryDto, LoanQueryDto } from './dto/archive.dto.js';
import { eligibleFromYear } from './retention.js';

/**
 * The archive book (arhivska knjiga) and loans (revers). Taking a case in, lending it and taking
 * it back are steps of the case's own state machine: the case service fires them inside its
 * transaction (it updates the case, its timeline and audit) and calls the hooks here for the
 * archive's own records, which never touch `case_file`.
 */
@Injectable()
export class ArchiveService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The closed case enters the archive book at `location`; retention runs from its closing. */
  async takeIntoArchive(file: CaseFile, location: ArchiveLocation, at: Date): Promise<ArchiveEntry> {
    if (file.closedAt === null || file.retentionPermanent === null) {
      throw new Error(`case ${file.id} is not closed with a retention period and cannot be archived`);
    }
    const repo = this.db.getRepository(ArchiveEntry);
    if (await repo.existsBy({ caseId: file.id })) throw conflict('CASE_ALREADY_ARCHIVED', { number: file.number });
    const closedYear = belgradeCalendarDate(file.closedAt).year;
    const permanent = file.retentionPermanent;
    const retentionYears = permanent ? null : file.retentionYears;
    const { identifiers } = await repo.insert({
      caseId: file.id,
      year: file.year,
      classCode: file.classCode,
      retentionYears,
      permanent,
      closedYear,
      eligibleFromYear: eligibleFromYear({ closedYear, retentionYears, permanent }),
      locationRoom: location.room,
      locationShelf: location.shelf,
      locationBox: location.box,
      archivedAt: at,
      archivedBy: actingUserId(),
      version: 1,
    });
    const entry = await repo.findOneByOrFail({ id: identifiers[0].id });
    await this.audit.record({ action: 'archive-entry.create', entityType: 'ArchiveEntry', entityId: entry.id, after: { ...entry, number: file.number } });
    return entry;
  }

  /** Lends the archived case out (revers). */
  async lend(file: CaseFile, borrower: Borrower, at: Date): Promise<ArchiveLoan> {
    const entry = await this.entryOf(file);
    if (borrower.userId !== null) {
      const [user] = await this.db.manager.query(`SELECT 1 FROM app_user WHERE id = $1`, [borrower.userId]);
      if (!user) throw badRequest('VALIDATION_FAILED', {}, [{ field: 'borrower', rule: 'borrower', message: 'borrower.userId is not a user of Spis' }]);
    }
    if (borrower.dueOn !== null && borrower.dueOn < belgradeDate(at)) {
      throw badRequest('VALIDATION_FAILED', {}, [{ field: 'borrower', rule: 'borrower', message: 'borrower.dueOn must not be in the past' }]);
    }
    const repo = this.db.getRepository(ArchiveLoan);
    const { identifiers } = await repo.insert({
      archiveEntryId: entry.id,
      borrowerName: borrower.name,
      borrowerUserId: borrower.userId,
      purpose: borrower.purpose,
      lentAt: at,
      dueOn: borrower.dueOn,
      lentBy: actingUserId(),
      returnedAt: null,
      receivedBy: null,
    });
    const loan = await repo.findOneByOrFail({ id: identifiers[0].id });
    await this.audit.record({ action: 'archive-loan.create', entityType: 'ArchiveLoan', entityId: loan.id, after: { ...loan, number: file.number } });
    return loan;
  }

  /** The lent case comes back to the archive; the archivist who receives it is recorded. */
  async giveBack(file: CaseFile, at: Date): Promise<ArchiveLoan> {
    const entry = await this.entryOf(file);
    const repo = this.db.getRepository(ArchiveLoan);
    const before = await repo
      .createQueryBuilder('l')
      .where('l.archive_entry_id = :entryId AND l.returned_at IS NULL', { entryId: entry.id })
      .setLock('pessimistic_write')
      .getOne();
    if (!before) throw conflict('CASE_NOT_LENT', { number: file.number });
    await repo.update({ id: before.id }, { returnedAt: at, receivedBy: actingUserId() });
    const after = await repo.findOneByOrFail({ id: before.id });
    await this.audit.record({ action: 'archive-loan.return', entityType: 'ArchiveLoan', entityId: after.id, before, after });
    return after;
  }

  /** The case's archive-book entry with its open loan and every loan, or null before archiving. */
  async entryForCase(caseId: string): Promise<{ entry: ArchiveBookEntry; openLoan: LoanView | null; loans: LoanView[] } | null> {
    const today = belgradeDate(this.clock.now());
    const [row] = await namedQuery(this.db.manager, `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE e.case_id = :caseId`, { caseId, today });
    if (!row) return null;
    const entry = bookEntry(row);
    const loans = await namedQuery(this.db.manager, `SELECT ${LOAN_COLUMNS} FROM ${LOAN_FROM} WHERE l.archive_entry_id = :entryId ORDER BY l.lent_at, l.id`, {
      entryId: entry.id,
      today,
    });
    return { entry, openLoan: entry.openLoan, loans: loans.map((loan) => loanView(loan)!) };
  }

  /** The archive book, in book order, filtered and paged in SQL. */
  async book(principal: Principal, query: ArchiveBookQueryDto) {
    const acl = accessibleWhere(principal.ability, 'read', 'ArchiveEntry', caseAccessFields('c'));
    const conditions = [`(${acl.where})`];
    const parameters: Record<string, unknown> = { ...acl.parameters, today: belgradeDate(this.clock.now()) };
    if (query.year !== undefined) {
      conditions.push('e.year = :year');
      parameters.year = query.year;
    }
    if (query.classCode !== undefined) {
      conditions.push('e.class_code = :classCode');
      parameters.classCode = query.classCode;
    }
    if (query.status !== undefined) {
      conditions.push('c.status = :status');
      parameters.status = query.status;
    }
    const where = conditions.join(' AND ');
    const [{ total }] = await namedQuery<{ total: number }>(this.db.manager, `SELECT count(*)::int AS total FROM ${ENTRY_FROM} WHERE ${where}`, parameters);
    const rows = await namedQuery(
      this.db.manager,
      `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE ${where} ORDER BY ${ENTRY_ORDER} LIMIT :limit OFFSET :offset`,
      { ...parameters, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    return pageOf(rows.map(bookEntry), total, query);
  }

  /** Loans, newest first; `open` narrows to cases still out (or already back). */
  async loans(principal: Principal, query: LoanQueryDto) {
    const acl = accessibleWhere(principal.ability, 'read', 'ArchiveEntry', caseAccessFields('c'));
    const conditions = [`(${acl.where})`];
    if (query.open !== undefined) conditions.push(query.open ? 'l.returned_at IS NULL' : 'l.returned_at IS NOT NULL');
    const where = conditions.join(' AND ');
    const parameters = { ...acl.parameters, today: belgradeDate(this.clock.now()) };
    const [{ total }] = await namedQuery<{ total: number }>(this.db.manager, `SELECT count(*)::int AS total FROM ${LOAN_FROM} WHERE ${where}`, parameters);
    const rows = await namedQuery(
      this.db.manager,
      `SELECT ${LOAN_COLUMNS} FROM ${LOAN_FROM} WHERE ${where} ORDER BY l.lent_at DESC, l.id DESC LIMIT :limit OFFSET :offset`,
      { ...parameters, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    const items = rows.map((row) => ({ ...loanView(row)!, caseId: row.caseId as string, number: row.number as string, subject: row.subject as string }));
    return pageOf(items, total, query);
  }

  private async entryOf(file: CaseFile): Promise<ArchiveEntry> {
    const entry = await this.db.getRepository(ArchiveEntry).findOneBy({ caseId: file.id });
    if (!entry) throw conflict('CASE_NOT_IN_ARCHIVE', { number: file.number });
    return entry;
  }
}

/** The signed-in user doing the archive work; archive records always name a person. */
export function actingUserId(): string {
  const userId = currentRequestContext()?.principal?.userId;
  if (!userId) throw new Error('archive records are written only on behalf of a signed-in user');
  return userId;
}
