import { Injectable } from '@nestjs/common';
import { GenerateSql } from '../../database/generate-sql.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';

/** Example values for the SQL snapshots (`npm run sync:sql`); any well-formed value will do. */
const PERSON = '00000000-0000-4000-8000-000000000001';
const RELATIVE = '00000000-0000-4000-8000-000000000002';

/**
 * The raw statements of the displaced-persons register, each snapshotted in
 * `queries/displaced-person.repository.sql`. They run in the caller's transaction
 * (TransactionalConnection); the rules stay in DisplacedPersonsService.
 */
@Injectable()
export class DisplacedPersonRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** Locks the people's rows in id order, so two links made at once between the same two cannot deadlock. */
  @GenerateSql([[PERSON, RELATIVE]])
  async lockPeople(ids: string[]): Promise<void> {
    await this.db.manager.query(`SELECT id FROM displaced_person WHERE id = ANY($1) ORDER BY id FOR UPDATE`, [ids]);
  }
}
