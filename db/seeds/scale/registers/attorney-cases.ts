import { randomUUID } from 'node:crypto';
import { addDays } from '../../../../libs/cases/zup-deadline.js';
import { counterKey, formatCaseNumber, belgradeCalendarDate, type CounterScope } from '../../../../libs/numbering/case-number-template.js';
import { appealDeadline, ATTORNEY_CASE_MARKS, type AttorneyCaseKind, type MunicipalityRole, type Outcome } from '../../../../libs/registers/attorney-cases/attorney-case-rules.js';
import { attorneyCaseSnapshot, decisionView, hearingView } from '../../../../libs/registers/attorney-cases/attorney-case-view.js';
import type { AttorneyCase, AttorneyCaseDecision, AttorneyCaseHearing, AttorneyCaseParty } from '../../../../libs/registers/attorney-cases/attorney-case.entity.js';
import { registerSearchText } from '../../../../libs/registers/shared/register-search.js';
import { searchFold } from '../../../../libs/i18n/transliterate.js';
import { belgradeInstant } from '../calendar.js';
import type { RegisterGenerator } from '../registers.js';
import { Weighted } from '../random.js';
import { company } from '../vocabulary.js';
import { appointKeepers, decisionsOf, insertRows, moment, personNameOf, pickAny, RegisterLog, type Decision } from './decisions.js';

const COURTS: Record<AttorneyCaseKind, string[]> = {
  litigation: ['Prvi osnovni sud u Beogradu', 'Drugi osnovni sud u Beogradu', 'Privredni sud u Beogradu'],
  enforcement: ['Prvi osnovni sud u Beogradu', 'Privredni sud u Beogradu'],
  'administrative-dispute': ['Upravni sud'],
  'administrative-procedure': ['Ministarstvo građevinarstva, saobraćaja i infrastrukture'],
  misdemeanour: ['Prekršajni sud u Beogradu'],
  'non-contentious': ['Treći osnovni sud u Beogradu'],
  criminal: ['Viši sud u Beogradu'],
  other: ['Republičko javno pravobranilaštvo'],
};
const KINDS = new Weighted<AttorneyCaseKind>([['litigation', 60], ['administrative-dispute', 12], ['non-contentious', 8], ['misdemeanour', 6], ['criminal', 3], ['administrative-procedure', 6], ['other', 5]]);
const OUTCOMES = new Weighted<Outcome>([['won', 45], ['lost', 25], ['partly', 15], ['settled', 10], ['withdrawn', 5]]);

interface Entry {
  entry: AttorneyCase;
  parties: AttorneyCaseParty[];
  hearings: AttorneyCaseHearing[];
  decisions: AttorneyCaseDecision[];
}

/**
 * The municipal attorney's registry (XIII-01, marks 740 and 700): a case taken on when a suit or
 * an enforcement notice arrives, numbered in the attorney's own book (`attorney-cases`) by its
 * template and counter scope, as NumberingService allocates; hearings scheduled from the court's
 * summons and marked held or postponed; decisions received with their appeal deadline
 * (`appealDeadline`, the office's days per kind), appeals lodged, cases closed.
 */
export const attorneyCasesGenerator: RegisterGenerator = {
  register: 'attorney-cases',
  tables: ['attorney_case', 'attorney_case_party', 'attorney_case_hearing', 'attorney_case_decision', 'register_change'],
  async generate(db, { random, world }) {
    const log = new RegisterLog('attorney-cases');
    const [book] = (await db.query(`SELECT id, template, counter_scope AS "counterScope" FROM numbering_book WHERE code = 'attorney-cases'`)).rows as Array<{ id: string; template: string; counterScope: CounterScope }>;
    const counters = new Map<string, number>((await db.query(`SELECT counter_key, last_serial FROM case_counter WHERE book_id = $1`, [book.id])).rows.map((r) => [r.counter_key, r.last_serial]));
    const appealDays = new Map<string, number>((await db.query(`SELECT kind, days FROM attorney_appeal_period`)).rows.map((r) => [r.kind, r.days]));
    const entries: Entry[] = [];
    const courtNumbers = new Map<string, number>();

    const change = (item: Entry, decision: Decision, step: number, action: string, write: () => Record<string, unknown> | void, beforeExtra?: Record<string, unknown>) => {
      const at = moment(decision, step);
      const before = item.entry.version === 0 ? null : { ...attorneyCaseSnapshot(item.entry, item.parties), ...beforeExtra };
      const extra = write() ?? {};
      item.entry.version += 1;
      item.entry.updatedAt = at;
      log.record(item.entry.id, decision, at, action, before, { ...attorneyCaseSnapshot(item.entry, item.parties), ...extra });
    };

    const takeOn = (decision: Decision, kind: AttorneyCaseKind, role: MunicipalityRole, subject: string, opponent: { name: string; company: boolean }) => {
      const at = moment(decision, 0);
      const { year } = belgradeCalendarDate(at);
      const parts = { year, unitCode: decision.unitCode, classCode: ATTORNEY_CASE_MARKS[kind] };
      const key = counterKey(book.counterScope, parts);
      const serial = (counters.get(key) ?? 0) + 1;
      counters.set(key, serial);
      const court = random.pick(COURTS[kind]);
      const courtKey = searchFold(court);
      const courtSerial = (courtNumbers.get(`${courtKey}|${year}|${kind}`) ?? random.int(100, 900)) + random.int(1, 40);
      courtNumbers.set(`${courtKey}|${year}|${kind}`, courtSerial);
      const entry: AttorneyCase = {
        id: randomUUID(), version: 0, bookId: book.id, registryNumber: formatCaseNumber(book.template, { ...parts, serial, registeredAt: at }, book.counterScope), counterKey: key, serial, year,
        kind, court, courtKey, courtCaseNumber: random.chance(0.85) ? `${ATTORNEY_CASE_MARKS[kind]} ${courtSerial}/${year}` : null, municipalityRole: role, subject,
        valueInDispute: kind === 'litigation' || kind === 'enforcement' ? random.int(50, 20_000) * 1_000_00 : null, status: 'open', outcome: null, outcomeOn: null, decisionText: null,
        decisionReceivedOn: null, appealDeadline: null, appealLodgedOn: null, closedOn: null, closingNote: null, searchText: '', createdAt: at, updatedAt: at,
      };
      const parties: AttorneyCaseParty[] = [{ attorneyCaseId: entry.id, position: 1, name: opponent.name, personalId: null, registrationNumber: opponent.company ? String(random.int(10_000_000, 69_999_999)) : null }];
      entry.searchText = registerSearchText(entry.registryNumber, entry.courtCaseNumber, entry.court, entry.subject, ...parties.flatMap((p) => [p.name, p.registrationNumber]));
      const item = { entry, parties, hearings: [], decisions: [] };
      change(item, decision, 0, 'create', () => undefined);
      entries.push(item);
      return item;
    };

    const newHearing = (item: Entry, decision: Decision, step: number, startsAt: Date, courtroom: string | null): AttorneyCaseHearing => {
      const hearing: AttorneyCaseHearing = {
        id: randomUUID(), attorneyCaseId: item.entry.id, startsAt, courtroom, note: null, state: 'scheduled', stateNote: null, caseId: decision.id, recordedBy: decision.actorId,
        recordedAt: moment(decision, step), markedCaseId: null, markedBy: null, markedAt: null,
      };
      item.hearings.push(hearing);
      return hearing;
    };
    const hearingDay = (decision: Decision, after: Date) => {
      const from = addDays(decision.day > after.toISOString().slice(0, 10) ? decision.day : after.toISOString().slice(0, 10), random.int(20, 90));
      return belgradeInstant(from, random.pick([540, 570, 600, 660, 720, 780]));
    };

    /** A summons: the hearing pending is marked (held once its time came, else postponed to the new one), or a first hearing scheduled. */
    const summons = (item: Entry, decision: Decision) => {
      const at = moment(decision, 1);
      const pending = item.hearings.find((h) => h.state === 'scheduled');
      const courtroom = `Sudnica ${random.int(1, 40)}`;
      if (!pending) {
        change(item, decision, 1, 'hearing', () => ({ hearing: hearingView(newHearing(item, decision, 1, hearingDay(decision, at), courtroom)) }));
        return;
      }
      const state = pending.startsAt <= at && random.chance(0.8) ? 'held' : 'postponed';
      const before = { hearing: hearingView({ ...pending }) };
      change(item, decision, 1, `hearing-${state}`, () => {
        Object.assign(pending, { state, stateNote: state === 'held' ? 'Ročište održano, zakazano novo' : 'Odloženo na predlog suprotne strane', markedCaseId: decision.id, markedBy: decision.actorId, markedAt: at });
        const next = newHearing(item, decision, 1, hearingDay(decision, pending.startsAt), pending.courtroom);
        return { hearing: hearingView(pending), nextHearing: hearingView(next) };
      }, before);
    };

    const decide = (item: Entry, decision: Decision) => {
      const receivedOn = addDays(decision.day, -random.int(0, 3));
      if (item.entry.decisionReceivedOn && receivedOn < item.entry.decisionReceivedOn) return;
      const outcome = OUTCOMES.draw(random);
      const final = outcome === 'settled' || outcome === 'withdrawn' || random.chance(0.35);
      const days = final ? null : (appealDays.get(item.entry.kind) ?? 15);
      const record: AttorneyCaseDecision = {
        id: randomUUID(), attorneyCaseId: item.entry.id, outcome, decidedOn: addDays(receivedOn, -random.int(3, 20)), receivedOn, final, appealDays: days,
        appealDeadline: days === null ? null : appealDeadline(receivedOn, days), text: final ? 'Presuda je postala pravnosnažna' : 'Prvostepena presuda', caseId: decision.id,
        recordedBy: decision.actorId, recordedAt: moment(decision, 1),
      };
      change(item, decision, 1, 'decision', () => {
        item.decisions.push(record);
        Object.assign(item.entry, {
          outcome, outcomeOn: record.decidedOn, decisionText: record.text, decisionReceivedOn: receivedOn, appealDeadline: record.appealDeadline, appealLodgedOn: null, status: final ? 'final' : 'open',
        });
        return { decision: decisionView(record) };
      });
      if (!final && (outcome === 'lost' || outcome === 'partly') && random.chance(0.7)) change(item, decision, 2, 'update', () => void (item.entry.appealLodgedOn = decision.day));
      if (final && random.chance(0.8)) change(item, decision, 2, 'close', () => void Object.assign(item.entry, { status: 'closed', closedOn: decision.day, closingNote: 'Predmet završen, a/a' }));
    };

    const open = (decision: Decision) => (item: Entry) => item.entry.status === 'open' && item.entry.createdAt < decision.at;
    for (const decision of await decisionsOf(db, ['740', '700'])) {
      const { subject } = decision;
      const person = personNameOf(random, decision);
      if (subject.includes('tuzba protiv grada')) {
        const item = takeOn(decision, 'litigation', 'defendant', `Naknada štete — ${person}`, { name: person, company: false });
        if (random.chance(0.6)) summons(item, decision);
      } else if (subject.includes('izvrsnom postupku') && random.chance(0.4)) {
        const debtor = company(random);
        takeOn(decision, 'enforcement', 'creditor', `Naplata potraživanja od ${debtor}`, { name: debtor, company: true });
      } else if (subject.includes('poziv za rociste') && random.chance(0.3)) {
        const kind = KINDS.draw(random);
        const other = company(random);
        summons(takeOn(decision, kind, kind === 'litigation' ? 'plaintiff' : 'interested-party', `Spor sa ${other}`, { name: other, company: true }), decision);
      } else {
        const item = pickAny(random, entries, open(decision), 20);
        if (!item) continue;
        if (item.hearings.some((h) => h.state === 'held') && random.chance(subject.includes('mirno resavanje') ? 0.8 : 0.3)) decide(item, decision);
        else summons(item, decision);
      }
    }

    const all = (pick: (item: Entry) => unknown[][]) => entries.flatMap(pick);
    await insertRows(db, 'attorney_case', CASE_COLUMNS, entries.map(({ entry: e }) => [
      e.id, e.version, e.bookId, e.registryNumber, e.counterKey, e.serial, e.year, e.kind, e.court, e.courtKey, e.courtCaseNumber, e.municipalityRole, e.subject, e.valueInDispute,
      e.status, e.outcome, e.outcomeOn, e.decisionText, e.decisionReceivedOn, e.appealDeadline, e.appealLodgedOn, e.closedOn, e.closingNote, e.searchText, e.createdAt.toISOString(),
      e.updatedAt.toISOString(),
    ]));
    await insertRows(db, 'attorney_case_party', PARTY_COLUMNS, all((i) => i.parties.map((p) => [p.attorneyCaseId, p.position, p.name, p.personalId, p.registrationNumber])));
    await insertRows(db, 'attorney_case_hearing', HEARING_COLUMNS, all((i) => i.hearings.map((h) => [
      h.id, h.attorneyCaseId, h.startsAt.toISOString(), h.courtroom, h.note, h.state, h.stateNote, h.caseId, h.recordedBy, h.recordedAt.toISOString(), h.markedCaseId, h.markedBy,
      h.markedAt?.toISOString() ?? null,
    ])));
    await insertRows(db, 'attorney_case_decision', DECISION_COLUMNS, all((i) => i.decisions.map((d) => [
      d.id, d.attorneyCaseId, d.outcome, d.decidedOn, d.receivedOn, d.final, d.appealDays, d.appealDeadline, d.text, d.caseId, d.recordedBy, d.recordedAt.toISOString(),
    ])));
    // The book's counters where the last serials stand, so the next case taken on continues gapless.
    await db.query(
      `INSERT INTO case_counter (book_id, counter_key, last_serial) SELECT $1, k, s FROM unnest($2::text[], $3::int[]) AS u(k, s)
       ON CONFLICT (book_id, counter_key) DO UPDATE SET last_serial = GREATEST(case_counter.last_serial, EXCLUDED.last_serial)`,
      [book.id, [...counters.keys()], [...counters.values()]],
    );
    await log.flush(db);
    await appointKeepers(db, world, 'municipal-attorney', ['XIII-01']);
    return entries.length;
  },
};

const CASE_COLUMNS = [
  ['id', 'uuid'], ['version', 'int'], ['book_id', 'uuid'], ['registry_number', 'text'], ['counter_key', 'text'], ['serial', 'int'], ['year', 'int'], ['kind', 'text'], ['court', 'text'],
  ['court_key', 'text'], ['court_case_number', 'text'], ['municipality_role', 'text'], ['subject', 'text'], ['value_in_dispute', 'bigint'], ['status', 'text'], ['outcome', 'text'],
  ['outcome_on', 'date'], ['decision_text', 'text'], ['decision_received_on', 'date'], ['appeal_deadline', 'date'], ['appeal_lodged_on', 'date'], ['closed_on', 'date'],
  ['closing_note', 'text'], ['search_text', 'text'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
] as const;
const PARTY_COLUMNS = [['attorney_case_id', 'uuid'], ['position', 'int'], ['name', 'text'], ['personal_id', 'text'], ['registration_number', 'text']] as const;
const HEARING_COLUMNS = [
  ['id', 'uuid'], ['attorney_case_id', 'uuid'], ['starts_at', 'timestamptz'], ['courtroom', 'text'], ['note', 'text'], ['state', 'text'], ['state_note', 'text'], ['case_id', 'uuid'],
  ['recorded_by', 'uuid'], ['recorded_at', 'timestamptz'], ['marked_case_id', 'uuid'], ['marked_by', 'uuid'], ['marked_at', 'timestamptz'],
] as const;
const DECISION_COLUMNS = [
  ['id', 'uuid'], ['attorney_case_id', 'uuid'], ['outcome', 'text'], ['decided_on', 'date'], ['received_on', 'date'], ['final', 'boolean'], ['appeal_days', 'int'],
  ['appeal_deadline', 'date'], ['text', 'text'], ['case_id', 'uuid'], ['recorded_by', 'uuid'], ['recorded_at', 'timestamptz'],
] as const;
