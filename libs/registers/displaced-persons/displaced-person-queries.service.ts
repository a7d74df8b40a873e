import { subject as caslSubject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { In, type SelectQueryBuilder } from 'typeorm';
import type { Action } from '../../access/permissions.js';
import type { Principal } from '../../access/principal.js';
import { accessibleWhere } from '../../access/sql-conditions.js';
import { belgradeDate } from '../../cases/zup-deadline.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import { Clock } from '../../shared/clock.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { pageOf } from '../../shared/pagination.js';
import { searchFold } from '../../i18n/transliterate.js';
import { containsPattern } from '../../shared/validation.js';
import { RegisterChanges, whereChangedInCase, whereSearchMatches, type CaseRef } from '../shared/index.js';
import type { DisplacedPersonFilterQuery, DisplacedPersonListQueryDto } from './dto/displaced-person.dto.js';
import { DisplacedPerson } from './displaced-person.entity.js';
import { DisplacedPersonAssistance, DisplacedPersonDocument, DisplacedPersonFamilyLink, DisplacedPersonStatus } from './displaced-person-records.entity.js';
import type { DisplacementStatus, DocumentKind } from './displaced-person-terms.js';
import { personDetail, type PersonRecords } from './displaced-person-view.js';

export const REGISTER = 'displaced-persons';
const SUBJECT = 'DisplacedPerson';

/** Is the document over alias `d` valid on `:today` (the Belgrade calendar day)? */
const VALID_NOW = (d: string) => `(${d}.issued_on <= :today AND (${d}.valid_until IS NULL OR ${d}.valid_until >= :today))`;

/** The document valid today that lasts longest (one without a term first), as JSON. */
const VALID_DOCUMENT = `(SELECT json_build_object('kind', d.kind, 'number', d.number, 'validUntil', d.valid_until)
   FROM displaced_person_document d WHERE d.person_id = p.id AND ${VALID_NOW('d')}
  ORDER BY d.valid_until DESC NULLS FIRST, d.issued_on DESC LIMIT 1)`;

const JMBG = /^\d{13}$/;

/** A row of the list or an export: the person, their current status and their longest-valid document. */
export interface PersonRow {
  person: DisplacedPerson;
  status: DisplacementStatus;
  legalBasis: string;
  statusSince: string;
  validDocument: { kind: DocumentKind; number: string; validUntil: string | null } | null;
  cases: CaseRef[];
}

/**
 * Reading the register: the list (filtered, searched and paged in SQL), one entry with everything
 * recorded about the person, its history. Entries belong to no unit, so only a role granting the
 * register outright reaches them.
 */
@Injectable()
export class DisplacedPersonQueries {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
    private readonly changes: RegisterChanges,
  ) {}

  today(): string {
    return belgradeDate(this.clock.now());
  }

  async list(principal: Principal, query: DisplacedPersonListQueryDto) {
    const qb = this.filtered(principal, query);
    const total = await qb.getCount();
    const rows = await this.rows(qb.offset((query.page - 1) * query.pageSize).limit(query.pageSize));
    const items = [];
    for (const row of rows) {
      const item = summary(row);
      // Identifiers shown in a list are reads of those entries too, recorded each.
      items.push(await this.changes.personalDataFor(principal, REGISTER, row.person.id, item));
    }
    return pageOf(items, total, query);
  }

  /**
   * Every person the filters find, for the CSV and PDF lists, in list order. With `personalIds`
   * asked for, they come along only for those who may read them, and each entry's read is recorded.
   */
  async exportRows(principal: Principal, query: DisplacedPersonFilterQuery, options: { personalIds: boolean }): Promise<{ rows: PersonRow[]; personalIds: boolean }> {
    const rows = await this.rows(this.filtered(principal, query));
    const personalIds = options.personalIds && this.changes.mayReadPersonalData(principal, REGISTER);
    if (personalIds) {
      for (const { person } of rows) await this.changes.personalDataFor(principal, REGISTER, person.id, { personalId: person.personalId, foreignId: person.foreignId });
    }
    return { rows, personalIds };
  }

  /** One entry as the caller may see it; a read of its identifiers is recorded. */
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

  /** The caller may act on this register's entries (not merely on some of them, under conditions entries cannot meet). */
  assertMay(principal: Principal, action: Action): void {
    if (!principal.ability.can(action, caslSubject(SUBJECT, {}))) throw forbidden();
  }

  async load(id: string): Promise<PersonRecords> {
    const person = await this.db.manager.getRepository(DisplacedPerson).findOne({ where: { id } });
    if (!person) throw notFound('REGISTER_ENTRY_NOT_FOUND');
    return this.recordsOf(person);
  }

  /** Everything recorded about `person`, oldest first; which documents are valid is asked of the database. */
  async recordsOf(person: DisplacedPerson): Promise<PersonRecords> {
    const m = this.db.manager;
    const personId = person.id;
    const statuses = await m.getRepository(DisplacedPersonStatus).find({ where: { personId }, order: { validFrom: 'ASC' } });
    const { entities, raw } = await m
      .getRepository(DisplacedPersonDocument)
      .createQueryBuilder('d')
      .addSelect(VALID_NOW('d'), 'validNow')
      .where('d.person_id = :personId', { personId, today: this.today() })
      .orderBy('d.issued_on', 'ASC')
      .addOrderBy('d.recorded_at', 'ASC')
      .getRawAndEntities();
    const documents = entities.map((document, i) => Object.assign(document, { validNow: raw[i].validNow === true }));
    const links = await m.getRepository(DisplacedPersonFamilyLink).find({ where: [{ personId }, { relativeId: personId }], order: { recordedAt: 'ASC' } });
    const otherIds = links.map((link) => (link.personId === personId ? link.relativeId : link.personId));
    const others = new Map((await m.getRepository(DisplacedPerson).findBy({ id: In(otherIds) })).map((other) => [other.id, other]));
    const assistance = await m.getRepository(DisplacedPersonAssistance).find({ where: { personId }, order: { providedOn: 'ASC', recordedAt: 'ASC' } });
    return {
      person,
      statuses,
      documents,
      links: links.map((link, i) => {
        const other = others.get(otherIds[i])!;
        return { link, relative: { id: other.id, firstName: other.firstName, lastName: other.lastName, dateOfBirth: other.dateOfBirth } };
      }),
      assistance,
    };
  }

  private async view(id: string) {
    const records = await this.load(id);
    const cases = (await this.changes.casesOf(REGISTER, [id])).get(id) ?? [];
    return personDetail(records, cases);
  }

  /** The persons the caller may read that the filters find, by last and first name. */
  private filtered(principal: Principal, query: DisplacedPersonFilterQuery): SelectQueryBuilder<DisplacedPerson> {
    // Register entries carry no unit and no assignee: rules scoped by them match nothing.
    const acl = accessibleWhere(principal.ability, 'read', SUBJECT, { orgUnitId: 'NULL::uuid', assigneeId: 'NULL::uuid' });
    const qb = this.db.manager
      .getRepository(DisplacedPerson)
      .createQueryBuilder('p')
      .innerJoin(DisplacedPersonStatus, 's', 's.person_id = p.id AND s.valid_to IS NULL')
      .where(acl.where, acl.parameters)
      .setParameter('today', this.today());
    this.whereFound(qb, principal, query.q);
    whereChangedInCase(qb, REGISTER, 'p.id', query.caseId);
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.placeOfOrigin) qb.andWhere('p.origin_search LIKE :origin', { origin: containsPattern(searchFold(query.placeOfOrigin)) });
    const validDocument = `EXISTS (SELECT 1 FROM displaced_person_document d WHERE d.person_id = p.id AND ${VALID_NOW('d')}`;
    if (query.hasValidDocument !== undefined) qb.andWhere(`${query.hasValidDocument ? '' : 'NOT '}${validDocument})`);
    if (query.documentExpiringBefore) qb.andWhere(`${validDocument} AND d.valid_until < :expiringBefore)`, { expiringBefore: query.documentExpiringBefore });
    return qb.orderBy('p.last_name', 'ASC').addOrderBy('p.first_name', 'ASC').addOrderBy('p.id', 'ASC');
  }

  /**
   * `q` finds names, places, the address and document numbers in either script. Identifiers are
   * never in the search text: a JMBG, typed whole, finds its person only for those who may read it.
   */
  private whereFound(qb: SelectQueryBuilder<DisplacedPerson>, principal: Principal, q: string | undefined): void {
    if (q && JMBG.test(q) && this.changes.mayReadPersonalData(principal, REGISTER)) {
      qb.andWhere('(p.personal_id = :jmbg OR p.search_text LIKE :jmbgText)', { jmbg: q, jmbgText: containsPattern(q) });
      return;
    }
    whereSearchMatches(qb, 'p.search_text', q);
  }

  private async rows(qb: SelectQueryBuilder<DisplacedPerson>): Promise<PersonRow[]> {
    const { entities, raw } = await qb
      .addSelect('s.status', 'currentStatus')
      .addSelect('s.legal_basis', 'legalBasis')
      .addSelect('s.valid_from', 'statusSince')
      .addSelect(VALID_DOCUMENT, 'validDocument')
      .getRawAndEntities();
    const cases = await this.changes.casesOf(REGISTER, entities.map((person) => person.id));
    return entities.map((person, i) => ({
      person,
      status: raw[i].currentStatus,
      legalBasis: raw[i].legalBasis,
      statusSince: raw[i].statusSince,
      validDocument: raw[i].validDocument,
      cases: cases.get(person.id) ?? [],
    }));
  }
}

function summary({ person, status, legalBasis, statusSince, validDocument, cases }: PersonRow) {
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
