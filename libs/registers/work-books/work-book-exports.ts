import type { Column } from '../../documents/pdf-layout.js';
import { DOCUMENT_LABELS, fill } from '../../documents/labels.js';
import { formatDate } from '../../documents/formats.js';
import type { Locale } from '../../i18n/i18n.js';
import { toCsv } from '../../shared/csv.js';
import type { RegisterListDocument } from '../shared/index.js';
import { WORK_BOOK_LABELS } from './work-book-labels.js';
import type { WorkBookRow } from './work-book-queries.service.js';
import type { WorkBook } from './work-book.entity.js';

const seriesNumber = (book: WorkBook | undefined) => (book ? `${book.series} ${book.number}` : null);
const caseNumbers = ({ cases }: WorkBookRow) => cases.map((ref) => ref.number).join(', ');

const statusText = (locale: Locale, { book }: WorkBookRow) => WORK_BOOK_LABELS[locale].statuses[book.status];

/**
 * The register as CSV in `locale`: one line per book; the JMBG column is filled only for those
 * who may read it (`showPersonalIds`). Dates as ISO days, which spreadsheets read everywhere.
 */
export function workBooksCsv(locale: Locale, rows: WorkBookRow[], showPersonalIds: boolean): string {
  const words = WORK_BOOK_LABELS[locale];
  const c = words.columns;
  const header = [c.series, c.number, c.issuedOn, c.holder, c.parentName, c.personalId, c.dateOfBirth, c.placeOfBirth, c.status, c.replaces, c.replacedBy, c.returnedOn, c.cases];
  return toCsv(
    header,
    rows.map((row) => {
      const { book } = row;
      return [
        book.series,
        book.number,
        book.issuedOn,
        book.holderName,
        book.holderParentName,
        showPersonalIds ? book.holderPersonalId : null,
        book.holderDateOfBirth,
        book.holderPlaceOfBirth,
        statusText(locale, row),
        duplicateOf(locale, row),
        seriesNumber(row.replacedBy),
        book.returnedOn,
        caseNumbers(row),
      ];
    }),
  );
}

/** "AB 123 (lost)": the book a duplicate replaces and why. */
function duplicateOf(locale: Locale, { book, replaces }: WorkBookRow): string | null {
  if (!replaces || !book.duplicateReason) return null;
  return `${seriesNumber(replaces)} (${WORK_BOOK_LABELS[locale].reasons[book.duplicateReason]})`;
}

/** The printed list: no identifiers on paper; dates as the language writes them. */
export function workBooksList(locale: Locale, rows: WorkBookRow[]): RegisterListDocument {
  const words = WORK_BOOK_LABELS[locale];
  const document = DOCUMENT_LABELS[locale];
  const c = words.columns;
  const date = (value: string | null) => (value ? formatDate(value, document) : '');
  const columns: Column[] = [
    { header: c.series, weight: 5 },
    { header: c.number, weight: 7 },
    { header: c.issuedOn, weight: 7 },
    { header: c.holder, weight: 12 },
    { header: c.parentName, weight: 8 },
    { header: c.dateOfBirth, weight: 7 },
    { header: c.placeOfBirth, weight: 8 },
    { header: c.status, weight: 9 },
    { header: c.replaces, weight: 9 },
    { header: c.replacedBy, weight: 8 },
    { header: c.returnedOn, weight: 7 },
    { header: c.cases, weight: 11 },
  ];
  return {
    name: words.fileName,
    title: words.title,
    subtitle: fill(words.count, { count: rows.length }),
    columns,
    rows: rows.map((row) => {
      const { book } = row;
      return [
        book.series,
        book.number,
        date(book.issuedOn),
        book.holderName,
        book.holderParentName,
        date(book.holderDateOfBirth),
        book.holderPlaceOfBirth,
        statusText(locale, row),
        duplicateOf(locale, row) ?? '',
        seriesNumber(row.replacedBy) ?? '',
        date(book.returnedOn),
        caseNumbers(row),
      ];
    }),
  };
}
