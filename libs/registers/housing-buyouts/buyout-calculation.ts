/**
 * The housing buyout calculation (otkup stana), after the buyout of socially owned flats under the
 * Law on Housing (Zakon o stanovanju): the price of the flat, its deductions, payment at once or in
 * instalments revalued by a price index, the payment schedule, the payments made against it, the
 * balance, the arrears and an early payoff. Pure functions: no Nest, no database, no clock.
 *
 * Figures are integers: money in para (`MinorUnits`, libs/shared/money.ts, as everywhere in Spis);
 * the rest is not money and keeps the scale it needs (libs/shared/fixed-point.ts): areas in
 * hundredths of m², rates in basis points, index values × 10 000 (a price index has four decimals,
 * and a revalued instalment must not lose them before its one rounding to the para).
 * Rounding: every named step is rounded half up to the para once, from exact integer products:
 *   1. gross price = basis per m² × area;
 *   2. deduction = gross price × deduction rate (after the cap);
 *   3. lump-sum discount = price × discount rate;
 *   4. nominal instalment = (price − down payment) / number of instalments, rounded DOWN; the last
 *      instalment takes the remainder, so the instalments add up to the principal exactly;
 *   5. revalued instalment = nominal instalment × index of its month / base index;
 *   6. early payoff: remaining principal × index / base index, then its discount.
 * A minimum (the down payment's share) is rounded up, so "at least 10 %" really is 10 %.
 *
 * The rates are the municipality's decision, not the law's numbers: `DEFAULT_BUYOUT_RULES` holds
 * sensible defaults, and each contract keeps the rules it was calculated with.
 */
import { mulDivCeil, mulDivHalfUp } from '../../shared/fixed-point.js';
import { formatMinorUnits, type MinorUnits } from '../../shared/money.js';

/** 100 % in basis points. */
const WHOLE = 10_000;

/** A calendar date on the Belgrade calendar, 'YYYY-MM-DD'. */
export type IsoDate = string;
/** A calendar month, 'YYYY-MM'. */
export type IsoMonth = string;

/** The configurable rates and limits, in basis points where they are rates (50 = 0.50 %). */
export interface BuyoutRules {
  /** Deduction for each year of the buyer's service (radni staž). */
  serviceDeductionPerYear: number;
  /** Deduction for each year of the building's age. */
  buildingAgeDeductionPerYear: number;
  /** The cap on the two deductions together. */
  maxDeduction: number;
  /** Discount when the price is paid at once (jednokratna isplata). */
  lumpSumDiscount: number;
  /** The smallest down payment (učešće), as a share of the price. */
  minDownPayment: number;
  /** The most monthly instalments (480 = 40 years). */
  maxInstalments: number;
  /** Discount on the not-yet-due principal when the buyer pays it all off early. */
  earlyPayoffDiscount: number;
}

/** Defaults until the municipality decides otherwise: 0.5 %/year of service, 1 %/year of age, at most 60 % off; 40 % off for paying at once; at least 10 % down; at most 40 years; no early-payoff discount. */
export const DEFAULT_BUYOUT_RULES: Readonly<BuyoutRules> = Object.freeze({
  serviceDeductionPerYear: 50,
  buildingAgeDeductionPerYear: 100,
  maxDeduction: 6_000,
  lumpSumDiscount: 4_000,
  minDownPayment: 1_000,
  maxInstalments: 480,
  earlyPayoffDiscount: 0,
});

/**
 * One value of the index series the user enters (e.g. the cumulative consumer price index): it
 * applies to instalments due in month `from` and later, until the next entry. `value` is the
 * index × 10 000 (102.5 → 1 025 000).
 */
export interface IndexEntry {
  from: IsoMonth;
  value: number;
}

export type PaymentTerms =
  | { method: 'lump-sum' }
  | {
      method: 'instalments';
      downPayment: MinorUnits;
      instalments: number;
      /** When the first instalment is due; the others follow monthly. Default: a month after the contract. */
      firstDueOn?: IsoDate;
    };

/** What a buyout contract says. */
export interface BuyoutTerms {
  contractDate: IsoDate;
  /** Price basis per m² (cena po m²), in para. */
  basisPerSquareMetre: MinorUnits;
  /** Useful area in hundredths of m² (54.37 m² → 5437). */
  areaHundredths: number;
  yearsOfService: number;
  buildingAgeYears: number;
  payment: PaymentTerms;
  /** The revaluation index; empty means instalments are not revalued. */
  index: IndexEntry[];
}

export interface BuyoutPrice {
  grossPrice: MinorUnits;
  /** Rates in basis points: for service, for age, and the one applied (their sum, capped). */
  serviceDeductionRate: number;
  buildingAgeDeductionRate: number;
  deductionRate: number;
  deductionCapped: boolean;
  deduction: MinorUnits;
  /** The buyout price (otkupna cena): gross price less the deduction. */
  price: MinorUnits;
  /** The lump-sum discount (0 for instalments). */
  lumpSumDiscount: MinorUnits;
  /** What the buyer owes before revaluation: the price, less the lump-sum discount. */
  payable: MinorUnits;
}

export type ScheduleItemKind = 'lump-sum' | 'down-payment' | 'instalment' | 'early-payoff';

export interface ScheduleItem {
  /** 0 for the down payment or the lump sum, 1… for instalments, N+1 for an early payoff. */
  no: number;
  kind: ScheduleItemKind;
  dueOn: IsoDate;
  /** The amount before revaluation. */
  nominal: MinorUnits;
  /** The index value applied (× 10 000), or null when not revalued. */
  index: number | null;
  /** The amount to pay. */
  amount: MinorUnits;
}

export interface Payment {
  paidOn: IsoDate;
  amount: MinorUnits;
  /** The buyer pays off everything not yet due (see `earlyPayoffQuote`). */
  earlyPayoff?: boolean;
}

export interface StatementItem extends ScheduleItem {
  paid: MinorUnits;
  outstanding: MinorUnits;
  /** The date of the payment that completed it. */
  settledOn: IsoDate | null;
  /** Past its due date and not fully paid. */
  overdue: boolean;
}

export interface EarlyPayoffQuote {
  on: IsoDate;
  /** Amounts due up to and including `on` and not yet paid. */
  dueUnpaid: MinorUnits;
  /** Nominal principal of the instalments due after `on`. */
  remainingPrincipal: MinorUnits;
  /** The index applied to it (× 10 000), or null when not revalued. */
  index: number | null;
  revaluedPrincipal: MinorUnits;
  /** Paid beyond what was due, counted against the remaining principal. */
  prepaid: MinorUnits;
  discount: MinorUnits;
  /** What settles the contract on `on`. */
  amount: MinorUnits;
}

export interface BuyoutStatement {
  asOf: IsoDate;
  price: BuyoutPrice;
  items: StatementItem[];
  /** The sum of the items as scheduled (with revaluation). */
  total: MinorUnits;
  /** Paid up to `asOf`. */
  paid: MinorUnits;
  /** Still to pay: total − paid, not below 0. */
  balance: MinorUnits;
  /** Past due and unpaid (dospeli a neplaćeni iznos): due before `asOf`; paying on the due date is in time. */
  arrears: MinorUnits;
  /** Paid beyond the total. */
  overpaid: MinorUnits;
  settled: boolean;
  /** The date of an early payoff, when the contract was paid off early. */
  paidOffOn: IsoDate | null;
  /** What paying off early on `asOf` would take, while instalments remain. */
  earlyPayoff: EarlyPayoffQuote | null;
}

/** A rule of the calculation the input breaks, with a stable code for the API. */
export class BuyoutCalculationError extends Error {
  constructor(
    readonly code:
      | 'HOUSING_BUYOUT_DOWN_PAYMENT_TOO_LOW'
      | 'HOUSING_BUYOUT_DOWN_PAYMENT_COVERS_PRICE'
      | 'HOUSING_BUYOUT_TOO_MANY_INSTALMENTS'
      | 'HOUSING_BUYOUT_INSTALMENT_TOO_SMALL'
      | 'HOUSING_BUYOUT_INDEX_BASE_MISSING'
      | 'HOUSING_BUYOUT_INDEX_MONTH_REPEATED'
      | 'HOUSING_BUYOUT_EARLY_PAYOFF_SHORT',
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'BuyoutCalculationError';
  }
}

/** The price: basis × area, less the deductions for service and age (capped). */
export function buyoutPrice(terms: BuyoutTerms, rules: BuyoutRules): BuyoutPrice {
  const grossPrice = mulDivHalfUp(terms.basisPerSquareMetre, terms.areaHundredths, 100);
  const serviceDeductionRate = terms.yearsOfService * rules.serviceDeductionPerYear;
  const buildingAgeDeductionRate = terms.buildingAgeYears * rules.buildingAgeDeductionPerYear;
  const uncapped = serviceDeductionRate + buildingAgeDeductionRate;
  const deductionRate = Math.min(uncapped, rules.maxDeduction, WHOLE);
  const deduction = mulDivHalfUp(grossPrice, deductionRate, WHOLE);
  const price = grossPrice - deduction;
  const lumpSumDiscount = terms.payment.method === 'lump-sum' ? mulDivHalfUp(price, rules.lumpSumDiscount, WHOLE) : 0;
  return {
    grossPrice,
    serviceDeductionRate,
    buildingAgeDeductionRate,
    deductionRate,
    deductionCapped: uncapped > deductionRate,
    deduction,
    price,
    lumpSumDiscount,
    payable: price - lumpSumDiscount,
  };
}

/** The payment schedule: one lump sum, or the down payment and the monthly instalments, revalued. */
export function paymentSchedule(terms: BuyoutTerms, rules: BuyoutRules): ScheduleItem[] {
  const { payable } = buyoutPrice(terms, rules);
  const payment = terms.payment;
  if (payment.method === 'lump-sum') {
    return [{ no: 0, kind: 'lump-sum', dueOn: terms.contractDate, nominal: payable, index: null, amount: payable }];
  }
  if (!Number.isInteger(payment.instalments) || payment.instalments < 1) throw new RangeError(`At least one instalment, got ${payment.instalments}`);
  const minimum = mulDivCeil(payable, rules.minDownPayment, WHOLE);
  if (payment.downPayment < minimum) throw new BuyoutCalculationError('HOUSING_BUYOUT_DOWN_PAYMENT_TOO_LOW', { minimum: formatMinorUnits(minimum) });
  if (payment.downPayment >= payable) throw new BuyoutCalculationError('HOUSING_BUYOUT_DOWN_PAYMENT_COVERS_PRICE', { price: formatMinorUnits(payable) });
  if (payment.instalments > rules.maxInstalments) throw new BuyoutCalculationError('HOUSING_BUYOUT_TOO_MANY_INSTALMENTS', { maximum: rules.maxInstalments });
  const principal = payable - payment.downPayment;
  if (principal < payment.instalments) throw new BuyoutCalculationError('HOUSING_BUYOUT_INSTALMENT_TOO_SMALL', { instalments: payment.instalments });

  const index = revaluation(terms);
  const each = Math.floor(principal / payment.instalments);
  // Months are counted from one anchor, so a contract of 31 January keeps the 31st where a month has it.
  const [anchor, offset] = payment.firstDueOn ? [payment.firstDueOn, 0] : [terms.contractDate, 1];
  const items: ScheduleItem[] = [{ no: 0, kind: 'down-payment', dueOn: terms.contractDate, nominal: payment.downPayment, index: null, amount: payment.downPayment }];
  for (let no = 1; no <= payment.instalments; no++) {
    const nominal = no === payment.instalments ? principal - each * (payment.instalments - 1) : each;
    const dueOn = addMonths(anchor, no - 1 + offset);
    const applied = index.at(monthOf(dueOn));
    items.push({ no, kind: 'instalment', dueOn, nominal, index: applied, amount: index.revalue(nominal, applied) });
  }
  return items;
}

/**
 * What paying off early on `on` takes: everything due up to `on` and unpaid, plus the principal of
 * the instalments due later, revalued at the index of `on`'s month (the latest one known then),
 * less what was paid ahead and less the early-payoff discount on the rest. `payments` are those
 * made up to `on`. Null when no instalment falls due after `on`.
 */
export function earlyPayoffQuote(terms: BuyoutTerms, rules: BuyoutRules, payments: Payment[], on: IsoDate): EarlyPayoffQuote | null {
  return quoteFor(terms, rules, paymentSchedule(terms, rules), payments, on);
}

/**
 * The account of the contract on `asOf`: the schedule (after an early payoff, if one was made),
 * the payments up to `asOf` applied oldest item first, what is paid, the balance and the arrears.
 */
export function buyoutStatement(terms: BuyoutTerms, rules: BuyoutRules, payments: Payment[], asOf: IsoDate): BuyoutStatement {
  const price = buyoutPrice(terms, rules);
  const made = chronological(payments).filter((payment) => payment.paidOn <= asOf);
  const { items: schedule, paidOffOn } = afterEarlyPayoff(terms, rules, paymentSchedule(terms, rules), made);
  const items = applyPayments(schedule, made, asOf);
  const total = sum(items.map((item) => item.amount));
  const paid = sum(made.map((payment) => payment.amount));
  return {
    asOf,
    price,
    items,
    total,
    paid,
    balance: Math.max(0, total - paid),
    arrears: sum(items.filter((item) => item.overdue).map((item) => item.outstanding)),
    overpaid: Math.max(0, paid - total),
    settled: paid >= total,
    paidOffOn,
    earlyPayoff: paidOffOn ? null : quoteFor(terms, rules, schedule, made, asOf),
  };
}

function quoteFor(terms: BuyoutTerms, rules: BuyoutRules, schedule: ScheduleItem[], payments: Payment[], on: IsoDate): EarlyPayoffQuote | null {
  const later = schedule.filter((item) => item.dueOn > on);
  if (later.length === 0) return null;
  const dueTotal = sum(schedule.filter((item) => item.dueOn <= on).map((item) => item.amount));
  const paid = sum(payments.filter((payment) => payment.paidOn <= on).map((payment) => payment.amount));
  const index = revaluation(terms);
  const applied = index.at(monthOf(on));
  const remainingPrincipal = sum(later.map((item) => item.nominal));
  const revaluedPrincipal = index.revalue(remainingPrincipal, applied);
  const prepaid = Math.max(0, paid - dueTotal);
  const notYetDue = Math.max(0, revaluedPrincipal - prepaid);
  const discount = mulDivHalfUp(notYetDue, rules.earlyPayoffDiscount, WHOLE);
  const dueUnpaid = Math.max(0, dueTotal - paid);
  return { on, dueUnpaid, remainingPrincipal, index: applied, revaluedPrincipal, prepaid, discount, amount: dueUnpaid + notYetDue - discount };
}

/**
 * The first early payoff among `payments` replaces the instalments due after its date with one
 * item: their principal revalued, less the discount. The payoff must cover the quote of its day.
 */
function afterEarlyPayoff(terms: BuyoutTerms, rules: BuyoutRules, schedule: ScheduleItem[], payments: Payment[]): { items: ScheduleItem[]; paidOffOn: IsoDate | null } {
  const at = payments.findIndex((payment) => payment.earlyPayoff);
  if (at < 0) return { items: schedule, paidOffOn: null };
  const payoff = payments[at];
  const quote = quoteFor(terms, rules, schedule, payments.slice(0, at), payoff.paidOn);
  if (!quote) return { items: schedule, paidOffOn: null };
  if (payoff.amount < quote.amount) throw new BuyoutCalculationError('HOUSING_BUYOUT_EARLY_PAYOFF_SHORT', { required: formatMinorUnits(quote.amount) });
  const kept = schedule.filter((item) => item.dueOn <= payoff.paidOn);
  const last = schedule[schedule.length - 1];
  const item: ScheduleItem = {
    no: last.no + 1,
    kind: 'early-payoff',
    dueOn: payoff.paidOn,
    nominal: quote.remainingPrincipal,
    index: quote.index,
    amount: quote.revaluedPrincipal - quote.discount,
  };
  return { items: [...kept, item], paidOffOn: payoff.paidOn };
}

/** Each payment settles the oldest open items first (by due date, then number). */
function applyPayments(schedule: ScheduleItem[], payments: Payment[], asOf: IsoDate): StatementItem[] {
  const items = [...schedule]
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.no - b.no))
    .map((item) => ({ ...item, paid: 0, outstanding: item.amount, settledOn: null as IsoDate | null, overdue: false }));
  let next = 0;
  for (const payment of payments) {
    let left = payment.amount;
    while (left > 0 && next < items.length) {
      const item = items[next];
      const share = Math.min(left, item.outstanding);
      item.paid += share;
      item.outstanding -= share;
      left -= share;
      if (item.outstanding === 0) {
        item.settledOn = payment.paidOn;
        next++;
      }
    }
  }
  for (const item of items) {
    if (item.outstanding === 0 && item.settledOn === null) item.settledOn = item.dueOn;
    item.overdue = item.outstanding > 0 && item.dueOn < asOf;
  }
  return items;
}

/** The index series as the schedule reads it: the entry applying in a month, and the revaluation. */
function revaluation(terms: BuyoutTerms) {
  const series = [...terms.index].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  series.forEach((entry, i) => {
    if (i > 0 && series[i - 1].from === entry.from) throw new BuyoutCalculationError('HOUSING_BUYOUT_INDEX_MONTH_REPEATED', { month: entry.from });
  });
  const at = (month: IsoMonth): number | null => {
    let found: number | null = null;
    for (const entry of series) if (entry.from <= month) found = entry.value;
    return found;
  };
  const contractMonth = monthOf(terms.contractDate);
  const base = series.length === 0 ? null : at(contractMonth);
  if (series.length > 0 && base === null) throw new BuyoutCalculationError('HOUSING_BUYOUT_INDEX_BASE_MISSING', { month: contractMonth });
  return {
    /** The index applying in `month`; null when there is no series. A month before the contract's gets the base. */
    at: (month: IsoMonth): number | null => (base === null ? null : (at(month) ?? base)),
    revalue: (nominal: MinorUnits, index: number | null): MinorUnits => (base === null || index === null ? nominal : mulDivHalfUp(nominal, index, base)),
  };
}

/** Payments in date order; those of one day in the order given. */
function chronological(payments: Payment[]): Payment[] {
  return payments.map((payment, i) => ({ payment, i })).sort((a, b) => (a.payment.paidOn < b.payment.paidOn ? -1 : a.payment.paidOn > b.payment.paidOn ? 1 : a.i - b.i)).map(({ payment }) => payment);
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

export const monthOf = (date: IsoDate): IsoMonth => date.slice(0, 7);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `date` moved by `months` calendar months, keeping its day of the month, or the month's last day
 * when it has no such day: 31 Jan + 1 month is 28 (or 29) Feb, 31 Jan + 2 months is 31 Mar. Dates
 * are Belgrade calendar days; the arithmetic is on the calendar, never on instants.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const match = ISO_DATE.exec(date);
  if (!match || !Number.isInteger(months)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const monthIndex = Number(match[1]) * 12 + Number(match[2]) - 1 + months;
  const [year, month] = [Math.floor(monthIndex / 12), (monthIndex % 12) + 1];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(match[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
