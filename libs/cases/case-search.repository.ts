import { Injectable } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { SqlCondition } from '../access/sql-conditions.js';
import { GenerateSql } from '../database/generate-sql.js';
import { namedQuery } from '../database/named-query.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { searchFold } from '../i18n/transliterate.js';
import { containsPattern } from '../shared/validation.js';
import type { CaseQueryDto } from './dto/case-query.dto.js';
import { CaseFile } from './case-file.entity.js';
import { overdueSql } from './case-state-machine.js';
import { SEARCH_TAIL, tailPattern } from './duplicates.js';

/**
 * A search counts its matches up to this many; beyond, the list says `total: SEARCH_COUNT_CAP`
 * with `totalCapped: true` ("more than 1,000 — narrow the search").
 */
export const SEARCH_COUNT_CAP = 1000;

/** How many of the newest visible cases a search looks through for its page before asking the trigram index. */
export const SEARCH_WALK_ROWS = 5000;

/** What the case list filters on (the query's words `q` included); paging aside. */
export type CaseFilters = Omit<CaseQueryDto, 'page' | 'pageSize'>;

/** Cases with their unit's code and name and their assignee's username and full name, as TypeORM reads them. */
export interface CasesWithNames {
  entities: CaseFile[];
  raw: Array<Record<string, string | null>>;
}

/** A page of the list: its rows, and the number of matches when finding the page has told it. */
export interface CasePage extends CasesWithNames {
  /** Counted on the way (a search that walked every case in scope, or took its matches from the index); else ask `count`. */
  exact?: number;
}

/** A case registered recently, as the duplicate warning lists it. */
export interface RecentCase {
  id: string;
  number: string;
  subject: string;
  partyName: string;
  registeredAt: Date;
  status: string;
}

/** The query's words, folded as the stored search text is (searchFold): one script, no diacritics. */
export const searchTerms = (q: string | undefined): string[] => (q ? searchFold(q).split(/\s+/).filter(Boolean) : []);

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Example values for the SQL snapshots (`npm run sync:sql`). */
const EVERYONE: SqlCondition = { where: '1 = 1', parameters: {} };
const TODAY = '2026-03-02';
const CASE = '00000000-0000-4000-8000-000000000001';
const UNIT = '00000000-0000-4000-8000-000000000003';
const FIRST_PAGE = { offset: 0, pageSize: 50 };

/**
 * The case list and search, and the case with the names it is shown with: the reads of
 * `case_file` that filter, search and page, each snapshotted in `queries/case-search.repository.sql`.
 * Every permission condition (`access`) is over the alias `c`.
 */
@Injectable()
export class CaseSearchRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** Cases with their unit and assignee joined for display. */
  private joined(): SelectQueryBuilder<CaseFile> {
    return this.db.manager
      .getRepository(CaseFile)
      .createQueryBuilder('c')
      .innerJoin('org_unit', 'ou', 'ou.id = c.org_unit_id')
      .leftJoin('app_user', 'au', 'au.id = c.assignee_id')
      .addSelect(['ou.code AS ou_code', 'ou.name AS ou_name', 'au.username AS au_username', 'au.full_name AS au_full_name']);
  }

  /** The case with its unit and assignee, if `access` lets it be seen. */
  @GenerateSql([EVERYONE, CASE])
  withNames(access: SqlCondition, id: string): Promise<CasesWithNames> {
    return this.joined().where(access.where, access.parameters).andWhere('c.id = :id', { id }).getRawAndEntities();
  }

  private terms(filters: CaseFilters): string[] {
    return searchTerms(filters.q);
  }

  /** Cases in scope and passing the filters (the words aside), on `case_file` alone. */
  private scoped(access: SqlCondition, filters: CaseFilters, today: string) {
    const scoped = this.db.manager.createQueryBuilder().from('case_file', 'c').where(access.where, access.parameters);
    if (filters.status?.length) scoped.andWhere('c.status = ANY(:status)', { status: filters.status });
    if (filters.orgUnitId) scoped.andWhere('c.org_unit_id = :orgUnitId', { orgUnitId: filters.orgUnitId });
    if (filters.assigneeId) scoped.andWhere('c.assignee_id = :assigneeId', { assigneeId: filters.assigneeId });
    if (filters.classCode) scoped.andWhere('c.class_code = :classCode', { classCode: filters.classCode });
    if (filters.year) scoped.andWhere('c.year = :year', { year: filters.year });
    if (filters.overdue !== undefined) scoped.andWhere(filters.overdue ? overdueSql('c') : `NOT ${overdueSql('c')}`, { today });
    if (filters.receivedFrom) {
      scoped.andWhere(
        isDateOnly(filters.receivedFrom) ? `c.received_at >= (CAST(CAST(:receivedFrom AS date) AS timestamp) AT TIME ZONE 'Europe/Belgrade')` : 'c.received_at >= :receivedFrom',
        { receivedFrom: filters.receivedFrom },
      );
    }
    if (filters.receivedTo) {
      scoped.andWhere(
        isDateOnly(filters.receivedTo) ? `c.received_at < (CAST(CAST(:receivedTo AS date) + 1 AS timestamp) AT TIME ZONE 'Europe/Belgrade')` : 'c.received_at < :receivedTo',
        { receivedTo: filters.receivedTo },
      );
    }
    return scoped;
  }

  /** The words' LIKE conditions over `alias`, and their parameters. */
  private words(terms: string[]) {
    const parameters: Record<string, string> = Object.fromEntries(terms.map((term, i) => [`q${i}`, containsPattern(term)]));
    return { parameters, over: (alias: string) => terms.map((_, i) => `${alias}.search_text LIKE :q${i}`).join(' AND ') };
  }

  /** Cases in scope passing the filters and the words. */
  private matching(access: SqlCondition, filters: CaseFilters, today: string) {
    const terms = this.terms(filters);
    const scoped = this.scoped(access, filters, today);
    if (terms.length === 0) return scoped;
    const words = this.words(terms);
    return scoped.clone().andWhere(words.over('c'), words.parameters);
  }

  /**
   * How many cases the list holds; with words, counted up to one past {@link SEARCH_COUNT_CAP}: an
   * exact count of tens of thousands of text matches would cost a visit to each of them.
   */
  @GenerateSql([EVERYONE, { status: ['registered'], orgUnitId: UNIT }, TODAY], [EVERYONE, { q: 'Petrović dozvola' }, TODAY])
  async count(access: SqlCondition, filters: CaseFilters, today: string): Promise<number> {
    const capped = this.terms(filters).length > 0;
    const [sql, parameters] = this.matching(access, filters, today).clone().select('1').limit(capped ? SEARCH_COUNT_CAP + 1 : undefined).getQueryAndParameters();
    const [{ n }] = await this.db.manager.query(`SELECT count(*)::int AS n FROM (${sql}) t`, parameters);
    return n as number;
  }

  /**
   * A page of the list, newest first. Paging looks at `case_file` alone (the permission condition
   * and every filter are on its own columns); only the page's rows are joined to their unit and
   * assignee.
   */
  @GenerateSql(
    [EVERYONE, { status: ['registered'], orgUnitId: UNIT, overdue: true, receivedFrom: '2026-01-01', receivedTo: '2026-03-01' }, TODAY, FIRST_PAGE],
    [EVERYONE, { q: 'Petrović dozvola' }, TODAY, FIRST_PAGE],
  )
  async page(access: SqlCondition, filters: CaseFilters, today: string, paging: { offset: number; pageSize: number }): Promise<CasePage> {
    const { offset, pageSize } = paging;
    const terms = this.terms(filters);
    const scoped = this.scoped(access, filters, today);
    const newestFirst = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>) => qb.orderBy('c.registered_at', 'DESC').addOrderBy('c.id', 'DESC');
    if (terms.length === 0) {
      // The page's ids from case_file alone, then those rows with their unit and assignee.
      const page = newestFirst(scoped.clone().select('c.id')).offset(offset).limit(pageSize);
      return newestFirst(this.joined().where(`c.id IN (${page.getQuery()})`, page.getParameters())).getRawAndEntities();
    }
    const words = this.words(terms);
    let ids: string[];
    let exact: number | undefined;
    // A search first walks the newest cases the caller may see (and the filters leave), up to
    // SEARCH_WALK_ROWS of them, for the page's matches: a common word fills its page there at
    // once. Otherwise its matches are few among the newest, so few overall: they are all taken
    // from the trigram index and counted on the way. The planner alone cannot tell the two apart —
    // it takes words as independent of one another and of the unit, and they are not.
    const walk = newestFirst(scoped.clone().select(['c.id AS id', 'c.registered_at AS registered_at', 'c.search_text AS search_text'])).limit(SEARCH_WALK_ROWS);
    const walked = await namedQuery<{ id: string | null; walked: number; hits: number }>(
      this.db.manager,
      `WITH w AS MATERIALIZED (${walk.getQuery()}), hits AS (SELECT w.id, w.registered_at FROM w WHERE ${words.over('w')})
       SELECT p.id, (SELECT count(*)::int FROM w) AS walked, (SELECT count(*)::int FROM hits) AS hits
         FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT h.id FROM hits h ORDER BY h.registered_at DESC, h.id DESC OFFSET :offset LIMIT :pageSize) p ON true`,
      { ...walk.getParameters(), ...words.parameters, offset, pageSize },
    );
    const { walked: seen, hits } = walked[0];
    ids = walked.filter((r) => r.id !== null).map((r) => r.id as string);
    if (seen < SEARCH_WALK_ROWS || ids.length === pageSize) {
      // Every case in scope was walked (the count is exact), or the page is full.
      if (seen < SEARCH_WALK_ROWS) exact = hits;
      else if (hits > SEARCH_COUNT_CAP) exact = hits;
    } else {
      const all = scoped.clone().andWhere(words.over('c'), words.parameters).select(['c.id AS id', 'c.registered_at AS registered_at']);
      const found = await namedQuery<{ id: string | null; total: number }>(
        this.db.manager,
        `WITH m AS MATERIALIZED (${all.getQuery()})
         SELECT p.id, (SELECT count(*)::int FROM m) AS total
           FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT m.id FROM m ORDER BY m.registered_at DESC, m.id DESC OFFSET :offset LIMIT :pageSize) p ON true`,
        { ...all.getParameters(), offset, pageSize },
      );
      ids = found.filter((r) => r.id !== null).map((r) => r.id as string);
      exact = found[0]?.total ?? 0;
    }
    // The page's rows with their unit and assignee.
    const rows = ids.length > 0 ? await newestFirst(this.joined().where('c.id = ANY(:ids)', { ids })).getRawAndEntities() : { entities: [], raw: [] };
    return { ...rows, exact };
  }

  /**
   * Cases `access` lets be seen, registered since `since` and not cancelled, whose search text ends
   * in the folded party name `party` (the index `case_file_search_tail_idx`), newest first.
   */
  @GenerateSql([EVERYONE, 'petrovic marko', new Date('2026-02-01T00:00:00Z')])
  recentOfParty(access: SqlCondition, party: string, since: Date): Promise<RecentCase[]> {
    return this.db.manager
      .createQueryBuilder()
      .select(['c.id AS id', 'c.number AS number', 'c.subject AS subject', 'c.party_name AS "partyName"', 'c.registered_at AS "registeredAt"', 'c.status AS status'])
      .from('case_file', 'c')
      .where(access.where, access.parameters)
      .andWhere('c.registered_at >= :since', { since })
      .andWhere(`${SEARCH_TAIL} LIKE :tail`, { tail: tailPattern(party) })
      .andWhere(`c.status <> 'cancelled'`)
      .orderBy('c.registered_at', 'DESC')
      .limit(200)
      .getRawMany();
  }
}
