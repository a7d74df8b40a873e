import { In } from 'typeorm';
import { catalogEntry } from '../register-catalog.js';
import { defineRegister, registerQueries, type ExportContext, type RegisterRow } from '../shared/index.js';
import { WorkBookDto, WorkBookPageDto } from './dto/work-book-responses.dto.js';
import { WorkBookExportQueryDto, WorkBookListQueryDto } from './dto/work-book.dto.js';
import { WORK_BOOK_LABELS, type WorkBookLabels } from './work-book-labels.js';
import { WorkBook, WorkBookMovement } from './work-book.entity.js';
import { bookRef, movementView, workBookSnapshot, workBookSummary } from './work-book-view.js';

/** A book with the books it replaces or is replaced by. */
type Linked = { replaces: WorkBook | undefined; replacedBy: WorkBook | undefined };
type Row = RegisterRow<WorkBook, Linked>;

const seriesNumber = (book: WorkBook | undefined) => (book ? `${book.series} ${book.number}` : null);

/** "AB 123 (lost)": the book a duplicate replaces and why. */
function duplicateOf({ entry, replaces }: Row, { labels }: ExportContext<WorkBookLabels>): string | null {
  if (!replaces || !entry.duplicateReason) return null;
  return `${seriesNumber(replaces)} (${labels.reasons[entry.duplicateReason]})`;
}

/**
 * The work books register (radne knjižice), declared for the kit: books by holder name or number,
 * status, series, issue date, latest issued first. Its own rules (issue, duplicates, hand-overs,
 * returns, cancellation) are in WorkBooksService.
 */
export const WORK_BOOKS = defineRegister({
  ...catalogEntry('work-books'),
  entity: WorkBook,
  alias: 'w',
  search: ['w.search_text'],
  filter(qb, query) {
    if (query.status) qb.andWhere('w.status = :status', { status: query.status });
    if (query.series) qb.andWhere('w.series = :series', { series: query.series });
    if (query.issuedFrom) qb.andWhere('w.issued_on >= :issuedFrom', { issuedFrom: query.issuedFrom });
    if (query.issuedTo) qb.andWhere('w.issued_on <= :issuedTo', { issuedTo: query.issuedTo });
  },
  order: [
    ['w.issued_on', 'DESC'],
    ['w.series', 'ASC'],
    ['w.number', 'ASC'],
    ['w.id', 'ASC'],
  ],
  async related(books, { db }) {
    const ids = [...new Set(books.flatMap((book) => [book.replacesId, book.replacedById]).filter((id): id is string => id !== null))];
    const linked = new Map((ids.length > 0 ? await db.getRepository(WorkBook).find({ where: { id: In(ids) } }) : []).map((book) => [book.id, book]));
    return (book): Linked => ({
      replaces: book.replacesId ? linked.get(book.replacesId) : undefined,
      replacedBy: book.replacedById ? linked.get(book.replacedById) : undefined,
    });
  },
  summary: ({ entry, cases }) => workBookSummary(entry, cases),
  async view({ entry: book, cases, replaces, replacedBy }, { db }) {
    const movements = await db.getRepository(WorkBookMovement).find({ where: { workBookId: book.id }, order: { movedOn: 'ASC', id: 'ASC' } });
    const numbers = new Map(cases.map((ref) => [ref.id, ref.number]));
    return {
      ...workBookSnapshot(book),
      replaces: bookRef(replaces),
      replacedBy: bookRef(replacedBy),
      movements: movements.map((movement) => movementView(movement, numbers.get(movement.caseId))),
      caseIds: cases.map((ref) => ref.id),
      cases,
      createdAt: book.createdAt,
      updatedAt: book.updatedAt,
    };
  },
  personalIds: (book) => ({ personalId: book.holderPersonalId }),
  labels: WORK_BOOK_LABELS,
  columns: [
    { header: (l) => l.columns.series, value: ({ entry }) => entry.series, weight: 5 },
    { header: (l) => l.columns.number, value: ({ entry }) => entry.number, weight: 7 },
    { header: (l) => l.columns.issuedOn, value: ({ entry }) => entry.issuedOn, kind: 'date', weight: 7 },
    { header: (l) => l.columns.holder, value: ({ entry }) => entry.holderName, weight: 12 },
    { header: (l) => l.columns.parentName, value: ({ entry }) => entry.holderParentName, weight: 8 },
    { header: (l) => l.columns.personalId, value: ({ entry }) => entry.holderPersonalId, personal: true },
    { header: (l) => l.columns.dateOfBirth, value: ({ entry }) => entry.holderDateOfBirth, kind: 'date', weight: 7 },
    { header: (l) => l.columns.placeOfBirth, value: ({ entry }) => entry.holderPlaceOfBirth, weight: 8 },
    { header: (l) => l.columns.status, value: ({ entry }, { labels }) => labels.statuses[entry.status], weight: 9 },
    { header: (l) => l.columns.replaces, value: duplicateOf, weight: 9 },
    { header: (l) => l.columns.replacedBy, value: ({ replacedBy }) => seriesNumber(replacedBy), weight: 8 },
    { header: (l) => l.columns.returnedOn, value: ({ entry }) => entry.returnedOn, kind: 'date', weight: 7 },
    { header: (l) => l.columns.cases, value: ({ cases }) => cases.map((ref) => ref.number).join(', '), weight: 11 },
  ],
  dto: { listQuery: WorkBookListQueryDto, exportQuery: WorkBookExportQueryDto, page: WorkBookPageDto, view: WorkBookDto },
});

/** Reading the register (the kit's list, exports, detail, history, access check, load and lock). */
export const WorkBookQueries = registerQueries(WORK_BOOKS);
export type WorkBookQueries = InstanceType<typeof WorkBookQueries>;
