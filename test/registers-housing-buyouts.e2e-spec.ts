import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { caseAction, registerCase, type CaseBody } from './support/case-flow.js';
import { startTestApp, type Client, type TestApp } from './support/test-app.js';
import { binary, pdfLine } from './support/files.js';

/**
 * The housing buyout register (otkup stana) as the housing department uses it: official2 of unit 05
 * keeps it and enters contracts, changes and payments within the cases that decide them; officials
 * of other departments see nothing. The tests run in order as the clock moves on. The figures are
 * those of the instalment contract worked out in buyout-calculation.spec.ts.
 */

const BUYER_JMBG = '1503985710126';
const OTHER_JMBG = '0101954501230';

/**
 * 100 000.00 din/m² × 50.00 m², 20 years of service and a 30-year-old building: price 3 000 000.00;
 * 300 000.00 down and 7 monthly instalments from 28 February; an early payoff gets 5 % off.
 */
const CONTRACT = {
  contractNumber: '362-7/2026',
  contractDate: '2026-01-31',
  buyer: { name: 'Petar Petrović', personalId: BUYER_JMBG, address: 'Njegoševa 12, Demo' },
  flat: { address: 'Bulevar oslobođenja 15/7, Demo', area: '50.00' },
  parameters: { basisPerSquareMetre: '100000.00', yearsOfService: 20, buildingAgeYears: 30, rules: { earlyPayoffDiscount: '5.00' } },
  payment: { method: 'instalments', downPayment: '300000.00', instalments: 7 },
  index: [{ from: '2026-01', value: '100.0000' }],
};

describe('housing buyout register', () => {
  let spis: TestApp;
  let official2: Client, official: Client, economy: Client, registry: Client, admin: Client;
  let unit05: string, official2Id: string;
  let decision: CaseBody, annex: CaseBody;
  let buyout: { id: string; version: number };

  /** A case of unit 05 (class 362: flats in public ownership) assigned to official2 and accepted. */
  async function housingCase(subject = 'Zahtev za otkup stana'): Promise<CaseBody> {
    const registered = await registerCase(spis, { classificationCode: '362', orgUnitId: unit05, subject });
    const assigned = await registry.post(`/api/cases/${registered.id}/assign`).send({ assigneeId: official2Id, version: registered.version }).expect(200);
    return caseAction(spis, 'official2', assigned.body, 'accept');
  }

  beforeAll(async () => {
    spis = await startTestApp();
    await spis.travelTo('2026-02-02T09:00:00Z');
    [official2, official, economy, registry, admin] = await Promise.all(['official2', 'official', 'economy', 'registry', 'admin'].map((name) => spis.as(name)));
    [{ id: unit05 }] = await spis.dataSource.query(`SELECT id FROM org_unit WHERE code = '05'`);
    [{ id: official2Id }] = await spis.dataSource.query(`SELECT id FROM app_user WHERE username = 'official2'`);
    decision = await housingCase();
    annex = await housingCase('Aneks ugovora o otkupu stana');
  });
  afterAll(() => spis.close());

  it('the housing official enters a contract within a case: the price is calculated and the entry links to the case', async () => {
    const { body } = await official2.post('/api/registers/housing-buyouts').send({ caseId: decision.id, ...CONTRACT }).expect(201);
    expect(body).toMatchObject({
      version: 1,
      buyer: { name: 'Petar Petrović', personalId: BUYER_JMBG },
      flat: { area: '50.00' },
      parameters: { rules: { serviceDeductionPerYear: '0.50', maxDeduction: '60.00', earlyPayoffDiscount: '5.00' } },
      // 5 000 000.00 less 40 % (10 % for service, 30 % for age) = 3 000 000.00; the index stays at 100.
      calculation: { grossPrice: '5000000.00', deductionRate: '40.00', deduction: '2000000.00', price: '3000000.00', total: '3000000.00' },
      paid: '0.00',
      // The down payment was due on 31 January: on 2 February it is in arrears.
      arrears: '300000.00',
      status: 'in-payment',
      caseIds: [decision.id],
      cases: [{ id: decision.id, number: decision.number }],
    });
    buyout = body;
  });

  it('refuses a JMBG with a wrong check digit or an impossible date, naming the field', async () => {
    for (const personalId of ['1503985710127', '3002985710124', '15039857101']) {
      const { body } = await official2.post('/api/registers/housing-buyouts').send({ caseId: decision.id, ...CONTRACT, buyer: { ...CONTRACT.buyer, personalId } }).expect(400);
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.errors).toEqual([expect.objectContaining({ field: 'buyer.personalId', rule: 'jmbgChecksum' })]);
    }
  });

  it('refuses terms the calculation does not allow, saying what would do', async () => {
    const low = await official2.post('/api/registers/housing-buyouts').set('Accept-Language', 'en').send({ caseId: decision.id, ...CONTRACT, payment: { ...CONTRACT.payment, downPayment: '299999.99' } }).expect(400);
    expect(low.body).toMatchObject({ code: 'HOUSING_BUYOUT_DOWN_PAYMENT_TOO_LOW', detail: 'The down payment must be at least 300000.00.' });
    const lumpSum = await official2.post('/api/registers/housing-buyouts').send({ caseId: decision.id, ...CONTRACT, payment: { method: 'lump-sum', instalments: 7 } }).expect(400);
    expect(lumpSum.body.errors).toEqual([expect.objectContaining({ field: 'payment.instalments' })]);
    const float = await official2.post('/api/registers/housing-buyouts').send({ caseId: decision.id, ...CONTRACT, flat: { ...CONTRACT.flat, area: 50.1 } }).expect(400);
    expect(float.body.errors).toEqual([expect.objectContaining({ field: 'flat.area', rule: 'decimalText' })]);
  });

  it('a change is made within a case, against the version read, and recalculates the schedule', async () => {
    const index = [...CONTRACT.index, { from: '2026-04', value: '102.5000' }, { from: '2026-07', value: '105.1234' }];
    const { body } = await official2.patch(`/api/registers/housing-buyouts/${buyout.id}`).send({ caseId: annex.id, version: 1, index }).expect(200);
    // Instalments from April at 102.5, from July at 105.1234 (see buyout-calculation.spec.ts): 3 068 451.96.
    expect(body).toMatchObject({ version: 2, calculation: { price: '3000000.00', total: '3068451.96' }, caseIds: [decision.id, annex.id] });
    const stale = await official2.patch(`/api/registers/housing-buyouts/${buyout.id}`).send({ caseId: annex.id, version: 1, contractNumber: '362-8/2026' }).expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    buyout = body;
  });

  it('a change needs a case the user processes', async () => {
    const unassigned = await registerCase(spis, { classificationCode: '362', orgUnitId: unit05 });
    const notTheirs = await official2.patch(`/api/registers/housing-buyouts/${buyout.id}`).send({ caseId: unassigned.id, version: buyout.version, contractNumber: 'X' }).expect(403);
    expect(notTheirs.body.code).toBe('REGISTER_CASE_NOT_PROCESSABLE');
    const otherUnit = await registerCase(spis);
    const unseen = await official2.patch(`/api/registers/housing-buyouts/${buyout.id}`).send({ caseId: otherUnit.id, version: buyout.version, contractNumber: 'X' }).expect(404);
    expect(unseen.body.code).toBe('REGISTER_CASE_NOT_FOUND');
  });

  it('payments are applied oldest first; the schedule on a day shows balance and arrears', async () => {
    await spis.travelTo('2026-05-05T08:00:00Z');
    for (const [paidOn, amount] of [['2026-01-31', '300000.00'], ['2026-02-27', '385714.28'], ['2026-04-10', '200000.00']]) {
      const { body } = await official2.post(`/api/registers/housing-buyouts/${buyout.id}/payments`).send({ caseId: decision.id, version: buyout.version, paidOn, amount }).expect(201);
      buyout = body;
    }
    expect(buyout).toMatchObject({ version: 5, paid: '885714.28', balance: '2182737.68', arrears: '581071.42', status: 'in-payment' });
    expect(buyout).toHaveProperty('payments', [
      expect.objectContaining({ paidOn: '2026-01-31', amount: '300000.00', caseNumber: decision.number }),
      expect.objectContaining({ paidOn: '2026-02-27', amount: '385714.28' }),
      expect.objectContaining({ paidOn: '2026-04-10', amount: '200000.00' }),
    ]);

    const { body: schedule } = await official2.get(`/api/registers/housing-buyouts/${buyout.id}/schedule?asOf=2026-05-05`).expect(200);
    expect(schedule.items.map((item: { dueOn: string; amount: string; outstanding: string; overdue: boolean }) => [item.dueOn, item.amount, item.outstanding, item.overdue])).toEqual([
      ['2026-01-31', '300000.00', '0.00', false],
      ['2026-02-28', '385714.28', '0.00', false],
      ['2026-03-31', '385714.28', '185714.28', true],
      ['2026-04-30', '395357.14', '395357.14', true],
      ['2026-05-31', '395357.14', '395357.14', false],
      ['2026-06-30', '395357.14', '395357.14', false],
      ['2026-07-31', '405475.97', '405475.97', false],
      ['2026-08-31', '405476.01', '405476.01', false],
    ]);
    // Early payoff today: arrears 581 071.42 + May–August principal 1 542 857.16 at 102.5 = 1 581 428.59, less 5 %.
    expect(schedule).toMatchObject({ total: '3068451.96', paid: '885714.28', arrears: '581071.42', earlyPayoff: { revaluedPrincipal: '1581428.59', discount: '79071.43', amount: '2083428.58' } });

    const before = await official2.get(`/api/registers/housing-buyouts/${buyout.id}/schedule?asOf=2026-03-31`).expect(200);
    expect(before.body).toMatchObject({ paid: '685714.28', arrears: '0.00' });
  });

  it('an early payoff must reach the quote; it settles the contract and no payment follows', async () => {
    const short = await official2.post(`/api/registers/housing-buyouts/${buyout.id}/payments`).set('Accept-Language', 'en')
      .send({ caseId: decision.id, version: buyout.version, paidOn: '2026-05-05', amount: '2083428.57', earlyPayoff: true }).expect(400);
    expect(short.body).toMatchObject({ code: 'HOUSING_BUYOUT_EARLY_PAYOFF_SHORT', detail: 'Paying off early on that day takes 2083428.58.' });
    const future = await official2.post(`/api/registers/housing-buyouts/${buyout.id}/payments`).send({ caseId: decision.id, version: buyout.version, paidOn: '2026-05-06', amount: '100.00' }).expect(400);
    expect(future.body.code).toBe('HOUSING_BUYOUT_PAYMENT_IN_FUTURE');

    const { body } = await official2.post(`/api/registers/housing-buyouts/${buyout.id}/payments`)
      .send({ caseId: decision.id, version: buyout.version, paidOn: '2026-05-05', amount: '2083428.58', earlyPayoff: true, note: 'Prevremena otplata' }).expect(201);
    expect(body).toMatchObject({ status: 'settled', paidOffOn: '2026-05-05', balance: '0.00', arrears: '0.00', calculation: { total: '2969142.86' }, paid: '2969142.86' });
    buyout = body;
    const after = await official2.post(`/api/registers/housing-buyouts/${buyout.id}/payments`).send({ caseId: decision.id, version: buyout.version, paidOn: '2026-05-05', amount: '1.00' }).expect(409);
    expect(after.body.code).toBe('HOUSING_BUYOUT_SETTLED');
  });

  it('keeps the full history: who, when, in which case, before and after; the audit trail has it without the JMBG', async () => {
    const { body: history } = await official2.get(`/api/registers/housing-buyouts/${buyout.id}/history`).expect(200);
    expect(history.map((item: { action: string; actor: string; case: { number: string } }) => [item.action, item.actor, item.case.number])).toEqual([
      ['create', 'official2', decision.number],
      ['update', 'official2', annex.number],
      ['payment', 'official2', decision.number],
      ['payment', 'official2', decision.number],
      ['payment', 'official2', decision.number],
      ['payment', 'official2', decision.number],
    ]);
    expect(history[0]).toMatchObject({ before: null, after: { buyer: { personalId: BUYER_JMBG }, calculation: { total: '3000000.00' } } });
    expect(history[1]).toMatchObject({ before: { version: 1, calculation: { total: '3000000.00' } }, after: { version: 2, calculation: { total: '3068451.96' } } });
    expect(history[5].after).toMatchObject({ status: 'settled', payment: { amount: '2083428.58', earlyPayoff: true } });

    await official2.get(`/api/registers/housing-buyouts/${buyout.id}`).expect(200);
    const { body: audit } = await admin.get(`/api/audit?entityType=HousingBuyout&entityId=${buyout.id}&pageSize=200`).expect(200);
    const actions = audit.items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['register.housing-buyouts.create', 'register.housing-buyouts.update', 'register.housing-buyouts.payment', 'register.personal-data-read']));
    expect(JSON.stringify(audit)).not.toContain(BUYER_JMBG);
  });

  it('lists in SQL: search in either script, status, arrears, year, case, paging', async () => {
    const other = await official2.post('/api/registers/housing-buyouts').send({
      caseId: annex.id,
      contractDate: '2025-12-15',
      buyer: { name: 'Đorđe Jovanović', personalId: OTHER_JMBG },
      flat: { address: 'Karađorđeva 3/11, Demo', area: '38.40' },
      parameters: { basisPerSquareMetre: '90000.00', yearsOfService: 10, buildingAgeYears: 45 },
      payment: { method: 'lump-sum' },
    }).expect(201);
    // 90 000.00 × 38.40 = 3 456 000.00; 5 % + 45 % = 50 % off → 1 728 000.00; 40 % off at once → 1 036 800.00, unpaid since 15 December.
    expect(other.body).toMatchObject({ calculation: { price: '1728000.00', lumpSumDiscount: '691200.00', total: '1036800.00' }, arrears: '1036800.00' });

    const names = async (query: string) => {
      const { body } = await official2.get(`/api/registers/housing-buyouts?${query}`).expect(200);
      return body.items.map((item: { buyer: { name: string } }) => item.buyer.name);
    };
    expect(await names('q=%D0%82%D0%BE%D1%80%D1%92%D0%B5')).toEqual(['Đorđe Jovanović']); // "Ђорђе"
    expect(await names('q=djordje')).toEqual(['Đorđe Jovanović']);
    expect(await names('q=oslobodjenja')).toEqual(['Petar Petrović']);
    expect(await names('status=settled')).toEqual(['Petar Petrović']);
    expect(await names('arrears=true')).toEqual(['Đorđe Jovanović']);
    expect(await names('arrears=false')).toEqual(['Petar Petrović']);
    expect(await names('year=2025')).toEqual(['Đorđe Jovanović']);
    expect(await names(`caseId=${decision.id}`)).toEqual(['Petar Petrović']);
    const { body: page } = await official2.get('/api/registers/housing-buyouts?pageSize=1&page=2').expect(200);
    expect(page).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ buyer: { name: 'Đorđe Jovanović', personalId: OTHER_JMBG }, arrears: '1036800.00' }] });
    await official2.get('/api/registers/housing-buyouts?arrears=maybe').expect(400);
  });

  it('exports the filtered list as CSV (with JMBG for the keeper) and as a printed PDF list', async () => {
    const csv = await official2.get('/api/registers/housing-buyouts/export.csv?status=in-payment').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="otkup-stanova.csv"/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Br. ugovora;Datum ugovora;Kupac;JMBG;Stan;Površina m²;Plaćanje;Otkupna cena;Ukupno za uplatu;Uplaćeno;Preostali dug;Dospeli dug;Status;Predmeti');
    expect(lines[1]).toBe(`;2025-12-15;Đorđe Jovanović;${OTHER_JMBG};Karađorđeva 3/11, Demo;38,40;jednokratno;1728000,00;1036800,00;0,00;1036800,00;1036800,00;u otplati;${annex.number}`);

    const pdf = await official2.get('/api/registers/housing-buyouts/list.pdf').buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfLine(pdf.body);
    for (const expected of ['Evidencija otkupa stanova', 'Broj upisa: 2', 'Petar Petrović', 'Đorđe Jovanović', '3.000.000,00', 'otplaćen', decision.number, 'strana 1 od 1']) expect(text).toContain(expected);
    expect(text).not.toContain(BUYER_JMBG);
    const english = await official2.get('/api/registers/housing-buyouts/list.pdf?lang=en&year=2025').buffer(true).parse(binary).expect(200);
    expect(await pdfLine(english.body)).toContain('Register of housing buyouts');
  });

  it('officials of other departments, the registry and the administrator see nothing of the register', async () => {
    for (const outsider of [official, economy, registry, admin]) {
      for (const path of ['', `/${buyout.id}`, `/${buyout.id}/history`, `/${buyout.id}/schedule`, '/export.csv', '/list.pdf']) {
        const { body } = await outsider.get(`/api/registers/housing-buyouts${path}`).expect(403);
        expect(body.code).toBe('FORBIDDEN');
      }
      await outsider.post('/api/registers/housing-buyouts').send({ caseId: decision.id, ...CONTRACT }).expect(403);
      await outsider.patch(`/api/registers/housing-buyouts/${buyout.id}`).send({ caseId: decision.id, version: buyout.version }).expect(403);
    }
  });
});
