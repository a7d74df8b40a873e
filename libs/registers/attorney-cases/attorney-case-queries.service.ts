import { subject as caslSubject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import type { Action } from '../../access/permissions.js';
import type { Principal } from '../../access/principal.js';
import { accessibleWhere } from '../../access/sql-conditions.js';
import { addDays, belgradeDate, daysBetween } from '../../cases/zup-deadline.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import { Clock } from '../../shared/clock.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { pageOf } from '../../shared/pagination.js';
import { searchFold } from '../../i18n/transliterate.js';
import { containsPattern } from '../../shared/validation.js';
import { RegisterChanges, whereChangedInCase, whereSearchMatches, type CaseRef } from '../shared/index.js';
import { isPastDue } from './attorney-case-rules.js';
import { attorneyCaseSnapshot, decisionView, hearingView, partyView } from './attorney-case-view.js';
import { AttorneyCase, AttorneyCaseDecision, AttorneyCaseHearing, AttorneyCaseParty } from './attorney-case.entity.js';
import type { AttorneyCaseExportQueryDto, AttorneyCaseListQueryDto, DeadlineQueryDto, HearingCalendarQueryDto } from './dto/attorney-case.dto.js';

const REGISTER = 'attorney-cases';
const SUBJECT = 'AttorneyCase';

/** Days ahead the deadline list looks when no `before` is given: an appeal period's length. */
const DEADLINES_AHEAD = 15;

/** Instants from the start of Belgrade day `:param` (a `YYYY-MM-DD`), index-friendly on a timestamptz. */
const BELGRADE_DAY_START = (param: string) => `(CAST(:${param} AS date)::timestamp AT TIME ZONE 'Europe/Belgrade')`;
const BELGRADE_DAY_END = (param: string) => `((CAST(:${param} AS date) + 1)::timestamp AT TIME ZONE 'Europe/Belgrade')`;

/** The entry's next scheduled hearing from now on (alias `a`). */
const NEXT_HEARING = `(SELECT min(h.starts_at) FROM attorney_case_hearing h WHERE h.attorney_case_id = a.id AND h.state = 'scheduled' AND h.starts_at >= :now)`;

/** A row of the list or an export. */
export interface AttorneyCaseRow {
  entry: AttorneyCase;
  parties: AttorneyCaseParty[];
  nextHearing: Date | null;
  cases: CaseRef[];
}

/**
 * Reading the register: the list (filtered, searched and paged in SQL), one entry with its hearings
 * and decisions, the hearings calendar across entries, the appeal deadlines, the history. Entries
 * belong to no unit, so only a role granting the register outright reaches them.
 */
@Injectable()
export class AttorneyCaseQueries {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
    private readonly changes: RegisterChanges,
  ) {}

  today(): string {
    return belgradeDate(this.clock.now());
  }

  async list(principal: Principal, query: AttorneyCaseListQueryDto) {
    const qb = this.filtered(principal, query);
    const total = await qb.getCount();
    const rows = await this.rows(qb.offset((query.page - 1) * query.pageSize).limit(query.pageSize));
    const items = [];
    for (const row of rows) {
      const item = this.summary(row);
      // Identifiers shown in a list are reads of those entries too, recorded each.
      items.push(await this.changes.personalDataFor(principal, REGISTER, row.entry.id, item));
    }
    return pageOf(items, total, query);
  }

  /**
   * Every entry the filters find, for the CSV and PDF lists, in list order. With `personalIds` asked
   * for, they come along only for those who may read them, and each entry's read is recorded.
   */
  async exportRows(principal: Principal, query: AttorneyCaseExportQueryDto, options: { personalIds: boolean }): Promise<{ rows: AttorneyCaseRow[]; personalIds: boolean }> {
    const rows = await this.rows(this.filtered(principal, query));
    const personalIds = options.personalIds && this.changes.mayReadPersonalData(principal, REGISTER);
    if (personalIds) for (const { entry, parties } of rows) await this.changes.personalDataFor(principal, REGISTER, entry.id, parties.map(partyView));
    return { rows, personalIds };
  }

  /** One entry as the caller may see it; a read of an opposing party's JMBG is recorded. */
  async detail(principal: Principal, id: string) {
    this.assertMay(principal, 'read');
    return this.changes.personalDataFor(principal, REGISTER, id, await this.view(id));
  }

  /** The entry as a change leaves it, for the one who made it (what they just entered is no new read). */
  async changedView(principal: Principal, id: string) {
    const view = await this.view(id);
    return this.changes.seenBy(principal, REGISTER, view);
  }

  async history(principal: Principal, id: string) {
    this.assertMay(principal, 'read');
    await this.load(id);
    return this.changes.history(principal, REGISTER, id);
  }

  /** The hearings of every entry the caller may read on the Belgrade days `from`–`to`, earliest first. */
  async hearings(principal: Principal, query: HearingCalendarQueryDto) {
    const qb = this.readable(principal)
      .innerJoin(AttorneyCaseHearing, 'h', 'h.attorney_case_id = a.id')
      .andWhere(`h.starts_at >= ${BELGRADE_DAY_START('from')} AND h.starts_at < ${BELGRADE_DAY_END('to')}`, { from: query.from, to: query.to });
    if (query.state) qb.andWhere('h.state = :state', { state: query.state });
    whereSearchMatches(qb, 'a.search_text', query.q);
    whereChangedInCase(qb, REGISTER, 'a.id', query.caseId);
    // Hearings, not entries, are counted (getCount would count the entries).
    const { total } = (await qb.clone().select('COUNT(*)::integer', 'total').getRawOne<{ total: number }>())!;
    const raw: Array<{ hearingId: string }> = await qb
      .select('h.id', 'hearingId')
      .orderBy('h.starts_at', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawMany();
    const ids = raw.map((row) => row.hearingId);
    const hearings = ids.length === 0 ? [] : await this.db.manager.getRepository(AttorneyCaseHearing).createQueryBuilder('h').where('h.id IN (:...ids)', { ids }).getMany();
    const entries = await this.entriesById(hearings.map((hearing) => hearing.attorneyCaseId));
    const byId = new Map(hearings.map((hearing) => [hearing.id, hearing]));
    const items = ids.map((id) => {
      const hearing = byId.get(id)!;
      return { ...hearingView(hearing), attorneyCase: this.reference(entries.get(hearing.attorneyCaseId)!) };
    });
    return pageOf(items, total, query);
  }

  /**
   * Appeal deadlines running out on or before `before` (default: within 15 days), for decisions not
   * yet appealed in entries not closed; those already past are flagged `pastDue`. Soonest first.
   */
  async deadlines(principal: Principal, query: DeadlineQueryDto) {
    const today = this.today();
    const before = query.before ?? addDays(today, DEADLINES_AHEAD);
    const qb = this.readable(principal).andWhere(`a.appeal_deadline <= :before AND a.appeal_lodged_on IS NULL AND a.status <> 'closed'`, { before });
    whereSearchMatches(qb, 'a.search_text', query.q);
    whereChangedInCase(qb, REGISTER, 'a.id', query.caseId);
    const total = await qb.getCount();
    const entries = await qb
      .orderBy('a.appeal_deadline', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getMany();
    const items = entries.map((entry) => ({
      ...this.reference(entry),
      outcome: entry.outcome,
      decidedOn: entry.outcomeOn,
      receivedOn: entry.decisionReceivedOn,
      appealDeadline: entry.appealDeadline,
      daysLeft: daysBetween(today, entry.appealDeadline!),
      pastDue: isPastDue(entry.appealDeadline!, today),
    }));
    return { ...pageOf(items, total, query), before, today };
  }

  /** The caller may act on this register's entries (not merely on some of them, under conditions entries cannot meet). */
  assertMay(principal: Principal, action: Action): void {
    if (!principal.ability.can(action, caslSubject(SUBJECT, {}))) throw forbidden();
  }

  /** The entry with its opposing parties; `lock` for a change. */
  async load(id: string, lock = false): Promise<{ entry: AttorneyCase; parties: AttorneyCaseParty[] }> {
    const m = this.db.manager;
    const qb = m.getRepository(AttorneyCase).createQueryBuilder('a').where('a.id = :id', { id });
    const entry = await (lock ? qb.setLock('pessimistic_write') : qb).getOne();
    if (!entry) throw notFound('REGISTER_ENTRY_NOT_FOUND');
    const parties = await m.getRepository(AttorneyCaseParty).find({ where: { attorneyCaseId: id }, order: { position: 'ASC' } });
    return { entry, parties };
  }

  private async view(id: string) {
    const { entry, parties } = await this.load(id);
    const m = this.db.manager;
    const hearings = await m.getRepository(AttorneyCaseHearing).find({ where: { attorneyCaseId: id }, order: { startsAt: 'ASC' } });
    const decisions = await m.getRepository(AttorneyCaseDecision).find({ where: { attorneyCaseId: id }, order: { recordedAt: 'ASC' } });
    const cases = (await this.changes.casesOf(REGISTER, [id])).get(id) ?? [];
    const numbers = new Map(cases.map((ref) => [ref.id, ref.number]));
    return {
      ...attorneyCaseSnapshot(entry, parties),
      appealPastDue: this.appealPastDue(entry),
      hearings: hearings.map((hearing) => hearingView(hearing, numbers)),
      decisions: decisions.map((decision) => decisionView(decision, numbers)),
      caseIds: cases.map((ref) => ref.id),
      cases,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
    };
  }

  /** An appeal deadline that ran out with no appeal lodged, in a case still running. */
  private appealPastDue(entry: AttorneyCase): boolean {
    return entry.appealDeadline !== null && entry.appealLodgedOn === null && entry.status !== 'closed' && isPastDue(entry.appealDeadline, this.today());
  }

  /** How a hearing or deadline names its entry. */
  private reference(entry: AttorneyCase) {
    return { id: entry.id, registryNumber: entry.registryNumber, kind: entry.kind, court: entry.court, courtCaseNumber: entry.courtCaseNumber, subject: entry.subject, status: entry.status };
  }

  private async entriesById(ids: string[]): Promise<Map<string, AttorneyCase>> {
    if (ids.length === 0) return new Map();
    const entries = await this.db.manager.getRepository(AttorneyCase).createQueryBuilder('a').where('a.id IN (:...ids)', { ids: [...new Set(ids)] }).getMany();
    return new Map(entries.map((entry) => [entry.id, entry]));
  }

  /** The entries the caller may read. */
  private readable(principal: Principal): SelectQueryBuilder<AttorneyCase> {
    // Register entries carry no unit and no assignee: rules scoped by them match nothing.
    const acl = accessibleWhere(principal.ability, 'read', SUBJECT, { orgUnitId: 'NULL::uuid', assigneeId: 'NULL::uuid' });
    return this.db.manager.getRepository(AttorneyCase).createQueryBuilder('a').where(acl.where, acl.parameters);
  }

  /** The entries the caller may read that the filters find, newest first. */
  private filtered(principal: Principal, query: AttorneyCaseListQueryDto | AttorneyCaseExportQueryDto): SelectQueryBuilder<AttorneyCase> {
    const qb = this.readable(principal).setParameter('now', this.clock.now());
    whereSearchMatches(qb, 'a.search_text', query.q);
    whereChangedInCase(qb, REGISTER, 'a.id', query.caseId);
    if (query.kind) qb.andWhere('a.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.court) {
      searchFold(query.court).split(/\s+/).filter(Boolean).forEach((word, i) => qb.andWhere(`a.court_key LIKE :court${i}`, { [`court${i}`]: containsPattern(word) }));
    }
    if (query.hearingFrom || query.hearingTo) {
      const bounds = [query.hearingFrom ? `h.starts_at >= ${BELGRADE_DAY_START('hearingFrom')}` : null, query.hearingTo ? `h.starts_at < ${BELGRADE_DAY_END('hearingTo')}` : null].filter(Boolean);
      qb.andWhere(`EXISTS (SELECT 1 FROM attorney_case_hearing h WHERE h.attorney_case_id = a.id AND ${bounds.join(' AND ')})`, { hearingFrom: query.hearingFrom, hearingTo: query.hearingTo });
    }
    if (query.deadlineBefore) qb.andWhere(`a.appeal_deadline <= :deadlineBefore AND a.appeal_lodged_on IS NULL AND a.status <> 'closed'`, { deadlineBefore: query.deadlineBefore });
    return qb.orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC');
  }

  private async rows(qb: SelectQueryBuilder<AttorneyCase>): Promise<AttorneyCaseRow[]> {
    const { entities, raw } = await qb.addSelect(NEXT_HEARING, 'next_hearing').getRawAndEntities();
    const ids = entities.map((entry) => entry.id);
    const cases = await this.changes.casesOf(REGISTER, ids);
    const parties = ids.length === 0 ? [] : await this.db.manager.getRepository(AttorneyCaseParty).createQueryBuilder('p').where('p.attorney_case_id IN (:...ids)', { ids }).orderBy('p.position').getMany();
    return entities.map((entry, i) => ({
      entry,
      parties: parties.filter((party) => party.attorneyCaseId === entry.id),
      nextHearing: raw[i].next_hearing === null ? null : new Date(raw[i].next_hearing),
      cases: cases.get(entry.id) ?? [],
    }));
  }

  private summary({ entry, parties, nextHearing, cases }: AttorneyCaseRow) {
    return {
      id: entry.id,
      version: entry.version,
      registryNumber: entry.registryNumber,
      kind: entry.kind,
      court: entry.court,
      courtCaseNumber: entry.courtCaseNumber,
      municipalityRole: entry.municipalityRole,
      opposingParties: parties.map(partyView),
      subject: entry.subject,
      valueInDispute: entry.valueInDispute,
      currency: 'RSD' as const,
      status: entry.status,
      outcome: entry.outcome,
      nextHearing,
      appealDeadline: entry.appealDeadline,
      appealPastDue: this.appealPastDue(entry),
      caseIds: cases.map((ref) => ref.id),
      cases,
    };
  }
}
