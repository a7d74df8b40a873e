import { Injectable } from '@nestjs/common';
import { GenerateSql } from '../database/generate-sql.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { paginate, type Page, type PageQueryDto } from '../shared/pagination.js';
import { NumberingBook } from './numbering-book.entity.js';

/**
 * The counter upsert giving `serial`: the next serial of (book, key), the row locked until the
 * transaction ends. Also a data-modifying CTE body, for a statement that draws the serial and
 * writes with it at once; `bookId` and `key` are the statement's placeholders.
 */
export const drawSerialSql = (bookId: string, key: string) =>
  `INSERT INTO case_counter (book_id, counter_key, last_serial) VALUES (${bookId}, ${key}, 1)
     ON CONFLICT (book_id, counter_key) DO UPDATE SET last_serial = case_counter.last_serial + 1
     RETURNING last_serial AS serial`;

/** Serialises moves of the default flag, so two admins making different books default cannot both win. */
const DEFAULT_FLAG_LOCK = `SELECT pg_advisory_xact_lock(hashtext('numbering_book.default'))`;

/** Example values for the SQL snapshots (`npm run sync:sql`). */
const BOOK = '00000000-0000-4000-8000-000000000005';

/**
 * The statements on numbering books (`numbering_book`) and their counters (`case_counter`), each
 * snapshotted in `queries/numbering.repository.sql`.
 */
@Injectable()
export class NumberingRepository {
  constructor(private readonly db: TransactionalConnection) {}

  private get books() {
    return this.db.getRepository(NumberingBook);
  }

  /**
   * The book, share-locked until the transaction ends: registrations proceed side by side, while a
   * change of the book (which locks it for update) waits for them. Null when there is none.
   */
  @GenerateSql([{ id: BOOK }], [{ isDefault: true }])
  lockForRegistration(where: { id: string } | { isDefault: true }): Promise<NumberingBook | null> {
    return this.books
      .createQueryBuilder('b')
      .where('id' in where ? 'b.id = :id' : 'b.is_default', where)
      .setLock('pessimistic_read')
      .getOne();
  }

  /** The next serial of the book's counter `key`, the counter row locked until the transaction ends. */
  @GenerateSql([BOOK, '2026|04'])
  async drawSerial(bookId: string, key: string): Promise<number> {
    const [{ serial }] = await this.db.manager.query(drawSerialSql('$1', '$2'), [bookId, key]);
    return serial;
  }

  /** The books, the default first, then by code. */
  @GenerateSql([{ page: 2, pageSize: 50 }])
  page(query: PageQueryDto): Promise<Page<NumberingBook>> {
    return paginate(this.books.createQueryBuilder('b').orderBy('b.isDefault', 'DESC').addOrderBy('b.code', 'ASC'), query);
  }

  @GenerateSql([BOOK])
  get(id: string): Promise<NumberingBook | null> {
    return this.books.findOneBy({ id });
  }

  @GenerateSql(['ZUP'])
  codeTaken(code: string): Promise<boolean> {
    return this.books.existsBy({ code });
  }

  /** Returns the new book's id. */
  @GenerateSql([{ code: 'ZUP', name: 'Delovodnik', template: '{class}-{serial}/{year}-{unit}', counterScope: 'year', isDefault: false }])
  async insert(book: Pick<NumberingBook, 'code' | 'name' | 'template' | 'counterScope' | 'isDefault'>): Promise<string> {
    const { identifiers } = await this.books.insert(book);
    return identifiers[0].id as string;
  }

  /** The book, locked until the transaction ends, so a concurrent change of it waits; null when there is none. */
  @GenerateSql([BOOK])
  lockForUpdate(id: string): Promise<NumberingBook | null> {
    return this.books.createQueryBuilder('b').setLock('pessimistic_write').where('b.id = :id', { id }).getOne();
  }

  @GenerateSql([BOOK, { template: '{serial}/{year}', counterScope: 'year', version: 2 }])
  async update(id: string, changes: Partial<NumberingBook>): Promise<void> {
    await this.books.update({ id }, changes);
  }

  /**
   * Whether the book numbered anything in `year` or later: cases and the attorney's registry alike
   * draw from books, and either holding such serials pins the book's counter scope.
   */
  @GenerateSql([BOOK, 2026])
  async numberedSince(bookId: string, year: number): Promise<boolean> {
    const [used] = await this.db.manager.query(
      `SELECT 1 FROM case_file WHERE book_id = $1 AND year >= $2
       UNION ALL SELECT 1 FROM attorney_case WHERE book_id = $1 AND year >= $2 LIMIT 1`,
      [bookId, year],
    );
    return used !== undefined;
  }

  /** The books carrying the default flag (one), after taking the lock that serialises moving it. */
  @GenerateSql()
  async lockDefaults(): Promise<NumberingBook[]> {
    await this.db.manager.query(DEFAULT_FLAG_LOCK);
    return this.books.findBy({ isDefault: true });
  }
}
