import { Injectable } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { namedQuery } from '../database/named-query.js';
import type { Principal } from '../access/principal.js';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { Clock } from '../shared/clock.js';
import { notFound } from '../shared/errors.js';
import { pageOf } from '../shared/pagination.js';
import { searchFold } from '../i18n/transliterate.js';
import { containsPattern } from '../shared/validation.js';
import type { CaseQueryDto } from './dto/case-query.dto.js';
import { caseAccessWhere, canOnCase } from './case-access.js';
import { CaseDetailParts } from './case-detail-parts.js';
import { CaseFile } from './case-file.entity.js';
import { CaseRepository } from './case.repository.js';
import { availableActions, overdueSql, type Transition } from './case-state-machine.js';
import { caseSummary, feeAmountOf } from './case-view.js';
import { belgradeDate } from './zup-deadline.js';

/**
 * A search counts its matches up to this many; beyond, the list says `total: SEARCH_COUNT_CAP`
 * with `totalCapped: true` ("more than 1,000 — narrow the search").
 */
export const SEARCH_COUNT_CAP = 1000;

/** How many of the newest visible cases a search looks through for its page before asking the trigram index. */
export const SEARCH_WALK_ROWS = 5000;

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Reading cases: the list with its filters and search, and the full case with its acts and history. */
@Injectable()
export class CaseQueriesService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
    private readonly parts: CaseDetailParts,
    private readonly cases: CaseRepository,
  ) {}

  today(): string {
    return belgradeDate(this.clock.now());
  }

  /** Cases with their unit and assignee joined for display. */
  private joined(): SelectQueryBuilder<CaseFile> {
    return this.db.manager
      .getRepository(CaseFile)
      .createQueryBuilder('c')
      .innerJoin('org_unit', 'ou', 'ou.id = c.org_unit_id')
      .leftJoin('app_user', 'au', 'au.id = c.assignee_id')
      .addSelect(['ou.code AS ou_code', 'ou.name AS ou_name', 'au.username AS au_username', 'au.full_name AS au_full_name']);
  }

  /** Cases the caller may read, with unit and assignee joined for display. */
  private visible(principal: Principal): SelectQueryBuilder<CaseFile> {
    const acl = caseAccessWhere(principal.ability, 'read', 'c');
    return this.joined().where(acl.where, acl.parameters);
  }

  /**
   * The list and the search. Counting and paging look at `case_file` alone (the permission
   * condition and every filter are on its own columns); only the page's rows are joined to their
   * unit and assignee. A search counts its matches up to {@link SEARCH_COUNT_CAP}: an exact count of
   * tens of thousands of text matches would cost a visit to each of them, and nobody pages that far.
   */
  async list(principal: Principal, query: CaseQueryDto) {
    const today = this.today();
    const acl = caseAccessWhere(principal.ability, 'read', 'c');
    const scoped = this.db.manager.createQueryBuilder().from('case_file', 'c').where(acl.where, acl.parameters);
    // The stored search text and the query are folded the same way (searchFold): one script, no diacritics.
    const terms = query.q ? searchFold(query.q).split(/\s+/).filter(Boolean) : [];
    const words: Record<string, string> = Object.fromEntries(terms.map((term, i) => [`q${i}`, containsPattern(term)]));
    const textOf = (alias: string) => terms.map((_, i) => `${alias}.search_text LIKE :q${i}`).join(' AND ');
    if (query.status?.length) scoped.andWhere('c.status = ANY(:status)', { status: query.status });
    if (query.orgUnitId) scoped.andWhere('c.org_unit_id = :orgUnitId', { orgUnitId: query.orgUnitId });
    if (query.assigneeId) scoped.andWhere('c.assignee_id = :assigneeId', { assigneeId: query.assigneeId });
    if (query.classCode) scoped.andWhere('c.class_code = :classCode', { classCode: query.classCode });
    if (query.year) scoped.andWhere('c.year = :year', { year: query.year });
    if (query.overdue !== undefined) scoped.andWhere(query.overdue ? overdueSql('c') : `NOT ${overdueSql('c')}`, { today });
    if (query.receivedFrom) {
      scoped.andWhere(
        isDateOnly(query.receivedFrom) ? `c.received_at >= (CAST(CAST(:receivedFrom AS date) AS timestamp) AT TIME ZONE 'Europe/Belgrade')` : 'c.received_at >= :receivedFrom',
        { receivedFrom: query.receivedFrom },
      );
    }
    if (query.receivedTo) {
      scoped.andWhere(
        isDateOnly(query.receivedTo) ? `c.received_at < (CAST(CAST(:receivedTo AS date) + 1 AS timestamp) AT TIME ZONE 'Europe/Belgrade')` : 'c.received_at < :receivedTo',
        { receivedTo: query.receivedTo },
      );
    }

    const matching = terms.length === 0 ? scoped : scoped.clone().andWhere(textOf('c'), words);

    const offset = (query.page - 1) * query.pageSize;
    const capped = terms.length > 0;
    const count = async () => {
      const [sql, parameters] = matching.clone().select('1').limit(capped ? SEARCH_COUNT_CAP + 1 : undefined).getQueryAndParameters();
      const [{ n }] = await this.db.manager.query(`SELECT count(*)::int AS n FROM (${sql}) t`, parameters);
      return n as number;
    };
    const newestFirst = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>) => qb.orderBy('c.registered_at', 'DESC').addOrderBy('c.id', 'DESC');
    let rows: { entities: CaseFile[]; raw: Array<Record<string, string | null>> } = { entities: [], raw: [] };
    let exact: number | undefined;
    if (!capped) {
      // The page's ids from case_file alone, then those rows with their unit and assignee.
      const page = newestFirst(matching.clone().select('c.id')).offset(offset).limit(query.pageSize);
      rows = await newestFirst(this.joined().where(`c.id IN (${page.getQuery()})`, page.getParameters())).getRawAndEntities();
    } else {
      let ids: string[];
      // A search first walks the newest cases the caller may see (and the filters leave), up to
      // SEARCH_WALK_ROWS of them, for the page's matches: a common word fills its page there at
      // once. Otherwise its matches are few among the newest, so few overall: they are all taken
      // from the trigram index and counted on the way. The planner alone cannot tell the two apart —
      // it takes words as independent of one another and of the unit, and they are not.
      const walk = newestFirst(scoped.clone().select(['c.id AS id', 'c.registered_at AS registered_at', 'c.search_text AS search_text'])).limit(SEARCH_WALK_ROWS);
      const walked = await namedQuery<{ id: string | null; walked: number; hits: number }>(
        this.db.manager,
        `WITH w AS MATERIALIZED (${walk.getQuery()}), hits AS (SELECT w.id, w.registered_at FROM w WHERE ${textOf('w')})
         SELECT p.id, (SELECT count(*)::int FROM w) AS walked, (SELECT count(*)::int FROM hits) AS hits
           FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT h.id FROM hits h ORDER BY h.registered_at DESC, h.id DESC OFFSET :offset LIMIT :pageSize) p ON true`,
        { ...walk.getParameters(), ...words, offset, pageSize: query.pageSize },
      );
      const { walked: seen, hits } = walked[0];
      ids = walked.filter((r) => r.id !== null).map((r) => r.id as string);
      if (seen < SEARCH_WALK_ROWS || ids.length === query.pageSize) {
        // Every case in scope was walked (the count is exact), or the page is full.
        if (seen < SEARCH_WALK_ROWS) exact = hits;
        else if (hits > SEARCH_COUNT_CAP) exact = hits;
      } else {
        const all = matching.clone().select(['c.id AS id', 'c.registered_at AS registered_at']);
        const found = await namedQuery<{ id: string | null; total: number }>(
          this.db.manager,
          `WITH m AS MATERIALIZED (${all.getQuery()})
           SELECT p.id, (SELECT count(*)::int FROM m) AS total
             FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT m.id FROM m ORDER BY m.registered_at DESC, m.id DESC OFFSET :offset LIMIT :pageSize) p ON true`,
          { ...all.getParameters(), offset, pageSize: query.pageSize },
        );
        ids = found.filter((r) => r.id !== null).map((r) => r.id as string);
        exact = found[0]?.total ?? 0;
      }
      // The page's rows with their unit and assignee.
      if (ids.length > 0) rows = await newestFirst(this.joined().where('c.id = ANY(:ids)', { ids })).getRawAndEntities();
    }
    const { entities, raw } = rows;

    // What the caller may do depends only on the status, unit and assignee: asked once per kind of row.
    const actions = new Map<string, ReturnType<typeof availableActions>>();
    const actionsFor = (file: CaseFile) => {
      const key = `${file.status}|${file.orgUnitId}|${file.assigneeId}`;
      let found = actions.get(key);
      if (!found) actions.set(key, (found = availableActions(file.status, (p) => this.allows(principal, p, file))));
      return found;
    };
    const items = entities.map((file, i) => ({ ...caseSummary(file, joined(raw[i]), today), availableActions: actionsFor(file) }));

    // A page that is not full, or an empty first page, tells the total itself; only otherwise is it counted.
    if ((items.length > 0 || query.page === 1) && items.length < query.pageSize) return { ...pageOf(items, offset + items.length, query), totalCapped: false };
    const counted = exact ?? (await count());
    const totalCapped = capped && counted > SEARCH_COUNT_CAP;
    return { ...pageOf(items, totalCapped ? Math.max(SEARCH_COUNT_CAP, offset + items.length) : counted, query), totalCapped };
  }

  /** The case, locked for the rest of the transaction, if the caller may read it; 404 otherwise. */
  async lockVisible(principal: Principal, id: string): Promise<CaseFile> {
    const acl = caseAccessWhere(principal.ability, 'read', 'c');
    const file = await this.db.manager
      .getRepository(CaseFile)
      .createQueryBuilder('c')
      .where(acl.where, acl.parameters)
      .andWhere('c.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!file) throw notFound('CASE_NOT_FOUND');
    return file;
  }

  /** May the caller fire a transition with this permission on this case? */
  allows(principal: Principal, permission: Transition['permission'], file: CaseFile): boolean {
    if (permission.subject === 'Case') return canOnCase(principal.ability, permission.action, file);
    return principal.ability.can(permission.action, permission.subject);
  }

  /** The whole case: summary, party, acts with their dispatch, holds, deliveries, archive, history. */
  async detail(principal: Principal, id: string) {
    const today = this.today();
    const found = await this.visible(principal).andWhere('c.id = :id', { id }).getRawAndEntities();
    const file = found.entities[0];
    if (!file) throw notFound('CASE_NOT_FOUND');
    // One after another: inside a request's transaction every query shares one connection.
    const documents = await this.cases.acts(id);
    const history = await this.cases.history(id);
    const holds = await this.cases.holds(id);
    const deliveries = await this.cases.deliveries(id);
    const archive = await this.parts.read('archive', id);
    return this.detailOf(principal, file, joined(found.raw[0]), today, { documents, holds, deliveries, archive, history });
  }

  /**
   * The case as `detail` answers it, from the case and the lines read about it. Registration
   * builds its answer with it from what it has just written, without reading it back.
   */
  detailOf(
    principal: Principal,
    file: CaseFile,
    extra: ReturnType<typeof joined>,
    today: string,
    lines: { documents: unknown[]; holds: unknown[]; deliveries: unknown[]; archive: unknown; history: unknown[] },
  ) {
    // Personal identification numbers only for those who work with the case (DOMAIN: personal data).
    const seesPersonalData = canOnCase(principal.ability, 'register', file) || canOnCase(principal.ability, 'process', file);
    return {
      ...caseSummary(file, extra, today),
      party: { name: file.partyName, address: file.partyAddress, ...(seesPersonalData ? { personalId: file.partyPersonalId } : {}) },
      attachmentsCount: file.attachmentsCount,
      feeAmount: feeAmountOf(file),
      deadlineDays: file.deadlineDays,
      retention: file.retentionPermanent === null ? null : { years: file.retentionYears, permanent: file.retentionPermanent },
      cancelReason: file.cancelReason,
      cancelledAt: file.cancelledAt,
      availableActions: availableActions(file.status, (p) => this.allows(principal, p, file)),
      documents: lines.documents,
      holds: lines.holds,
      deliveries: lines.deliveries,
      archive: lines.archive,
      history: lines.history,
    };
  }
}

function joined(raw: Record<string, string | null>) {
  return {
    orgUnitCode: raw.ou_code ?? '',
    orgUnitName: raw.ou_name ?? '',
    assigneeUsername: raw.au_username ?? null,
    assigneeFullName: raw.au_full_name ?? null,
  };
}
