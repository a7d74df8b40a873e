import { belgradeDate } from '../../cases/zup-deadline.js';
import { connectionOf } from '../../database/transactional-connection.js';
import { formatDate, formatDateTime } from '../../documents/formats.js';
import { DOCUMENT_LABELS, fill } from '../../documents/labels.js';
import { searchFold } from '../../i18n/transliterate.js';
import { formatMinorUnits, printMinorUnits } from '../../shared/money.js';
import { containsPattern } from '../../shared/validation.js';
import { catalogEntry } from '../register-catalog.js';
import { defineRegister, registerQueries, type ExportContext, type RegisterReadContext, type RegisterRow } from '../shared/index.js';
import { ATTORNEY_CASE_LABELS, type AttorneyCaseLabels } from './attorney-case-labels.js';
import { isPastDue } from './attorney-case-rules.js';
import { attorneyCaseSnapshot, belgradeTime, decisionView, hearingView, partyView } from './attorney-case-view.js';
import { AttorneyCase, type AttorneyCaseParty } from './attorney-case.entity.js';
import { AttorneyCaseRepository, BELGRADE_DAY_END, BELGRADE_DAY_START } from './attorney-case.repository.js';
import { AttorneyCaseDto, AttorneyCasePageDto } from './dto/attorney-case-responses.dto.js';
import { AttorneyCaseExportQueryDto, AttorneyCaseListQueryDto } from './dto/attorney-case.dto.js';

type Row = RegisterRow<AttorneyCase, { parties: AttorneyCaseParty[]; nextHearing: Date | null }>;
type Context = ExportContext<AttorneyCaseLabels>;

/** The register's repository on the reading hook's transaction. */
export const attorneyCaseRepository = ({ db }: Pick<RegisterReadContext, 'db'>) => new AttorneyCaseRepository(connectionOf(db));

/** An appeal deadline that ran out with no appeal lodged, in a case still running. */
export const appealPastDue = (entry: AttorneyCase, today: string): boolean =>
  entry.appealDeadline !== null && entry.appealLodgedOn === null && entry.status !== 'closed' && isPastDue(entry.appealDeadline, today);

/** A running deadline (no appeal lodged, case not closed), marked when it has run out. */
function deadlineOf({ entry }: Row, { today, labels }: Context, show: (date: string) => string): string | null {
  if (entry.appealDeadline === null || entry.appealLodgedOn !== null || entry.status === 'closed') return null;
  return isPastDue(entry.appealDeadline, today) ? `${show(entry.appealDeadline)} (${labels.pastDue})` : show(entry.appealDeadline);
}

const document = ({ locale }: Context) => DOCUMENT_LABELS[locale];

/**
 * The municipal attorney's registry (pisarnica pravobranilaštva), declared for the kit: cases by
 * kind, status, court, hearing days, appeal deadline, words (either script); newest first. Its own
 * rules (numbering, hearings, decisions and appeal deadlines, closing) are in AttorneyCasesService;
 * the hearings calendar and the deadlines in AttorneyCaseCalendar.
 */
export const ATTORNEY_CASES = defineRegister({
  ...catalogEntry('attorney-cases'),
  entity: AttorneyCase,
  alias: 'a',
  search: ['a.search_text'],
  filter(qb, query) {
    if (query.kind) qb.andWhere('a.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.court) {
      searchFold(String(query.court)).split(/\s+/).filter(Boolean).forEach((word, i) => qb.andWhere(`a.court_key LIKE :court${i}`, { [`court${i}`]: containsPattern(word) }));
    }
    if (query.hearingFrom || query.hearingTo) {
      const bounds = [query.hearingFrom ? `h.starts_at >= ${BELGRADE_DAY_START('hearingFrom')}` : null, query.hearingTo ? `h.starts_at < ${BELGRADE_DAY_END('hearingTo')}` : null].filter(Boolean);
      qb.andWhere(`EXISTS (SELECT 1 FROM attorney_case_hearing h WHERE h.attorney_case_id = a.id AND ${bounds.join(' AND ')})`, { hearingFrom: query.hearingFrom, hearingTo: query.hearingTo });
    }
    if (query.deadlineBefore) qb.andWhere(`a.appeal_deadline <= :deadlineBefore AND a.appeal_lodged_on IS NULL AND a.status <> 'closed'`, { deadlineBefore: query.deadlineBefore });
  },
  order: [
    ['a.created_at', 'DESC'],
    ['a.id', 'DESC'],
  ],
  async related(entries, context) {
    const { parties, nextHearings } = await attorneyCaseRepository(context).partiesAndNextHearings(entries.map((entry) => entry.id), context.now);
    return (entry) => ({ parties: parties.filter((party) => party.attorneyCaseId === entry.id), nextHearing: nextHearings.get(entry.id) ?? null });
  },
  summary: ({ entry, parties, nextHearing, cases }, { today }) => ({
    id: entry.id,
    version: entry.version,
    registryNumber: entry.registryNumber,
    kind: entry.kind,
    court: entry.court,
    courtCaseNumber: entry.courtCaseNumber,
    municipalityRole: entry.municipalityRole,
    opposingParties: parties.map(partyView),
    subject: entry.subject,
    valueInDispute: entry.valueInDispute,
    currency: 'RSD' as const,
    status: entry.status,
    outcome: entry.outcome,
    nextHearing,
    appealDeadline: entry.appealDeadline,
    appealPastDue: appealPastDue(entry, today),
    caseIds: cases.map((ref) => ref.id),
    cases,
  }),
  async view({ entry, parties, cases }, context) {
    const { hearings, decisions } = await attorneyCaseRepository(context).hearingsAndDecisions(entry.id);
    const numbers = new Map(cases.map((ref) => [ref.id, ref.number]));
    return {
      ...attorneyCaseSnapshot(entry, parties),
      appealPastDue: appealPastDue(entry, context.today),
      hearings: hearings.map((hearing) => hearingView(hearing, numbers)),
      decisions: decisions.map((decision) => decisionView(decision, numbers)),
      caseIds: cases.map((ref) => ref.id),
      cases,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
    };
  },
  personalIds: (_entry, { parties }) => parties.map(partyView),
  labels: ATTORNEY_CASE_LABELS,
  columns: [
    { header: (l) => l.columns.registryNumber, value: ({ entry }) => entry.registryNumber, weight: 6 },
    { header: (l) => l.columns.kind, value: ({ entry }, { labels }) => labels.kinds[entry.kind], weight: 7 },
    { header: (l) => l.columns.court, value: ({ entry }) => entry.court, weight: 9 },
    { header: (l) => l.columns.courtCaseNumber, value: ({ entry }) => entry.courtCaseNumber, weight: 7 },
    { header: (l) => l.columns.role, value: ({ entry }, { labels }) => labels.roles[entry.municipalityRole], weight: 9 },
    { header: (l) => l.columns.opposingParties, value: ({ parties }) => parties.map((party) => party.name).join(', '), weight: 10 },
    // JMBGs of persons, registration numbers of companies: for those who may read JMBGs.
    { header: (l) => l.columns.identifiers, value: ({ parties }) => parties.map((party) => party.personalId ?? party.registrationNumber ?? '').join(', '), personal: true },
    { header: (l) => l.columns.subject, value: ({ entry }) => entry.subject, weight: 11 },
    // Money as fixed-point text: a decimal comma in the CSV, the language's grouping on paper.
    { header: (l) => l.columns.value, value: ({ entry }) => (entry.valueInDispute === null ? null : formatMinorUnits(entry.valueInDispute).replace('.', ',')), align: 'right' },
    {
      header: (l) => l.columns.value,
      value: ({ entry }, context) => (entry.valueInDispute === null ? null : printMinorUnits(entry.valueInDispute, document(context).numberLocale)),
      weight: 8,
      align: 'right',
      printedOnly: true,
    },
    { header: (l) => l.columns.status, value: ({ entry }, { labels }) => labels.statuses[entry.status], weight: 7 },
    { header: (l) => l.columns.outcome, value: ({ entry }, { labels }) => (entry.outcome === null ? null : labels.outcomes[entry.outcome]), weight: 7 },
    { header: (l) => l.columns.nextHearing, value: ({ nextHearing }) => (nextHearing === null ? null : `${belgradeDate(nextHearing)} ${belgradeTime(nextHearing)}`) },
    { header: (l) => l.columns.nextHearing, value: ({ nextHearing }, context) => (nextHearing === null ? null : formatDateTime(nextHearing, document(context))), weight: 8, printedOnly: true },
    { header: (l) => l.columns.appealDeadline, value: (row, context) => deadlineOf(row, context, (date) => date) ?? '' },
    { header: (l) => l.columns.appealDeadline, value: (row, context) => deadlineOf(row, context, (date) => formatDate(date, document(context))), weight: 7, printedOnly: true },
    { header: (l) => l.columns.cases, value: ({ cases }) => cases.map((ref) => ref.number).join(', '), weight: 8 },
  ],
  subtitle: (context, count) => `${fill(context.labels.count, { count })} · ${fill(context.labels.asOf, { date: formatDate(context.today, document(context)) })}`,
  dto: { listQuery: AttorneyCaseListQueryDto, exportQuery: AttorneyCaseExportQueryDto, page: AttorneyCasePageDto, view: AttorneyCaseDto },
});

/** Reading the register (the kit's list, exports, detail, history, access check, load and lock). */
export const AttorneyCaseQueries = registerQueries(ATTORNEY_CASES);
export type AttorneyCaseQueries = InstanceType<typeof AttorneyCaseQueries>;
