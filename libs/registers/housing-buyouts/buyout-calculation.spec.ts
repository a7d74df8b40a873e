import { describe, expect, it } from '@jest/globals';
import {
  addMonths,
  buyoutPrice,
  buyoutStatement,
  DEFAULT_BUYOUT_RULES,
  earlyPayoffQuote,
  paymentSchedule,
  type BuyoutCalculationError,
  type BuyoutRules,
  type BuyoutTerms,
  type Payment,
  type PaymentTerms,
} from './buyout-calculation.js';

/**
 * Figures are in para (1/100 dinar), areas in hundredths of m², rates in basis points, index
 * values × 10 000. The rules are the defaults: 0.50 %/year of service, 1 %/year of the building's
 * age, deductions capped at 60 %, 40 % off for paying at once, at least 10 % down.
 */
const RULES = DEFAULT_BUYOUT_RULES;
const LUMP_SUM: PaymentTerms = { method: 'lump-sum' };

const terms = (overrides: Partial<BuyoutTerms>): BuyoutTerms => ({
  contractDate: '2026-03-02',
  basisPerSquareMetre: 15_000_000,
  areaHundredths: 5437,
  yearsOfService: 25,
  buildingAgeYears: 40,
  payment: LUMP_SUM,
  index: [],
  ...overrides,
});

function calculationError(run: () => unknown): Pick<BuyoutCalculationError, 'code' | 'params'> {
  try {
    run();
  } catch (error) {
    const { code, params } = error as BuyoutCalculationError;
    return { code, params };
  }
  throw new Error('expected a BuyoutCalculationError');
}

describe('buyoutPrice', () => {
  it.each<[string, Partial<BuyoutTerms>, Partial<ReturnType<typeof buyoutPrice>>]>([
    [
      // 150 000.00 din/m² × 54.37 m² = 8 155 500.00 din → 815 550 000 para.
      // Deduction: 25 years × 0.50 % = 12.50 % + 40 years × 1 % = 40 % → 52.50 % (under the 60 % cap).
      // 815 550 000 × 0.525 = 428 163 750 → price 815 550 000 − 428 163 750 = 387 386 250 (3 873 862.50 din).
      // At once: 40 % off = 154 954 500 → payable 232 431 750 (2 324 317.50 din).
      'lump sum: basis × area, deductions for service and age, 40 % off for paying at once',
      {},
      { grossPrice: 815_550_000, serviceDeductionRate: 1_250, buildingAgeDeductionRate: 4_000, deductionRate: 5_250, deductionCapped: false, deduction: 428_163_750, price: 387_386_250, lumpSumDiscount: 154_954_500, payable: 232_431_750 },
    ],
    [
      // Same flat; 35 years × 0.50 % = 17.50 % + 50 years × 1 % = 50 % → 67.50 %, capped at 60 %.
      // 815 550 000 × 0.60 = 489 330 000 → price 326 220 000; no lump-sum discount for instalments.
      'deductions above the cap are cut to 60 %; instalments get no lump-sum discount',
      { yearsOfService: 35, buildingAgeYears: 50, payment: { method: 'instalments', downPayment: 40_000_000, instalments: 240 } },
      { grossPrice: 815_550_000, deductionRate: 6_000, deductionCapped: true, deduction: 489_330_000, price: 326_220_000, lumpSumDiscount: 0, payable: 326_220_000 },
    ],
    [
      // 123 456.78 din/m² × 48.33 m²: 12 345 678 × 4833 / 100 = 596 666 617.74 → 596 666 618 (half up).
      // 17 × 0.50 % + 33 × 1 % = 41.50 %: 596 666 618 × 0.415 = 247 616 646.47 → 247 616 646.
      // Price 596 666 618 − 247 616 646 = 349 049 972. At once: 40 % = 139 619 988.8 → 139 619 989; payable 209 429 983.
      'each step is rounded half up to the para once',
      { basisPerSquareMetre: 12_345_678, areaHundredths: 4833, yearsOfService: 17, buildingAgeYears: 33 },
      { grossPrice: 596_666_618, deductionRate: 4_150, deduction: 247_616_646, price: 349_049_972, lumpSumDiscount: 139_619_989, payable: 209_429_983 },
    ],
    [
      // 100 000.01 din/m² × 12.50 m² = 1 250 000.125 din: 10 000 001 × 1250 / 100 = 125 000 012.5 → 125 000 013.
      // No service, a new building: no deduction. At once: 40 % = 50 000 005.2 → 50 000 005; payable 75 000 008.
      'an exact half para goes up; no years, no deduction',
      { basisPerSquareMetre: 10_000_001, areaHundredths: 1250, yearsOfService: 0, buildingAgeYears: 0 },
      { grossPrice: 125_000_013, deductionRate: 0, deduction: 0, price: 125_000_013, lumpSumDiscount: 50_000_005, payable: 75_000_008 },
    ],
  ])('%s', (_scenario, input, expected) => {
    expect(buyoutPrice(terms(input), RULES)).toMatchObject(expected);
  });

  it('applies the rates configured instead of the defaults', () => {
    // 0.75 %/year × 25 = 18.75 % + 0.60 %/year × 40 = 24 % → 42.75 % (cap 50 %): 815 550 000 × 0.4275 = 348 647 625.
    // Price 466 902 375; at once 30 % off = 140 070 712.5 → 140 070 713; payable 326 831 662.
    const rules: BuyoutRules = { ...RULES, serviceDeductionPerYear: 75, buildingAgeDeductionPerYear: 60, maxDeduction: 5_000, lumpSumDiscount: 3_000 };
    expect(buyoutPrice(terms({}), rules)).toMatchObject({ deductionRate: 4_275, deduction: 348_647_625, price: 466_902_375, lumpSumDiscount: 140_070_713, payable: 326_831_662 });
  });
});

/**
 * The instalment contract used below. 100 000.00 din/m² × 50.00 m² = 500 000 000 para; 20 years of
 * service (10 %) and a 30-year-old building (30 %) take 40 % off: price 300 000 000 (3 000 000.00 din).
 * Down payment 30 000 000 (exactly the 10 % minimum); principal 270 000 000 in 7 instalments:
 * 270 000 000 / 7 = 38 571 428.57 → 38 571 428 each, the last 270 000 000 − 6 × 38 571 428 = 38 571 432.
 * Contract of 31 January 2026, so instalments fall due on the last day of each month from February.
 * Index (base 100 in January): 102.5 from April, 105.1234 from July.
 */
const INSTALMENTS = terms({
  contractDate: '2026-01-31',
  basisPerSquareMetre: 10_000_000,
  areaHundredths: 5000,
  yearsOfService: 20,
  buildingAgeYears: 30,
  payment: { method: 'instalments', downPayment: 30_000_000, instalments: 7 },
  index: [
    { from: '2026-07', value: 1_051_234 },
    { from: '2026-01', value: 1_000_000 },
    { from: '2026-04', value: 1_025_000 },
  ],
});

describe('paymentSchedule', () => {
  it('a lump sum is one item due on the contract date, for the discounted price', () => {
    expect(paymentSchedule(terms({}), RULES)).toEqual([{ no: 0, kind: 'lump-sum', dueOn: '2026-03-02', nominal: 232_431_750, index: null, amount: 232_431_750 }]);
  });

  it('instalments: down payment, monthly due dates clamped to the month\'s end, each revalued by the index of its month', () => {
    expect(paymentSchedule(INSTALMENTS, RULES)).toEqual([
      { no: 0, kind: 'down-payment', dueOn: '2026-01-31', nominal: 30_000_000, index: null, amount: 30_000_000 },
      // February and March: index 100 → as nominal.
      { no: 1, kind: 'instalment', dueOn: '2026-02-28', nominal: 38_571_428, index: 1_000_000, amount: 38_571_428 },
      { no: 2, kind: 'instalment', dueOn: '2026-03-31', nominal: 38_571_428, index: 1_000_000, amount: 38_571_428 },
      // April–June: 38 571 428 × 102.5 / 100 = 39 535 713.7 → 39 535 714.
      { no: 3, kind: 'instalment', dueOn: '2026-04-30', nominal: 38_571_428, index: 1_025_000, amount: 39_535_714 },
      { no: 4, kind: 'instalment', dueOn: '2026-05-31', nominal: 38_571_428, index: 1_025_000, amount: 39_535_714 },
      { no: 5, kind: 'instalment', dueOn: '2026-06-30', nominal: 38_571_428, index: 1_025_000, amount: 39_535_714 },
      // July: 38 571 428 × 105.1234 / 100 = 40 547 596.54 → 40 547 597.
      { no: 6, kind: 'instalment', dueOn: '2026-07-31', nominal: 38_571_428, index: 1_051_234, amount: 40_547_597 },
      // August: no newer index, July's applies; the last instalment 38 571 432 × 1.051234 = 40 547 600.75 → 40 547 601.
      { no: 7, kind: 'instalment', dueOn: '2026-08-31', nominal: 38_571_432, index: 1_051_234, amount: 40_547_601 },
    ]);
  });

  it('without an index the instalments stay nominal; the first due date can be set', () => {
    const schedule = paymentSchedule({ ...INSTALMENTS, index: [], payment: { method: 'instalments', downPayment: 30_000_000, instalments: 3, firstDueOn: '2026-02-15' } }, RULES);
    // 270 000 000 / 3 = 90 000 000 each, nothing left over.
    expect(schedule.map(({ dueOn, amount, index }) => [dueOn, amount, index])).toEqual([
      ['2026-01-31', 30_000_000, null],
      ['2026-02-15', 90_000_000, null],
      ['2026-03-15', 90_000_000, null],
      ['2026-04-15', 90_000_000, null],
    ]);
  });

  it('the instalments add up to the principal exactly, however many there are', () => {
    // 326 220 000 − 40 000 000 = 286 220 000 over 480 months: 596 291 each (× 479 = 285 623 389), the last 596 611.
    const schedule = paymentSchedule(terms({ yearsOfService: 35, buildingAgeYears: 50, payment: { method: 'instalments', downPayment: 40_000_000, instalments: 480 } }), RULES);
    expect(schedule).toHaveLength(481);
    expect(schedule.slice(1).reduce((total, item) => total + item.amount, 0)).toBe(286_220_000);
    expect(schedule[480]).toMatchObject({ dueOn: '2066-03-02', amount: 596_611 });
  });

  it.each<[string, Partial<BuyoutTerms>, Pick<BuyoutCalculationError, 'code' | 'params'>]>([
    [
      'a down payment under 10 %',
      { payment: { method: 'instalments', downPayment: 29_999_999, instalments: 7 } },
      { code: 'HOUSING_BUYOUT_DOWN_PAYMENT_TOO_LOW', params: { minimum: '300000.00' } },
    ],
    [
      // 10 % of 349 049 972 is 34 904 997.2; a para less than 34 904 998 would be under 10 %.
      'a minimum that is not a whole para is rounded up',
      { basisPerSquareMetre: 12_345_678, areaHundredths: 4833, yearsOfService: 17, buildingAgeYears: 33, index: [], payment: { method: 'instalments', downPayment: 34_904_997, instalments: 7 } },
      { code: 'HOUSING_BUYOUT_DOWN_PAYMENT_TOO_LOW', params: { minimum: '349049.98' } },
    ],
    ['a down payment of the whole price', { payment: { method: 'instalments', downPayment: 300_000_000, instalments: 7 } }, { code: 'HOUSING_BUYOUT_DOWN_PAYMENT_COVERS_PRICE', params: { price: '3000000.00' } }],
    ['more than 480 instalments', { payment: { method: 'instalments', downPayment: 30_000_000, instalments: 481 } }, { code: 'HOUSING_BUYOUT_TOO_MANY_INSTALMENTS', params: { maximum: 480 } }],
    ['instalments of less than a para', { payment: { method: 'instalments', downPayment: 299_999_990, instalments: 11 } }, { code: 'HOUSING_BUYOUT_INSTALMENT_TOO_SMALL', params: { instalments: 11 } }],
    ['an index series starting after the contract month', { index: [{ from: '2026-02', value: 1_000_000 }] }, { code: 'HOUSING_BUYOUT_INDEX_BASE_MISSING', params: { month: '2026-01' } }],
    ['a month given twice in the index series', { index: [{ from: '2026-01', value: 1_000_000 }, { from: '2026-01', value: 1_010_000 }] }, { code: 'HOUSING_BUYOUT_INDEX_MONTH_REPEATED', params: { month: '2026-01' } }],
  ])('refuses %s', (_scenario, input, expected) => {
    expect(calculationError(() => paymentSchedule({ ...INSTALMENTS, ...input }, RULES))).toEqual(expected);
  });
});

/** Down payment on time, February's instalment early, 200 000.00 din towards March's on 10 April. */
const PAID: Payment[] = [
  { paidOn: '2026-01-31', amount: 30_000_000 },
  { paidOn: '2026-04-10', amount: 20_000_000 },
  { paidOn: '2026-02-27', amount: 38_571_428 },
];

describe('buyoutStatement', () => {
  it.each<[string, BuyoutTerms, Payment[], string, Partial<ReturnType<typeof buyoutStatement>>]>([
    [
      // Total = 30 000 000 + 2 × 38 571 428 + 3 × 39 535 714 + 40 547 597 + 40 547 601 = 306 845 196.
      // Paid by 5 May: 30 000 000 + 38 571 428 + 20 000 000 = 88 571 428; balance 218 273 768.
      // Payments go to the oldest items: down payment, February, then 20 000 000 of March's 38 571 428.
      // Arrears: rest of March 18 571 428 + April 39 535 714 = 58 107 142 (May is not due yet).
      'instalments: payments go to the oldest items; arrears are what is past due',
      INSTALMENTS,
      PAID,
      '2026-05-05',
      { total: 306_845_196, paid: 88_571_428, balance: 218_273_768, arrears: 58_107_142, overpaid: 0, settled: false, paidOffOn: null },
    ],
    [
      // On 31 March the April payment is not made yet and March's instalment is due that very day:
      // paying on the due date is in time, so no arrears. Paid 68 571 428; balance 306 845 196 − 68 571 428.
      'an item due today is not in arrears; later payments do not count yet',
      INSTALMENTS,
      PAID,
      '2026-03-31',
      { paid: 68_571_428, balance: 238_273_768, arrears: 0 },
    ],
    [
      // 232 431 750 due on 2 March, unpaid on 5 March: all of it is in arrears.
      'lump sum unpaid after its day',
      terms({}),
      [{ paidOn: '2026-03-10', amount: 232_431_750 }],
      '2026-03-05',
      { total: 232_431_750, paid: 0, balance: 232_431_750, arrears: 232_431_750, settled: false, earlyPayoff: null },
    ],
    [
      'lump sum paid: settled',
      terms({}),
      [{ paidOn: '2026-03-10', amount: 232_431_750 }],
      '2026-03-10',
      { paid: 232_431_750, balance: 0, arrears: 0, settled: true, overpaid: 0 },
    ],
    [
      'a payment beyond the price is an overpayment, not a negative balance',
      terms({}),
      [{ paidOn: '2026-03-02', amount: 232_431_800 }],
      '2026-03-02',
      { balance: 0, overpaid: 50, settled: true },
    ],
  ])('%s', (_scenario, contract, payments, asOf, expected) => {
    expect(buyoutStatement(contract, RULES, payments, asOf)).toMatchObject(expected);
  });

  it('shows each item with what was paid on it and when it was settled', () => {
    const { items } = buyoutStatement(INSTALMENTS, RULES, PAID, '2026-05-05');
    expect(items.slice(0, 5).map(({ no, paid, outstanding, settledOn, overdue }) => ({ no, paid, outstanding, settledOn, overdue }))).toEqual([
      { no: 0, paid: 30_000_000, outstanding: 0, settledOn: '2026-01-31', overdue: false },
      { no: 1, paid: 38_571_428, outstanding: 0, settledOn: '2026-02-27', overdue: false },
      { no: 2, paid: 20_000_000, outstanding: 18_571_428, settledOn: null, overdue: true },
      { no: 3, paid: 0, outstanding: 39_535_714, settledOn: null, overdue: true },
      { no: 4, paid: 0, outstanding: 39_535_714, settledOn: null, overdue: false },
    ]);
  });
});

describe('early payoff', () => {
  const RULES_WITH_PAYOFF_DISCOUNT: BuyoutRules = { ...RULES, earlyPayoffDiscount: 500 };

  it.each<[string, Payment[], string, ReturnType<typeof earlyPayoffQuote>]>([
    [
      // Due by 5 May: down 30 000 000 + Feb 38 571 428 + Mar 38 571 428 + Apr 39 535 714 = 146 678 570;
      // paid 88 571 428 → 58 107 142 due and unpaid.
      // Not yet due (May–August), nominal: 3 × 38 571 428 + 38 571 432 = 154 285 716, revalued at May's
      // index 102.5: 154 285 716 × 1.025 = 158 142 858.9 → 158 142 859; 5 % off: 7 907 142.95 → 7 907 143.
      // To pay: 58 107 142 + 158 142 859 − 7 907 143 = 208 342 858.
      'arrears in full, the remaining principal revalued at the latest index, less the discount',
      PAID,
      '2026-05-05',
      { on: '2026-05-05', dueUnpaid: 58_107_142, remainingPrincipal: 154_285_716, index: 1_025_000, revaluedPrincipal: 158_142_859, prepaid: 0, discount: 7_907_143, amount: 208_342_858 },
    ],
    [
      // On 15 Feb only the down payment was due; 100 000 000 paid beyond it counts against the
      // principal: 270 000 000 at index 100 − 100 000 000 = 170 000 000, 5 % off = 8 500 000 → 161 500 000.
      'what was paid ahead is counted before the discount',
      [{ paidOn: '2026-01-31', amount: 30_000_000 }, { paidOn: '2026-02-10', amount: 100_000_000 }],
      '2026-02-15',
      { on: '2026-02-15', dueUnpaid: 0, remainingPrincipal: 270_000_000, index: 1_000_000, revaluedPrincipal: 270_000_000, prepaid: 100_000_000, discount: 8_500_000, amount: 161_500_000 },
    ],
    ['nothing to pay off once the last instalment has fallen due', PAID, '2026-08-31', null],
  ])('quote: %s', (_scenario, payments, on, expected) => {
    expect(earlyPayoffQuote(INSTALMENTS, RULES_WITH_PAYOFF_DISCOUNT, payments, on)).toEqual(expected);
  });

  it('a payoff of the quoted amount settles the contract; the instalments not due become one item', () => {
    const payments = [...PAID, { paidOn: '2026-05-05', amount: 208_342_858, earlyPayoff: true }];
    const statement = buyoutStatement(INSTALMENTS, RULES_WITH_PAYOFF_DISCOUNT, payments, '2026-06-30');
    // Items due by 5 May (146 678 570) + the payoff item 158 142 859 − 7 907 143 = 150 235 716 → 296 914 286,
    // exactly what was paid: 88 571 428 + 208 342 858.
    expect(statement).toMatchObject({ total: 296_914_286, paid: 296_914_286, balance: 0, arrears: 0, settled: true, paidOffOn: '2026-05-05', earlyPayoff: null });
    expect(statement.items.map(({ no, kind, amount, outstanding, settledOn }) => [no, kind, amount, outstanding, settledOn])).toEqual([
      [0, 'down-payment', 30_000_000, 0, '2026-01-31'],
      [1, 'instalment', 38_571_428, 0, '2026-02-27'],
      [2, 'instalment', 38_571_428, 0, '2026-05-05'],
      [3, 'instalment', 39_535_714, 0, '2026-05-05'],
      [8, 'early-payoff', 150_235_716, 0, '2026-05-05'],
    ]);
  });

  it('a payoff short of the quote is refused with the amount required', () => {
    const payments = [...PAID, { paidOn: '2026-05-05', amount: 208_342_857, earlyPayoff: true }];
    expect(calculationError(() => buyoutStatement(INSTALMENTS, RULES_WITH_PAYOFF_DISCOUNT, payments, '2026-05-05'))).toEqual({ code: 'HOUSING_BUYOUT_EARLY_PAYOFF_SHORT', params: { required: '2083428.58' } });
  });

  it('a statement before the payoff shows the schedule as it was, with the quote of that day', () => {
    const payments = [...PAID, { paidOn: '2026-05-05', amount: 208_342_858, earlyPayoff: true }];
    const statement = buyoutStatement(INSTALMENTS, RULES_WITH_PAYOFF_DISCOUNT, payments, '2026-05-04');
    expect(statement).toMatchObject({ total: 306_845_196, paidOffOn: null, settled: false });
    expect(statement.items).toHaveLength(8);
    expect(statement.earlyPayoff?.amount).toBeGreaterThan(0);
  });
});

describe('addMonths', () => {
  it.each<[string, number, string]>([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-01-31', 2, '2026-03-31'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-31', 480, '2066-01-31'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});
