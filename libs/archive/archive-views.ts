import type { CaseStatus } from '../cases/case-state-machine.js';
import type { ArchiveLocation } from './archive-inputs.js';

/**
 * How archive-book entries and loans are read and shown: one set of columns and one mapping for
 * the archive book, the case detail, disposal candidates and the items of a list.
 */

/** An archive-book entry joined with its case (`c`), the archivist (`au`) and its open loan (`ol`). */
export const ENTRY_FROM = `archive_entry e
  JOIN case_file c ON c.id = e.case_id
  JOIN app_user au ON au.id = e.archived_by
  LEFT JOIN archive_loan ol ON ol.archive_entry_id = e.id AND ol.returned_at IS NULL
  LEFT JOIN app_user olu ON olu.id = ol.lent_by`;

/** Book order: year, classification mark, serial of the case. */
export const ENTRY_ORDER = `e.year, e.class_code, c.serial, e.id`;

/** A loan over alias `l`, its lender `lu` and receiver `ru`; `prefix` keeps the names apart when joined. */
function loanColumns(l: string, lu: string, ru: string | null, prefix: string): string {
  return [
    `${l}.id AS "${prefix}id"`,
    `${l}.borrower_name AS "${prefix}borrowerName"`,
    `${l}.borrower_user_id AS "${prefix}borrowerUserId"`,
    `${l}.purpose AS "${prefix}purpose"`,
    `CAST(${l}.due_on AS text) AS "${prefix}dueOn"`,
    `(${l}.returned_at IS NULL AND ${l}.due_on < CAST(:today AS date)) AS "${prefix}overdue"`,
    `${l}.lent_at AS "${prefix}lentAt"`,
    `${lu}.username AS "${prefix}lentBy"`,
    `${l}.returned_at AS "${prefix}returnedAt"`,
    `${ru === null ? 'NULL' : `${ru}.username`} AS "${prefix}receivedBy"`,
  ].join(', ');
}

export const ENTRY_COLUMNS = [
  `e.id AS "id"`,
  `e.case_id AS "caseId"`,
  `c.number AS "number"`,
  `e.year AS "year"`,
  `e.class_code AS "classCode"`,
  `c.subject AS "subject"`,
  `c.party_name AS "partyName"`,
  `e.retention_years AS "retentionYears"`,
  `e.permanent AS "permanent"`,
  `e.location_room AS "locationRoom"`,
  `e.location_shelf AS "locationShelf"`,
  `e.location_box AS "locationBox"`,
  `e.archived_at AS "archivedAt"`,
  `au.username AS "archivedBy"`,
  `e.closed_year AS "closedYear"`,
  `e.eligible_from_year AS "eligibleFromYear"`,
  `c.status AS "status"`,
  loanColumns('ol', 'olu', null, 'loan_'),
].join(', ');

/** A loan with the case it is of, for the loans list. */
export const LOAN_FROM = `archive_loan l
  JOIN archive_entry e ON e.id = l.archive_entry_id
  JOIN case_file c ON c.id = e.case_id
  JOIN app_user lu ON lu.id = l.lent_by
  LEFT JOIN app_user ru ON ru.id = l.received_by`;

export const LOAN_COLUMNS = `${loanColumns('l', 'lu', 'ru', '')}, e.case_id AS "caseId", c.number AS "number", c.subject AS "subject"`;

type Row = Record<string, unknown>;

export interface LoanView {
  id: string;
  borrower: { name: string; userId: string | null };
  purpose: string | null;
  dueOn: string | null;
  overdue: boolean;
  lentAt: Date;
  lentBy: string;
  returnedAt: Date | null;
  receivedBy: string | null;
}

export function loanView(row: Row, prefix = ''): LoanView | null {
  if (row[`${prefix}id`] === null || row[`${prefix}id`] === undefined) return null;
  const at = (key: string) => row[`${prefix}${key}`] as never;
  return {
    id: at('id'),
    borrower: { name: at('borrowerName'), userId: at('borrowerUserId') },
    purpose: at('purpose'),
    dueOn: at('dueOn'),
    overdue: at('overdue') === true,
    lentAt: at('lentAt'),
    lentBy: at('lentBy'),
    returnedAt: at('returnedAt'),
    receivedBy: at('receivedBy'),
  };
}

export interface ArchiveBookEntry {
  id: string;
  caseId: string;
  number: string;
  year: number;
  classCode: string;
  subject: string;
  partyName: string;
  retentionYears: number | null;
  permanent: boolean;
  location: ArchiveLocation;
  archivedAt: Date;
  archivedBy: string;
  closedYear: number;
  eligibleFromYear: number;
  /** The case's status: archived, lent, destroyed or handed_over. */
  status: CaseStatus;
  openLoan: LoanView | null;
}

export function bookEntry(row: Row): ArchiveBookEntry {
  return {
    id: row.id as string,
    caseId: row.caseId as string,
    number: row.number as string,
    year: row.year as number,
    classCode: row.classCode as string,
    subject: row.subject as string,
    partyName: row.partyName as string,
    retentionYears: row.retentionYears as number | null,
    permanent: row.permanent as boolean,
    location: { room: row.locationRoom as string, shelf: row.locationShelf as string | null, box: row.locationBox as string | null },
    archivedAt: row.archivedAt as Date,
    archivedBy: row.archivedBy as string,
    closedYear: row.closedYear as number,
    eligibleFromYear: row.eligibleFromYear as number,
    status: row.status as CaseStatus,
    openLoan: loanView(row, 'loan_'),
  };
}
