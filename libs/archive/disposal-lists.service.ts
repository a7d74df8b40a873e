import { Injectable } from '@nestjs/common';
import type { Action } from '../access/permissions.js';
import type { Principal } from '../access/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { canOnCase } from '../cases/case-access.js';
import { IN_ARCHIVE_STATES, type CaseAction } from '../cases/case-state-machine.js';
import { CaseTransitions } from '../cases/case-transitions.service.js';
import { belgradeDate } from '../cases/zup-deadline.js';
import { belgradeCalendarDate } from '../numbering/case-number-template.js';
import { Clock } from '../shared/clock.js';
import { conflict, forbidden, notFound } from '../shared/errors.js';
import { pageOf } from '../shared/pagination.js';
import { assertVersion } from '../shared/versioning.js';
import { ArchiveRepository } from './archive.repository.js';
import { actingUserId, windowOf } from './archive.service.js';
import { bookEntry } from './archive-views.js';
import type { DisposalList } from './disposal-list.entity.js';
import type { ApproveDisposalListDto, CreateDisposalListDto, DisposalCandidatesQueryDto, DisposalListQueryDto, RejectDisposalListDto } from './dto/archive.dto.js';
import { ineligibility, type DisposalListKind } from './retention.js';

/** What approving a list does to each of its cases. */
const CASE_ACTION_OF: Record<DisposalListKind, CaseAction> = { disposal: 'dispose', handover: 'hand_over' };

/**
 * Disposal (izlučivanje) and handover (predaja istorijskom arhivu) lists: the archivist draws one
 * up from the archive book once retention has passed, the committee approves it (with the
 * historical archive's consent), and approval marks every case on it destroyed or handed over;
 * a rejected list lets its cases go on a new one. Nothing is deleted: the cases, their
 * archive-book entries and the lists (rejected ones with their items) stay readable.
 */
@Injectable()
export class DisposalListsService {
  constructor(
    private readonly repository: ArchiveRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly transitions: CaseTransitions,
  ) {}

  private currentYear(): number {
    return belgradeCalendarDate(this.clock.now()).year;
  }

  /** Entries whose time has come in the current (Belgrade) year and that are on no list yet. */
  async candidates(principal: Principal, query: DisposalCandidatesQueryDto) {
    assertOfficeWide(principal, 'read');
    const { total, rows } = await this.repository.candidates(query.kind === 'handover', this.currentYear(), belgradeDate(this.clock.now()), windowOf(query));
    const items = rows.map((row) => {
      const entry = bookEntry(row);
      return { ...entry, lent: entry.status === 'lent' };
    });
    return pageOf(items, total, query);
  }

  async list(principal: Principal, query: DisposalListQueryDto) {
    assertOfficeWide(principal, 'read');
    const { total, rows } = await this.repository.lists({ kind: query.kind, status: query.status }, windowOf(query));
    return pageOf(rows, total, query);
  }

  /** The list with its cases in book order. */
  async detail(principal: Principal, id: string) {
    assertOfficeWide(principal, 'read');
    return this.load(id);
  }

  private async load(id: string) {
    const list = await this.repository.listRow(id);
    if (!list) throw notFound('DISPOSAL_LIST_NOT_FOUND');
    const rows = await this.repository.entriesOfList(id, belgradeDate(this.clock.now()));
    return { ...list, items: rows.map(bookEntry) };
  }

  /**
   * Draws up a list: the named cases, each checked, or every eligible case. The entries are locked
   * first and only then checked against other lists, so two lists drawn at once never share a case.
   */
  async create(principal: Principal, dto: CreateDisposalListDto) {
    assertOfficeWide(principal, 'create');
    const kind = dto.kind ?? 'disposal';
    const year = this.currentYear();

    let entryIds: string[];
    if (dto.caseIds === undefined) {
      const eligible = await this.repository.lockEligibleEntries(kind === 'handover', year);
      const listed = await this.listedAmong(eligible);
      entryIds = eligible.filter((entryId) => !listed.has(entryId));
    } else {
      entryIds = await this.checkNamedCases(principal, dto.caseIds, kind, year);
    }
    if (entryIds.length === 0) throw conflict('NOTHING_TO_DISPOSE');

    const id = await this.repository.insertList({ kind, note: dto.note ?? null, createdAt: this.clock.now(), createdBy: actingUserId() });
    await this.repository.insertItems(id, entryIds);
    const created = await this.load(id);
    await this.audit.record({ action: 'disposal-list.create', entityType: 'DisposalList', entityId: id, after: listSnapshot(created) });
    return created;
  }

  /**
   * Each named case must be in the archive, due for a list of `kind` this year and on no other
   * list; the first that is not is refused by its number. Returns their entries, locked.
   */
  private async checkNamedCases(principal: Principal, caseIds: string[], kind: DisposalListKind, year: number): Promise<string[]> {
    const rows = await this.repository.namedCases(caseIds);
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const caseId of caseIds) {
      const row = byId.get(caseId);
      // A case the caller may not read is named by the id they sent, never by its number.
      if (!row || !canOnCase(principal.ability, 'read', row)) throw conflict('CASE_NOT_IN_ARCHIVE', { number: caseId });
      if (row.entryId === null || !IN_ARCHIVE_STATES.includes(row.status)) throw conflict('CASE_NOT_IN_ARCHIVE', { number: row.number });
      const reason = ineligibility({ permanent: row.permanent!, eligibleFromYear: row.eligibleFromYear! }, kind, year);
      if (reason !== null) throw conflict(reason, { number: row.number, year: row.eligibleFromYear! });
    }
    const entryIds = caseIds.map((caseId) => byId.get(caseId)!.entryId!);
    await this.repository.lockEntries(entryIds);
    const listed = await this.listedAmong(entryIds);
    const first = caseIds.find((caseId) => listed.has(byId.get(caseId)!.entryId!));
    if (first !== undefined) throw conflict('CASE_ALREADY_LISTED', { number: byId.get(first)!.number });
    return entryIds;
  }

  /**
   * Entries among `entryIds` already on a list that holds them (read after locking them, so it sees
   * committed lists and committed rejections).
   */
  private async listedAmong(entryIds: string[]): Promise<Set<string>> {
    if (entryIds.length === 0) return new Set();
    return new Set(await this.repository.listedAmong(entryIds));
  }

  /**
   * The committee approves the list (with the historical archive's consent): every case on it is
   * now destroyed (disposal) or handed over (handover), recorded on its timeline and in the audit
   * trail. Refused while any case is lent out or no longer in the archive.
   */
  async approve(principal: Principal, id: string, dto: ApproveDisposalListDto) {
    assertOfficeWide(principal, 'approve');
    const before = await this.lockDraft(id, dto.version);

    const cases = await this.repository.lockCasesOfList(id);
    for (const file of cases) {
      if (file.status === 'lent') throw conflict('CASE_LENT_OUT', { number: file.number });
      if (file.status !== 'archived') throw conflict('CASE_NOT_IN_ARCHIVE', { number: file.number });
    }

    const now = this.clock.now();
    const action = CASE_ACTION_OF[before.kind];
    // Each case by the one path of state changes, with the list that decided it on its timeline.
    for (const file of cases) await this.transitions.apply(file.id, action, { details: { listId: id, decisionNumber: dto.decisionNumber ?? null }, at: now });

    await this.repository.updateList(id, {
      status: 'approved',
      approvedAt: now,
      approvedBy: actingUserId(),
      decisionNumber: dto.decisionNumber ?? null,
      archiveConsent: dto.archiveConsent ?? null,
      version: before.version + 1,
    });
    const approved = await this.load(id);
    await this.audit.record({ action: 'disposal-list.approve', entityType: 'DisposalList', entityId: id, before, after: listSnapshot(approved) });
    return approved;
  }

  /**
   * The committee rejects a draft list, with its reason. Its cases are untouched and free to go on
   * a new list; the list itself stays on record, items included.
   */
  async reject(principal: Principal, id: string, dto: RejectDisposalListDto) {
    assertOfficeWide(principal, 'approve');
    const locked = await this.lockDraft(id, dto.version);
    const before = await this.load(id);
    await this.repository.updateList(id, {
      status: 'rejected',
      rejectedAt: this.clock.now(),
      rejectedBy: actingUserId(),
      rejectionReason: dto.reason,
      version: locked.version + 1,
    });
    const rejected = await this.load(id);
    await this.audit.record({ action: 'disposal-list.reject', entityType: 'DisposalList', entityId: id, before: listSnapshot(before), after: listSnapshot(rejected) });
    return rejected;
  }

  /** The list, locked for the committee's decision: only a draft at the `version` the committee saw. */
  private async lockDraft(id: string, version: number | undefined): Promise<DisposalList> {
    const list = await this.repository.lockList(id);
    if (!list) throw notFound('DISPOSAL_LIST_NOT_FOUND');
    if (list.status === 'approved') throw conflict('DISPOSAL_LIST_ALREADY_APPROVED');
    if (list.status === 'rejected') throw conflict('DISPOSAL_LIST_REJECTED');
    assertVersion(list, version);
    return list;
  }
}

/**
 * A list is one document for the whole office, not a unit's record: only permissions over every
 * list (no unit or own scope) reach it.
 */
function assertOfficeWide(principal: Principal, action: Action): void {
  const officeWide = principal.ability.rulesFor(action, 'DisposalList').some((rule) => !rule.inverted && !rule.conditions);
  if (!officeWide) throw forbidden();
}

/** The list in the audit trail: its facts and the case numbers on it. */
function listSnapshot(list: Record<string, unknown> & { items: Array<{ number: string }> }) {
  const { items, ...facts } = list;
  return { ...facts, cases: items.map((item) => item.number) };
}
