import type { CaseStatus } from '../cases/case-state-machine.js';
import type { ActDirection } from '../cases/case-act.entity.js';
import type { ReceivedVia } from '../cases/case-file.entity.js';
import type { DispatchMethod, OutgoingMailStatus } from '../cases/outgoing-mail.entity.js';
import type { DisposalListKind } from '../archive/retention.js';
import type { DisposalListStatus } from '../archive/disposal-list.entity.js';
import { DEFAULT_LOCALE, negotiateLocale, type Locale } from '../i18n/i18n.js';
import { latinToCyrillic } from '../i18n/transliterate.js';
import { bg } from './labels/bg.js';
import { bs } from './labels/bs.js';
import { cnr } from './labels/cnr.js';
import { en } from './labels/en.js';
import { mk } from './labels/mk.js';
import { srLatn } from './labels/sr-Latn.js';

/**
 * The words printed on documents, per language. Placeholders such as `{page}` are filled by
 * `fill`. Serbian Cyrillic is derived from Serbian Latin, as the error catalogs are.
 */
export interface DocumentLabels {
  /** BCP 47 tag of the document's language (the PDF's /Lang). */
  lang: string;
  /** Locale for Intl number formatting (amounts). */
  numberLocale: string;
  /** A calendar date from `{d}`, `{m}`, `{y}`, e.g. `{d}.{m}.{y}.`. */
  date: string;
  /** A date with the time `{time}` (HH:mm). */
  dateTime: string;
  page: string;
  printedAt: string;
  period: string;
  none: string;
  permanent: string;
  years: string;
  signature: string;
  stampPlace: string;
  receipt: {
    title: string;
    caseNumber: string;
    receivedAt: string;
    receivedVia: string;
    party: string;
    address: string;
    subject: string;
    classification: string;
    orgUnit: string;
    attachments: string;
    fee: string;
    dueDate: string;
    lookupCode: string;
    lookupHint: string;
    receivedBy: string;
  };
  /** The reception stamp (prijemni štambilj) drawn on the first page of a scanned submission. */
  stamp: {
    receivedAt: string;
    classification: string;
    caseNumber: string;
    attachments: string;
    fee: string;
  };
  cover: {
    title: string;
    caseNumber: string;
    classification: string;
    orgUnit: string;
    official: string;
    party: string;
    subject: string;
    receivedAt: string;
    dueDate: string;
    status: string;
    acts: string;
    noActs: string;
    columns: { number: string; date: string; direction: string; subject: string; correspondent: string };
  };
  caseRegister: {
    title: string;
    columns: { number: string; date: string; correspondent: string; subject: string; unit: string; resolution: string; closed: string };
  };
  deliveryBook: {
    title: string;
    superseded: string;
    columns: { ordinal: string; caseNumber: string; subject: string; from: string; to: string; handedAt: string; confirmed: string; signature: string };
  };
  outgoingMail: {
    title: string;
    columns: { ordinal: string; actNumber: string; subject: string; recipient: string; address: string; method: string; sentOn: string; receipt: string };
  };
  archiveBook: {
    title: string;
    columns: { ordinal: string; caseNumber: string; classification: string; subject: string; retention: string; closedYear: string; location: string; archivedAt: string; status: string };
  };
  disposalList: {
    title: Record<DisposalListKind, string>;
    status: string;
    createdAt: string;
    approvedAt: string;
    rejectedAt: string;
    decisionNumber: string;
    archiveConsent: string;
    note: string;
    committee: string;
    columns: { ordinal: string; caseNumber: string; classification: string; subject: string; retention: string; closedYear: string; location: string };
  };
  receivedVia: Record<ReceivedVia, string>;
  direction: Record<ActDirection, string>;
  dispatchMethod: Record<DispatchMethod, string>;
  mailStatus: Record<OutgoingMailStatus, string>;
  caseStatus: Record<CaseStatus, string>;
  listStatus: Record<DisposalListStatus, string>;
}

/** `value` with every string in it, however deeply nested, passed through `map`. */
function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  return Object.fromEntries(Object.entries(value as object).map(([key, inner]) => [key, mapStrings(inner, map)])) as T;
}

const srCyrl: DocumentLabels = { ...mapStrings(srLatn, latinToCyrillic), lang: 'sr-Cyrl', numberLocale: srLatn.numberLocale };

export const DOCUMENT_LABELS: Record<Locale, DocumentLabels> = { 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl, bs, cnr, mk, bg, en };

/**
 * The language of a printed document: `?lang=` when given (a tag or an Accept-Language list),
 * else the request's Accept-Language, else Serbian (Latin).
 */
export function documentLocale(lang: string | undefined, acceptLanguage: string | undefined): Locale {
  if (lang !== undefined && lang !== '') return negotiateLocale(lang);
  return acceptLanguage ? negotiateLocale(acceptLanguage) : DEFAULT_LOCALE;
}

/** `template` with its `{name}` placeholders filled. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}
