import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal.js';
import { accessibleWhere } from '../../access/sql-conditions.js';
import { addDays, daysBetween } from '../../cases/zup-deadline.js';
import { pageOf } from '../../shared/pagination.js';
import { isPastDue } from './attorney-case-rules.js';
import { hearingView } from './attorney-case-view.js';
import type { AttorneyCase } from './attorney-case.entity.js';
import { AttorneyCaseRepository } from './attorney-case.repository.js';
import { AttorneyCaseQueries } from './attorney-cases.register.js';
import type { DeadlineQueryDto, HearingCalendarQueryDto } from './dto/attorney-case.dto.js';

/** Days ahead the deadline list looks when no `before` is given: an appeal period's length. */
const DEADLINES_AHEAD = 15;

/** How a hearing or deadline names its entry. */
const reference = (entry: AttorneyCase) => ({
  id: entry.id,
  registryNumber: entry.registryNumber,
  kind: entry.kind,
  court: entry.court,
  courtCaseNumber: entry.courtCaseNumber,
  subject: entry.subject,
  status: entry.status,
});

/**
 * The attorney's two views across entries: the hearings calendar and the running appeal deadlines.
 * Each is read within the kit's access check and its conditions in SQL, like the list.
 */
@Injectable()
export class AttorneyCaseCalendar {
  constructor(
    private readonly queries: AttorneyCaseQueries,
    private readonly repository: AttorneyCaseRepository,
  ) {}

  /** The hearings of every entry the caller may read on the Belgrade days `from`–`to`, earliest first. */
  async hearings(principal: Principal, query: HearingCalendarQueryDto) {
    this.queries.assertMay(principal, 'read');
    const { hearings, entries, total } = await this.repository.hearingCalendar(this.acl(principal), query, this.page(query));
    const items = hearings.map((hearing) => ({ ...hearingView(hearing), attorneyCase: reference(entries.get(hearing.attorneyCaseId)!) }));
    return pageOf(items, total, query);
  }

  /**
   * Appeal deadlines running out on or before `before` (default: within 15 days), for decisions not
   * yet appealed in entries not closed; those already past are flagged `pastDue`. Soonest first.
   */
  async deadlines(principal: Principal, query: DeadlineQueryDto) {
    this.queries.assertMay(principal, 'read');
    const today = this.queries.today();
    const before = query.before ?? addDays(today, DEADLINES_AHEAD);
    const { entries, total } = await this.repository.runningDeadlines(this.acl(principal), { before, q: query.q, caseId: query.caseId }, this.page(query));
    const items = entries.map((entry) => ({
      ...reference(entry),
      outcome: entry.outcome,
      decidedOn: entry.outcomeOn,
      receivedOn: entry.decisionReceivedOn,
      appealDeadline: entry.appealDeadline,
      daysLeft: daysBetween(today, entry.appealDeadline!),
      pastDue: isPastDue(entry.appealDeadline!, today),
    }));
    return { ...pageOf(items, total, query), before, today };
  }

  private page(query: { page: number; pageSize: number }) {
    return { offset: (query.page - 1) * query.pageSize, limit: query.pageSize };
  }

  /** Register entries carry no unit and no assignee: rules scoped by them match nothing. */
  private acl(principal: Principal) {
    return accessibleWhere(principal.ability, 'read', 'AttorneyCase', { orgUnitId: 'NULL::uuid', assigneeId: 'NULL::uuid' });
  }
}
