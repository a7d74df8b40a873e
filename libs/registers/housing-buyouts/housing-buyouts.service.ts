import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal.js';
import { TransactionalConnection } from '../../database/transactional-connection.js';
import { Clock } from '../../shared/clock.js';
import { badRequest, conflict, type FieldError } from '../../shared/errors.js';
import { RegisterChanges, registerSearchText } from '../shared/index.js';
import { BuyoutCalculationError, buyoutStatement, DEFAULT_BUYOUT_RULES, type BuyoutStatement, type IndexEntry, type Payment } from './buyout-calculation.js';
import type { BuyoutRulesDto, CreateHousingBuyoutDto, IndexEntryDto, PaymentTermsDto, RecordPaymentDto, UpdateHousingBuyoutDto } from './dto/housing-buyout.dto.js';
import { HousingBuyoutPayment } from './housing-buyout-payment.entity.js';
import { buyoutSnapshot, paymentView, rulesOf, statementView, termsOf } from './housing-buyout-view.js';
import { HousingBuyout } from './housing-buyout.entity.js';
import { HousingBuyoutRepository } from './housing-buyout.repository.js';
import { HOUSING_BUYOUTS, HousingBuyoutQueries } from './housing-buyouts.register.js';
import { parseDecimal } from '../../shared/fixed-point.js';
import { parseMinorUnits } from '../../shared/money.js';

const REGISTER = HOUSING_BUYOUTS.name;

/** The rules a contract gets: the defaults, with what the decision in the case says instead. */
function rulesFrom(dto: BuyoutRulesDto | undefined, base: Pick<HousingBuyout, keyof typeof DEFAULT_BUYOUT_RULES>) {
  const percent = (value: string | undefined, fallback: number) => (value === undefined ? fallback : parseDecimal(value, 2));
  return {
    serviceDeductionPerYear: percent(dto?.serviceDeductionPerYear, base.serviceDeductionPerYear),
    buildingAgeDeductionPerYear: percent(dto?.buildingAgeDeductionPerYear, base.buildingAgeDeductionPerYear),
    maxDeduction: percent(dto?.maxDeduction, base.maxDeduction),
    lumpSumDiscount: percent(dto?.lumpSumDiscount, base.lumpSumDiscount),
    minDownPayment: percent(dto?.minDownPayment, base.minDownPayment),
    maxInstalments: dto?.maxInstalments ?? base.maxInstalments,
    earlyPayoffDiscount: percent(dto?.earlyPayoffDiscount, base.earlyPayoffDiscount),
  };
}

/** The payment terms' columns; a lump sum takes no down payment, instalments or first due date. */
function paymentFrom(dto: PaymentTermsDto): Pick<HousingBuyout, 'paymentMethod' | 'downPayment' | 'instalments' | 'firstDueOn'> {
  if (dto.method === 'lump-sum') {
    const extra = (['downPayment', 'instalments', 'firstDueOn'] as const).filter((field) => dto[field] !== undefined);
    if (extra.length > 0) {
      const fields: FieldError[] = extra.map((field) => ({ field: `payment.${field}`, rule: 'lumpSum', message: `payment.${field} applies to instalments only` }));
      throw badRequest('VALIDATION_FAILED', {}, fields);
    }
    return { paymentMethod: 'lump-sum', downPayment: null, instalments: null, firstDueOn: null };
  }
  return { paymentMethod: 'instalments', downPayment: parseMinorUnits(dto.downPayment!), instalments: dto.instalments!, firstDueOn: dto.firstDueOn ?? null };
}

const indexFrom = (entries: IndexEntryDto[]): IndexEntry[] => entries.map((entry) => ({ from: entry.from, value: parseDecimal(entry.value, 4) }));

/** A rule of the calculation broken by the input: 400 with its code. */
function calculated<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof BuyoutCalculationError) throw badRequest(error.code, error.params);
    throw error;
  }
}

/**
 * Changes to the housing buyout register, each within a case (see RegisterChanges): entering a
 * contract, changing it, recording a payment. Every change recalculates the contract with the pure
 * calculation and stores the figures and the schedule, so lists filter on them in SQL.
 */
@Injectable()
export class HousingBuyoutsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly clock: Clock,
    private readonly changes: RegisterChanges,
    private readonly queries: HousingBuyoutQueries,
    private readonly buyouts: HousingBuyoutRepository,
  ) {}

  /** The account on `asOf` (default today): the schedule, what was paid on each item, balance, arrears, an early-payoff quote. */
  async schedule(principal: Principal, id: string, asOf?: string) {
    this.queries.assertMay(principal, 'read');
    const entry = await this.queries.load(id);
    const { index, payments } = await this.buyouts.accountOf(id);
    return { id: entry.id, version: entry.version, ...statementView(buyoutStatement(termsOf(entry, index), rulesOf(entry), payments, asOf ?? this.queries.today())) };
  }

  async create(principal: Principal, dto: CreateHousingBuyoutDto) {
    const decision = await this.queries.decisionFor(principal, 'create', dto.caseId);
    const now = this.clock.now();
    const entry = this.db.manager.getRepository(HousingBuyout).create({
      version: 1,
      contractNumber: dto.contractNumber ?? null,
      contractDate: dto.contractDate,
      buyerName: dto.buyer.name,
      buyerPersonalId: dto.buyer.personalId,
      buyerAddress: dto.buyer.address ?? null,
      flatAddress: dto.flat.address,
      flatAreaHundredths: parseDecimal(dto.flat.area, 2),
      basisPerSquareMetre: parseMinorUnits(dto.parameters.basisPerSquareMetre),
      yearsOfService: dto.parameters.yearsOfService,
      buildingAgeYears: dto.parameters.buildingAgeYears,
      ...rulesFrom(dto.parameters.rules, DEFAULT_BUYOUT_RULES),
      ...paymentFrom(dto.payment),
      createdAt: now,
      updatedAt: now,
    });
    const index = indexFrom(dto.index ?? []);
    const statement = this.recalculate(entry, index, []);
    await this.db.manager.getRepository(HousingBuyout).save(entry);
    await this.buyouts.replaceSchedule(entry.id, index, statement.items);
    await this.changes.record(principal, { register: REGISTER, entryId: entry.id, case: decision, action: 'create', before: null, after: buyoutSnapshot(entry, index) });
    return this.queries.changedView(principal, entry.id);
  }

  async update(principal: Principal, id: string, dto: UpdateHousingBuyoutDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const { entry, index: currentIndex, payments } = await this.locked(id, dto.version);
    const before = buyoutSnapshot(entry, currentIndex);
    if (dto.contractNumber !== undefined) entry.contractNumber = dto.contractNumber;
    if (dto.contractDate) entry.contractDate = dto.contractDate;
    if (dto.buyer) Object.assign(entry, { buyerName: dto.buyer.name, buyerPersonalId: dto.buyer.personalId, buyerAddress: dto.buyer.address ?? null });
    if (dto.flat) Object.assign(entry, { flatAddress: dto.flat.address, flatAreaHundredths: parseDecimal(dto.flat.area, 2) });
    if (dto.parameters) {
      Object.assign(entry, {
        basisPerSquareMetre: parseMinorUnits(dto.parameters.basisPerSquareMetre),
        yearsOfService: dto.parameters.yearsOfService,
        buildingAgeYears: dto.parameters.buildingAgeYears,
        ...rulesFrom(dto.parameters.rules, rulesOf(entry)),
      });
    }
    if (dto.payment) Object.assign(entry, paymentFrom(dto.payment));
    const index = dto.index ? indexFrom(dto.index) : currentIndex;
    const firstPayment = payments.map((payment) => payment.paidOn).sort()[0];
    if (firstPayment && firstPayment < entry.contractDate) throw badRequest('HOUSING_BUYOUT_PAYMENT_BEFORE_CONTRACT', { contractDate: entry.contractDate });
    const statement = this.recalculate(entry, index, payments);
    this.queries.bump(entry);
    await this.db.manager.getRepository(HousingBuyout).save(entry);
    await this.buyouts.replaceSchedule(entry.id, index, statement.items);
    await this.changes.record(principal, { register: REGISTER, entryId: entry.id, case: decision, action: 'update', before, after: buyoutSnapshot(entry, index) });
    return this.queries.changedView(principal, entry.id);
  }

  /**
   * A payment the buyer made: dated on or after the contract and not in the future; none once the
   * contract is settled; an early payoff must reach the quote of its day and come after every other
   * payment, since it closes the account as of that day.
   */
  async recordPayment(principal: Principal, id: string, dto: RecordPaymentDto) {
    const decision = await this.queries.decisionFor(principal, 'update', dto.caseId);
    const { entry, index, payments } = await this.locked(id, dto.version);
    if (entry.status === 'settled') throw conflict('HOUSING_BUYOUT_SETTLED');
    const today = this.queries.today();
    if (dto.paidOn > today) throw badRequest('HOUSING_BUYOUT_PAYMENT_IN_FUTURE', { today });
    if (dto.paidOn < entry.contractDate) throw badRequest('HOUSING_BUYOUT_PAYMENT_BEFORE_CONTRACT', { contractDate: entry.contractDate });
    const lastPaidOn = payments.map((payment) => payment.paidOn).sort().at(-1);
    if (dto.earlyPayoff && lastPaidOn && dto.paidOn < lastPaidOn) throw badRequest('HOUSING_BUYOUT_PAYOFF_BEFORE_LAST_PAYMENT', { lastPaidOn });
    const before = buyoutSnapshot(entry, index);
    const payment = this.db.manager.getRepository(HousingBuyoutPayment).create({
      buyoutId: entry.id,
      paidOn: dto.paidOn,
      amount: parseMinorUnits(dto.amount),
      earlyPayoff: dto.earlyPayoff ?? false,
      note: dto.note ?? null,
      caseId: decision.id,
      recordedBy: principal.userId,
      recordedAt: this.clock.now(),
    });
    const statement = this.recalculate(entry, index, [...payments, payment]);
    this.queries.bump(entry);
    await this.db.manager.getRepository(HousingBuyoutPayment).save(payment);
    await this.db.manager.getRepository(HousingBuyout).save(entry);
    await this.buyouts.replaceSchedule(entry.id, index, statement.items);
    await this.changes.record(principal, {
      register: REGISTER,
      entryId: entry.id,
      case: decision,
      action: 'payment',
      before,
      after: { ...buyoutSnapshot(entry, index), payment: paymentView(payment, decision.number) },
    });
    return this.queries.changedView(principal, entry.id);
  }

  /** The entry locked for the change, at the version the user saw, with its index and payments. */
  private async locked(id: string, version: number) {
    const entry = await this.queries.locked(id, version);
    return { entry, ...(await this.buyouts.accountOf(id)) };
  }

  /**
   * Calculates the contract again and writes its figures (and its search text) onto `entry`. The
   * account is made as of the last day anything happened (payments are never in the future), so
   * every payment counts.
   */
  private recalculate(entry: HousingBuyout, index: IndexEntry[], payments: Payment[]): BuyoutStatement {
    const asOf = [this.queries.today(), ...payments.map((payment) => payment.paidOn)].sort().at(-1)!;
    const statement = calculated(() => buyoutStatement(termsOf(entry, index), rulesOf(entry), payments, asOf));
    Object.assign(entry, {
      grossPrice: statement.price.grossPrice,
      deductionRate: statement.price.deductionRate,
      deduction: statement.price.deduction,
      price: statement.price.price,
      lumpSumDiscountAmount: statement.price.lumpSumDiscount,
      total: statement.total,
      paid: statement.paid,
      status: statement.settled ? 'settled' : 'in-payment',
      paidOffOn: statement.paidOffOn,
      searchText: registerSearchText(entry.contractNumber, entry.buyerName, entry.buyerAddress, entry.flatAddress),
    });
    return statement;
  }
}
