import { randomUUID } from 'node:crypto';
import { addDays } from '../../../../libs/cases/zup-deadline.js';
import { changeStatus, StatusChangeError, type StatusChange, type StatusPeriod } from '../../../../libs/registers/businesses/business-status.js';
import { businessSnapshot } from '../../../../libs/registers/businesses/business-view.js';
import type { Business, BusinessStatusPeriod } from '../../../../libs/registers/businesses/business.entity.js';
import { registerSearchText } from '../../../../libs/registers/shared/register-search.js';
import { isValidJmbg } from '../../../../libs/shared/jmbg.js';
import type { RegisterGenerator } from '../registers.js';
import { STREETS } from '../vocabulary.js';
import { appointKeepers, decisionsOf, freshJmbg, insertRows, moment, personNameOf, pickAny, RegisterLog, type Decision } from './decisions.js';

/** Shops of a city (KD 2010 classes) and how their trade names begin. */
const ACTIVITIES: ReadonlyArray<readonly [string, string]> = [
  ['96.02', 'Frizersko-kozmetički salon'], ['56.10', 'Restoran'], ['56.30', 'Kafe bar'], ['47.11', 'Prodavnica mešovite robe'], ['45.20', 'Auto servis'],
  ['10.71', 'Pekara'], ['95.23', 'Obućarska radnja'], ['43.21', 'Elektroinstalaterska radnja'], ['49.32', 'Taksi prevoz'], ['62.01', 'Računarsko programiranje'],
  ['69.20', 'Knjigovodstvena agencija'], ['74.20', 'Foto studio'], ['47.76', 'Cvećara'], ['95.25', 'Časovničarska radnja'], ['43.32', 'Stolarska radnja'],
];
const FANCY = ['Sunce', 'Lux', 'Centar', 'Stari zanat', 'Dunav', 'Avala', 'Zvezda', 'Jasen', 'Mladost', 'Kod Mike', 'Dva brata', 'Zlatna ruka'];
const SUSPENSIONS = ['Privremena sprečenost preduzetnika (bolovanje)', 'Porodiljsko odsustvo', 'Adaptacija poslovnog prostora', 'Sezonski prekid rada'];
const REMOVALS = ['Odjava na zahtev preduzetnika', 'Prestanak obavljanja delatnosti', 'Smrt preduzetnika', 'Penzionisanje preduzetnika'];

interface Shop {
  business: Business;
  rows: BusinessStatusPeriod[];
}

/**
 * Shops (III-01, mark 30): registered on the entrepreneur's application, suspended for a term or
 * until resumed, resumed, removed for good, their address changed — the status periods worked out
 * by the application's own `changeStatus`, as BusinessesService stores them.
 */
export const businessesGenerator: RegisterGenerator = {
  register: 'businesses',
  tables: ['business', 'business_status_period', 'register_change'],
  async generate(db, { random, world }) {
    const log = new RegisterLog('businesses');
    const shops: Shop[] = [];
    const owners = new Set<string>();
    const numbers = new Set<string>((await db.query(`SELECT registration_number AS n FROM business`)).rows.map((r) => r.n));

    const record = (shop: Shop, decision: Decision, action: string, before: unknown) => {
      const at = moment(decision, 0);
      if (before !== null) {
        shop.business.version += 1;
        shop.business.updatedAt = at;
      }
      log.record(shop.business.id, decision, at, action, before, businessSnapshot(shop.business, shop.rows));
    };

    /** `change` applied as of the decision's day; false when the status rules refuse it. */
    const apply = (shop: Shop, decision: Decision, action: string, change: StatusChange) => {
      const periods: StatusPeriod[] = shop.rows.map((row, i) => ({ id: String(i), status: row.status, from: row.validFrom, to: row.validTo, reason: row.reason }));
      let next: StatusPeriod[];
      try {
        next = changeStatus(periods, change, decision.day);
      } catch (error) {
        if (error instanceof StatusChangeError) return false;
        throw error;
      }
      const before = businessSnapshot(shop.business, shop.rows);
      const kept = next.filter((p) => p.id !== undefined).map((p) => Object.assign(shop.rows[Number(p.id)], { status: p.status, validFrom: p.from, validTo: p.to, reason: p.reason }));
      const added = next.filter((p) => p.id === undefined).map((p) => periodRow(shop.business.id, decision, p));
      shop.rows = [...kept, ...added].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      record(shop, decision, action, before);
      return true;
    };

    const last = (shop: Shop) => shop.rows[shop.rows.length - 1];
    for (const decision of await decisionsOf(db, ['30'])) {
      const { subject, day } = decision;
      if (subject.includes('prijava za upis')) {
        const [activityCode, kind] = random.pick(ACTIVITIES);
        const ownerName = personNameOf(random, decision);
        const given = decision.partyPersonalId;
        const ownerPersonalId = given && isValidJmbg(given) && !owners.has(given) ? given : freshJmbg(random, owners, { from: 1950, to: 2000, region: 71 });
        owners.add(ownerPersonalId);
        let registrationNumber: string;
        do registrationNumber = String(random.int(60_000_000, 66_999_999));
        while (numbers.has(registrationNumber));
        numbers.add(registrationNumber);
        const at = moment(decision, 0);
        const business: Business = {
          id: randomUUID(), version: 1, registrationNumber, tradeName: `${kind} "${random.pick(FANCY)}" ${ownerName} PR`, ownerName, ownerPersonalId, activityCode,
          address: `${random.pick(STREETS)} ${random.int(1, 180)}`, startedOn: day, searchText: '', createdAt: at, updatedAt: at,
        };
        business.searchText = searchTextOf(business);
        const shop = { business, rows: [periodRow(business.id, decision, { status: 'active', from: day, to: null, reason: null })] };
        shops.push(shop);
        record(shop, decision, 'create', null);
      } else if (subject.includes('privremene odjave')) {
        const shop = pickAny(random, shops, (s) => last(s).status === 'active' && last(s).validFrom < day);
        const to = random.chance(0.5) ? addDays(day, random.int(30, 365)) : null;
        if (shop) apply(shop, decision, 'suspension', { kind: 'suspension', from: day, to, reason: random.pick(SUSPENSIONS) });
      } else if (subject.includes('nastavka')) {
        const shop = pickAny(random, shops, (s) => last(s).status === 'suspended' && last(s).validFrom < day, 30);
        if (shop) apply(shop, decision, 'resumption', { kind: 'resumption', on: day, reason: null });
      } else if (subject.includes('brisanje')) {
        const shop = pickAny(random, shops, (s) => last(s).status !== 'removed' && last(s).validFrom < day);
        if (shop) apply(shop, decision, 'removal', { kind: 'removal', on: day, reason: random.pick(REMOVALS) });
      } else {
        const shop = pickAny(random, shops, (s) => last(s).status !== 'removed');
        if (!shop) continue;
        const before = businessSnapshot(shop.business, shop.rows);
        shop.business.address = `${random.pick(STREETS)} ${random.int(1, 180)}`;
        shop.business.searchText = searchTextOf(shop.business);
        record(shop, decision, 'update', before);
      }
    }

    await insertRows(db, 'business', BUSINESS_COLUMNS, shops.map(({ business: b }) => [
      b.id, b.version, b.registrationNumber, b.tradeName, b.ownerName, b.ownerPersonalId, b.activityCode, b.address, b.startedOn, b.searchText, b.createdAt.toISOString(), b.updatedAt.toISOString(),
    ]));
    await insertRows(db, 'business_status_period', PERIOD_COLUMNS, shops.flatMap((s) => s.rows).map((p) => [
      p.businessId, p.status, p.validFrom, p.validTo, p.reason, p.caseId, p.recordedBy, p.recordedAt.toISOString(),
    ]));
    await log.flush(db);
    await appointKeepers(db, world, 'business-register-keeper', ['III-01']);
    return shops.length;
  },
};

const searchTextOf = (b: Business) => registerSearchText(b.tradeName, b.ownerName, b.registrationNumber, b.activityCode, b.address);

function periodRow(businessId: string, decision: Decision, period: Omit<StatusPeriod, 'id'>): BusinessStatusPeriod {
  return {
    id: '', businessId, status: period.status, validFrom: period.from, validTo: period.to, reason: period.reason, caseId: decision.id, recordedBy: decision.actorId, recordedAt: moment(decision, 0),
  };
}

const BUSINESS_COLUMNS = [
  ['id', 'uuid'], ['version', 'int'], ['registration_number', 'text'], ['trade_name', 'text'], ['owner_name', 'text'], ['owner_personal_id', 'text'], ['activity_code', 'text'],
  ['address', 'text'], ['started_on', 'date'], ['search_text', 'text'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
] as const;
const PERIOD_COLUMNS = [
  ['business_id', 'uuid'], ['status', 'text'], ['valid_from', 'date'], ['valid_to', 'date'], ['reason', 'text'], ['case_id', 'uuid'], ['recorded_by', 'uuid'], ['recorded_at', 'timestamptz'],
] as const;
