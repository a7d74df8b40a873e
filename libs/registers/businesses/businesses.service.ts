import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal.js';
import { withConstraintRules } from '../../database/database-errors.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import { Clock } from '../../shared/clock.js';
import { badRequest, conflict } from '../../shared/errors.js';
import { RegisterChanges, registerSearchText, type CaseRef } from '../shared/index.js';
import { changeStatus, StatusChangeError, type StatusChange, type StatusPeriod } from './business-status.js';
import { Business, BusinessStatusPeriod } from './business.entity.js';
import { BUSINESSES, BusinessQueries, statusPeriodsOf } from './businesses.register.js';
import { businessSnapshot, periodsOf } from './business-view.js';
import type { CreateBusinessDto, RemoveBusinessDto, ResumeBusinessDto, SuspendBusinessDto, UpdateBusinessDto } from './dto/business.dto.js';

const REGISTER = BUSINESSES.name;

const searchTextOf = (business: Business) =>
  registerSearchText(business.tradeName, business.ownerName, business.registrationNumber, business.activityCode, business.address);

/** A stored period whose days shrink (or stay): written before the others, so no two overlap even for a moment. */
const shrinks = (stored: { from: string; to: string | null }, next: StatusPeriod) => next.from >= stored.from && (stored.to === null || (next.to !== null && next.to <= stored.to));

/**
 * Changes to the businesses register, each within a case (see RegisterChanges): entering a shop,
 * changing what the register says, suspending it, resuming it, removing it. Status changes are
 * worked out by `changeStatus` (pure) and stored as dated periods that never overlap (the
 * database refuses an overlap too). A removed business takes no more changes.
 */
@Injectable()
export class BusinessesService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
    private readonly changes: RegisterChanges,
    private readonly queries: BusinessQueries,
  ) {}

  async create(principal: Principal, dto: CreateBusinessDto) {
    const decision = await this.queries.decisionFor(principal, 'create', dto.caseId);
    this.assertStartNotAhead(dto.startedOn);
    const now = this.clock.now();
    const m = this.db.manager;
    const business = m.getRepository(Business).create({
      version: 1,
      registrationNumber: dto.registrationNumber,
      tradeName: dto.tradeName,
      ownerName: dto.owner.name,
      ownerPersonalId: dto.owner.personalId,
      activityCode: dto.activityCode,
      address: dto.address,
      startedOn: dto.startedOn,
      createdAt: now,
      updatedAt: now,
    });
    business.searchText = searchTextOf(business);
    await this.written(business, () => m.getRepository(Business).save(business));
    await this.writePeriods(principal, business.id, decision, [], [{ status: 'active', from: dto.startedOn, to: null, reason: null }]);
    await this.record(principal, decision, 'create', null, business);
    return this.queries.changedView(principal, business.id);
  }

  /** A change of what the register says; a corrected start moves the first period's start. */
  async update(principal: Principal, id: string, dto: UpdateBusinessDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const { business, rows } = await this.locked(id, dto.version);
    this.assertNotRemoved(rows);
    const before = businessSnapshot(business, rows);
    if (dto.registrationNumber !== undefined) business.registrationNumber = dto.registrationNumber;
    if (dto.tradeName !== undefined) business.tradeName = dto.tradeName;
    if (dto.owner) Object.assign(business, { ownerName: dto.owner.name, ownerPersonalId: dto.owner.personalId });
    if (dto.activityCode !== undefined) business.activityCode = dto.activityCode;
    if (dto.address !== undefined) business.address = dto.address;
    if (dto.startedOn !== undefined && dto.startedOn !== business.startedOn) {
      this.assertStartNotAhead(dto.startedOn);
      const first = rows[0];
      if (first.validTo !== null && dto.startedOn > first.validTo) throw conflict('BUSINESS_START_AFTER_STATUS_CHANGE', { date: first.validTo });
      business.startedOn = dto.startedOn;
      first.validFrom = dto.startedOn;
      await this.db.manager.getRepository(BusinessStatusPeriod).save(first);
    }
    business.searchText = searchTextOf(business);
    this.queries.bump(business);
    await this.written(business, () => this.db.manager.getRepository(Business).save(business));
    await this.record(principal, decision, 'update', before, business);
    return this.queries.changedView(principal, business.id);
  }

  /** Privremena odjava: from a day, until a day (active again the day after) or until resumed. */
  suspend(principal: Principal, id: string, dto: SuspendBusinessDto) {
    return this.statusChange(principal, id, dto, 'suspension', { kind: 'suspension', from: dto.from, to: dto.to ?? null, reason: dto.reason });
  }

  /** Active again from a day: ends an open suspension, or a fixed-term one early. */
  resume(principal: Principal, id: string, dto: ResumeBusinessDto) {
    return this.statusChange(principal, id, dto, 'resumption', { kind: 'resumption', on: dto.on, reason: dto.reason ?? null });
  }

  /** Removed from a day, for good. */
  remove(principal: Principal, id: string, dto: RemoveBusinessDto) {
    return this.statusChange(principal, id, dto, 'removal', { kind: 'removal', on: dto.on, reason: dto.reason });
  }

  private async statusChange(principal: Principal, id: string, dto: { caseId: string; version: number }, action: string, change: StatusChange) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const { business, rows } = await this.locked(id, dto.version);
    const before = businessSnapshot(business, rows);
    let next: StatusPeriod[];
    try {
      next = changeStatus(periodsOf(rows), change, this.queries.today());
    } catch (error) {
      if (error instanceof StatusChangeError) throw conflict(error.code, error.params);
      throw error;
    }
    await this.writePeriods(principal, business.id, decision, rows, next);
    this.queries.bump(business);
    await this.db.manager.getRepository(Business).save(business);
    await this.record(principal, decision, action, before, business);
    return this.queries.changedView(principal, business.id);
  }

  /**
   * Stores `next` over the stored `rows`: changed periods first those that shrink, then the rest,
   * then the new ones, so the exclusion constraint (checked at each statement) never sees an
   * overlap. A new period records the case it was decided in.
   */
  private async writePeriods(principal: Principal, businessId: string, decision: CaseRef, rows: BusinessStatusPeriod[], next: StatusPeriod[]): Promise<void> {
    const repository = this.db.manager.getRepository(BusinessStatusPeriod);
    const stored = new Map(rows.map((row) => [row.id, row]));
    const changed = next
      .filter((period) => period.id !== undefined)
      .map((period) => ({ period, row: stored.get(period.id!)! }))
      .filter(({ period, row }) => period.status !== row.status || period.from !== row.validFrom || period.to !== row.validTo || period.reason !== row.reason)
      .map((update) => ({ ...update, shrink: shrinks({ from: update.row.validFrom, to: update.row.validTo }, update.period) }))
      .sort((a, b) => Number(b.shrink) - Number(a.shrink));
    await withConstraintRules(async () => {
      for (const { period, row } of changed) {
        Object.assign(row, { status: period.status, validFrom: period.from, validTo: period.to, reason: period.reason });
        await repository.save(row);
      }
      const added = next.filter((period) => period.id === undefined);
      for (const period of added) {
        await repository.insert({
          businessId,
          status: period.status,
          validFrom: period.from,
          validTo: period.to,
          reason: period.reason,
          caseId: decision.id,
          recordedBy: principal.userId,
          recordedAt: this.clock.now(),
        });
      }
    }, { business_status_periods_do_not_overlap: () => conflict('BUSINESS_STATUS_PERIODS_OVERLAP') });
  }

  /** The business locked for the change, at the version the user saw, with its periods. */
  private async locked(id: string, version: number) {
    const business = await this.queries.locked(id, version);
    return { business, rows: await this.periods(id) };
  }

  private periods(businessId: string): Promise<BusinessStatusPeriod[]> {
    return statusPeriodsOf([businessId], { db: this.db.manager });
  }

  private assertNotRemoved(rows: BusinessStatusPeriod[]): void {
    const removed = rows.find((row) => row.status === 'removed');
    if (removed) throw conflict('BUSINESS_REMOVED', { on: removed.validFrom });
  }

  /** The register holds shops that have started: a start ahead would leave today without a status. */
  private assertStartNotAhead(startedOn: string): void {
    const today = this.queries.today();
    if (startedOn > today) throw badRequest('BUSINESS_START_IN_FUTURE', { today });
  }


  /** Writes `business`, turning the unique registration number into its own answer. */
  private async written(business: Business, write: () => Promise<unknown>): Promise<void> {
    await withConstraintRules(write, {
      business_registration_number_key: () => conflict('BUSINESS_REGISTRATION_NUMBER_TAKEN', { registrationNumber: business.registrationNumber }),
    });
  }

  private async record(principal: Principal, decision: CaseRef, action: string, before: unknown, business: Business): Promise<void> {
    const rows = await this.periods(business.id);
    await this.changes.record(principal, { register: REGISTER, entryId: business.id, case: decision, action, before, after: businessSnapshot(business, rows) });
  }
}
