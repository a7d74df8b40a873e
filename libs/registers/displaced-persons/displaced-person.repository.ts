import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { GenerateSql } from '../../database/generate-sql.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import { DisplacedPerson } from './displaced-person.entity.js';
import { DisplacedPersonAssistance, DisplacedPersonDocument, DisplacedPersonFamilyLink, DisplacedPersonStatus } from './displaced-person-records.entity.js';
import type { DisplacementStatus, DocumentKind } from './displaced-person-terms.js';
import type { PersonRecords } from './displaced-person-view.js';

/** Example values for the SQL snapshots (`npm run sync:sql`); any well-formed value will do. */
const PERSON = '00000000-0000-4000-8000-000000000001';
const RELATIVE = '00000000-0000-4000-8000-000000000002';
const TODAY = '2026-03-02';

/** Is the document over alias `d` valid on `$today` (the Belgrade calendar day)? */
export const VALID_NOW = (d: string, today: string) => `(${d}.issued_on <= ${today} AND (${d}.valid_until IS NULL OR ${d}.valid_until >= ${today}))`;

/** A person's status today and the document valid today that lasts longest (one without a term first). */
export interface PersonStanding {
  status: DisplacementStatus;
  legalBasis: string;
  statusSince: string;
  validDocument: { kind: DocumentKind; number: string; validUntil: string | null } | null;
}

/**
 * The raw statements of the displaced-persons register, each snapshotted in
 * `queries/displaced-person.repository.sql`. They run in the caller's transaction
 * (TransactionalConnection); the rules stay in DisplacedPersonsService.
 */
@Injectable()
export class DisplacedPersonRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** Locks the people's rows in id order, so two links made at once between the same two cannot deadlock. */
  @GenerateSql([[PERSON, RELATIVE]])
  async lockPeople(ids: string[]): Promise<void> {
    await this.db.manager.query(`SELECT id FROM displaced_person WHERE id = ANY($1) ORDER BY id FOR UPDATE`, [ids]);
  }

  /** Where each person stands on `today`, for a page of the list or an export (one statement for all). */
  @GenerateSql([[PERSON, RELATIVE], TODAY])
  async standings(personIds: string[], today: string): Promise<Map<string, PersonStanding>> {
    if (personIds.length === 0) return new Map();
    const rows: Array<PersonStanding & { personId: string }> = await this.db.manager.query(
      `SELECT s.person_id AS "personId", s.status, s.legal_basis AS "legalBasis", s.valid_from AS "statusSince",
              (SELECT json_build_object('kind', d.kind, 'number', d.number, 'validUntil', d.valid_until)
                 FROM displaced_person_document d WHERE d.person_id = s.person_id AND ${VALID_NOW('d', '$2::date')}
                ORDER BY d.valid_until DESC NULLS FIRST, d.issued_on DESC LIMIT 1) AS "validDocument"
         FROM displaced_person_status s
        WHERE s.person_id = ANY($1) AND s.valid_to IS NULL`,
      [personIds, today],
    );
    return new Map(rows.map(({ personId, ...standing }) => [personId, standing]));
  }

  /** Everything recorded about `person`, oldest first; which documents are valid on `today` is asked of the database. */
  @GenerateSql([{ id: PERSON }, TODAY])
  async records(person: DisplacedPerson, today: string): Promise<PersonRecords> {
    const m = this.db.manager;
    const personId = person.id;
    const statuses = await m.getRepository(DisplacedPersonStatus).find({ where: { personId }, order: { validFrom: 'ASC' } });
    const { entities, raw } = await m
      .getRepository(DisplacedPersonDocument)
      .createQueryBuilder('d')
      .addSelect(VALID_NOW('d', ':today'), 'validNow')
      .where('d.person_id = :personId', { personId, today })
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

  /** A document of this kind with this number (case-insensitive) is already recorded, for anyone. */
  @GenerateSql(['refugee-card', 'IL-12345'])
  documentNumberTaken(kind: DocumentKind, number: string): Promise<boolean> {
    return this.db.manager
      .getRepository(DisplacedPersonDocument)
      .createQueryBuilder('d')
      .where('d.kind = :kind AND upper(d.number) = upper(:number)', { kind, number })
      .getExists();
  }
}
