import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { Clock } from '../shared/clock.js';
import { notFound } from '../shared/errors.js';
import { pageOf } from '../shared/pagination.js';
import type { CaseQueryDto } from './dto/case-query.dto.js';
import { caseAccessWhere, canOnCase } from './case-access.js';
import { CaseDetailParts } from './case-detail-parts.js';
import { CaseFile } from './case-file.entity.js';
import { CaseRepository } from './case.repository.js';
import { CaseSearchRepository, SEARCH_COUNT_CAP, searchTerms } from './case-search.repository.js';
import { availableActions, type Transition } from './case-state-machine.js';
import { caseSummary, feeAmountOf } from './case-view.js';
import { belgradeDate } from './zup-deadline.js';

export { SEARCH_COUNT_CAP, SEARCH_WALK_ROWS } from './case-search.repository.js';

/** Reading cases: the list with its filters and search, and the full case with its acts and history. */
@Injectable()
export class CaseQueriesService {
  constructor(
    private readonly clock: Clock,
    private readonly parts: CaseDetailParts,
    private readonly cases: CaseRepository,
    private readonly search: CaseSearchRepository,
  ) {}

  today(): string {
    return belgradeDate(this.clock.now());
  }

  /**
   * The list and the search. Counting and paging look at `case_file` alone (the permission
   * condition and every filter are on its own columns); only the page's rows are joined to their
   * unit and assignee. A search counts its matches up to {@link SEARCH_COUNT_CAP}: an exact count of
   * tens of thousands of text matches would cost a visit to each of them, and nobody pages that far.
   */
  async list(principal: Principal, query: CaseQueryDto) {
    const today = this.today();
    const access = caseAccessWhere(principal.ability, 'read', 'c');
    const { page, pageSize, ...filters } = query;
    const offset = (page - 1) * pageSize;
    const capped = searchTerms(query.q).length > 0;
    const { entities, raw, exact } = await this.search.page(access, filters, today, { offset, pageSize });

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
    const counted = exact ?? (await this.search.count(access, filters, today));
    const totalCapped = capped && counted > SEARCH_COUNT_CAP;
    return { ...pageOf(items, totalCapped ? Math.max(SEARCH_COUNT_CAP, offset + items.length) : counted, query), totalCapped };
  }

  /** The case, locked for the rest of the transaction, if the caller may read it; 404 otherwise. */
  async lockVisible(principal: Principal, id: string): Promise<CaseFile> {
    const file = await this.cases.lockIf(caseAccessWhere(principal.ability, 'read', 'c'), id);
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
    const found = await this.search.withNames(caseAccessWhere(principal.ability, 'read', 'c'), id);
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
