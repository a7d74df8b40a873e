import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { accessibleWhere } from '../access/sql-conditions.js';
import { AuditService } from '../audit/audit.service.js';
import { caseAccessFields } from '../cases/case-access.js';
import type { CaseFile } from '../cases/case-file.entity.js';
import { belgradeDate } from '../cases/zup-deadline.js';
import { currentRequestContext } from '../database/request-context.js';
import { belgradeCalendarDate } from '../numbering/case-number-template.js';
import { Clock } from '../shared/clock.js';
import { badRequest, conflict } from '../shared/errors.js';
import { pageOf } from '../shared/pagination.js';
import type { ArchiveLocation, Borrower } from './archive-inputs.js';
import type { ArchiveEntry } from './archive-entry.entity.js';
import type { ArchiveLoan } from './archive-loan.entity.js';
import { bookEntry, loanView, type ArchiveBookEntry, type LoanView } from './archive-views.js';
import { ArchiveRepository } from './archive.repository.js';
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
    private readonly repository: ArchiveRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The closed case enters the archive book at `location`; retention runs from its closing. */
  async takeIntoArchive(file: CaseFile, location: ArchiveLocation, at: Date): Promise<ArchiveEntry> {
    if (file.closedAt === null || file.retentionPermanent === null) {
      throw new Error(`case ${file.id} is not closed with a retention period and cannot be archived`);
    }
    if (await this.repository.isArchived(file.id)) throw conflict('CASE_ALREADY_ARCHIVED', { number: file.number });
    const closedYear = belgradeCalendarDate(file.closedAt).year;
    const permanent = file.retentionPermanent;
    const retentionYears = permanent ? null : file.retentionYears;
    const entryId = await this.repository.insertEntry({
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
    const entry = await this.repository.entry(entryId);
    await this.audit.record({ action: 'archive-entry.create', entityType: 'ArchiveEntry', entityId: entry.id, after: { ...entry, number: file.number } });
    return entry;
  }

  /** Lends the archived case out (revers). */
  async lend(file: CaseFile, borrower: Borrower, at: Date): Promise<ArchiveLoan> {
    const entry = await this.entryOf(file);
    if (borrower.userId !== null) {
      if (!(await this.repository.userExists(borrower.userId))) {
        throw badRequest('VALIDATION_FAILED', {}, [{ field: 'borrower', rule: 'borrower', message: 'borrower.userId is not a user of Spis' }]);
      }
    }
    if (borrower.dueOn !== null && borrower.dueOn < belgradeDate(at)) {
      throw badRequest('VALIDATION_FAILED', {}, [{ field: 'borrower', rule: 'borrower', message: 'borrower.dueOn must not be in the past' }]);
    }
    const loanId = await this.repository.insertLoan({
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
    const loan = await this.repository.loan(loanId);
    await this.audit.record({ action: 'archive-loan.create', entityType: 'ArchiveLoan', entityId: loan.id, after: { ...loan, number: file.number } });
    return loan;
  }

  /** The lent case comes back to the archive; the archivist who receives it is recorded. */
  async giveBack(file: CaseFile, at: Date): Promise<ArchiveLoan> {
    const entry = await this.entryOf(file);
    const before = await this.repository.lockOpenLoan(entry.id);
    if (!before) throw conflict('CASE_NOT_LENT', { number: file.number });
    await this.repository.returnLoan(before.id, at, actingUserId());
    const after = await this.repository.loan(before.id);
    await this.audit.record({ action: 'archive-loan.return', entityType: 'ArchiveLoan', entityId: after.id, before, after });
    return after;
  }

  /** The case's archive-book entry with its open loan and every loan, or null before archiving. */
  async entryForCase(caseId: string): Promise<{ entry: ArchiveBookEntry; openLoan: LoanView | null; loans: LoanView[] } | null> {
    const today = belgradeDate(this.clock.now());
    const row = await this.repository.entryRowForCase(caseId, today);
    if (!row) return null;
    const entry = bookEntry(row);
    const loans = await this.repository.loansOfEntry(entry.id, today);
    return { entry, openLoan: entry.openLoan, loans: loans.map((loan) => loanView(loan)!) };
  }

  /** The archive book, in book order, filtered and paged in SQL. */
  async book(principal: Principal, query: ArchiveBookQueryDto) {
    const acl = accessibleWhere(principal.ability, 'read', 'ArchiveEntry', caseAccessFields('c'));
    const filter = { year: query.year, classCode: query.classCode, status: query.status };
    const { total, rows } = await this.repository.book(acl, filter, belgradeDate(this.clock.now()), windowOf(query));
    return pageOf(rows.map(bookEntry), total, query);
  }

  /** Loans, newest first; `open` narrows to cases still out (or already back). */
  async loans(principal: Principal, query: LoanQueryDto) {
    const acl = accessibleWhere(principal.ability, 'read', 'ArchiveEntry', caseAccessFields('c'));
    const { total, rows } = await this.repository.loans(acl, query.open, belgradeDate(this.clock.now()), windowOf(query));
    const items = rows.map((row) => ({ ...loanView(row)!, caseId: row.caseId as string, number: row.number as string, subject: row.subject as string }));
    return pageOf(items, total, query);
  }

  private async entryOf(file: CaseFile): Promise<ArchiveEntry> {
    const entry = await this.repository.entryOf(file.id);
    if (!entry) throw conflict('CASE_NOT_IN_ARCHIVE', { number: file.number });
    return entry;
  }
}

/** The page the query asks for, as SQL takes it. */
export function windowOf(query: { page: number; pageSize: number }): { limit: number; offset: number } {
  return { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
}

/** The signed-in user doing the archive work; archive records always name a person. */
export function actingUserId(): string {
  const userId = currentRequestContext()?.principal?.userId;
  if (!userId) throw new Error('archive records are written only on behalf of a signed-in user');
  return userId;
}
