import { randomUUID } from 'node:crypto';
import { isValidJmbg, jmbgBirthDate } from '../../../../libs/shared/jmbg.js';
import { registerSearchText } from '../../../../libs/registers/shared/register-search.js';
import { movementView, workBookSnapshot } from '../../../../libs/registers/work-books/work-book-view.js';
import type { MovementKind, RecipientKind, WorkBook, WorkBookMovement } from '../../../../libs/registers/work-books/work-book.entity.js';
import type { RegisterGenerator } from '../registers.js';
import type { Random } from '../random.js';
import { MALE_NAMES, company } from '../vocabulary.js';
import { appointKeepers, decisionsOf, freshJmbg, insertRows, moment, personNameOf, pickAny, RegisterLog, takeAny, type Decision } from './decisions.js';

const PLACES = ['Beograd', 'Zemun', 'Pančevo', 'Smederevo', 'Valjevo', 'Kragujevac', 'Niš', 'Novi Sad', 'Šabac', 'Čačak', 'Kraljevo', 'Loznica'];
const SERIES = 'BG';

/**
 * Work books (I-04, mark 10): a book issued on a request (and mostly handed to the holder in the
 * same case), duplicates for lost or damaged ones, hand-overs to employers, returns to the holder
 * for good, and now and then an entry cancelled — as WorkBooksService makes them.
 */
export const workBooksGenerator: RegisterGenerator = {
  register: 'work-books',
  tables: ['work_book', 'work_book_movement', 'register_change'],
  async generate(db, { random, world }) {
    const log = new RegisterLog('work-books');
    const books: WorkBook[] = [];
    const valid: WorkBook[] = [];
    const movements: WorkBookMovement[] = [];
    const holders = new Set<string>((await db.query(`SELECT holder_personal_id AS id FROM work_book WHERE status = 'valid'`)).rows.map((r) => r.id));
    let serial = Number((await db.query(`SELECT count(*) AS n FROM work_book`)).rows[0].n) + 100_000;

    const record = (book: WorkBook, decision: Decision, step: number, action: string, before: unknown, extra?: Record<string, unknown>) => {
      const at = moment(decision, step);
      if (before !== null) {
        book.version += 1;
        book.updatedAt = at;
      }
      log.record(book.id, decision, at, action, before, { ...workBookSnapshot(book), ...extra });
    };

    const issue = (decision: Decision, holder: Holder, replaces?: { book: WorkBook; reason: 'lost' | 'damaged' }): WorkBook => {
      const at = moment(decision, replaces ? 1 : 0);
      const book: WorkBook = {
        id: randomUUID(), version: 1, series: SERIES, number: String((serial += 1)), issuedOn: decision.day, holderName: holder.name, holderParentName: holder.parentName,
        holderPersonalId: holder.personalId, holderDateOfBirth: jmbgBirthDate(holder.personalId), holderPlaceOfBirth: holder.placeOfBirth, status: 'valid',
        replacesId: replaces?.book.id ?? null, duplicateReason: replaces?.reason ?? null, replacedById: null, returnedOn: null, cancelledOn: null, cancellationReason: null,
        searchText: '', createdAt: at, updatedAt: at,
      };
      book.searchText = registerSearchText(book.series, book.number, book.holderName, book.holderParentName, book.holderPlaceOfBirth);
      books.push(book);
      valid.push(book);
      return book;
    };

    const move = (book: WorkBook, decision: Decision, step: number, kind: MovementKind, to: RecipientKind, recipientName: string) => {
      const before = workBookSnapshot(book);
      const movement: WorkBookMovement = {
        id: '', workBookId: book.id, kind, movedOn: decision.day, recipientKind: to, recipientName, note: null, caseId: decision.id, recordedBy: decision.actorId, recordedAt: moment(decision, step),
      };
      movements.push(movement);
      if (kind === 'return') Object.assign(book, { status: 'returned', returnedOn: decision.day });
      record(book, decision, step, kind, before, { [kind]: movementView(movement, decision.number) });
    };

    const issuedBefore = (decision: Decision) => (book: WorkBook) => book.issuedOn < decision.day;
    for (const decision of await decisionsOf(db, ['10'])) {
      if (decision.subject.includes('duplikat')) {
        const original = takeAny(random, valid, issuedBefore(decision));
        if (!original) continue;
        const before = workBookSnapshot(original);
        const duplicate = issue(decision, holderOf(original), { book: original, reason: random.chance(0.8) ? 'lost' : 'damaged' });
        Object.assign(original, { status: 'replaced_by_duplicate', replacedById: duplicate.id });
        record(original, decision, 0, 'duplicate', before);
        record(duplicate, decision, 1, 'create', null);
      } else if (decision.subject.includes('vracanje')) {
        const book = takeAny(random, valid, issuedBefore(decision));
        if (book) move(book, decision, 0, 'return', 'holder', book.holderName);
      } else if (decision.subject.includes('poslodavcu')) {
        const book = pickAny(random, valid, issuedBefore(decision));
        if (book) move(book, decision, 0, 'handover', 'employer', company(random));
      } else {
        const holder = holderFor(random, decision, holders);
        const book = issue(decision, holder);
        record(book, decision, 0, 'create', null);
        if (random.chance(0.004)) {
          const before = workBookSnapshot(book);
          valid.splice(valid.indexOf(book), 1);
          holders.delete(book.holderPersonalId);
          Object.assign(book, { status: 'cancelled', cancelledOn: decision.day, cancellationReason: 'Greškom upisana radna knjižica' });
          record(book, decision, 1, 'cancel', before);
        } else if (random.chance(0.7)) {
          move(book, decision, 1, 'handover', 'holder', book.holderName);
        }
      }
    }

    await insertRows(db, 'work_book', BOOK_COLUMNS, books.map((b) => [
      b.id, b.version, b.series, b.number, b.issuedOn, b.holderName, b.holderParentName, b.holderPersonalId, b.holderDateOfBirth, b.holderPlaceOfBirth, b.status,
      b.replacesId, b.duplicateReason, b.replacedById, b.returnedOn, b.cancelledOn, b.cancellationReason, b.searchText, b.createdAt.toISOString(), b.updatedAt.toISOString(),
    ]));
    await insertRows(db, 'work_book_movement', MOVEMENT_COLUMNS, movements.map((m) => [
      m.workBookId, m.kind, m.movedOn, m.recipientKind, m.recipientName, m.note, m.caseId, m.recordedBy, m.recordedAt.toISOString(),
    ]));
    await log.flush(db);
    await appointKeepers(db, world, 'work-books-keeper', ['I-04']);
    return books.length;
  },
};

interface Holder {
  name: string;
  parentName: string;
  personalId: string;
  placeOfBirth: string;
}

const holderOf = (book: WorkBook): Holder => ({ name: book.holderName, parentName: book.holderParentName, personalId: book.holderPersonalId, placeOfBirth: book.holderPlaceOfBirth });

/**
 * The applicant, who is the holder: their JMBG when they gave one (and hold no valid book yet, at
 * least 15 years old), else one drawn for them; the valid books' holders are remembered.
 */
function holderFor(random: Random, decision: Decision, holders: Set<string>): Holder {
  const given = decision.partyPersonalId;
  const usable = given !== null && isValidJmbg(given) && !holders.has(given) && Number(jmbgBirthDate(given).slice(0, 4)) <= Number(decision.day.slice(0, 4)) - 15;
  const personalId = usable ? given : freshJmbg(random, holders, { from: 1955, to: Number(decision.day.slice(0, 4)) - 16, region: 71 });
  holders.add(personalId);
  return { name: personNameOf(random, decision), parentName: random.pick(MALE_NAMES), personalId, placeOfBirth: random.pick(PLACES) };
}

const BOOK_COLUMNS = [
  ['id', 'uuid'], ['version', 'int'], ['series', 'text'], ['number', 'text'], ['issued_on', 'date'], ['holder_name', 'text'], ['holder_parent_name', 'text'],
  ['holder_personal_id', 'text'], ['holder_date_of_birth', 'date'], ['holder_place_of_birth', 'text'], ['status', 'text'], ['replaces_id', 'uuid'], ['duplicate_reason', 'text'],
  ['replaced_by_id', 'uuid'], ['returned_on', 'date'], ['cancelled_on', 'date'], ['cancellation_reason', 'text'], ['search_text', 'text'], ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;
const MOVEMENT_COLUMNS = [
  ['work_book_id', 'uuid'], ['kind', 'text'], ['moved_on', 'date'], ['recipient_kind', 'text'], ['recipient_name', 'text'], ['note', 'text'], ['case_id', 'uuid'],
  ['recorded_by', 'uuid'], ['recorded_at', 'timestamptz'],
] as const;
