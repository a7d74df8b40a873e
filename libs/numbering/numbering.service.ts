import { Injectable } from '@nestjs/common';
import { notFound } from '../shared/errors.js';
import { belgradeCalendarDate, caseNumberAroundSerial, counterKey, formatCaseNumber } from './case-number-template.js';
import type { NumberingBook } from './numbering-book.entity.js';
import { NumberingRepository } from './numbering.repository.js';

/**
 * A number to be drawn inside the statement that writes the case: the counter to draw from and the
 * number around its serial. See {@link NumberingService.prepare} and `drawSerialSql`.
 */
export interface PreparedNumber {
  bookId: string;
  counterKey: string;
  year: number;
  /** The case number is `before` + the serial (zero-padded to `width` when set) + `after`. */
  before: string;
  width: number | null;
  after: string;
}

export { drawSerialSql } from './numbering.repository.js';

/** SQL text of the serial `serial` (an integer expression) as `{serial}` / `{serial:N}` writes it. */
export const serialTextSql = (serial: string, width: number | null) =>
  width === null ? `${serial}::text` : `lpad(${serial}::text, greatest(${Number(width)}, length(${serial}::text)), '0')`;

export interface AllocatedNumber {
  bookId: string;
  number: string;
  serial: number;
  counterKey: string;
  year: number;
}

/**
 * Hands out case numbers. Must run inside the registering transaction: the counter row stays
 * locked until that transaction ends, so concurrent registrations (from any number of API
 * processes) queue on it, and a registration that fails gives its serial back. Serials are
 * therefore gapless and unique per book and counter key, and restart each year because the year
 * is part of every key.
 */
@Injectable()
export class NumberingService {
  constructor(private readonly books: NumberingRepository) {}

  /** The book registration uses when none is named. */
  async defaultBook(): Promise<NumberingBook> {
    return this.lockedForRegistration({ isDefault: true });
  }

  async book(id: string | undefined): Promise<NumberingBook> {
    return id === undefined ? this.defaultBook() : this.lockedForRegistration({ id });
  }

  /**
   * The book, share-locked until the registration commits: registrations proceed side by side,
   * while an administrator's change of template or scope (which locks the row for update) waits
   * for them, so no number is drawn under a scope that is being replaced.
   */
  private async lockedForRegistration(where: { id: string } | { isDefault: true }): Promise<NumberingBook> {
    const book = await this.books.lockForRegistration(where);
    if (!book) throw notFound('NUMBERING_BOOK_NOT_FOUND');
    return book;
  }

  async allocate(book: NumberingBook, parts: { classCode: string; unitCode: string; registeredAt: Date }): Promise<AllocatedNumber> {
    // The registry's calendar year decides the book year (a registration at 23:30 UTC on
    // 31 December is already in the next year in Belgrade).
    const { year } = belgradeCalendarDate(parts.registeredAt);
    const key = counterKey(book.counterScope, { year, unitCode: parts.unitCode, classCode: parts.classCode });
    const serial = await this.books.drawSerial(book.id, key);
    const number = formatCaseNumber(book.template, { ...parts, serial, year }, book.counterScope);
    return { bookId: book.id, number, serial, counterKey: key, year };
  }

  /**
   * Everything about the next number but its serial, for a registration that draws the serial as
   * late as it can: in the one statement that writes the case (`drawSerialSql`), so the
   * counter row — on which every registration of the book's year queues — stays locked only for
   * that statement and the commit. Same numbers as {@link allocate}.
   */
  prepare(book: NumberingBook, parts: { classCode: string; unitCode: string; registeredAt: Date }): PreparedNumber {
    const { year } = belgradeCalendarDate(parts.registeredAt);
    const key = counterKey(book.counterScope, { year, unitCode: parts.unitCode, classCode: parts.classCode });
    return { bookId: book.id, counterKey: key, year, ...caseNumberAroundSerial(book.template, { ...parts, year }, book.counterScope) };
  }
}
