import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal.js';
import { withConstraintRules } from '../../database/database-errors.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import { Clock } from '../../shared/clock.js';
import { badRequest, conflict, notFound, type FieldError } from '../../shared/errors.js';
import { RegisterChanges, type CaseRef } from '../shared/index.js';
import type { AddEncumbranceDto, AddLeaseDto, CreateRealEstateDto, EndLeaseDto, RemoveEncumbranceDto, UpdateRealEstateDto } from './dto/real-estate.dto.js';
import { RealEstateEncumbrance } from './real-estate-encumbrance.entity.js';
import { RealEstateLease } from './real-estate-lease.entity.js';
import { leasesAndEncumbrancesOf, REAL_ESTATE, RealEstateQueries } from './real-estate.register.js';
import { designationErrors, lastDayOf, leasesOverlap, normalizeArea, runsPast } from './real-estate-rules.js';
import { municipalityKey, propertySearchText } from './real-estate-search.js';
import { propertySnapshot } from './real-estate-view.js';
import { RealEstate } from './real-estate.entity.js';

const REGISTER = REAL_ESTATE.name;

/** The entry with everything that hangs on it. */
interface PropertyState {
  entry: RealEstate;
  leases: RealEstateLease[];
  encumbrances: RealEstateEncumbrance[];
}

/**
 * Changes to the real estate register, each within a case (see RegisterChanges): entering a
 * property, changing it, and its events — a lease entered and ended, an encumbrance registered and
 * removed. The property row is locked for each change, so two clerks cannot enter overlapping
 * leases at once; the database's unique index and exclusion constraint stand behind the checks.
 */
@Injectable()
export class RealEstateService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
    private readonly changes: RegisterChanges,
    private readonly queries: RealEstateQueries,
  ) {}

  async create(principal: Principal, dto: CreateRealEstateDto) {
    const decision = await this.queries.decisionFor(principal, 'create', dto.caseId);
    const now = this.clock.now();
    const entry = this.db.manager.getRepository(RealEstate).create({
      version: 1,
      cadastralMunicipality: dto.cadastralMunicipality,
      cadastralMunicipalityKey: municipalityKey(dto.cadastralMunicipality),
      parcelNumber: dto.parcelNumber,
      buildingNumber: dto.buildingNumber ?? null,
      unitNumber: dto.unitNumber ?? null,
      address: dto.address ?? null,
      kind: dto.kind,
      area: normalizeArea(dto.area),
      shareNumerator: dto.ownershipShare?.numerator ?? 1,
      shareDenominator: dto.ownershipShare?.denominator ?? 1,
      legalBasis: dto.legalBasis,
      userName: dto.userName ?? null,
      valueMinor: dto.value?.amountMinor ?? null,
      valueCurrency: dto.value?.currency ?? 'RSD',
      status: 'active',
      statusDate: null,
      note: dto.note ?? null,
      createdAt: now,
      updatedAt: now,
    });
    this.assertDesignation(entry);
    entry.searchText = propertySearchText(entry, [], []);
    await this.guarded(entry, () => this.db.manager.getRepository(RealEstate).save(entry));
    await this.record(principal, decision, 'create', null, { entry, leases: [], encumbrances: [] });
    return this.queries.changedView(principal, entry.id);
  }

  /**
   * A change of the entry. Leaving the holdings (alienated, demolished, written off) needs the day
   * it took effect and no lease running past it; coming back to `active` clears that day.
   */
  async update(principal: Principal, id: string, dto: UpdateRealEstateDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const state = await this.locked(id, dto.version);
    const before = propertySnapshot(state.entry, state.leases, state.encumbrances);
    const { entry } = state;
    if (dto.cadastralMunicipality !== undefined) Object.assign(entry, { cadastralMunicipality: dto.cadastralMunicipality, cadastralMunicipalityKey: municipalityKey(dto.cadastralMunicipality) });
    if (dto.parcelNumber !== undefined) entry.parcelNumber = dto.parcelNumber;
    if (dto.buildingNumber !== undefined) entry.buildingNumber = dto.buildingNumber;
    if (dto.unitNumber !== undefined) entry.unitNumber = dto.unitNumber;
    if (dto.address !== undefined) entry.address = dto.address;
    if (dto.kind !== undefined) entry.kind = dto.kind;
    if (dto.area !== undefined) entry.area = normalizeArea(dto.area);
    if (dto.ownershipShare !== undefined) Object.assign(entry, { shareNumerator: dto.ownershipShare.numerator, shareDenominator: dto.ownershipShare.denominator });
    if (dto.legalBasis !== undefined) entry.legalBasis = dto.legalBasis;
    if (dto.userName !== undefined) entry.userName = dto.userName;
    if (dto.value !== undefined) Object.assign(entry, { valueMinor: dto.value?.amountMinor ?? null, valueCurrency: dto.value?.currency ?? 'RSD' });
    if (dto.note !== undefined) entry.note = dto.note;
    this.changeStatus(state, dto);
    this.assertDesignation(entry);
    await this.save(state);
    await this.record(principal, decision, 'update', before, state);
    return this.queries.changedView(principal, id);
  }

  /** A lease entered within the case of its contract: only of an active property, overlapping no other lease. */
  async addLease(principal: Principal, id: string, dto: AddLeaseDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const state = await this.locked(id, dto.version);
    this.assertActive(state.entry);
    const before = propertySnapshot(state.entry, state.leases, state.encumbrances);
    const lease = this.db.manager.getRepository(RealEstateLease).create({
      realEstateId: id,
      lesseeName: dto.lessee.name,
      lesseePersonalId: dto.lessee.personalId ?? null,
      lesseeRegistrationNumber: dto.lessee.registrationNumber ?? null,
      contractNumber: dto.contractNumber ?? null,
      termFrom: dto.termFrom,
      termTo: dto.termTo ?? null,
      monthlyRentMinor: dto.monthlyRent.amountMinor,
      currency: dto.monthlyRent.currency ?? 'RSD',
      caseId: decision.id,
      recordedBy: principal.userId,
      recordedAt: this.clock.now(),
      endedOn: null,
      endReason: null,
      endedCaseId: null,
    });
    this.assertNoOverlap(lease, state.leases);
    state.leases.push(lease);
    await this.save(state, () => this.db.manager.getRepository(RealEstateLease).save(lease));
    await this.record(principal, decision, 'lease', before, state);
    return this.queries.changedView(principal, id);
  }

  /** A lease ended within a case: `endedOn`, its last day in force, lies within its term. */
  async endLease(principal: Principal, id: string, leaseId: string, dto: EndLeaseDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const state = await this.locked(id, dto.version);
    const lease = state.leases.find((candidate) => candidate.id === leaseId);
    if (!lease) throw notFound('REAL_ESTATE_LEASE_NOT_FOUND');
    if (lease.endedOn !== null) throw conflict('REAL_ESTATE_LEASE_ALREADY_ENDED', { endedOn: lease.endedOn });
    if (dto.endedOn < lease.termFrom || (lease.termTo !== null && dto.endedOn > lease.termTo)) {
      throw badRequest('REAL_ESTATE_LEASE_END_OUTSIDE_TERM', { from: lease.termFrom, to: lease.termTo ?? '…' }, [
        { field: 'endedOn', rule: 'withinTerm', message: 'endedOn must lie within the lease\'s term' },
      ]);
    }
    const before = propertySnapshot(state.entry, state.leases, state.encumbrances);
    Object.assign(lease, { endedOn: dto.endedOn, endReason: dto.reason ?? null, endedCaseId: decision.id });
    await this.save(state, () => this.db.manager.getRepository(RealEstateLease).save(lease));
    await this.record(principal, decision, 'lease-end', before, state);
    return this.queries.changedView(principal, id);
  }

  /** An encumbrance registered on an active property, on a day not in the future. */
  async addEncumbrance(principal: Principal, id: string, dto: AddEncumbranceDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const state = await this.locked(id, dto.version);
    this.assertActive(state.entry);
    this.assertNotFuture('registeredOn', dto.registeredOn);
    const before = propertySnapshot(state.entry, state.leases, state.encumbrances);
    const encumbrance = this.db.manager.getRepository(RealEstateEncumbrance).create({
      realEstateId: id,
      kind: dto.kind,
      inFavourOf: dto.inFavourOf,
      description: dto.description ?? null,
      reference: dto.reference ?? null,
      registeredOn: dto.registeredOn,
      caseId: decision.id,
      recordedBy: principal.userId,
      recordedAt: this.clock.now(),
      removedOn: null,
      removalReason: null,
      removedCaseId: null,
    });
    state.encumbrances.push(encumbrance);
    await this.save(state, () => this.db.manager.getRepository(RealEstateEncumbrance).save(encumbrance));
    await this.record(principal, decision, 'encumbrance', before, state);
    return this.queries.changedView(principal, id);
  }

  /** An encumbrance removed (brisanje tereta) within a case: not before it was registered, not in the future. */
  async removeEncumbrance(principal: Principal, id: string, encumbranceId: string, dto: RemoveEncumbranceDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const state = await this.locked(id, dto.version);
    const encumbrance = state.encumbrances.find((candidate) => candidate.id === encumbranceId);
    if (!encumbrance) throw notFound('REAL_ESTATE_ENCUMBRANCE_NOT_FOUND');
    if (encumbrance.removedOn !== null) throw conflict('REAL_ESTATE_ENCUMBRANCE_ALREADY_REMOVED', { removedOn: encumbrance.removedOn });
    this.assertNotFuture('removedOn', dto.removedOn);
    if (dto.removedOn < encumbrance.registeredOn) {
      throw badRequest('REAL_ESTATE_REMOVED_BEFORE_REGISTERED', { registeredOn: encumbrance.registeredOn }, [
        { field: 'removedOn', rule: 'notBeforeRegisteredOn', message: 'removedOn must not be before the encumbrance was registered' },
      ]);
    }
    const before = propertySnapshot(state.entry, state.leases, state.encumbrances);
    Object.assign(encumbrance, { removedOn: dto.removedOn, removalReason: dto.reason ?? null, removedCaseId: decision.id });
    await this.save(state, () => this.db.manager.getRepository(RealEstateEncumbrance).save(encumbrance));
    await this.record(principal, decision, 'encumbrance-removal', before, state);
    return this.queries.changedView(principal, id);
  }

  /** The entry locked for the change, at the version the user saw. */
  private async locked(id: string, version: number): Promise<PropertyState> {
    const entry = await this.queries.locked(id, version);
    return { entry, ...(await leasesAndEncumbrancesOf([id], this.db.manager)) };
  }

  private changeStatus({ entry, leases }: PropertyState, dto: UpdateRealEstateDto): void {
    const status = dto.status ?? entry.status;
    if (status === 'active') {
      if (dto.statusDate !== undefined) throw badRequest('VALIDATION_FAILED', {}, [{ field: 'statusDate', rule: 'onlyWhenLeaving', message: 'statusDate applies to alienated, demolished and written-off properties only' }]);
      Object.assign(entry, { status, statusDate: null });
      return;
    }
    const statusDate = dto.statusDate ?? entry.statusDate;
    if (statusDate === null) throw badRequest('VALIDATION_FAILED', {}, [{ field: 'statusDate', rule: 'requiredForStatus', message: `statusDate is required for status ${status}` }]);
    if (status === 'demolished' && entry.kind === 'land') throw badRequest('VALIDATION_FAILED', {}, [{ field: 'status', rule: 'notForKind', message: 'land cannot be demolished' }]);
    const running = leases.find((lease) => runsPast(lease, statusDate));
    if (running) throw conflict('REAL_ESTATE_LEASE_RUNNING', { lessee: running.lesseeName, to: lastDayOf(running) ?? '…' });
    Object.assign(entry, { status, statusDate });
  }

  private assertDesignation(entry: RealEstate): void {
    const errors: FieldError[] = designationErrors(entry.kind, entry.buildingNumber, entry.unitNumber);
    if (errors.length > 0) throw badRequest('VALIDATION_FAILED', {}, errors);
  }

  private assertActive(entry: RealEstate): void {
    if (entry.status !== 'active') throw conflict('REAL_ESTATE_NOT_ACTIVE', { status: entry.status });
  }

  private assertNoOverlap(lease: RealEstateLease, others: RealEstateLease[]): void {
    const clash = others.find((other) => leasesOverlap(lease, other));
    if (clash) throw conflict('REAL_ESTATE_LEASE_OVERLAP', { from: clash.termFrom, to: lastDayOf(clash) ?? '…' });
  }

  /** Dates of registrations and removals are recorded after the fact: never after today (Belgrade). */
  private assertNotFuture(field: string, day: string): void {
    const today = this.queries.today();
    if (day > today) throw badRequest('REAL_ESTATE_DATE_IN_FUTURE', { today }, [{ field, rule: 'notInFuture', message: `${field} must not be after today` }]);
  }

  /** Writes a sub-table row (if any), then the entry with its new version and search text. */
  private async save(state: PropertyState, write?: () => Promise<unknown>): Promise<void> {
    const { entry, leases, encumbrances } = state;
    if (write) await write();
    this.queries.bump(entry);
    entry.searchText = propertySearchText(entry, leases, encumbrances);
    await this.guarded(entry, () => this.db.manager.getRepository(RealEstate).save(entry));
  }

  /** Runs a write; a violation of the register's unique index or exclusion constraint becomes its 409. */
  private async guarded(entry: RealEstate, write: () => Promise<unknown>): Promise<void> {
    await withConstraintRules(write, {
      real_estate_active_designation_key: () => conflict('REAL_ESTATE_ALREADY_REGISTERED', { municipality: entry.cadastralMunicipality, parcel: entry.parcelNumber }),
    });
  }

  private record(principal: Principal, decision: CaseRef, action: string, before: unknown, state: PropertyState): Promise<void> {
    const after = propertySnapshot(state.entry, state.leases, state.encumbrances);
    return this.changes.record(principal, { register: REGISTER, entryId: state.entry.id, case: decision, action, before, after });
  }
}
