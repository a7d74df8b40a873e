import { Injectable } from '@nestjs/common';
import { GenerateSql } from '../../database/generate-sql.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';

/** Example values for the SQL snapshots (`npm run sync:sql`); any well-formed value will do. */
const BOOK = '00000000-0000-4000-8000-000000000001';

/**
 * The raw statements of the work-book register, each snapshotted in
 * `queries/work-book.repository.sql`. They run in the caller's transaction
 * (TransactionalConnection); the rules stay in WorkBooksService.
 */
@Injectable()
export class WorkBookRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /**
   * The earliest thing that happened to the book after its issue — its first movement, the issue
   * of a duplicate replacing it, its return or cancellation (the last two as given) — or null.
   */
  @GenerateSql([BOOK, null, null], [BOOK, '2026-03-02', '2026-03-10'])
  async firstEventOn(bookId: string, returnedOn: string | null, cancelledOn: string | null): Promise<string | null> {
    const [{ first }] = await this.db.manager.query(
      `SELECT LEAST(
          (SELECT MIN(moved_on) FROM work_book_movement WHERE work_book_id = $1),
          (SELECT issued_on FROM work_book WHERE replaces_id = $1),
          $2::date, $3::date) AS first`,
      [bookId, returnedOn, cancelledOn],
    );
    return first;
  }
}
