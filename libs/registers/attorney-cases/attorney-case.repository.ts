import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { SqlCondition } from '../../access/sql-conditions.js';
import { GenerateSql } from '../../database/generate-sql.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import { whereChangedInCase, whereSearchMatches } from '../shared/index.js';
import type { AttorneyCaseKind, HearingState } from './attorney-case-rules.js';
import { AttorneyCase, AttorneyCaseDecision, AttorneyCaseHearing, AttorneyCaseParty } from './attorney-case.entity.js';

/** Example values for the SQL snapshots (`npm run sync:sql`); any well-formed value will do. */
const CASE = '00000000-0000-4000-8000-000000000001';
const ENTRY = '00000000-0000-4000-8000-000000000002';
const KIND: AttorneyCaseKind = 'litigation';
const ANYONE: SqlCondition = { where: '1 = 1', parameters: {} };
const NOW = new Date('2026-03-02T09:00:00Z');
const PAGE = { offset: 0, limit: 50 };

/** Instants from the start of Belgrade day `:param` (a `YYYY-MM-DD`), index-friendly on a timestamptz. */
export const BELGRADE_DAY_START = (param: string) => `(CAST(:${param} AS date)::timestamp AT TIME ZONE 'Europe/Belgrade')`;
export const BELGRADE_DAY_END = (param: string) => `((CAST(:${param} AS date) + 1)::timestamp AT TIME ZONE 'Europe/Belgrade')`;

/** The calendar's filters: hearings on the Belgrade days `from`–`to`, in entries found by `q` and `caseId`. */
export interface HearingFilters {
  from: string;
  to: string;
  state?: HearingState;
  q?: string;
  caseId?: string;
}

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

  /** The opposing parties of each entry, in their order, and its next scheduled hearing from `now` on. */
  @GenerateSql([[CASE, ENTRY], NOW])
  async partiesAndNextHearings(ids: string[], now: Date): Promise<{ parties: AttorneyCaseParty[]; nextHearings: Map<string, Date> }> {
    if (ids.length === 0) return { parties: [], nextHearings: new Map() };
    const m = this.db.manager;
    const parties = await m.getRepository(AttorneyCaseParty).createQueryBuilder('p').where('p.attorney_case_id IN (:...ids)', { ids }).orderBy('p.position').getMany();
    const next: Array<{ id: string; startsAt: Date }> = await m.query(
      `SELECT h.attorney_case_id AS id, min(h.starts_at) AS "startsAt" FROM attorney_case_hearing h
        WHERE h.attorney_case_id = ANY($1) AND h.state = 'scheduled' AND h.starts_at >= $2 GROUP BY h.attorney_case_id`,
      [ids, now],
    );
    return { parties, nextHearings: new Map(next.map((row) => [row.id, new Date(row.startsAt)])) };
  }

  /** One entry's opposing parties, in their order. */
  @GenerateSql([ENTRY])
  parties(id: string): Promise<AttorneyCaseParty[]> {
    return this.db.manager.getRepository(AttorneyCaseParty).find({ where: { attorneyCaseId: id }, order: { position: 'ASC' } });
  }

  /** One entry's hearings (by time) and decisions (as recorded). */
  @GenerateSql([ENTRY])
  async hearingsAndDecisions(id: string): Promise<{ hearings: AttorneyCaseHearing[]; decisions: AttorneyCaseDecision[] }> {
    const m = this.db.manager;
    const hearings = await m.getRepository(AttorneyCaseHearing).find({ where: { attorneyCaseId: id }, order: { startsAt: 'ASC' } });
    const decisions = await m.getRepository(AttorneyCaseDecision).find({ where: { attorneyCaseId: id }, order: { recordedAt: 'ASC' } });
    return { hearings, decisions };
  }

  /** A page of the hearings the filters find in entries `acl` lets the caller read, earliest first, with their entries. */
  @GenerateSql([ANYONE, { from: '2026-03-01', to: '2026-03-31', state: 'scheduled', q: 'petrović', caseId: CASE }, PAGE])
  async hearingCalendar(acl: SqlCondition, filters: HearingFilters, page: { offset: number; limit: number }) {
    const m = this.db.manager;
    const qb = m
      .getRepository(AttorneyCase)
      .createQueryBuilder('a')
      .where(acl.where, acl.parameters)
      .innerJoin(AttorneyCaseHearing, 'h', 'h.attorney_case_id = a.id')
      .andWhere(`h.starts_at >= ${BELGRADE_DAY_START('from')} AND h.starts_at < ${BELGRADE_DAY_END('to')}`, { from: filters.from, to: filters.to });
    if (filters.state) qb.andWhere('h.state = :state', { state: filters.state });
    whereSearchMatches(qb, 'a.search_text', filters.q);
    whereChangedInCase(qb, 'attorney-cases', 'a.id', filters.caseId);
    // Hearings, not entries, are counted (getCount would count the entries).
    const { total } = (await qb.clone().select('COUNT(*)::integer', 'total').getRawOne<{ total: number }>())!;
    const raw: Array<{ hearingId: string }> = await qb.select('h.id', 'hearingId').orderBy('h.starts_at', 'ASC').addOrderBy('h.id', 'ASC').offset(page.offset).limit(page.limit).getRawMany();
    const ids = raw.map((row) => row.hearingId);
    const found = ids.length === 0 ? [] : await m.getRepository(AttorneyCaseHearing).findBy({ id: In(ids) });
    const byId = new Map(found.map((hearing) => [hearing.id, hearing]));
    const hearings = ids.map((id) => byId.get(id)!);
    const entryIds = [...new Set(hearings.map((hearing) => hearing.attorneyCaseId))];
    const entries = entryIds.length === 0 ? [] : await m.getRepository(AttorneyCase).findBy({ id: In(entryIds) });
    return { hearings, entries: new Map(entries.map((entry) => [entry.id, entry])), total };
  }

  /**
   * A page of the entries `acl` lets the caller read whose appeal deadline runs out on or before
   * `before`, for decisions not yet appealed in entries not closed; soonest first.
   */
  @GenerateSql([ANYONE, { before: '2026-03-17', q: 'petrović', caseId: CASE }, PAGE])
  async runningDeadlines(acl: SqlCondition, filters: { before: string; q?: string; caseId?: string }, page: { offset: number; limit: number }) {
    const qb = this.db.manager
      .getRepository(AttorneyCase)
      .createQueryBuilder('a')
      .where(acl.where, acl.parameters)
      .andWhere(`a.appeal_deadline <= :before AND a.appeal_lodged_on IS NULL AND a.status <> 'closed'`, { before: filters.before });
    whereSearchMatches(qb, 'a.search_text', filters.q);
    whereChangedInCase(qb, 'attorney-cases', 'a.id', filters.caseId);
    const total = await qb.getCount();
    const entries = await qb.orderBy('a.appeal_deadline', 'ASC').addOrderBy('a.id', 'ASC').offset(page.offset).limit(page.limit).getMany();
    return { entries, total };
  }
}
