import { formatDate } from '../../documents/formats.js';
import { DOCUMENT_LABELS, fill } from '../../documents/labels.js';
import type { Column } from '../../documents/pdf-layout.js';
import type { Locale } from '../../i18n/i18n.js';
import { toCsv } from '../../shared/csv.js';
import type { RegisterListDocument } from '../shared/index.js';
import { DISPLACED_PERSON_LABELS, type DisplacedPersonLabels } from './displaced-person-labels.js';
import type { PersonRow } from './displaced-person-queries.service.js';

const caseNumbers = ({ cases }: PersonRow) => cases.map((ref) => ref.number).join(', ');
const documentOf = ({ validDocument }: PersonRow, words: DisplacedPersonLabels) =>
  validDocument ? `${words.documentKinds[validDocument.kind]} ${validDocument.number}` : null;

/**
 * The register as CSV in `locale`: one line per person, dates as ISO days; the JMBG and foreign id
 * columns are filled only for those who may read them (`showPersonalIds`).
 */
export function displacedPersonsCsv(locale: Locale, rows: PersonRow[], showPersonalIds: boolean): string {
  const words = DISPLACED_PERSON_LABELS[locale];
  const c = words.columns;
  const header = [c.lastName, c.firstName, c.personalId, c.foreignId, c.dateOfBirth, c.placeOfBirth, c.placeOfOrigin, c.address, c.status, c.legalBasis, c.statusSince, c.document, c.validUntil, c.cases];
  return toCsv(
    header,
    rows.map((row) => {
      const { person } = row;
      return [
        person.lastName,
        person.firstName,
        showPersonalIds ? person.personalId : null,
        showPersonalIds ? person.foreignId : null,
        person.dateOfBirth,
        person.placeOfBirth,
        person.placeOfOrigin,
        person.address,
        words.statuses[row.status],
        row.legalBasis,
        row.statusSince,
        documentOf(row, words),
        row.validDocument ? (row.validDocument.validUntil ?? words.noTerm) : null,
        caseNumbers(row),
      ];
    }),
  );
}

/** The printed list: no identifiers on paper; dates as the language writes them. */
export function displacedPersonsList(locale: Locale, rows: PersonRow[], today: string): RegisterListDocument {
  const words = DISPLACED_PERSON_LABELS[locale];
  const document = DOCUMENT_LABELS[locale];
  const c = words.columns;
  const date = (day: string) => formatDate(day, document);
  const columns: Column[] = [
    { header: c.lastName, weight: 9 },
    { header: c.firstName, weight: 8 },
    { header: c.dateOfBirth, weight: 7 },
    { header: c.placeOfOrigin, weight: 10 },
    { header: c.address, weight: 12 },
    { header: c.status, weight: 9 },
    { header: c.statusSince, weight: 7 },
    { header: c.document, weight: 12 },
    { header: c.validUntil, weight: 7 },
    { header: c.cases, weight: 10 },
  ];
  return {
    name: words.fileName,
    title: words.title,
    subtitle: `${fill(words.count, { count: rows.length })} · ${fill(words.asOf, { date: date(today) })}`,
    columns,
    rows: rows.map((row) => {
      const { person, validDocument } = row;
      return [
        person.lastName,
        person.firstName,
        date(person.dateOfBirth),
        person.placeOfOrigin,
        person.address,
        words.statuses[row.status],
        date(row.statusSince),
        documentOf(row, words) ?? '',
        validDocument ? (validDocument.validUntil ? date(validDocument.validUntil) : words.noTerm) : '',
        caseNumbers(row),
      ];
    }),
  };
}
