import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { ClassificationService } from '../classification/classification.service.js';
import { currentRequestContext } from '../database/request-context.js';
import { formatActNumber } from '../numbering/case-number-template.js';
import { NumberingService } from '../numbering/numbering.service.js';
import { Clock } from '../shared/clock.js';
import { badRequest, forbidden } from '../shared/errors.js';
import { isValidJmbg } from '../shared/jmbg.js';
import { searchFold } from '../i18n/transliterate.js';
import { fromMajorUnits } from '../shared/money.js';
import type { DuplicateQueryDto, RegisterCaseDto } from './dto/register-case.dto.js';
import { activeUnit } from './active-unit.js';
import { canOnCase } from './case-access.js';
import { CaseFile } from './case-file.entity.js';
import { CaseQueriesService } from './case-queries.service.js';
import { findPossibleDuplicates } from './duplicates.js';
import { CaseSearchRepository } from './case-search.repository.js';
import { CaseRepository } from './case.repository.js';
import type { NewCase } from './registration-statement.js';
import { belgradeDate, computeDueDate, legalDeadlineDays } from './zup-deadline.js';

/** A submission dated more than this far ahead of the server clock is refused (clock skew allowance). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** The folded text the case list searches: number, subject and party. */
export function caseSearchText(file: Pick<CaseFile, 'number' | 'subject' | 'partyName'>): string {
  return searchFold([file.number, file.subject, file.partyName].join(' '));
}

/** Dates a clerk enters may not lie in the future. */
export function pastInstant(value: string | undefined, now: Date, field: string): Date {
  if (value === undefined) return now;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw badRequest('VALIDATION_FAILED', {}, [{ field, rule: 'isDate', message: `${field} is not a valid date` }]);
  if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw badRequest('VALIDATION_FAILED', {}, [{ field, rule: 'notInFuture', message: `${field} must not be in the future` }]);
  }
  if (at.getUTCFullYear() < 1900) throw badRequest('VALIDATION_FAILED', {}, [{ field, rule: 'min', message: `${field} is too far in the past` }]);
  return at;
}

/**
 * Registration at the registry office (zavođenje): a submission becomes a case with the next
 * number of its book, its first act (`.../1`), its legal deadline, and a line in its history.
 */
@Injectable()
export class CaseRegistrationService {
  constructor(
    private readonly clock: Clock,
    private readonly classification: ClassificationService,
    private readonly numbering: NumberingService,
    private readonly queries: CaseQueriesService,
    private readonly cases: CaseRepository,
    private readonly search: CaseSearchRepository,
  ) {}

  /** Cases of the same party about a similar matter in the last days, asked before registering. */
  async possibleDuplicates(principal: Principal, query: DuplicateQueryDto) {
    return { items: await findPossibleDuplicates(this.search, principal, { ...query, now: this.clock.now() }) };
  }

  async registerIncomingSubmission(principal: Principal, dto: RegisterCaseDto) {
    const now = this.clock.now();
    const receivedAt = pastInstant(dto.receivedAt, now, 'receivedAt');
    if (dto.party.personalId?.length === 13 && !isValidJmbg(dto.party.personalId)) {
      throw badRequest('INVALID_JMBG', {}, [{ field: 'party.personalId', rule: 'jmbgChecksum', message: 'not a valid JMBG' }]);
    }
    if (dto.examinationProcedure && dto.administrativeProcedure === false) {
      throw badRequest('VALIDATION_FAILED', {}, [
        { field: 'examinationProcedure', rule: 'administrativeProcedure', message: 'an examination procedure is part of an administrative procedure' },
      ]);
    }
    const unit = await activeUnit(this.cases, dto.orgUnitId);
    if (!canOnCase(principal.ability, 'register', { orgUnitId: unit.id, assigneeId: null, status: 'registered' })) throw forbidden();

    const book = await this.numbering.book(dto.bookId);
    const year = Number(belgradeDate(now).slice(0, 4));
    const mark = await this.classification.findValid(dto.classificationCode, year);
    if (!mark) throw badRequest('CLASSIFICATION_MARK_NOT_VALID', { code: dto.classificationCode, year });

    const administrativeProcedure = dto.administrativeProcedure ?? dto.examinationProcedure ?? false;
    const deadlineDays = legalDeadlineDays({ administrativeProcedure, examinationProcedure: dto.examinationProcedure, customDays: dto.deadlineDays });
    const dueDate = deadlineDays === null ? null : computeDueDate({ receivedOn: belgradeDate(receivedAt), days: deadlineDays });

    // Everything is decided before the number is drawn: the serial is drawn in the one statement
    // that writes the case (registrationStatement), and the counter row stays locked from there
    // until the commit — every registration in the book's year waits on it meanwhile.
    const duplicates = await findPossibleDuplicates(this.search, principal, { partyName: dto.party.name, subject: dto.subject, now });
    const prepared = this.numbering.prepare(book, { classCode: mark.code, unitCode: unit.code, registeredAt: now });
    const file: NewCase = {
      id: randomUUID(),
      bookId: book.id,
      counterKey: prepared.counterKey,
      year: prepared.year,
      classificationMarkId: mark.id,
      classCode: mark.code,
      orgUnitId: unit.id,
      assigneeId: null,
      subject: dto.subject,
      partyName: dto.party.name,
      partyAddress: dto.party.address ?? null,
      partyPersonalId: dto.party.personalId ?? null,
      receivedAt,
      receivedVia: dto.receivedVia,
      attachmentsCount: dto.attachmentsCount ?? 0,
      feeMinor: dto.feeAmount === undefined ? null : fromMajorUnits(dto.feeAmount),
      administrativeProcedure,
      examinationProcedure: dto.examinationProcedure ?? false,
      deadlineDays,
      dueDate,
      status: 'registered',
      resolution: null,
      resolutionKind: null,
      resolvedAt: null,
      closedAt: null,
      retentionYears: null,
      retentionPermanent: null,
      cancelReason: null,
      cancelledAt: null,
      lastActNumber: 1,
      registeredAt: now,
      registeredBy: principal.userId,
      updatedAt: now,
      version: 1,
    };
    const actId = randomUUID();
    const details = { orgUnitCode: unit.code, classificationCode: mark.code, dueDate };
    const { requestId } = currentRequestContext() ?? {};
    const written = await this.cases.register({
      file,
      actId,
      prepared,
      actor: { id: principal.userId, username: principal.username },
      requestId: requestId ?? null,
      details,
    });
    const created = Object.assign(new CaseFile(), file, { number: written.number, serial: written.serial });

    // The answer is the case as GET /cases/:id shows it, from what was just written: a new case
    // has its first act and one history line, no holds, hand-overs or archive entry yet.
    const detail = this.queries.detailOf(principal, created, { orgUnitCode: unit.code, orgUnitName: unit.name, assigneeUsername: null, assigneeFullName: null }, belgradeDate(now), {
      documents: [
        {
          id: actId,
          subNumber: 1,
          number: formatActNumber(created.number, 1),
          direction: 'incoming',
          subject: file.subject,
          correspondent: file.partyName,
          receivedVia: file.receivedVia,
          actDate: receivedAt,
          attachmentsCount: file.attachmentsCount,
          createdAt: now,
          createdBy: principal.username,
          dispatch: null,
        },
      ],
      holds: [],
      deliveries: [],
      archive: null,
      history: [
        {
          id: written.eventId,
          at: now,
          actor: principal.username,
          action: 'register',
          fromStatus: null,
          toStatus: 'registered',
          details: { number: created.number, ...details },
        },
      ],
    });
    return {
      ...detail,
      warnings: duplicates.length === 0 ? [] : [{ code: 'POSSIBLE_DUPLICATE', cases: duplicates }],
    };
  }
}
