import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal.js';
import { belgradeDate } from '../../cases/zup-deadline.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import { NumberingService } from '../../numbering/numbering.service.js';
import { Clock } from '../../shared/clock.js';
import { badRequest, conflict, notFound } from '../../shared/errors.js';
import { searchFold } from '../../i18n/transliterate.js';
import { RegisterChanges, registerSearchText, type CaseRef } from '../shared/index.js';
import { ATTORNEY_CASES, AttorneyCaseQueries } from './attorney-cases.register.js';
import { AttorneyCaseRepository } from './attorney-case.repository.js';
import { appealDeadline, ATTORNEY_CASE_MARKS } from './attorney-case-rules.js';
import { attorneyCaseSnapshot, decisionView, hearingView } from './attorney-case-view.js';
import { AttorneyCase, AttorneyCaseDecision, AttorneyCaseHearing, AttorneyCaseParty } from './attorney-case.entity.js';
import type {
  CloseAttorneyCaseDto,
  CreateAttorneyCaseDto,
  MarkHearingDto,
  OpposingPartyDto,
  RecordDecisionDto,
  ScheduleHearingDto,
  UpdateAttorneyCaseDto,
} from './dto/attorney-case.dto.js';

const REGISTER = ATTORNEY_CASES.name;
/** The attorney's numbering book, made by the register's migration (its template and scope are the administrator's). */
export const ATTORNEY_BOOK_CODE = 'attorney-cases';

/**
 * Changes to the municipal attorney's registry, each within a case (see RegisterChanges): taking
 * a case on (numbered in the attorney's own book), changing it, scheduling and marking hearings,
 * recording the decisions received, closing it.
 */
@Injectable()
export class AttorneyCasesService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
    private readonly changes: RegisterChanges,
    private readonly queries: AttorneyCaseQueries,
    private readonly numbering: NumberingService,
    private readonly repository: AttorneyCaseRepository,
  ) {}

  async create(principal: Principal, dto: CreateAttorneyCaseDto) {
    const decision = await this.queries.decisionFor(principal, 'create', dto.caseId);
    const courtKey = searchFold(dto.court);
    await this.assertCourtNumberFree(courtKey, dto.courtCaseNumber ?? null, null);
    const now = this.clock.now();
    const number = await this.allocateNumber(decision, dto.kind, now);
    const entry = this.db.manager.getRepository(AttorneyCase).create({
      version: 1,
      bookId: number.bookId,
      registryNumber: number.number,
      counterKey: number.counterKey,
      serial: number.serial,
      year: number.year,
      kind: dto.kind,
      court: dto.court,
      courtKey,
      courtCaseNumber: dto.courtCaseNumber ?? null,
      municipalityRole: dto.municipalityRole,
      subject: dto.subject,
      valueInDispute: dto.valueInDispute ?? null,
      status: 'open',
      outcome: null,
      outcomeOn: null,
      decisionText: null,
      decisionReceivedOn: null,
      appealDeadline: null,
      appealLodgedOn: null,
      closedOn: null,
      closingNote: null,
      createdAt: now,
      updatedAt: now,
    });
    const parties = this.partiesOf(dto.opposingParties);
    entry.searchText = this.searchText(entry, parties);
    await this.db.manager.getRepository(AttorneyCase).save(entry);
    await this.storeParties(entry.id, parties);
    await this.changes.record(principal, { register: REGISTER, entryId: entry.id, case: decision, action: 'create', before: null, after: attorneyCaseSnapshot(entry, parties) });
    return this.queries.changedView(principal, entry.id);
  }

  async update(principal: Principal, id: string, dto: UpdateAttorneyCaseDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const { entry, parties: current } = await this.locked(id, dto.version);
    const before = attorneyCaseSnapshot(entry, current);
    if (dto.kind) entry.kind = dto.kind;
    if (dto.court) Object.assign(entry, { court: dto.court, courtKey: searchFold(dto.court) });
    if (dto.courtCaseNumber !== undefined) entry.courtCaseNumber = dto.courtCaseNumber;
    if (dto.court || dto.courtCaseNumber !== undefined) await this.assertCourtNumberFree(entry.courtKey, entry.courtCaseNumber, entry.id);
    if (dto.municipalityRole) entry.municipalityRole = dto.municipalityRole;
    if (dto.subject) entry.subject = dto.subject;
    if (dto.valueInDispute !== undefined) entry.valueInDispute = dto.valueInDispute;
    if (dto.status) entry.status = dto.status;
    if (dto.appealLodgedOn) {
      if (entry.appealDeadline === null) throw conflict('ATTORNEY_CASE_NO_APPEAL_DEADLINE');
      this.assertNotFuture(dto.appealLodgedOn);
      if (dto.appealLodgedOn < entry.decisionReceivedOn!) throw badRequest('ATTORNEY_CASE_APPEAL_BEFORE_DECISION', { receivedOn: entry.decisionReceivedOn! });
      entry.appealLodgedOn = dto.appealLodgedOn;
    }
    const parties = dto.opposingParties ? this.partiesOf(dto.opposingParties) : current;
    entry.searchText = this.searchText(entry, parties);
    await this.save(entry);
    if (dto.opposingParties) {
      await this.db.manager.getRepository(AttorneyCaseParty).delete({ attorneyCaseId: entry.id });
      await this.storeParties(entry.id, parties);
    }
    await this.changes.record(principal, { register: REGISTER, entryId: entry.id, case: decision, action: 'update', before, after: attorneyCaseSnapshot(entry, parties) });
    return this.queries.changedView(principal, entry.id);
  }

  /** A hearing set by the court (ročište), entered within a case; two hearings of one entry never share a start. */
  async scheduleHearing(principal: Principal, id: string, dto: ScheduleHearingDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const { entry, parties } = await this.locked(id, dto.version);
    const before = attorneyCaseSnapshot(entry, parties);
    const hearing = await this.addHearing(principal, entry, decision, new Date(dto.startsAt), { courtroom: dto.courtroom ?? null, note: dto.note ?? null });
    await this.save(entry);
    await this.changes.record(principal, { register: REGISTER, entryId: entry.id, case: decision, action: 'hearing', before, after: { ...attorneyCaseSnapshot(entry, parties), hearing: hearingView(hearing) } });
    return this.queries.changedView(principal, entry.id);
  }

  /**
   * A scheduled hearing marked held (only once its time has come) or postponed; a postponed one may
   * name the new hearing, later than the old, which is scheduled at once.
   */
  async markHearing(principal: Principal, id: string, hearingId: string, dto: MarkHearingDto) {
    if (dto.nextStartsAt && dto.state !== 'postponed') {
      throw badRequest('VALIDATION_FAILED', {}, [{ field: 'nextStartsAt', rule: 'postponedOnly', message: 'nextStartsAt applies to a postponed hearing only' }]);
    }
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const { entry, parties } = await this.locked(id, dto.version);
    const repo = this.db.manager.getRepository(AttorneyCaseHearing);
    const hearing = await repo.findOne({ where: { id: hearingId, attorneyCaseId: id } });
    if (!hearing) throw notFound('ATTORNEY_CASE_HEARING_NOT_FOUND');
    if (hearing.state !== 'scheduled') throw conflict('ATTORNEY_CASE_HEARING_ALREADY_MARKED', { state: hearing.state });
    const now = this.clock.now();
    if (dto.state === 'held' && hearing.startsAt > now) throw conflict('ATTORNEY_CASE_HEARING_NOT_YET', { startsAt: hearing.startsAt.toISOString() });
    const before = { ...attorneyCaseSnapshot(entry, parties), hearing: hearingView(hearing) };
    Object.assign(hearing, { state: dto.state, stateNote: dto.note ?? null, markedCaseId: decision.id, markedBy: principal.userId, markedAt: now });
    await repo.save(hearing);
    let next: AttorneyCaseHearing | undefined;
    if (dto.nextStartsAt) {
      const startsAt = new Date(dto.nextStartsAt);
      if (startsAt <= hearing.startsAt) throw badRequest('ATTORNEY_CASE_NEXT_HEARING_NOT_LATER', { startsAt: hearing.startsAt.toISOString() });
      next = await this.addHearing(principal, entry, decision, startsAt, { courtroom: hearing.courtroom, note: null });
    }
    await this.save(entry);
    const after = { ...attorneyCaseSnapshot(entry, parties), hearing: hearingView(hearing), ...(next ? { nextHearing: hearingView(next) } : {}) };
    await this.changes.record(principal, { register: REGISTER, entryId: entry.id, case: decision, action: `hearing-${dto.state}`, before, after });
    return this.queries.changedView(principal, entry.id);
  }

  /**
   * A decision received: its outcome becomes the entry's, and unless it is final it starts the
   * appeal period (the kind's days, or those the decision gives) from the day it was received. A
   * final decision makes the case final; any other ends a suspension.
   */
  async recordDecision(principal: Principal, id: string, dto: RecordDecisionDto) {
    if (dto.final && dto.appealDays !== undefined) {
      throw badRequest('VALIDATION_FAILED', {}, [{ field: 'appealDays', rule: 'notFinal', message: 'a final decision has no appeal period' }]);
    }
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const { entry, parties } = await this.locked(id, dto.version);
    this.assertNotFuture(dto.receivedOn);
    if (dto.decidedOn > dto.receivedOn) throw badRequest('ATTORNEY_CASE_RECEIVED_BEFORE_DECIDED', { decidedOn: dto.decidedOn });
    if (entry.decisionReceivedOn && dto.receivedOn < entry.decisionReceivedOn) throw conflict('ATTORNEY_CASE_DECISION_OUT_OF_ORDER', { receivedOn: entry.decisionReceivedOn });
    const before = attorneyCaseSnapshot(entry, parties);
    const final = dto.final ?? false;
    const days = final ? null : (dto.appealDays ?? (await this.appealDays(entry.kind)));
    const deadline = days === null ? null : appealDeadline(dto.receivedOn, days);
    const record = this.db.manager.getRepository(AttorneyCaseDecision).create({
      attorneyCaseId: entry.id,
      outcome: dto.outcome,
      decidedOn: dto.decidedOn,
      receivedOn: dto.receivedOn,
      final,
      appealDays: days,
      appealDeadline: deadline,
      text: dto.text,
      caseId: decision.id,
      recordedBy: principal.userId,
      recordedAt: this.clock.now(),
    });
    await this.db.manager.getRepository(AttorneyCaseDecision).save(record);
    Object.assign(entry, {
      outcome: dto.outcome,
      outcomeOn: dto.decidedOn,
      decisionText: dto.text,
      decisionReceivedOn: dto.receivedOn,
      appealDeadline: deadline,
      appealLodgedOn: null,
      status: final ? 'final' : 'open',
    });
    await this.save(entry);
    await this.changes.record(principal, { register: REGISTER, entryId: entry.id, case: decision, action: 'decision', before, after: { ...attorneyCaseSnapshot(entry, parties), decision: decisionView(record) } });
    return this.queries.changedView(principal, entry.id);
  }

  /** The attorney's case closed a/a: no change follows, and its deadlines leave the lists. */
  async close(principal: Principal, id: string, dto: CloseAttorneyCaseDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const { entry, parties } = await this.locked(id, dto.version);
    this.assertNotFuture(dto.closedOn);
    const before = attorneyCaseSnapshot(entry, parties);
    Object.assign(entry, { status: 'closed', closedOn: dto.closedOn, closingNote: dto.note ?? null });
    await this.save(entry);
    await this.changes.record(principal, { register: REGISTER, entryId: entry.id, case: decision, action: 'close', before, after: attorneyCaseSnapshot(entry, parties) });
    return this.queries.changedView(principal, entry.id);
  }

  /** The next number of the attorney's book for the kind's mark and the year, in this transaction (gapless). */
  private async allocateNumber(decision: CaseRef, kind: CreateAttorneyCaseDto['kind'], registeredAt: Date) {
    const bookId = await this.repository.numberingBookId(ATTORNEY_BOOK_CODE);
    if (bookId === null) throw notFound('NUMBERING_BOOK_NOT_FOUND');
    const unitCode = await this.repository.unitCodeOfCase(decision.id);
    return this.numbering.allocate(await this.numbering.book(bookId), { classCode: ATTORNEY_CASE_MARKS[kind], unitCode, registeredAt });
  }

  /** The days for an appeal the office set for this kind of case. */
  private async appealDays(kind: AttorneyCase['kind']): Promise<number> {
    return (await this.repository.appealDays(kind)) ?? 15;
  }

  private async addHearing(principal: Principal, entry: AttorneyCase, decision: CaseRef, startsAt: Date, details: { courtroom: string | null; note: string | null }) {
    const repo = this.db.manager.getRepository(AttorneyCaseHearing);
    if (await repo.existsBy({ attorneyCaseId: entry.id, startsAt })) throw conflict('ATTORNEY_CASE_HEARING_TAKEN', { startsAt: startsAt.toISOString() });
    const hearing = repo.create({
      attorneyCaseId: entry.id,
      startsAt,
      ...details,
      state: 'scheduled',
      stateNote: null,
      caseId: decision.id,
      recordedBy: principal.userId,
      recordedAt: this.clock.now(),
      markedCaseId: null,
      markedBy: null,
      markedAt: null,
    });
    return repo.save(hearing);
  }

  /** A court case number names one case of that court. */
  private async assertCourtNumberFree(courtKey: string, courtCaseNumber: string | null, exceptId: string | null): Promise<void> {
    if (courtCaseNumber === null) return;
    const taken = await this.repository.courtNumberHolder(courtKey, courtCaseNumber, exceptId);
    if (taken) throw conflict('ATTORNEY_CASE_COURT_NUMBER_TAKEN', { courtCaseNumber, registryNumber: taken.registryNumber });
  }

  /** The entry locked for the change, at the version the user saw; a closed one takes no change. */
  private async locked(id: string, version: number) {
    const entry = await this.queries.locked(id, version);
    if (entry.status === 'closed') throw conflict('ATTORNEY_CASE_CLOSED', { registryNumber: entry.registryNumber, closedOn: entry.closedOn! });
    return { entry, parties: await this.repository.parties(id) };
  }

  private assertNotFuture(date: string): void {
    const today = belgradeDate(this.clock.now());
    if (date > today) throw badRequest('ATTORNEY_CASE_DATE_IN_FUTURE', { today });
  }

  private partiesOf(dtos: OpposingPartyDto[]): AttorneyCaseParty[] {
    return dtos.map((dto, i) =>
      this.db.manager.getRepository(AttorneyCaseParty).create({ position: i + 1, name: dto.name, personalId: dto.personalId ?? null, registrationNumber: dto.registrationNumber ?? null }),
    );
  }

  private async storeParties(entryId: string, parties: AttorneyCaseParty[]): Promise<void> {
    for (const party of parties) party.attorneyCaseId = entryId;
    if (parties.length > 0) await this.db.manager.getRepository(AttorneyCaseParty).insert(parties);
  }

  /** Found by its numbers, court, subject and the opposing parties' names and company numbers (never a JMBG). */
  private searchText(entry: AttorneyCase, parties: AttorneyCaseParty[]): string {
    return registerSearchText(entry.registryNumber, entry.courtCaseNumber, entry.court, entry.subject, ...parties.flatMap((party) => [party.name, party.registrationNumber]));
  }

  private async save(entry: AttorneyCase): Promise<void> {
    this.queries.bump(entry);
    await this.db.manager.getRepository(AttorneyCase).save(entry);
  }
}
