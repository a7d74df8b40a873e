import { belgradeDate } from '../../cases/zup-deadline.js';
import { formatDate, formatDateTime } from '../../documents/formats.js';
import { DOCUMENT_LABELS, fill } from '../../documents/labels.js';
import type { Column } from '../../documents/pdf-layout.js';
import type { Locale } from '../../i18n/i18n.js';
import { toCsv } from '../../shared/csv.js';
import { formatMinorUnits, printMinorUnits } from '../../shared/money.js';
import type { RegisterListDocument } from '../shared/index.js';
import type { AttorneyCaseRow } from './attorney-case-queries.service.js';
import { ATTORNEY_CASE_LABELS } from './attorney-case-labels.js';
import { isPastDue } from './attorney-case-rules.js';
import { belgradeTime } from './attorney-case-view.js';

const caseNumbers = ({ cases }: AttorneyCaseRow) => cases.map((ref) => ref.number).join(', ');
const partyNames = ({ parties }: AttorneyCaseRow) => parties.map((party) => party.name).join(', ');

/** A running deadline (no appeal lodged, case not closed), marked when it has run out. */
function deadlineOf({ entry }: AttorneyCaseRow, today: string, show: (date: string) => string, pastDue: string): string {
  if (entry.appealDeadline === null || entry.appealLodgedOn !== null || entry.status === 'closed') return '';
  return isPastDue(entry.appealDeadline, today) ? `${show(entry.appealDeadline)} (${pastDue})` : show(entry.appealDeadline);
}

/**
 * The register as CSV in `locale`: one line per entry; the identifiers column (JMBG of persons,
 * registration numbers of companies) is filled only for those who may read JMBGs.
 */
export function attorneyCasesCsv(locale: Locale, rows: AttorneyCaseRow[], showPersonalIds: boolean, today: string): string {
  const words = ATTORNEY_CASE_LABELS[locale];
  const c = words.columns;
  const header = [c.registryNumber, c.kind, c.court, c.courtCaseNumber, c.role, c.opposingParties, c.identifiers, c.subject, c.value, c.status, c.outcome, c.nextHearing, c.appealDeadline, c.cases];
  return toCsv(
    header,
    rows.map((row) => {
      const { entry } = row;
      return [
        entry.registryNumber,
        words.kinds[entry.kind],
        entry.court,
        entry.courtCaseNumber,
        words.roles[entry.municipalityRole],
        partyNames(row),
        showPersonalIds ? row.parties.map((party) => party.personalId ?? party.registrationNumber ?? '').join(', ') : null,
        entry.subject,
        entry.valueInDispute === null ? null : formatMinorUnits(entry.valueInDispute).replace('.', ','),
        words.statuses[entry.status],
        entry.outcome === null ? null : words.outcomes[entry.outcome],
        row.nextHearing === null ? null : `${belgradeDate(row.nextHearing)} ${belgradeTime(row.nextHearing)}`,
        deadlineOf(row, today, (date) => date, words.pastDue),
        caseNumbers(row),
      ];
    }),
  );
}

/** The printed list: no identifiers on paper; amounts, dates and times as the language writes them. */
export function attorneyCasesList(locale: Locale, rows: AttorneyCaseRow[], today: string): RegisterListDocument {
  const words = ATTORNEY_CASE_LABELS[locale];
  const document = DOCUMENT_LABELS[locale];
  const c = words.columns;
  const columns: Column[] = [
    { header: c.registryNumber, weight: 6 },
    { header: c.kind, weight: 7 },
    { header: c.court, weight: 9 },
    { header: c.courtCaseNumber, weight: 7 },
    { header: c.role, weight: 9 },
    { header: c.opposingParties, weight: 10 },
    { header: c.subject, weight: 11 },
    { header: c.value, weight: 8, align: 'right' },
    { header: c.status, weight: 7 },
    { header: c.outcome, weight: 7 },
    { header: c.nextHearing, weight: 8 },
    { header: c.appealDeadline, weight: 7 },
    { header: c.cases, weight: 8 },
  ];
  return {
    name: words.fileName,
    title: words.title,
    subtitle: `${fill(words.count, { count: rows.length })} · ${fill(words.asOf, { date: formatDate(today, document) })}`,
    columns,
    rows: rows.map((row) => {
      const { entry } = row;
      return [
        entry.registryNumber,
        words.kinds[entry.kind],
        entry.court,
        entry.courtCaseNumber ?? '',
        words.roles[entry.municipalityRole],
        partyNames(row),
        entry.subject,
        entry.valueInDispute === null ? '' : printMinorUnits(entry.valueInDispute, document.numberLocale),
        words.statuses[entry.status],
        entry.outcome === null ? '' : words.outcomes[entry.outcome],
        row.nextHearing === null ? '' : formatDateTime(row.nextHearing, document),
        deadlineOf(row, today, (date) => formatDate(date, document), words.pastDue),
        caseNumbers(row),
      ];
    }),
  };
}
