import { randomUUID } from 'node:crypto';
import { buyoutPrice, buyoutStatement, DEFAULT_BUYOUT_RULES, monthOf, type BuyoutStatement, type IndexEntry, type Payment } from '../../../../libs/registers/housing-buyouts/buyout-calculation.js';
import { buyoutSnapshot, paymentView, rulesOf, termsOf } from '../../../../libs/registers/housing-buyouts/housing-buyout-view.js';
import type { HousingBuyoutPayment } from '../../../../libs/registers/housing-buyouts/housing-buyout-payment.entity.js';
import type { HousingBuyout } from '../../../../libs/registers/housing-buyouts/housing-buyout.entity.js';
import { registerSearchText } from '../../../../libs/registers/shared/register-search.js';
import { formatDecimal, mulDivCeil } from '../../../../libs/shared/fixed-point.js';
import { isValidJmbg } from '../../../../libs/shared/jmbg.js';
import type { MinorUnits } from '../../../../libs/shared/money.js';
import type { RegisterGenerator } from '../registers.js';
import { address, STREETS } from '../vocabulary.js';
import { appointKeepers, decisionsOf, freshJmbg, insertRows, moment, personNameOf, pickAny, RegisterLog, type Decision } from './decisions.js';

interface Contract {
  entry: HousingBuyout;
  index: IndexEntry[];
  payments: HousingBuyoutPayment[];
  statement: BuyoutStatement;
}

/**
 * Housing buyouts (V-03, mark 362): a contract on a buyer's request, priced by the application's
 * own calculation (`buyoutPrice`, `buyoutStatement`) with the default rules; a lump sum or the down
 * payment recorded with it; later, when a buyer asks for a statement of the instalments paid, the
 * payments since the last one recorded (and now and then an early payoff) — as
 * HousingBuyoutsService records them, with the figures and the schedule recalculated each time.
 */
export const housingBuyoutsGenerator: RegisterGenerator = {
  register: 'housing-buyouts',
  tables: ['housing_buyout', 'housing_buyout_index', 'housing_buyout_instalment', 'housing_buyout_payment', 'register_change'],
  async generate(db, { random, world }) {
    const log = new RegisterLog('housing-buyouts');
    const contracts: Contract[] = [];
    const buyers = new Set<string>();
    let numbered = 0;

    /** HousingBuyoutsService.recalculate: the account as of the change's day (or the last payment), onto the entry. */
    const recalculate = (contract: Contract, day: string) => {
      const { entry, index, payments } = contract;
      const asOf = [day, ...payments.map((payment) => payment.paidOn)].sort().at(-1)!;
      const statement = buyoutStatement(termsOf(entry, index), rulesOf(entry), payments, asOf);
      Object.assign(entry, {
        grossPrice: statement.price.grossPrice, deductionRate: statement.price.deductionRate, deduction: statement.price.deduction, price: statement.price.price,
        lumpSumDiscountAmount: statement.price.lumpSumDiscount, total: statement.total, paid: statement.paid, status: statement.settled ? 'settled' : 'in-payment',
        paidOffOn: statement.paidOffOn, searchText: registerSearchText(entry.contractNumber, entry.buyerName, entry.buyerAddress, entry.flatAddress),
      });
      contract.statement = statement;
    };

    const pay = (contract: Contract, decision: Decision, step: number, amount: MinorUnits, earlyPayoff: boolean, note: string) => {
      const at = moment(decision, step);
      const before = buyoutSnapshot(contract.entry, contract.index);
      const payment: HousingBuyoutPayment = { id: randomUUID(), buyoutId: contract.entry.id, paidOn: decision.day, amount, earlyPayoff, note, caseId: decision.id, recordedBy: decision.actorId, recordedAt: at };
      contract.payments.push(payment);
      recalculate(contract, decision.day);
      contract.entry.version += 1;
      contract.entry.updatedAt = at;
      log.record(contract.entry.id, decision, at, 'payment', before, { ...buyoutSnapshot(contract.entry, contract.index), payment: paymentView(payment, decision.number) });
    };

    for (const decision of await decisionsOf(db, ['362'])) {
      if (decision.subject.includes('otkup stana')) {
        const lumpSum = random.chance(0.3);
        const given = decision.partyPersonalId;
        const buyerPersonalId = given && isValidJmbg(given) && !buyers.has(given) ? given : freshJmbg(random, buyers, { from: 1945, to: 1990, region: 71 });
        buyers.add(buyerPersonalId);
        const at = moment(decision, 0);
        const entry = {
          id: randomUUID(), version: 1, contractNumber: `362-${(numbered += 1)}/${decision.day.slice(0, 4)}`, contractDate: decision.day, buyerName: personNameOf(random, decision),
          buyerPersonalId, buyerAddress: random.chance(0.7) ? address(random) : null, flatAddress: `${random.pick(STREETS)} ${random.int(1, 180)}/${random.int(1, 40)}`,
          flatAreaHundredths: random.int(2600, 9200), basisPerSquareMetre: random.int(450, 1100) * 10_000, yearsOfService: random.int(0, 40), buildingAgeYears: random.int(5, 65),
          ...DEFAULT_BUYOUT_RULES, paymentMethod: lumpSum ? 'lump-sum' : 'instalments', downPayment: null as MinorUnits | null, instalments: null as number | null, firstDueOn: null,
          createdAt: at, updatedAt: at,
        } as HousingBuyout;
        const index: IndexEntry[] = random.chance(0.4) ? [{ from: monthOf(decision.day), value: random.int(1_000_000, 1_400_000) }] : [];
        if (!lumpSum) {
          const { payable } = buyoutPrice(termsOf({ ...entry, paymentMethod: 'lump-sum' }, index), { ...DEFAULT_BUYOUT_RULES, lumpSumDiscount: 0 });
          entry.instalments = random.pick([120, 180, 240, 300, 360]);
          // 10–30 % of the price, rounded up to whole dinars, in integer arithmetic like every amount.
          entry.downPayment = mulDivCeil(payable, random.int(10, 30), 100 * 100) * 100;
        }
        const contract: Contract = { entry, index, payments: [], statement: undefined as unknown as BuyoutStatement };
        recalculate(contract, decision.day);
        contracts.push(contract);
        log.record(entry.id, decision, at, 'create', null, buyoutSnapshot(entry, index));
        const first = contract.statement.items[0];
        pay(contract, decision, 1, first.amount, false, lumpSum ? 'Jednokratna uplata otkupne cene' : 'Uplata učešća');
      } else if (decision.subject.includes('otplacenim ratama')) {
        const contract = pickAny(random, contracts, (c) => c.entry.status === 'in-payment' && c.entry.contractDate < decision.day, 20);
        if (!contract) continue;
        const due = contract.statement.items.filter((item) => item.dueOn <= decision.day).reduce((sum, item) => sum + item.outstanding, 0);
        const quote = random.chance(0.08) ? buyoutStatement(termsOf(contract.entry, contract.index), rulesOf(contract.entry), contract.payments, decision.day).earlyPayoff : null;
        if (quote) pay(contract, decision, 0, quote.amount, true, 'Prevremena otplata');
        else if (due > 0) pay(contract, decision, 0, random.chance(0.85) ? due : Math.max(1, mulDivCeil(due, 6, 10)), false, 'Uplate rata po izvodima banke');
      }
    }

    const entries = contracts.map((c) => c.entry);
    await insertRows(db, 'housing_buyout', BUYOUT_COLUMNS, entries.map((e) => [
      e.id, e.version, e.contractNumber, e.contractDate, e.buyerName, e.buyerPersonalId, e.buyerAddress, e.flatAddress, e.flatAreaHundredths, e.basisPerSquareMetre, e.yearsOfService,
      e.buildingAgeYears, e.serviceDeductionPerYear, e.buildingAgeDeductionPerYear, e.maxDeduction, e.lumpSumDiscount, e.minDownPayment, e.maxInstalments, e.earlyPayoffDiscount,
      e.paymentMethod, e.downPayment, e.instalments, e.firstDueOn, e.grossPrice, e.deductionRate, e.deduction, e.price, e.lumpSumDiscountAmount, e.total, e.paid, e.status,
      e.paidOffOn, e.searchText, e.createdAt.toISOString(), e.updatedAt.toISOString(),
    ]));
    await insertRows(db, 'housing_buyout_index', INDEX_COLUMNS, contracts.flatMap((c) => c.index.map((i) => [c.entry.id, i.from, formatDecimal(i.value, 4)])));
    await insertRows(db, 'housing_buyout_instalment', INSTALMENT_COLUMNS, contracts.flatMap((c) =>
      c.statement.items.map((i) => [c.entry.id, i.no, i.kind, i.dueOn, i.nominal, i.index === null ? null : formatDecimal(i.index, 4), i.amount]),
    ));
    await insertRows(db, 'housing_buyout_payment', PAYMENT_COLUMNS, contracts.flatMap((c) => c.payments).map((p) => [
      p.id, p.buyoutId, p.paidOn, p.amount, p.earlyPayoff, p.note, p.caseId, p.recordedBy, p.recordedAt.toISOString(),
    ]));
    await log.flush(db);
    await appointKeepers(db, world, 'housing-buyout-keeper', ['V-03']);
    return contracts.length;
  },
};

const BUYOUT_COLUMNS = [
  ['id', 'uuid'], ['version', 'int'], ['contract_number', 'text'], ['contract_date', 'date'], ['buyer_name', 'text'], ['buyer_personal_id', 'text'], ['buyer_address', 'text'],
  ['flat_address', 'text'], ['flat_area_hundredths', 'int'], ['basis_per_square_metre', 'bigint'], ['years_of_service', 'int'], ['building_age_years', 'int'],
  ['service_deduction_per_year', 'int'], ['building_age_deduction_per_year', 'int'], ['max_deduction', 'int'], ['lump_sum_discount', 'int'], ['min_down_payment', 'int'],
  ['max_instalments', 'int'], ['early_payoff_discount', 'int'], ['payment_method', 'text'], ['down_payment', 'bigint'], ['instalments', 'int'], ['first_due_on', 'date'],
  ['gross_price', 'bigint'], ['deduction_rate', 'int'], ['deduction', 'bigint'], ['price', 'bigint'], ['lump_sum_discount_amount', 'bigint'], ['total', 'bigint'], ['paid', 'bigint'],
  ['status', 'text'], ['paid_off_on', 'date'], ['search_text', 'text'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
] as const;
const INDEX_COLUMNS = [['buyout_id', 'uuid'], ['from_month', 'text'], ['value', 'numeric']] as const;
const INSTALMENT_COLUMNS = [['buyout_id', 'uuid'], ['no', 'int'], ['kind', 'text'], ['due_on', 'date'], ['nominal', 'bigint'], ['index_value', 'numeric'], ['amount', 'bigint']] as const;
const PAYMENT_COLUMNS = [
  ['id', 'uuid'], ['buyout_id', 'uuid'], ['paid_on', 'date'], ['amount', 'bigint'], ['early_payoff', 'boolean'], ['note', 'text'], ['case_id', 'uuid'], ['recorded_by', 'uuid'],
  ['recorded_at', 'timestamptz'],
] as const;
