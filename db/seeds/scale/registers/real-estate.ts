import { randomUUID } from 'node:crypto';
import { addDays } from '../../../../libs/cases/zup-deadline.js';
import type { RealEstateEncumbrance } from '../../../../libs/registers/real-estate/real-estate-encumbrance.entity.js';
import type { RealEstateLease } from '../../../../libs/registers/real-estate/real-estate-lease.entity.js';
import { lastDayOf, normalizeArea, runsPast, type EncumbranceKind, type PropertyKind } from '../../../../libs/registers/real-estate/real-estate-rules.js';
import { municipalityKey, propertySearchText } from '../../../../libs/registers/real-estate/real-estate-search.js';
import { propertySnapshot } from '../../../../libs/registers/real-estate/real-estate-view.js';
import type { RealEstate } from '../../../../libs/registers/real-estate/real-estate.entity.js';
import type { RegisterGenerator } from '../registers.js';
import { Weighted } from '../random.js';
import { CADASTRAL_MUNICIPALITIES, STREETS, company } from '../vocabulary.js';
import { appointKeepers, decisionsOf, freshJmbg, insertRows, moment, pickAny, RegisterLog, type Decision } from './decisions.js';

const KINDS = new Weighted<PropertyKind>([['land', 35], ['building', 12], ['flat', 30], ['business-premises', 23]]);
const LEGAL_BASES = ['Ugovor o kupoprodaji', 'Rešenje o eksproprijaciji', 'Zakon o javnoj svojini — upis prava javne svojine', 'Ugovor o razmeni nepokretnosti', 'Ugovor o poklonu', 'Odluka o pribavljanju u javnu svojinu'];
const ENCUMBRANCES: ReadonlyArray<readonly [EncumbranceKind, string]> = [
  ['easement', 'JKP Vodovod i kanalizacija'], ['easement', 'Elektrodistribucija Srbije'], ['mortgage', 'Banca Intesa a.d. Beograd'], ['dispute', 'Osnovni sud'],
  ['restriction', 'Republika Srbija'], ['usufruct', 'Mesna zajednica'], ['lien', 'Poreska uprava'],
];
const LEASE_ENDS = ['Sporazumni raskid ugovora o zakupu', 'Otkaz zbog neplaćanja zakupnine', 'Zakupac se iselio iz prostora'];

interface Property {
  entry: RealEstate;
  leases: RealEstateLease[];
  encumbrances: RealEstateEncumbrance[];
}

/**
 * Municipal real estate (V-01, V-02): properties entered on acquisitions (463) and expropriations
 * (465), business premises leased and leases ended (464), encumbrances registered and removed,
 * properties alienated — each a change in its decision's case, as RealEstateService makes it.
 */
export const realEstateGenerator: RegisterGenerator = {
  register: 'real-estate',
  tables: ['real_estate', 'real_estate_lease', 'real_estate_encumbrance', 'register_change'],
  async generate(db, { random, world }) {
    const log = new RegisterLog('real-estate');
    const properties: Property[] = [];
    const taken = new Set<string>();
    const parcels = new Set<string>();
    let contracts = 0;

    const record = (property: Property, decision: Decision, step: number, action: string, change: () => void) => {
      const at = moment(decision, step);
      const before = property.entry.version === 0 ? null : propertySnapshot(property.entry, property.leases, property.encumbrances);
      change();
      const { entry } = property;
      entry.version += 1;
      entry.updatedAt = at;
      entry.searchText = propertySearchText(entry, property.leases, property.encumbrances);
      log.record(entry.id, decision, at, action, before, propertySnapshot(entry, property.leases, property.encumbrances));
    };

    const enter = (decision: Decision, kind: PropertyKind, legalBasis: string) => {
      const municipality = random.pick(CADASTRAL_MUNICIPALITIES);
      let parcel: string;
      do parcel = `${random.int(1, 9999)}${random.chance(0.5) ? `/${random.int(1, 40)}` : ''}`;
      while (parcels.has(`${municipality}|${parcel}`));
      parcels.add(`${municipality}|${parcel}`);
      const area = kind === 'land' ? random.int(150, 25_000) : kind === 'building' ? random.int(120, 4000) : random.int(24, 180);
      const at = moment(decision, 0);
      const entry: RealEstate = {
        id: randomUUID(), version: 0, cadastralMunicipality: municipality, cadastralMunicipalityKey: municipalityKey(municipality), parcelNumber: parcel,
        buildingNumber: kind === 'land' ? null : random.int(1, 6), unitNumber: kind === 'flat' || kind === 'business-premises' ? String(random.int(1, 60)) : null,
        address: kind === 'land' ? null : `${random.pick(STREETS)} ${random.int(1, 180)}`, kind, area: normalizeArea(`${area}.${random.int(0, 99)}`),
        shareNumerator: 1, shareDenominator: random.chance(0.08) ? random.pick([2, 3, 4]) : 1, legalBasis: `${legalBasis}, predmet ${decision.number}`,
        userName: kind === 'land' ? null : random.chance(0.4) ? random.pick(['Gradska uprava', 'JKP Gradsko stambeno', 'Dom zdravlja', 'Mesna zajednica']) : null,
        valueMinor: random.chance(0.8) ? area * random.int(20_000, 250_000) * 100 : null, valueCurrency: 'RSD', status: 'active', statusDate: null, note: null,
        searchText: '', createdAt: at, updatedAt: at,
      };
      const property = { entry, leases: [], encumbrances: [] };
      record(property, decision, 0, 'create', () => undefined);
      properties.push(property);
      return property;
    };

    const lease = (decision: Decision, property: Property, step: number) => {
      const termFrom = addDays(decision.day, random.int(1, 20));
      const person = random.chance(0.25);
      const item: RealEstateLease = {
        id: randomUUID(), realEstateId: property.entry.id, lesseeName: person ? decision.partyName : company(random),
        lesseePersonalId: person ? (decision.partyPersonalId && !taken.has(decision.partyPersonalId) ? decision.partyPersonalId : freshJmbg(random, taken, { from: 1950, to: 1995, region: 71 })) : null,
        lesseeRegistrationNumber: person ? null : String(random.int(10_000_000, 69_999_999)), contractNumber: `464-${(contracts += 1)}/${decision.day.slice(0, 4)}`,
        termFrom, termTo: random.chance(0.15) ? null : addDays(termFrom, 365 * random.pick([1, 3, 5]) - 1), monthlyRentMinor: random.int(80, 1200) * 10_000, currency: 'RSD',
        caseId: decision.id, recordedBy: decision.actorId, recordedAt: moment(decision, step), endedOn: null, endReason: null, endedCaseId: null,
      };
      record(property, decision, step, 'lease', () => property.leases.push(item));
    };

    const active = (property: Property) => property.entry.status === 'active';
    const leaseable = (day: string) => (property: Property) =>
      active(property) && (property.entry.kind === 'business-premises' || property.entry.kind === 'building') && property.leases.every((other) => lastDayOf(other) !== null && lastDayOf(other)! < day);

    for (const decision of await decisionsOf(db, ['463', '464', '465'])) {
      const roll = random.next();
      if (decision.classCode === '465') {
        if (roll < 0.35) enter(decision, 'land', 'Rešenje o eksproprijaciji');
        continue;
      }
      if (decision.classCode === '464') {
        if (decision.subject.includes('smanjenje zakupnine') || roll < 0.2) {
          const running = pickAny(random, properties, (p) => p.leases.some((l) => l.endedOn === null && l.termFrom < decision.day && (l.termTo === null || l.termTo >= decision.day)), 20);
          const item = running?.leases.find((l) => l.endedOn === null && l.termFrom < decision.day && (l.termTo === null || l.termTo >= decision.day));
          if (running && item) record(running, decision, 0, 'lease-end', () => Object.assign(item, { endedOn: decision.day, endReason: random.pick(LEASE_ENDS), endedCaseId: decision.id }));
          continue;
        }
        const free = pickAny(random, properties, leaseable(addDays(decision.day, 1)), 20) ?? enter(decision, 'business-premises', 'Odluka o pribavljanju u javnu svojinu');
        lease(decision, free, 1);
        continue;
      }
      if (roll < 0.32) {
        const property = enter(decision, KINDS.draw(random), random.pick(LEGAL_BASES));
        if (random.chance(0.1)) {
          const [kind, inFavourOf] = random.pick(ENCUMBRANCES);
          encumber(property, decision, 1, kind, inFavourOf);
        }
      } else if (roll < 0.4) {
        const property = pickAny(random, properties, active);
        const [kind, inFavourOf] = random.pick(ENCUMBRANCES);
        if (property) encumber(property, decision, 0, kind, inFavourOf);
      } else if (roll < 0.44) {
        const property = pickAny(random, properties, (p) => p.encumbrances.some((e) => e.removedOn === null && e.registeredOn <= decision.day), 20);
        const item = property?.encumbrances.find((e) => e.removedOn === null && e.registeredOn <= decision.day);
        if (property && item) record(property, decision, 0, 'encumbrance-removal', () => Object.assign(item, { removedOn: decision.day, removalReason: 'Brisanje tereta po zahtevu poverioca', removedCaseId: decision.id }));
      } else if (roll < 0.47) {
        const property = pickAny(random, properties, (p) => active(p) && !p.leases.some((l) => runsPast(l, decision.day)));
        if (property) record(property, decision, 0, 'update', () => Object.assign(property.entry, { status: property.entry.kind === 'land' || random.chance(0.8) ? 'alienated' : 'demolished', statusDate: decision.day }));
      } else if (roll < 0.5) {
        const property = pickAny(random, properties, active);
        if (property) record(property, decision, 0, 'update', () => (property.entry.valueMinor = Number(property.entry.area.split('.')[0]) * random.int(30_000, 300_000) * 100));
      }
    }

    function encumber(property: Property, decision: Decision, step: number, kind: EncumbranceKind, inFavourOf: string) {
      const item: RealEstateEncumbrance = {
        id: randomUUID(), realEstateId: property.entry.id, kind, inFavourOf, description: null, reference: `${kind === 'dispute' ? 'P' : 'Dn'} ${random.int(100, 9999)}/${decision.day.slice(0, 4)}`,
        registeredOn: decision.day, caseId: decision.id, recordedBy: decision.actorId, recordedAt: moment(decision, step), removedOn: null, removalReason: null, removedCaseId: null,
      };
      record(property, decision, step, 'encumbrance', () => property.encumbrances.push(item));
    }

    await insertRows(db, 'real_estate', ESTATE_COLUMNS, properties.map(({ entry: e }) => [
      e.id, e.version, e.cadastralMunicipality, e.cadastralMunicipalityKey, e.parcelNumber, e.buildingNumber, e.unitNumber, e.address, e.kind, e.area, e.shareNumerator,
      e.shareDenominator, e.legalBasis, e.userName, e.valueMinor, e.valueCurrency, e.status, e.statusDate, e.note, e.searchText, e.createdAt.toISOString(), e.updatedAt.toISOString(),
    ]));
    await insertRows(db, 'real_estate_lease', LEASE_COLUMNS, properties.flatMap((p) => p.leases).map((l) => [
      l.id, l.realEstateId, l.lesseeName, l.lesseePersonalId, l.lesseeRegistrationNumber, l.contractNumber, l.termFrom, l.termTo, l.monthlyRentMinor, l.currency, l.caseId,
      l.recordedBy, l.recordedAt.toISOString(), l.endedOn, l.endReason, l.endedCaseId,
    ]));
    await insertRows(db, 'real_estate_encumbrance', ENCUMBRANCE_COLUMNS, properties.flatMap((p) => p.encumbrances).map((e) => [
      e.id, e.realEstateId, e.kind, e.inFavourOf, e.description, e.reference, e.registeredOn, e.caseId, e.recordedBy, e.recordedAt.toISOString(), e.removedOn, e.removalReason, e.removedCaseId,
    ]));
    await log.flush(db);
    await appointKeepers(db, world, 'real-estate-keeper', ['V-01', 'V-02']);
    return properties.length;
  },
};

const ESTATE_COLUMNS = [
  ['id', 'uuid'], ['version', 'int'], ['cadastral_municipality', 'text'], ['cadastral_municipality_key', 'text'], ['parcel_number', 'text'], ['building_number', 'int'],
  ['unit_number', 'text'], ['address', 'text'], ['kind', 'text'], ['area', 'numeric'], ['share_numerator', 'int'], ['share_denominator', 'int'], ['legal_basis', 'text'],
  ['user_name', 'text'], ['value_minor', 'bigint'], ['value_currency', 'text'], ['status', 'text'], ['status_date', 'date'], ['note', 'text'], ['search_text', 'text'],
  ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
] as const;
const LEASE_COLUMNS = [
  ['id', 'uuid'], ['real_estate_id', 'uuid'], ['lessee_name', 'text'], ['lessee_personal_id', 'text'], ['lessee_registration_number', 'text'], ['contract_number', 'text'],
  ['term_from', 'date'], ['term_to', 'date'], ['monthly_rent_minor', 'bigint'], ['currency', 'text'], ['case_id', 'uuid'], ['recorded_by', 'uuid'], ['recorded_at', 'timestamptz'],
  ['ended_on', 'date'], ['end_reason', 'text'], ['ended_case_id', 'uuid'],
] as const;
const ENCUMBRANCE_COLUMNS = [
  ['id', 'uuid'], ['real_estate_id', 'uuid'], ['kind', 'text'], ['in_favour_of', 'text'], ['description', 'text'], ['reference', 'text'], ['registered_on', 'date'],
  ['case_id', 'uuid'], ['recorded_by', 'uuid'], ['recorded_at', 'timestamptz'], ['removed_on', 'date'], ['removal_reason', 'text'], ['removed_case_id', 'uuid'],
] as const;
