import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal.js';
import { addDays } from '../../cases/zup-deadline.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import { Clock } from '../../shared/clock.js';
import { badRequest, conflict, notFound, type FieldError } from '../../shared/errors.js';
import { RegisterChanges, registerSearchText, type CaseRef } from '../shared/index.js';
import type { AddDocumentDto, ChangeStatusDto, CreateDisplacedPersonDto, LinkFamilyMemberDto, RecordAssistanceDto, UpdateDisplacedPersonDto } from './dto/displaced-person.dto.js';
import { DisplacedPerson } from './displaced-person.entity.js';
import { identityErrors } from './displaced-person-identity.js';
import { DISPLACED_PERSONS, DisplacedPersonQueries } from './displaced-persons.register.js';
import { DisplacedPersonRepository } from './displaced-person.repository.js';
import { DisplacedPersonAssistance, DisplacedPersonDocument, DisplacedPersonFamilyLink, DisplacedPersonStatus } from './displaced-person-records.entity.js';
import { currentStatus, personSnapshot, type PersonRecords } from './displaced-person-view.js';

const REGISTER = DISPLACED_PERSONS.name;
const DEFAULT_CURRENCY = 'RSD';

function assertValid(errors: FieldError[]): void {
  if (errors.length > 0) throw badRequest('VALIDATION_FAILED', {}, errors);
}

/**
 * Changes to the register of refugees, expelled and internally displaced persons, each within a
 * case (see RegisterChanges): entering a person, changing their data, a new status, a document, a
 * family link, assistance received. Each change locks the person's row, checks the version the
 * user saw, bumps it, and records the entry before and after.
 */
@Injectable()
export class DisplacedPersonsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
    private readonly changes: RegisterChanges,
    private readonly queries: DisplacedPersonQueries,
    private readonly repository: DisplacedPersonRepository,
  ) {}

  async create(principal: Principal, dto: CreateDisplacedPersonDto) {
    const personalId = dto.personalId ?? null;
    const foreignId = dto.foreignId ?? null;
    assertValid(identityErrors({ personalId, foreignId, dateOfBirth: dto.dateOfBirth }));
    const decision = await this.queries.decisionFor(principal, 'create', dto.caseId);
    this.assertNotAfterToday(dto.dateOfBirth, dto.statusFrom);
    this.assertNotBeforeBirth(dto.dateOfBirth, dto.statusFrom);
    await this.assertJmbgFree(personalId, null);
    const now = this.clock.now();
    const m = this.db.manager;
    const person = m.getRepository(DisplacedPerson).create({
      version: 1,
      firstName: dto.firstName,
      lastName: dto.lastName,
      personalId,
      foreignId,
      dateOfBirth: dto.dateOfBirth,
      placeOfBirth: dto.placeOfBirth ?? null,
      placeOfOrigin: dto.placeOfOrigin,
      address: dto.address,
      createdAt: now,
      updatedAt: now,
    });
    withSearchText(person, []);
    await m.getRepository(DisplacedPerson).save(person);
    await m.getRepository(DisplacedPersonStatus).insert({
      personId: person.id,
      status: dto.status,
      legalBasis: dto.legalBasis,
      validFrom: dto.statusFrom,
      validTo: null,
      ...this.recorded(principal, decision),
    });
    await this.record(principal, decision, 'create', null, person);
    return this.queries.changedView(principal, person.id);
  }

  async update(principal: Principal, id: string, dto: UpdateDisplacedPersonDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const records = await this.locked(id, dto.version);
    const before = personSnapshot(records);
    const { person } = records;
    for (const field of ['firstName', 'lastName', 'dateOfBirth', 'placeOfOrigin', 'address'] as const) {
      const value = dto[field];
      if (value !== undefined) person[field] = value;
    }
    for (const field of ['personalId', 'foreignId', 'placeOfBirth'] as const) {
      const value = dto[field];
      if (value !== undefined) person[field] = value;
    }
    assertValid(identityErrors(person));
    this.assertNotAfterToday(person.dateOfBirth);
    const earliest = [records.statuses[0].validFrom, ...records.documents.map((document) => document.issuedOn)].sort()[0];
    this.assertNotBeforeBirth(person.dateOfBirth, earliest);
    await this.assertJmbgFree(person.personalId, person.id);
    await this.save(records);
    await this.record(principal, decision, 'update', before, person);
    return this.queries.changedView(principal, id);
  }

  /** A new status from `from` on: the current period ends the day before; `from` must come after its start. */
  async changeStatus(principal: Principal, id: string, dto: ChangeStatusDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const records = await this.locked(id, dto.version);
    const before = personSnapshot(records);
    this.assertNotAfterToday(dto.from);
    const current = currentStatus(records.statuses);
    if (dto.from <= current.validFrom) throw conflict('DISPLACED_PERSON_STATUS_NOT_AFTER_CURRENT', { since: current.validFrom });
    const statuses = this.db.manager.getRepository(DisplacedPersonStatus);
    await statuses.update({ id: current.id }, { validTo: addDays(dto.from, -1) });
    await statuses.insert({ personId: id, status: dto.status, legalBasis: dto.legalBasis, validFrom: dto.from, validTo: null, ...this.recorded(principal, decision) });
    await this.save(records);
    await this.record(principal, decision, 'status', before, records.person);
    return this.queries.changedView(principal, id);
  }

  async addDocument(principal: Principal, id: string, dto: AddDocumentDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const records = await this.locked(id, dto.version);
    const before = personSnapshot(records);
    this.assertNotAfterToday(dto.issuedOn);
    this.assertNotBeforeBirth(records.person.dateOfBirth, dto.issuedOn);
    if (dto.validUntil !== undefined && dto.validUntil < dto.issuedOn) {
      assertValid([{ field: 'validUntil', rule: 'notBeforeIssuedOn', message: 'validUntil must not be before issuedOn' }]);
    }
    if (await this.repository.documentNumberTaken(dto.kind, dto.number)) throw conflict('DISPLACED_PERSON_DOCUMENT_NUMBER_TAKEN', { number: dto.number });
    const document = {
      personId: id,
      kind: dto.kind,
      number: dto.number,
      issuedOn: dto.issuedOn,
      validUntil: dto.validUntil ?? null,
      issuedBy: dto.issuedBy ?? null,
      ...this.recorded(principal, decision),
    };
    await this.db.manager.getRepository(DisplacedPersonDocument).insert(document);
    await this.save(records, document.number);
    await this.record(principal, decision, 'document', before, records.person);
    return this.queries.changedView(principal, id);
  }

  /**
   * Links another person of the register: "the relative is this person's `relation`". The link
   * changes both entries (each shows the other), so both are versioned and both record it.
   */
  async linkFamilyMember(principal: Principal, id: string, dto: LinkFamilyMemberDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    if (dto.relativeId === id) throw badRequest('DISPLACED_PERSON_SELF_LINK');
    // Both rows locked in one order, so two links made at once between the same two cannot deadlock.
    await this.repository.lockPeople([id, dto.relativeId]);
    const records = await this.records(await this.queries.locked(id, dto.version));
    const relative = await this.db.manager.getRepository(DisplacedPerson).findOne({ where: { id: dto.relativeId } });
    if (!relative) throw notFound('DISPLACED_PERSON_RELATIVE_NOT_FOUND');
    if (records.links.some(({ relative: other }) => other.id === relative.id)) throw conflict('DISPLACED_PERSON_ALREADY_LINKED');
    const relativeRecords = await this.records(relative);
    const before = personSnapshot(records);
    const relativeBefore = personSnapshot(relativeRecords);
    await this.db.manager.getRepository(DisplacedPersonFamilyLink).insert({ personId: id, relativeId: relative.id, relation: dto.relation, ...this.recorded(principal, decision) });
    await this.save(records);
    await this.save(relativeRecords);
    await this.record(principal, decision, 'family-member', before, records.person);
    await this.record(principal, decision, 'family-member', relativeBefore, relative);
    return this.queries.changedView(principal, id);
  }

  async recordAssistance(principal: Principal, id: string, dto: RecordAssistanceDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const records = await this.locked(id, dto.version);
    const before = personSnapshot(records);
    if (dto.currency !== undefined && dto.amount === undefined) {
      assertValid([{ field: 'currency', rule: 'onlyWithAmount', message: 'currency goes with an amount; assistance in kind has neither' }]);
    }
    this.assertNotAfterToday(dto.providedOn);
    await this.db.manager.getRepository(DisplacedPersonAssistance).insert({
      personId: id,
      kind: dto.kind,
      amount: dto.amount ?? null,
      currency: dto.amount === undefined ? null : (dto.currency ?? DEFAULT_CURRENCY),
      providedOn: dto.providedOn,
      providedBy: dto.providedBy,
      note: dto.note ?? null,
      ...this.recorded(principal, decision),
    });
    await this.save(records);
    await this.record(principal, decision, 'assistance', before, records.person);
    return this.queries.changedView(principal, id);
  }

  /** The person locked for the change, at the version the user saw, with everything recorded about them. */
  private async locked(id: string, version: number): Promise<PersonRecords> {
    return this.records(await this.queries.locked(id, version));
  }

  private records(person: DisplacedPerson): Promise<PersonRecords> {
    return this.repository.records(person, this.queries.today());
  }

  /** The person's row after a change: next version, search text from names, places and document numbers. */
  private async save({ person, documents }: PersonRecords, newDocumentNumber?: string): Promise<void> {
    this.queries.bump(person);
    const numbers = documents.map((document) => document.number);
    withSearchText(person, newDocumentNumber === undefined ? numbers : [...numbers, newDocumentNumber]);
    await this.db.manager.getRepository(DisplacedPerson).save(person);
  }

  /** The change in the entry's history and the audit trail, with the entry as it now is. */
  private async record(principal: Principal, decision: CaseRef, action: string, before: unknown, person: DisplacedPerson): Promise<void> {
    const after = personSnapshot(await this.records(person));
    await this.changes.record(principal, { register: REGISTER, entryId: person.id, case: decision, action, before, after });
  }

  private recorded(principal: Principal, decision: CaseRef) {
    return { caseId: decision.id, recordedBy: principal.userId, recordedAt: this.clock.now() };
  }

  private assertNotAfterToday(...days: string[]): void {
    const today = this.queries.today();
    if (days.some((day) => day > today)) throw badRequest('DISPLACED_PERSON_DATE_IN_FUTURE', { today });
  }

  /** Nothing happens to a person before they were born: no status, no document. */
  private assertNotBeforeBirth(dateOfBirth: string, day: string): void {
    if (day < dateOfBirth) throw badRequest('DISPLACED_PERSON_DATE_BEFORE_BIRTH', { dateOfBirth });
  }

  /** A JMBG names one person: a second entry for it is refused (the unique index guards races). */
  private async assertJmbgFree(personalId: string | null, exceptId: string | null): Promise<void> {
    if (!personalId) return;
    const other = await this.db.manager.getRepository(DisplacedPerson).findOne({ where: { personalId }, select: { id: true } });
    if (other && other.id !== exceptId) throw conflict('DISPLACED_PERSON_ALREADY_REGISTERED');
  }
}

function withSearchText(person: DisplacedPerson, documentNumbers: string[]): void {
  person.searchText = registerSearchText(person.firstName, person.lastName, person.placeOfBirth, person.placeOfOrigin, person.address, ...documentNumbers);
  person.originSearch = registerSearchText(person.placeOfOrigin);
}
