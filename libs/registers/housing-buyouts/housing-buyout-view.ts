import type { CaseRef } from '../shared/index.js';
import { buyoutStatement, type BuyoutRules, type BuyoutStatement, type BuyoutTerms, type EarlyPayoffQuote, type IndexEntry, type StatementItem } from './buyout-calculation.js';
import type { HousingBuyoutPayment } from './housing-buyout-payment.entity.js';
import type { HousingBuyout } from './housing-buyout.entity.js';
import { formatDecimal } from '../../shared/fixed-point.js';
import { formatMinorUnits, type MinorUnits } from '../../shared/money.js';

/** Basis points as a percentage with two decimals: 50 → '0.50'. */
export const formatPercent = (basisPoints: number): string => formatDecimal(basisPoints, 2);
/** Hundredths of m² as m² with two decimals: 5437 → '54.37'. */
export const formatArea = (hundredths: number): string => formatDecimal(hundredths, 2);
const formatIndex = (value: number | null): string | null => (value === null ? null : formatDecimal(value, 4));

/** The rules a contract was calculated with. */
export function rulesOf(entry: HousingBuyout): BuyoutRules {
  return {
    serviceDeductionPerYear: entry.serviceDeductionPerYear,
    buildingAgeDeductionPerYear: entry.buildingAgeDeductionPerYear,
    maxDeduction: entry.maxDeduction,
    lumpSumDiscount: entry.lumpSumDiscount,
    minDownPayment: entry.minDownPayment,
    maxInstalments: entry.maxInstalments,
    earlyPayoffDiscount: entry.earlyPayoffDiscount,
  };
}

/** The contract's terms as the calculation reads them. */
export function termsOf(entry: HousingBuyout, index: IndexEntry[]): BuyoutTerms {
  return {
    contractDate: entry.contractDate,
    basisPerSquareMetre: entry.basisPerSquareMetre,
    areaHundredths: entry.flatAreaHundredths,
    yearsOfService: entry.yearsOfService,
    buildingAgeYears: entry.buildingAgeYears,
    payment:
      entry.paymentMethod === 'lump-sum'
        ? { method: 'lump-sum' }
        : { method: 'instalments', downPayment: entry.downPayment!, instalments: entry.instalments!, ...(entry.firstDueOn ? { firstDueOn: entry.firstDueOn } : {}) },
    index,
  };
}

/**
 * The entry as its history keeps it: what the contract says and the figures of its calculation.
 * Nothing here depends on the day it is read (arrears do, so they are left to the detail view).
 * Money, areas, rates and index values as decimal text.
 */
export function buyoutSnapshot(entry: HousingBuyout, index: IndexEntry[]) {
  const rules = rulesOf(entry);
  return {
    id: entry.id,
    version: entry.version,
    contractNumber: entry.contractNumber,
    contractDate: entry.contractDate,
    buyer: { name: entry.buyerName, personalId: entry.buyerPersonalId, address: entry.buyerAddress },
    flat: { address: entry.flatAddress, area: formatArea(entry.flatAreaHundredths) },
    parameters: {
      basisPerSquareMetre: formatMinorUnits(entry.basisPerSquareMetre),
      yearsOfService: entry.yearsOfService,
      buildingAgeYears: entry.buildingAgeYears,
      rules: {
        serviceDeductionPerYear: formatPercent(rules.serviceDeductionPerYear),
        buildingAgeDeductionPerYear: formatPercent(rules.buildingAgeDeductionPerYear),
        maxDeduction: formatPercent(rules.maxDeduction),
        lumpSumDiscount: formatPercent(rules.lumpSumDiscount),
        minDownPayment: formatPercent(rules.minDownPayment),
        maxInstalments: rules.maxInstalments,
        earlyPayoffDiscount: formatPercent(rules.earlyPayoffDiscount),
      },
    },
    payment: {
      method: entry.paymentMethod,
      downPayment: entry.downPayment === null ? null : formatMinorUnits(entry.downPayment),
      instalments: entry.instalments,
      firstDueOn: entry.firstDueOn,
    },
    index: [...index].sort((a, b) => a.from.localeCompare(b.from)).map((item) => ({ from: item.from, value: formatIndex(item.value) })),
    calculation: {
      grossPrice: formatMinorUnits(entry.grossPrice),
      deductionRate: formatPercent(entry.deductionRate),
      deduction: formatMinorUnits(entry.deduction),
      price: formatMinorUnits(entry.price),
      lumpSumDiscount: formatMinorUnits(entry.lumpSumDiscountAmount),
      total: formatMinorUnits(entry.total),
    },
    paid: formatMinorUnits(entry.paid),
    balance: formatMinorUnits(Math.max(0, entry.total - entry.paid)),
    status: entry.status,
    paidOffOn: entry.paidOffOn,
  };
}

export type BuyoutSnapshot = ReturnType<typeof buyoutSnapshot>;

/** A row of the list: the contract's figures and its arrears today. */
export function buyoutSummary(entry: HousingBuyout, arrears: MinorUnits, cases: CaseRef[]) {
  return {
    id: entry.id,
    version: entry.version,
    contractNumber: entry.contractNumber,
    contractDate: entry.contractDate,
    buyer: { name: entry.buyerName, personalId: entry.buyerPersonalId },
    flat: { address: entry.flatAddress, area: formatArea(entry.flatAreaHundredths) },
    paymentMethod: entry.paymentMethod,
    price: formatMinorUnits(entry.price),
    total: formatMinorUnits(entry.total),
    paid: formatMinorUnits(entry.paid),
    balance: formatMinorUnits(Math.max(0, entry.total - entry.paid)),
    arrears: formatMinorUnits(arrears),
    status: entry.status,
    caseIds: cases.map((ref) => ref.id),
    cases,
  };
}

/** One contract as read on `today`: the snapshot, its arrears worked out from its account, its payments with their cases. */
export function buyoutView(entry: HousingBuyout, { index, payments }: { index: IndexEntry[]; payments: HousingBuyoutPayment[] }, cases: CaseRef[], today: string) {
  const numbers = new Map(cases.map((ref) => [ref.id, ref.number]));
  const statement = buyoutStatement(termsOf(entry, index), rulesOf(entry), payments, today);
  return {
    ...buyoutSnapshot(entry, index),
    arrears: formatMinorUnits(statement.arrears),
    payments: payments.map((payment) => paymentView(payment, numbers.get(payment.caseId))),
    caseIds: cases.map((ref) => ref.id),
    cases,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
  };
}

export function paymentView(payment: HousingBuyoutPayment, caseNumber?: string) {
  return {
    id: payment.id,
    paidOn: payment.paidOn,
    amount: formatMinorUnits(payment.amount),
    earlyPayoff: payment.earlyPayoff,
    note: payment.note,
    caseId: payment.caseId,
    ...(caseNumber === undefined ? {} : { caseNumber }),
    recordedAt: payment.recordedAt,
  };
}

function itemView(item: StatementItem) {
  return {
    no: item.no,
    kind: item.kind,
    dueOn: item.dueOn,
    nominal: formatMinorUnits(item.nominal),
    index: formatIndex(item.index),
    amount: formatMinorUnits(item.amount),
    paid: formatMinorUnits(item.paid),
    outstanding: formatMinorUnits(item.outstanding),
    settledOn: item.settledOn,
    overdue: item.overdue,
  };
}

function quoteView(quote: EarlyPayoffQuote) {
  return {
    on: quote.on,
    dueUnpaid: formatMinorUnits(quote.dueUnpaid),
    remainingPrincipal: formatMinorUnits(quote.remainingPrincipal),
    index: formatIndex(quote.index),
    revaluedPrincipal: formatMinorUnits(quote.revaluedPrincipal),
    prepaid: formatMinorUnits(quote.prepaid),
    discount: formatMinorUnits(quote.discount),
    amount: formatMinorUnits(quote.amount),
  };
}

/** The account of a contract on a day: the schedule with what was paid on each item, the totals, an early-payoff quote. */
export function statementView(statement: BuyoutStatement) {
  const { price } = statement;
  return {
    asOf: statement.asOf,
    price: {
      grossPrice: formatMinorUnits(price.grossPrice),
      serviceDeductionRate: formatPercent(price.serviceDeductionRate),
      buildingAgeDeductionRate: formatPercent(price.buildingAgeDeductionRate),
      deductionRate: formatPercent(price.deductionRate),
      deductionCapped: price.deductionCapped,
      deduction: formatMinorUnits(price.deduction),
      price: formatMinorUnits(price.price),
      lumpSumDiscount: formatMinorUnits(price.lumpSumDiscount),
      payable: formatMinorUnits(price.payable),
    },
    items: statement.items.map(itemView),
    total: formatMinorUnits(statement.total),
    paid: formatMinorUnits(statement.paid),
    balance: formatMinorUnits(statement.balance),
    arrears: formatMinorUnits(statement.arrears),
    overpaid: formatMinorUnits(statement.overpaid),
    settled: statement.settled,
    paidOffOn: statement.paidOffOn,
    earlyPayoff: statement.earlyPayoff ? quoteView(statement.earlyPayoff) : null,
  };
}
