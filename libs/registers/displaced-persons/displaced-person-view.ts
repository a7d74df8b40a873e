import type { CaseRef } from '../shared/index.js';
import type { DisplacedPerson } from './displaced-person.entity.js';
import type { PersonStanding } from './displaced-person.repository.js';
import type { DisplacedPersonAssistance, DisplacedPersonDocument, DisplacedPersonFamilyLink, DisplacedPersonStatus } from './displaced-person-records.entity.js';
import { inverseRelation } from './displaced-person-terms.js';

/** A person linked as a family member, as much of them as the other entry shows. */
export interface Relative {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

/** Everything recorded about one person: the row and its sub-tables, oldest first. */
export interface PersonRecords {
  person: DisplacedPerson;
  statuses: DisplacedPersonStatus[];
  documents: Array<DisplacedPersonDocument & { validNow: boolean }>;
  links: Array<{ link: DisplacedPersonFamilyLink; relative: Relative }>;
  assistance: DisplacedPersonAssistance[];
}

/** The open period: every person has exactly one (created with the entry, replaced by each change). */
export function currentStatus(statuses: DisplacedPersonStatus[]): DisplacedPersonStatus {
  const current = statuses.find((period) => period.validTo === null);
  if (!current) throw new Error('A displaced person without a current status');
  return current;
}

function documentView(document: DisplacedPersonDocument) {
  const { id, kind, number, issuedOn, validUntil, issuedBy, caseId } = document;
  return { id, kind, number, issuedOn, validUntil, issuedBy, caseId };
}

/**
 * The family as this person's entry shows it: each link names the other person and what they are
 * to this one, so a link "B is A's child" shows on B's entry as "A is B's parent".
 */
function familyView(personId: string, links: PersonRecords['links']) {
  return links.map(({ link, relative }) => ({
    linkId: link.id,
    personId: relative.id,
    firstName: relative.firstName,
    lastName: relative.lastName,
    dateOfBirth: relative.dateOfBirth,
    relation: link.personId === personId ? link.relation : inverseRelation(link.relation),
    caseId: link.caseId,
  }));
}

function assistanceView(item: DisplacedPersonAssistance) {
  const { id, kind, amount, currency, providedOn, providedBy, note, caseId } = item;
  return { id, kind, amount, currency, providedOn, providedBy, note, caseId };
}

/**
 * The entry as its history keeps it: the person, the status and its history, documents, family
 * and assistance, with the case of each. Nothing here depends on the day it is read (whether a
 * document is valid does, so that is left to the detail view).
 */
export function personSnapshot({ person, statuses, documents, links, assistance }: PersonRecords) {
  const current = currentStatus(statuses);
  return {
    id: person.id,
    version: person.version,
    firstName: person.firstName,
    lastName: person.lastName,
    personalId: person.personalId,
    foreignId: person.foreignId,
    dateOfBirth: person.dateOfBirth,
    placeOfBirth: person.placeOfBirth,
    placeOfOrigin: person.placeOfOrigin,
    address: person.address,
    status: current.status,
    legalBasis: current.legalBasis,
    statusSince: current.validFrom,
    statusHistory: statuses.map((period) => ({ status: period.status, legalBasis: period.legalBasis, from: period.validFrom, to: period.validTo, caseId: period.caseId })),
    documents: documents.map(documentView),
    familyMembers: familyView(person.id, links),
    assistance: assistance.map(assistanceView),
  };
}

/**
 * The entry as the detail shows it today: the snapshot with the number of the case behind each
 * status, document, link and assistance, which documents are valid now, and the entry's cases.
 */
export function personDetail(records: PersonRecords, cases: Array<{ id: string; number: string }>) {
  const snapshot = personSnapshot(records);
  const numbers = new Map(cases.map((ref) => [ref.id, ref.number]));
  const numbered = <T extends { caseId: string }>(items: T[]) => items.map((item) => ({ ...item, caseNumber: numbers.get(item.caseId) ?? null }));
  return {
    ...snapshot,
    statusHistory: numbered(snapshot.statusHistory),
    documents: numbered(records.documents.map((document) => ({ ...documentView(document), validNow: document.validNow }))),
    hasValidDocument: records.documents.some((document) => document.validNow),
    familyMembers: numbered(snapshot.familyMembers),
    assistance: numbered(snapshot.assistance),
    caseIds: cases.map((ref) => ref.id),
    cases,
    createdAt: records.person.createdAt,
    updatedAt: records.person.updatedAt,
  };
}

/** A row of the list: the person, where they stand today (status, longest-valid document), their cases. */
export function personSummary(person: DisplacedPerson, { status, legalBasis, statusSince, validDocument }: PersonStanding, cases: CaseRef[]) {
  return {
    id: person.id,
    version: person.version,
    firstName: person.firstName,
    lastName: person.lastName,
    personalId: person.personalId,
    foreignId: person.foreignId,
    dateOfBirth: person.dateOfBirth,
    placeOfOrigin: person.placeOfOrigin,
    address: person.address,
    status,
    legalBasis,
    statusSince,
    hasValidDocument: validDocument !== null,
    validDocument,
    caseIds: cases.map((ref) => ref.id),
    cases,
  };
}
