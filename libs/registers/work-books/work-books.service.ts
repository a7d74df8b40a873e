import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal.js';
import { withConstraintRules } from '../../database/database-errors.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import { Clock } from '../../shared/clock.js';
import { badRequest, conflict } from '../../shared/errors.js';
import { RegisterChanges, registerSearchText, type CaseRef } from '../shared/index.js';
import type {
  CancelWorkBookDto,
  CreateWorkBookDto,
  HolderDto,
  IssueDuplicateDto,
  RecordHandoverDto,
  RecordReturnDto,
  UpdateWorkBookDto,
} from './dto/work-book.dto.js';
import { jmbgBirthDate } from '../../shared/jmbg.js';
import { WorkBook, WorkBookMovement, type MovementKind, type RecipientKind } from './work-book.entity.js';
import { WORK_BOOKS, WorkBookQueries } from './work-books.register.js';
import { WorkBookRepository } from './work-book.repository.js';
import { movementView, workBookSnapshot } from './work-book-view.js';

const REGISTER = WORK_BOOKS.name;

/** The holder's columns; the date of birth is the JMBG's when the clerk left it out. */
const holderColumns = (holder: HolderDto) => ({
  holderName: holder.name,
  holderParentName: holder.parentName,
  holderPersonalId: holder.personalId,
  holderDateOfBirth: holder.dateOfBirth ?? jmbgBirthDate(holder.personalId),
  holderPlaceOfBirth: holder.placeOfBirth,
});

const searchTextOf = (book: WorkBook) => registerSearchText(book.series, book.number, book.holderName, book.holderParentName, book.holderPlaceOfBirth);

/**
 * Changes to the work books register, each within a case (see RegisterChanges): issuing a book,
 * correcting it, issuing a duplicate, recording a hand-over or the return to the holder,
 * cancelling an entry made by mistake. Hand-overs, returns, duplicates and cancellation concern a
 * valid book only; a holder never has two valid books (the database refuses it too).
 */
@Injectable()
export class WorkBooksService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
    private readonly changes: RegisterChanges,
    private readonly queries: WorkBookQueries,
    private readonly repository: WorkBookRepository,
  ) {}

  async create(principal: Principal, dto: CreateWorkBookDto) {
    const decision = await this.queries.decisionFor(principal, 'create', dto.caseId);
    const now = this.clock.now();
    const book = this.db.manager.getRepository(WorkBook).create({
      id: randomUUID(),
      version: 1,
      series: dto.series,
      number: dto.number,
      issuedOn: dto.issuedOn,
      ...holderColumns(dto.holder),
      status: 'valid',
      replacesId: null,
      duplicateReason: null,
      replacedById: null,
      returnedOn: null,
      cancelledOn: null,
      cancellationReason: null,
      createdAt: now,
      updatedAt: now,
    });
    this.assertIssuedOn(book);
    book.searchText = searchTextOf(book);
    await this.written(book, () => this.db.manager.getRepository(WorkBook).insert(book));
    await this.record(principal, decision, 'create', null, book);
    return this.queries.changedView(principal, book.id);
  }

  /** A correction of what the book says: its series and number, the issue date, the holder. */
  async update(principal: Principal, id: string, dto: UpdateWorkBookDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const book = await this.locked(id, dto.version);
    if (book.status === 'cancelled') throw conflict('WORK_BOOK_CANCELLED');
    const before = workBookSnapshot(book);
    if (dto.series !== undefined) book.series = dto.series;
    if (dto.number !== undefined) book.number = dto.number;
    if (dto.issuedOn !== undefined) book.issuedOn = dto.issuedOn;
    if (dto.holder) Object.assign(book, holderColumns(dto.holder));
    this.assertIssuedOn(book);
    if (book.issuedOn !== before.issuedOn) await this.assertIssueBeforeEvents(book);
    book.searchText = searchTextOf(book);
    this.queries.bump(book);
    await this.written(book, () => this.db.manager.getRepository(WorkBook).save(book));
    await this.record(principal, decision, 'update', before, book);
    return this.queries.changedView(principal, book.id);
  }

  /**
   * A duplicate for a lost or damaged book: a new book (own series and number) for the same
   * holder; the old one is replaced by it. The old is marked first, so at no moment does the
   * holder hold two valid books.
   */
  async issueDuplicate(principal: Principal, id: string, dto: IssueDuplicateDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const original = await this.locked(id, dto.version);
    this.assertValid(original);
    this.assertEventDate(dto.issuedOn, original);
    const before = workBookSnapshot(original);
    const now = this.clock.now();
    const repository = this.db.manager.getRepository(WorkBook);
    const duplicate = repository.create({
      ...original,
      id: randomUUID(),
      version: 1,
      series: dto.series,
      number: dto.number,
      issuedOn: dto.issuedOn,
      replacesId: original.id,
      duplicateReason: dto.reason,
      createdAt: now,
      updatedAt: now,
    });
    duplicate.searchText = searchTextOf(duplicate);
    original.status = 'replaced_by_duplicate';
    original.replacedById = duplicate.id;
    this.queries.bump(original);
    await repository.save(original);
    await this.written(duplicate, () => repository.insert(duplicate));
    await this.record(principal, decision, 'duplicate', before, original);
    await this.record(principal, decision, 'create', null, duplicate);
    return this.queries.changedView(principal, duplicate.id);
  }

  /** The book handed to its holder or an employer; it stays valid. */
  async recordHandover(principal: Principal, id: string, dto: RecordHandoverDto) {
    return this.move(principal, id, dto, 'handover', dto.handedOverOn, dto.to, dto.to === 'employer' ? dto.recipientName! : undefined);
  }

  /** The book returned to its holder for good: it is no longer kept, its status is `returned`. */
  async recordReturn(principal: Principal, id: string, dto: RecordReturnDto) {
    return this.move(principal, id, dto, 'return', dto.returnedOn, 'holder', undefined, (book) => {
      book.status = 'returned';
      book.returnedOn = dto.returnedOn;
    });
  }

  /** An entry made by mistake (storno): kept, as cancelled; the holder may then be issued a book. */
  async cancel(principal: Principal, id: string, dto: CancelWorkBookDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const book = await this.locked(id, dto.version);
    this.assertValid(book);
    this.assertEventDate(dto.cancelledOn, book);
    const before = workBookSnapshot(book);
    Object.assign(book, { status: 'cancelled', cancelledOn: dto.cancelledOn, cancellationReason: dto.reason });
    this.queries.bump(book);
    await this.db.manager.getRepository(WorkBook).save(book);
    await this.record(principal, decision, 'cancel', before, book);
    return this.queries.changedView(principal, book.id);
  }

  private async move(
    principal: Principal,
    id: string,
    dto: { caseId: string; version: number; note?: string },
    kind: MovementKind,
    on: string,
    to: RecipientKind,
    recipientName: string | undefined,
    effect: (book: WorkBook) => void = () => undefined,
  ) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const book = await this.locked(id, dto.version);
    this.assertValid(book);
    this.assertEventDate(on, book);
    const before = workBookSnapshot(book);
    const movement = this.db.manager.getRepository(WorkBookMovement).create({
      workBookId: book.id,
      kind,
      movedOn: on,
      recipientKind: to,
      recipientName: recipientName ?? book.holderName,
      note: dto.note ?? null,
      caseId: decision.id,
      recordedBy: principal.userId,
      recordedAt: this.clock.now(),
    });
    effect(book);
    this.queries.bump(book);
    await this.db.manager.getRepository(WorkBookMovement).insert(movement);
    await this.db.manager.getRepository(WorkBook).save(book);
    await this.changes.record(principal, {
      register: REGISTER,
      entryId: book.id,
      case: decision,
      action: kind,
      before,
      after: { ...workBookSnapshot(book), [kind]: movementView(movement, decision.number) },
    });
    return this.queries.changedView(principal, book.id);
  }

  /** The book locked for the change, at the version the user saw. */
  private locked(id: string, version: number): Promise<WorkBook> {
    return this.queries.locked(id, version);
  }

  private assertValid(book: WorkBook): void {
    if (book.status !== 'valid') throw conflict('WORK_BOOK_NOT_VALID', { status: book.status });
  }

  /** Issued not in the future, and not before the holder was born. */
  private assertIssuedOn(book: WorkBook): void {
    const today = this.queries.today();
    if (book.issuedOn > today) throw badRequest('WORK_BOOK_DATE_IN_FUTURE', { today });
    if (book.issuedOn < book.holderDateOfBirth) throw badRequest('WORK_BOOK_ISSUED_BEFORE_BIRTH', { dateOfBirth: book.holderDateOfBirth });
  }

  /** Something that happened to the book: not before it was issued, not in the future. */
  private assertEventDate(on: string, book: WorkBook): void {
    const today = this.queries.today();
    if (on > today) throw badRequest('WORK_BOOK_DATE_IN_FUTURE', { today });
    if (on < book.issuedOn) throw badRequest('WORK_BOOK_DATE_BEFORE_ISSUE', { issuedOn: book.issuedOn });
  }

  /**
   * A corrected issue date must keep the book's story in order: a duplicate is issued no earlier
   * than the book it replaces, and nothing happened to a book before it was issued.
   */
  private async assertIssueBeforeEvents(book: WorkBook): Promise<void> {
    const m = this.db.manager;
    if (book.replacesId) {
      const original = await m.getRepository(WorkBook).findOneByOrFail({ id: book.replacesId });
      if (book.issuedOn < original.issuedOn) throw badRequest('WORK_BOOK_DATE_BEFORE_ISSUE', { issuedOn: original.issuedOn });
    }
    const first = await this.repository.firstEventOn(book.id, book.returnedOn, book.cancelledOn);
    if (first !== null && book.issuedOn > first) throw conflict('WORK_BOOK_ISSUE_AFTER_EVENTS', { date: first });
  }


  /** Writes `book`, turning the register's uniqueness rules into their own answers. */
  private async written(book: WorkBook, write: () => Promise<unknown>): Promise<void> {
    await withConstraintRules(write, {
      work_book_one_valid_per_holder: () => conflict('WORK_BOOK_HOLDER_HAS_VALID_BOOK'),
      work_book_series_number_key: () => conflict('WORK_BOOK_NUMBER_TAKEN', { series: book.series, number: book.number }),
    });
  }

  private record(principal: Principal, decision: CaseRef, action: string, before: unknown, book: WorkBook): Promise<void> {
    return this.changes.record(principal, { register: REGISTER, entryId: book.id, case: decision, action, before, after: workBookSnapshot(book) });
  }
}
