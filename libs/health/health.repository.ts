import { Injectable } from '@nestjs/common';
import { GenerateSql } from '../database/generate-sql.js';
import { TransactionalConnection } from '../database/transactional-connection.js';

/** The health check's one statement, snapshotted in `queries/health.repository.sql`. */
@Injectable()
export class HealthRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** Resolves when the database answers. */
  @GenerateSql()
  async ping(): Promise<void> {
    await this.db.manager.query('SELECT 1');
  }
}
