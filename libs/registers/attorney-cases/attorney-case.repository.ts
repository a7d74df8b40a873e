import { Injectable } from '@nestjs/common';
import { GenerateSql } from '../../database/generate-sql.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import type { AttorneyCaseKind } from './attorney-case-rules.js';

/** Example values for the SQL snapshots (`npm run sync:sql`); any well-formed value will do. */
const CASE = '00000000-0000-4000-8000-000000000001';
const ENTRY = '00000000-0000-4000-8000-000000000002';
const KIND: AttorneyCaseKind = 'litigation';

/**
 * The raw statements of the attorney's register, each snapshotted in
 * `queries/attorney-case.repository.sql`. They run in the caller's transaction
 * (TransactionalConnection); the rules stay in AttorneyCasesService.
 */
@Injectable()
export class AttorneyCaseRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** The id of the numbering book with this code, or null. */
  @GenerateSql(['attorney-cases'])
  async numberingBookId(code: string): Promise<string | null> {
    const [book] = await this.db.manager.query(`SELECT id FROM numbering_book WHERE code = $1`, [code]);
    return book?.id ?? null;
  }

  /**
   * The code of the case's unit. A plain case read: it belongs in libs/cases/case.repository.ts,
   * but that file is being reworked by someone else at the moment, so it stays here for now.
   */
  @GenerateSql([CASE])
  async unitCodeOfCase(caseId: string): Promise<string> {
    const [{ unitCode }] = await this.db.manager.query(`SELECT u.code AS "unitCode" FROM case_file c JOIN org_unit u ON u.id = c.org_unit_id WHERE c.id = $1`, [caseId]);
    return unitCode;
  }

  /** The days for an appeal the office set for this kind of case; null when it set none. */
  @GenerateSql([KIND])
  async appealDays(kind: AttorneyCaseKind): Promise<number | null> {
    const [period] = await this.db.manager.query(`SELECT days FROM attorney_appeal_period WHERE kind = $1`, [kind]);
    return period?.days ?? null;
  }

  /** Another case of the court with this court case number (case-insensitive), or null. */
  @GenerateSql(['osnovni-sud-beograd', 'P 123/2026', null], ['osnovni-sud-beograd', 'P 123/2026', ENTRY])
  async courtNumberHolder(courtKey: string, courtCaseNumber: string, exceptId: string | null): Promise<{ registryNumber: string } | null> {
    const [taken] = await this.db.manager.query(
      `SELECT registry_number AS "registryNumber" FROM attorney_case WHERE court_key = $1 AND lower(court_case_number) = lower($2) AND id IS DISTINCT FROM $3`,
      [courtKey, courtCaseNumber, exceptId],
    );
    return taken ?? null;
  }
}
