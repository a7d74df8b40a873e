import { subject as caslSubject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { In, IsNull, type SelectQueryBuilder } from 'typeorm';
import type { Action } from '../../access/permissions.js';
import type { Principal } from '../../access/principal.js';
import { accessibleWhere } from '../../access/sql-conditions.js';
import { belgradeDate } from '../../cases/zup-deadline.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import { Clock } from '../../shared/clock.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { pageOf } from '../../shared/pagination.js';
import { RegisterChanges, whereChangedInCase, whereSearchMatches, type CaseRef } from '../shared/index.js';
import type { RealEstateExportQueryDto, RealEstateListQueryDto } from './dto/real-estate.dto.js';
import { RealEstateEncumbrance } from './real-estate-encumbrance.entity.js';
import { RealEstateLease } from './real-estate-lease.entity.js';
import { shownStatus } from './real-estate-rules.js';
import { encumbranceSnapshot, leaseSnapshot, propertyDetail, propertyFields } from './real-estate-view.js';
import { RealEstate } from './real-estate.entity.js';
import { municipalityKey } from './real-estate-search.js';

const REGISTER = 'real-estate';
const SUBJECT = 'RealEstate';

/** A lease of the property over alias `r` is in force on `:today`. */
const LEASED_NOW = `EXISTS (SELECT 1 FROM real_estate_lease l WHERE l.real_estate_id = r.id
  AND l.term_from <= CAST(:today AS date) AND COALESCE(l.ended_on, l.term_to, CAST('infinity' AS date)) >= CAST(:today AS date))`;
/** An encumbrance on the property over alias `r` is not removed. */
const ENCUMBERED = `EXISTS (SELECT 1 FROM real_estate_encumbrance e WHERE e.real_estate_id = r.id AND e.removed_on IS NULL)`;

/** A row of the list or an export: the property, its lease in force today, its remaining encumbrances, its cases. */
export interface PropertyRow {
  entry: RealEstate;
  lease: RealEstateLease | null;
  encumbrances: RealEstateEncumbrance[];
  cases: CaseRef[];
}

/** The entry with everything that hangs on it. */
export interface PropertyState {
  entry: RealEstate;
  leases: RealEstateLease[];
  encumbrances: RealEstateEncumbrance[];
}

/**
 * Reading the register: the list (filtered, searched and paged in SQL), one entry with its leases
 * and encumbrances, its history. Entries belong to no unit, so a role scoped to a unit or to the
 * user's own records reaches none of them: only a role granting the register outright does.
 */
@Injectable()
export class RealEstateQueries {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
    private readonly changes: RegisterChanges,
  ) {}

  today(): string {
    return belgradeDate(this.clock.now());
  }

  async list(principal: Principal, query: RealEstateListQueryDto) {
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
   * Every entry the filters find, for the CSV and PDF lists, in list order. With `personalIds`
   * asked for, they come along only for those who may read them, and each entry's read is recorded.
   */
  async exportRows(principal: Principal, query: RealEstateExportQueryDto, options: { personalIds: boolean }): Promise<{ rows: PropertyRow[]; personalIds: boolean }> {
    const rows = await this.rows(this.filtered(principal, query));
    const personalIds = options.personalIds && this.changes.mayReadPersonalData(principal, REGISTER);
    if (personalIds) {
      for (const { entry, lease } of rows) if (lease) await this.changes.personalDataFor(principal, REGISTER, entry.id, { personalId: lease.lesseePersonalId });
    }
    return { rows, personalIds };
  }

  /** One entry as the caller may see it; a read of a lessee's JMBG is recorded. */
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

  /** The entry with its leases (by start) and encumbrances (by registration); `lock` for a change. */
  async load(id: string, lock = false): Promise<PropertyState> {
    const m = this.db.manager;
    const qb = m.getRepository(RealEstate).createQueryBuilder('r').where('r.id = :id', { id });
    const entry = await (lock ? qb.setLock('pessimistic_write') : qb).getOne();
    if (!entry) throw notFound('REGISTER_ENTRY_NOT_FOUND');
    const leases = await m.getRepository(RealEstateLease).find({ where: { realEstateId: id }, order: { termFrom: 'ASC', recordedAt: 'ASC' } });
    const encumbrances = await m.getRepository(RealEstateEncumbrance).find({ where: { realEstateId: id }, order: { registeredOn: 'ASC', recordedAt: 'ASC' } });
    return { entry, leases, encumbrances };
  }

  private async view(id: string) {
    const { entry, leases, encumbrances } = await this.load(id);
    const cases = (await this.changes.casesOf(REGISTER, [id])).get(id) ?? [];
    const numbers = new Map(cases.map((ref) => [ref.id, ref.number]));
    return {
      ...propertyDetail(entry, leases, encumbrances, this.today(), numbers),
      caseIds: cases.map((ref) => ref.id),
      cases,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
    };
  }

  /** The entries the caller may read that the filters find, by cadastral municipality, parcel, building and unit. */
  private filtered(principal: Principal, query: RealEstateListQueryDto | RealEstateExportQueryDto): SelectQueryBuilder<RealEstate> {
    // Register entries carry no unit and no assignee: rules scoped by them match nothing.
    const acl = accessibleWhere(principal.ability, 'read', SUBJECT, { orgUnitId: 'NULL::uuid', assigneeId: 'NULL::uuid' });
    const qb = this.db.manager
      .getRepository(RealEstate)
      .createQueryBuilder('r')
      .where(acl.where, acl.parameters)
      .setParameter('today', this.today());
    whereSearchMatches(qb, 'r.search_text', query.q);
    whereChangedInCase(qb, REGISTER, 'r.id', query.caseId);
    if (query.kind) qb.andWhere('r.kind = :kind', { kind: query.kind });
    if (query.cadastralMunicipality) qb.andWhere('r.cadastral_municipality_key = :municipality', { municipality: municipalityKey(query.cadastralMunicipality) });
    if (query.status === 'leased') qb.andWhere(`r.status = 'active' AND ${LEASED_NOW}`);
    else if (query.status === 'active') qb.andWhere(`r.status = 'active' AND NOT ${LEASED_NOW}`);
    else if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.leased !== undefined) qb.andWhere(query.leased ? LEASED_NOW : `NOT ${LEASED_NOW}`);
    if (query.encumbered !== undefined) qb.andWhere(query.encumbered ? ENCUMBERED : `NOT ${ENCUMBERED}`);
    // Parcels in number order (2 before 10, 12/3 before 12/10), then building and unit.
    return qb
      .orderBy('r.cadastral_municipality_key')
      .addOrderBy(`CAST(split_part(r.parcel_number, '/', 1) AS integer)`)
      .addOrderBy(`CAST(COALESCE(NULLIF(split_part(r.parcel_number, '/', 2), ''), '0') AS integer)`)
      .addOrderBy('r.building_number', 'ASC', 'NULLS FIRST')
      .addOrderBy('r.unit_number', 'ASC', 'NULLS FIRST')
      .addOrderBy('r.id');
  }

  /** The entries of `qb` with, in one query each, their leases in force today, remaining encumbrances and cases. */
  private async rows(qb: SelectQueryBuilder<RealEstate>): Promise<PropertyRow[]> {
    const entries = await qb.getMany();
    if (entries.length === 0) return [];
    const ids = entries.map((entry) => entry.id);
    const today = this.today();
    const m = this.db.manager;
    const leases = await m
      .getRepository(RealEstateLease)
      .createQueryBuilder('l')
      .where('l.real_estate_id IN (:...ids)', { ids })
      .andWhere(`l.term_from <= CAST(:today AS date) AND COALESCE(l.ended_on, l.term_to, CAST('infinity' AS date)) >= CAST(:today AS date)`, { today })
      .getMany();
    const encumbrances = await m.getRepository(RealEstateEncumbrance).find({ where: { realEstateId: In(ids), removedOn: IsNull() }, order: { registeredOn: 'ASC', recordedAt: 'ASC' } });
    const cases = await this.changes.casesOf(REGISTER, ids);
    return entries.map((entry) => ({
      entry,
      lease: leases.find((lease) => lease.realEstateId === entry.id) ?? null,
      encumbrances: encumbrances.filter((encumbrance) => encumbrance.realEstateId === entry.id),
      cases: cases.get(entry.id) ?? [],
    }));
  }

  private summary({ entry, lease, encumbrances, cases }: PropertyRow) {
    return {
      ...propertyFields(entry),
      status: shownStatus(entry.status, lease !== null),
      leasedNow: lease !== null,
      encumbered: encumbrances.length > 0,
      currentLease: lease ? leaseSnapshot(lease) : null,
      currentEncumbrances: encumbrances.map(encumbranceSnapshot),
      caseIds: cases.map((ref) => ref.id),
      cases,
    };
  }
}
