import { subject as caslSubject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { In, type SelectQueryBuilder } from 'typeorm';
import type { Action } from '../../access/permissions.js';
import type { Principal } from '../../access/principal.js';
import { accessibleWhere } from '../../access/sql-conditions.js';
import { belgradeDate } from '../../cases/zup-deadline.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import { Clock } from '../../shared/clock.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { pageOf } from '../../shared/pagination.js';
import { RegisterChanges, whereChangedInCase, whereSearchMatches, type CaseRef } from '../shared/index.js';
import type { WorkBookExportQueryDto, WorkBookListQueryDto } from './dto/work-book.dto.js';
import { WorkBook, WorkBookMovement } from './work-book.entity.js';
import { bookRef, movementView, workBookSnapshot, workBookSummary } from './work-book-view.js';

const REGISTER = 'work-books';
const SUBJECT = 'WorkBook';

/** A row of the list or an export: the book and the cases that shaped it. */
export interface WorkBookRow {
  book: WorkBook;
  cases: CaseRef[];
  /** The book this duplicate replaces, and the duplicate that replaced this book. */
  replaces: WorkBook | undefined;
  replacedBy: WorkBook | undefined;
}

/**
 * Reading the register: the list (filtered, searched and paged in SQL), one book with its
 * hand-overs and the books it replaces or is replaced by, its history. Entries belong to no unit,
 * so only a role granting the register outright reaches them.
 */
@Injectable()
export class WorkBookQueries {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
    private readonly changes: RegisterChanges,
  ) {}

  today(): string {
    return belgradeDate(this.clock.now());
  }

  async list(principal: Principal, query: WorkBookListQueryDto) {
    const qb = this.filtered(principal, query);
    const total = await qb.getCount();
    const rows = await this.rows(qb.offset((query.page - 1) * query.pageSize).limit(query.pageSize));
    const items = [];
    for (const { book, cases } of rows) {
      const item = workBookSummary(book, cases);
      // Identifiers shown in a list are reads of those entries too, recorded each.
      items.push(await this.changes.personalDataFor(principal, REGISTER, book.id, item));
    }
    return pageOf(items, total, query);
  }

  /**
   * Every book the filters find, for the CSV and PDF lists, in list order. With `personalIds`
   * asked for, they come along only for those who may read them, and each entry's read is recorded.
   */
  async exportRows(principal: Principal, query: WorkBookExportQueryDto, options: { personalIds: boolean }): Promise<{ rows: WorkBookRow[]; personalIds: boolean }> {
    const rows = await this.rows(this.filtered(principal, query));
    const personalIds = options.personalIds && this.changes.mayReadPersonalData(principal, REGISTER);
    if (personalIds) for (const { book } of rows) await this.changes.personalDataFor(principal, REGISTER, book.id, { personalId: book.holderPersonalId });
    return { rows, personalIds };
  }

  /** One book as the caller may see it; a read of its JMBG is recorded. */
  async detail(principal: Principal, id: string) {
    this.assertMay(principal, 'read');
    return this.changes.personalDataFor(principal, REGISTER, id, await this.view(id));
  }

  /** The book as a change leaves it, for the one who made it (what they just entered is no new read). */
  async changedView(principal: Principal, id: string) {
    const view = await this.view(id);
    return this.changes.seenBy(principal, REGISTER, view);
  }

  async history(principal: Principal, id: string) {
    this.assertMay(principal, 'read');
    await this.load(id);
    return this.changes.history(principal, REGISTER, id);
  }

  /** The caller may act on this register's entries (not merely on some, under conditions entries cannot meet). */
  assertMay(principal: Principal, action: Action): void {
    if (!principal.ability.can(action, caslSubject(SUBJECT, {}))) throw forbidden();
  }

  async load(id: string): Promise<WorkBook> {
    const book = await this.db.manager.getRepository(WorkBook).findOne({ where: { id } });
    if (!book) throw notFound('REGISTER_ENTRY_NOT_FOUND');
    return book;
  }

  private async view(id: string) {
    const m = this.db.manager;
    const book = await this.load(id);
    const byId = await this.linkedBooks([book]);
    const movements = await m.getRepository(WorkBookMovement).find({ where: { workBookId: id }, order: { movedOn: 'ASC', id: 'ASC' } });
    const cases = (await this.changes.casesOf(REGISTER, [id])).get(id) ?? [];
    const numbers = new Map(cases.map((ref) => [ref.id, ref.number]));
    return {
      ...workBookSnapshot(book),
      replaces: bookRef(book.replacesId ? byId.get(book.replacesId) : undefined),
      replacedBy: bookRef(book.replacedById ? byId.get(book.replacedById) : undefined),
      movements: movements.map((movement) => movementView(movement, numbers.get(movement.caseId))),
      caseIds: cases.map((ref) => ref.id),
      cases,
      createdAt: book.createdAt,
      updatedAt: book.updatedAt,
    };
  }

  /** The books the caller may read that the filters find, latest issued first. */
  private filtered(principal: Principal, query: WorkBookListQueryDto | WorkBookExportQueryDto): SelectQueryBuilder<WorkBook> {
    // Register entries carry no unit and no assignee: rules scoped by them match nothing.
    const acl = accessibleWhere(principal.ability, 'read', SUBJECT, { orgUnitId: 'NULL::uuid', assigneeId: 'NULL::uuid' });
    const qb = this.db.manager.getRepository(WorkBook).createQueryBuilder('w').where(acl.where, acl.parameters);
    whereSearchMatches(qb, 'w.search_text', query.q);
    whereChangedInCase(qb, REGISTER, 'w.id', query.caseId);
    if (query.status) qb.andWhere('w.status = :status', { status: query.status });
    if (query.series) qb.andWhere('w.series = :series', { series: query.series });
    if (query.issuedFrom) qb.andWhere('w.issued_on >= :issuedFrom', { issuedFrom: query.issuedFrom });
    if (query.issuedTo) qb.andWhere('w.issued_on <= :issuedTo', { issuedTo: query.issuedTo });
    return qb.orderBy('w.issued_on', 'DESC').addOrderBy('w.series', 'ASC').addOrderBy('w.number', 'ASC').addOrderBy('w.id', 'ASC');
  }

  private async rows(qb: SelectQueryBuilder<WorkBook>): Promise<WorkBookRow[]> {
    const books = await qb.getMany();
    const cases = await this.changes.casesOf(REGISTER, books.map((book) => book.id));
    const linked = await this.linkedBooks(books);
    return books.map((book) => ({
      book,
      cases: cases.get(book.id) ?? [],
      replaces: book.replacesId ? linked.get(book.replacesId) : undefined,
      replacedBy: book.replacedById ? linked.get(book.replacedById) : undefined,
    }));
  }

  /** The books `books` replace or are replaced by, by id. */
  private async linkedBooks(books: WorkBook[]): Promise<Map<string, WorkBook>> {
    const ids = [...new Set(books.flatMap((book) => [book.replacesId, book.replacedById]).filter((id): id is string => id !== null))];
    const linked = ids.length > 0 ? await this.db.manager.getRepository(WorkBook).find({ where: { id: In(ids) } }) : [];
    return new Map(linked.map((book) => [book.id, book]));
  }
}
