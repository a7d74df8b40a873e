import type { Column } from '../../documents/pdf-layout.js';
import { DOCUMENT_LABELS, fill } from '../../documents/labels.js';
import { formatDate } from '../../documents/formats.js';
import type { Locale } from '../../i18n/i18n.js';
import { toCsv } from '../../shared/csv.js';
import type { RegisterListDocument } from '../shared/index.js';
import { BUSINESS_LABELS } from './business-labels.js';
import type { BusinessRow } from './business-queries.service.js';
import { standingOf } from './business-view.js';

const caseNumbers = ({ cases }: BusinessRow) => cases.map((ref) => ref.number).join(', ');

/** The suspensions as `2026-02-01–2026-04-30, 2026-06-01–` (an open one without an end). */
const suspensionsOf = ({ periods }: BusinessRow) =>
  periods
    .filter((period) => period.status === 'suspended')
    .map((period) => `${period.validFrom}–${period.validTo ?? ''}`)
    .join(', ');

/**
 * The register as CSV in `locale`: one line per business with its status on `today`; the JMBG
 * column is filled only for those who may read it (`showPersonalIds`). Dates as ISO days.
 */
export function businessesCsv(locale: Locale, rows: BusinessRow[], showPersonalIds: boolean, today: string): string {
  const words = BUSINESS_LABELS[locale];
  const c = words.columns;
  const header = [c.registrationNumber, c.tradeName, c.owner, c.personalId, c.activityCode, c.address, c.startedOn, c.status, c.statusSince, c.suspensions, c.removedOn, c.removalReason, c.cases];
  return toCsv(
    header,
    rows.map((row) => {
      const { business } = row;
      const standing = standingOf(row.periods, today);
      return [
        business.registrationNumber,
        business.tradeName,
        business.ownerName,
        showPersonalIds ? business.ownerPersonalId : null,
        business.activityCode,
        business.address,
        business.startedOn,
        standing.status ? words.statuses[standing.status] : null,
        standing.statusSince,
        suspensionsOf(row),
        standing.removedOn,
        standing.removalReason,
        caseNumbers(row),
      ];
    }),
  );
}

/** The printed list: no identifiers on paper; dates as the language writes them. */
export function businessesList(locale: Locale, rows: BusinessRow[], today: string): RegisterListDocument {
  const words = BUSINESS_LABELS[locale];
  const document = DOCUMENT_LABELS[locale];
  const c = words.columns;
  const date = (value: string | null) => (value ? formatDate(value, document) : '');
  const columns: Column[] = [
    { header: c.registrationNumber, weight: 7 },
    { header: c.tradeName, weight: 15 },
    { header: c.owner, weight: 10 },
    { header: c.activityCode, weight: 5 },
    { header: c.address, weight: 13 },
    { header: c.startedOn, weight: 7 },
    { header: c.status, weight: 8 },
    { header: c.statusSince, weight: 7 },
    { header: c.removedOn, weight: 7 },
    { header: c.cases, weight: 11 },
  ];
  return {
    name: words.fileName,
    title: words.title,
    subtitle: `${fill(words.count, { count: rows.length })} · ${fill(words.asOf, { date: formatDate(today, document) })}`,
    columns,
    rows: rows.map((row) => {
      const { business } = row;
      const standing = standingOf(row.periods, today);
      return [
        business.registrationNumber,
        business.tradeName,
        business.ownerName,
        business.activityCode,
        business.address,
        date(business.startedOn),
        standing.status ? words.statuses[standing.status] : '',
        date(standing.statusSince),
        date(standing.removedOn),
        caseNumbers(row),
      ];
    }),
  };
}
