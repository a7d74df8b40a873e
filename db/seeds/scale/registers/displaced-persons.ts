import { randomUUID } from 'node:crypto';
import { addDays, type IsoDate } from '../../../../libs/cases/zup-deadline.js';
import type { DisplacedPerson } from '../../../../libs/registers/displaced-persons/displaced-person.entity.js';
import type {
  DisplacedPersonAssistance,
  DisplacedPersonDocument,
  DisplacedPersonFamilyLink,
  DisplacedPersonStatus,
} from '../../../../libs/registers/displaced-persons/displaced-person-records.entity.js';
import type { AssistanceKind, DisplacementStatus, DocumentKind, FamilyRelation } from '../../../../libs/registers/displaced-persons/displaced-person-terms.js';
import { personSnapshot, type PersonRecords } from '../../../../libs/registers/displaced-persons/displaced-person-view.js';
import { registerSearchText } from '../../../../libs/registers/shared/register-search.js';
import { jmbgBirthDate } from '../../../../libs/shared/jmbg.js';
import type { RegisterGenerator } from '../registers.js';
import { FEMALE_NAMES, MALE_NAMES, address } from '../vocabulary.js';
import { appointKeepers, decisionsOf, freshJmbg, insertRows, moment, personNameOf, pickAny, RegisterLog, splitName, type Decision } from './decisions.js';

/** Where the displaced came from, with the JMBG region of birth there (RR) and their status. */
const ORIGINS: ReadonlyArray<{ places: string[]; region: number; status: DisplacementStatus; since: [number, number]; card: DocumentKind; basis: string }> = [
  { places: ['Knin', 'Vukovar', 'Glina', 'Petrinja', 'Sisak', 'Benkovac', 'Obrovac'], region: 33, status: 'refugee', since: [1991, 1995], card: 'refugee-card', basis: 'Zakon o izbeglicama, rešenje Komesarijata za izbeglice' },
  { places: ['Sarajevo', 'Mostar', 'Tuzla', 'Zenica', 'Bihać', 'Drvar'], region: 17, status: 'refugee', since: [1992, 1995], card: 'refugee-card', basis: 'Zakon o izbeglicama, rešenje Komesarijata za izbeglice' },
  { places: ['Priština', 'Prizren', 'Peć', 'Đakovica', 'Orahovac', 'Uroševac'], region: 91, status: 'internally-displaced', since: [1999, 2000], card: 'idp-card', basis: 'Uredba o zbrinjavanju interno raseljenih lica' },
];
const PROVIDERS = ['Komesarijat za izbeglice i migracije', 'Grad — Odsek za izbegla i raseljena lica', 'UNHCR', 'Crveni krst'];

/** A person with everything recorded about them (PersonRecords, as the application loads it). */
type Records = PersonRecords & { origin: (typeof ORIGINS)[number] };

/**
 * Refugees and displaced persons (VI-03, mark 220): an applicant not yet in the register entered
 * with their status since the 1990s and their family (each member an entry, linked both ways),
 * then what the case decided — a status certificate, building material, a village house —
 * and now and then a status ended by return or integration; as DisplacedPersonsService does it.
 */
export const displacedPersonsGenerator: RegisterGenerator = {
  register: 'displaced-persons',
  tables: ['displaced_person', 'displaced_person_status', 'displaced_person_document', 'displaced_person_family_link', 'displaced_person_assistance', 'register_change'],
  async generate(db, { random, world }) {
    const log = new RegisterLog('displaced-persons');
    const people: Records[] = [];
    const jmbgs = new Set<string>((await db.query(`SELECT personal_id AS id FROM displaced_person WHERE personal_id IS NOT NULL`)).rows.map((r) => r.id));
    let documents = Number((await db.query(`SELECT count(*) AS n FROM displaced_person_document`)).rows[0].n);
    let step = 0;

    /** Bumps the version and search text (DisplacedPersonsService.save) and records the change. */
    const change = (records: Records, decision: Decision, action: string, write: (recorded: { caseId: string; recordedBy: string; recordedAt: Date }) => void) => {
      const at = moment(decision, (step += 1));
      const before = records.person.version === 0 ? null : personSnapshot(records);
      write({ caseId: decision.id, recordedBy: decision.actorId, recordedAt: at });
      const { person } = records;
      person.version += 1;
      person.updatedAt = at;
      person.searchText = registerSearchText(person.firstName, person.lastName, person.placeOfBirth, person.placeOfOrigin, person.address, ...records.documents.map((d) => d.number));
      person.originSearch = registerSearchText(person.placeOfOrigin);
      log.record(person.id, decision, at, action, before, personSnapshot(records));
    };

    const enter = (decision: Decision, name: string, origin: Records['origin'], born: [number, number], home: string, statusFrom?: IsoDate) => {
      const foreign = random.chance(0.15);
      const personalId = foreign ? null : freshJmbg(random, jmbgs, { from: born[0], to: born[1], region: origin.region });
      const dateOfBirth = personalId ? jmbgBirthDate(personalId) : `${random.int(born[0], born[1])}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
      const since = statusFrom ?? `${random.int(origin.since[0], origin.since[1])}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
      const { first, last } = splitName(name);
      const at = moment(decision, step + 1);
      const person: DisplacedPerson = {
        id: randomUUID(), version: 0, firstName: first, lastName: last, personalId, foreignId: foreign ? `${origin.region === 91 ? 'RKS' : origin.region === 33 ? 'HR' : 'BIH'}${random.int(1_000_000, 9_999_999)}` : null,
        dateOfBirth, placeOfBirth: random.pick(origin.places), placeOfOrigin: random.pick(origin.places), address: home, searchText: '', originSearch: '', createdAt: at, updatedAt: at,
      };
      const records: Records = { person, statuses: [], documents: [], links: [], assistance: [], origin };
      change(records, decision, 'create', (recorded) =>
        records.statuses.push({ id: randomUUID(), personId: person.id, status: origin.status, legalBasis: origin.basis, validFrom: since < dateOfBirth ? dateOfBirth : since, validTo: null, ...recorded }),
      );
      people.push(records);
      return records;
    };

    const document = (records: Records, decision: Decision, kind: DocumentKind) =>
      change(records, decision, 'document', (recorded) => {
        documents += 1;
        const number = kind === 'status-certificate' ? `220-${documents}/${decision.day.slice(0, 4)}` : `${kind === 'idp-card' ? 'IRL' : 'IL'}-${String(documents).padStart(7, '0')}`;
        const item: DisplacedPersonDocument = {
          id: randomUUID(), personId: records.person.id, kind, number, issuedOn: decision.day, validUntil: kind === 'status-certificate' ? addDays(decision.day, 180) : addDays(decision.day, 5 * 365),
          issuedBy: 'Gradska uprava — Poverenik za izbeglice', ...recorded,
        };
        records.documents.push(Object.assign(item, { validNow: true }));
      });

    const assist = (records: Records, decision: Decision, kind: AssistanceKind, amount: number | null, note: string) =>
      change(records, decision, 'assistance', (recorded) => {
        const item: DisplacedPersonAssistance = {
          id: randomUUID(), personId: records.person.id, kind, amount, currency: amount === null ? null : 'RSD', providedOn: decision.day, providedBy: random.pick(PROVIDERS), note, ...recorded,
        };
        records.assistance.push(item);
      });

    const link = (person: Records, relative: Records, decision: Decision, relation: FamilyRelation) => {
      const at = moment(decision, step + 1);
      const row: DisplacedPersonFamilyLink = { id: randomUUID(), personId: person.person.id, relativeId: relative.person.id, relation, caseId: decision.id, recordedBy: decision.actorId, recordedAt: at };
      const shown = (of: Records) => ({ id: of.person.id, firstName: of.person.firstName, lastName: of.person.lastName, dateOfBirth: of.person.dateOfBirth });
      change(person, decision, 'family-member', () => person.links.push({ link: row, relative: shown(relative) }));
      change(relative, decision, 'family-member', () => relative.links.push({ link: row, relative: shown(person) }));
    };

    for (const decision of await decisionsOf(db, ['220'])) {
      step = 0;
      const returning = pickAny(random, people, (p) => p.statuses.at(-1)!.validTo === null && ['refugee', 'internally-displaced'].includes(p.statuses.at(-1)!.status));
      let applicant = random.chance(0.35) ? returning : undefined;
      if (!applicant) {
        const origin = random.pick(ORIGINS);
        const home = address(random);
        applicant = enter(decision, personNameOf(random, decision), origin, [1940, 1985], home);
        const since = applicant.statuses[0].validFrom;
        if (random.chance(0.5)) link(applicant, enter(decision, `${random.pick(FEMALE_NAMES)} ${applicant.person.lastName}`, origin, [1945, 1985], home, since), decision, 'spouse');
        for (let i = random.int(0, 2); i > 0; i -= 1) link(applicant, enter(decision, `${random.pick([...MALE_NAMES, ...FEMALE_NAMES])} ${applicant.person.lastName}`, origin, [1980, 2005], home, since), decision, 'child');
      }
      const current = applicant.statuses.at(-1)!;
      if (decision.subject.includes('potvrde o statusu')) document(applicant, decision, 'status-certificate');
      else if (decision.subject.includes('gradjevinskog materijala')) assist(applicant, decision, 'building-material', null, 'Paket građevinskog materijala za završetak kuće');
      else if (decision.subject.includes('seoske kuce')) {
        assist(applicant, decision, 'housing', random.int(1_000_000, 1_800_000) * 100, 'Kupovina seoske kuće sa okućnicom');
        if (random.chance(0.4) && current.validFrom < decision.day) endStatus(applicant, decision, 'integrated', 'Trajno rešeno stambeno pitanje — lokalna integracija');
        continue;
      }
      if (applicant === returning && random.chance(0.06) && current.validFrom < decision.day) endStatus(applicant, decision, random.pick(['returned', 'ceased'] as const), 'Rešenje o prestanku statusa');
    }

    function endStatus(records: Records, decision: Decision, status: DisplacementStatus, legalBasis: string) {
      change(records, decision, 'status', (recorded) => {
        records.statuses.at(-1)!.validTo = addDays(decision.day, -1);
        records.statuses.push({ id: randomUUID(), personId: records.person.id, status, legalBasis, validFrom: decision.day, validTo: null, ...recorded });
      });
    }

    await insertRows(db, 'displaced_person', PERSON_COLUMNS, people.map(({ person: p }) => [
      p.id, p.version, p.firstName, p.lastName, p.personalId, p.foreignId, p.dateOfBirth, p.placeOfBirth, p.placeOfOrigin, p.address, p.searchText, p.originSearch,
      p.createdAt.toISOString(), p.updatedAt.toISOString(),
    ]));
    const recorded = (r: { caseId: string; recordedBy: string; recordedAt: Date }) => [r.caseId, r.recordedBy, r.recordedAt.toISOString()];
    await insertRows(db, 'displaced_person_status', [...STATUS_COLUMNS, ...RECORDED], people.flatMap((p) => p.statuses).map((s: DisplacedPersonStatus) => [
      s.id, s.personId, s.status, s.legalBasis, s.validFrom, s.validTo, ...recorded(s),
    ]));
    await insertRows(db, 'displaced_person_document', [...DOCUMENT_COLUMNS, ...RECORDED], people.flatMap((p) => p.documents).map((d) => [
      d.id, d.personId, d.kind, d.number, d.issuedOn, d.validUntil, d.issuedBy, ...recorded(d),
    ]));
    await insertRows(db, 'displaced_person_family_link', [...LINK_COLUMNS, ...RECORDED], people.flatMap((p) => p.links.filter(({ link: l }) => l.personId === p.person.id)).map(({ link: l }) => [
      l.id, l.personId, l.relativeId, l.relation, ...recorded(l),
    ]));
    await insertRows(db, 'displaced_person_assistance', [...ASSISTANCE_COLUMNS, ...RECORDED], people.flatMap((p) => p.assistance).map((a) => [
      a.id, a.personId, a.kind, a.amount, a.currency, a.providedOn, a.providedBy, a.note, ...recorded(a),
    ]));
    await log.flush(db);
    await appointKeepers(db, world, 'displaced-persons-commissioner', ['VI-03']);
    return people.length;
  },
};

const pad = (n: number) => String(n).padStart(2, '0');

const RECORDED = [['case_id', 'uuid'], ['recorded_by', 'uuid'], ['recorded_at', 'timestamptz']] as const;
const PERSON_COLUMNS = [
  ['id', 'uuid'], ['version', 'int'], ['first_name', 'text'], ['last_name', 'text'], ['personal_id', 'text'], ['foreign_id', 'text'], ['date_of_birth', 'date'],
  ['place_of_birth', 'text'], ['place_of_origin', 'text'], ['address', 'text'], ['search_text', 'text'], ['origin_search', 'text'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
] as const;
const STATUS_COLUMNS = [['id', 'uuid'], ['person_id', 'uuid'], ['status', 'text'], ['legal_basis', 'text'], ['valid_from', 'date'], ['valid_to', 'date']] as const;
const DOCUMENT_COLUMNS = [['id', 'uuid'], ['person_id', 'uuid'], ['kind', 'text'], ['number', 'text'], ['issued_on', 'date'], ['valid_until', 'date'], ['issued_by', 'text']] as const;
const LINK_COLUMNS = [['id', 'uuid'], ['person_id', 'uuid'], ['relative_id', 'uuid'], ['relation', 'text']] as const;
const ASSISTANCE_COLUMNS = [
  ['id', 'uuid'], ['person_id', 'uuid'], ['kind', 'text'], ['amount', 'bigint'], ['currency', 'text'], ['provided_on', 'date'], ['provided_by', 'text'], ['note', 'text'],
] as const;
