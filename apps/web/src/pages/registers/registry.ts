import type { Locale } from '../../../../../libs/i18n/i18n.js';
import { catalogEntry, REGISTER_CATALOG, type RegisterKey, type RegisterName } from '../../../../../libs/registers/register-catalog.js';
import type { AttorneyCaseLabels } from '../../../../../libs/registers/attorney-cases/attorney-case-labels.js';
import type { BusinessLabels } from '../../../../../libs/registers/businesses/business-labels.js';
import type { DisplacedPersonLabels } from '../../../../../libs/registers/displaced-persons/displaced-person-labels.js';
import type { HousingBuyoutLabels } from '../../../../../libs/registers/housing-buyouts/housing-buyout-labels.js';
import type { RealEstateLabels } from '../../../../../libs/registers/real-estate/real-estate-labels.js';
import type { WorkBookLabels } from '../../../../../libs/registers/work-books/work-book-labels.js';
import type { Schemas } from '../../api/types';
import { ATTORNEY_CASE_LABELS } from '../../../../../libs/registers/attorney-cases/attorney-case-labels.js';
import { BUSINESS_LABELS } from '../../../../../libs/registers/businesses/business-labels.js';
import { DISPLACED_PERSON_LABELS } from '../../../../../libs/registers/displaced-persons/displaced-person-labels.js';
import { HOUSING_BUYOUT_LABELS } from '../../../../../libs/registers/housing-buyouts/housing-buyout-labels.js';
import { REAL_ESTATE_LABELS } from '../../../../../libs/registers/real-estate/real-estate-labels.js';
import { WORK_BOOK_LABELS } from '../../../../../libs/registers/work-books/work-book-labels.js';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';

/**
 * A list row as the API answers it: `T` is the register's generated list-item type
 * (`Schemas['WorkBookListItemDto']`); registers not yet on the kit's response DTOs read it untyped.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Untyped = Record<string, any>;

/** A value of a register entry as the list shows it; `labels` are the register's printed words. */
export type Cell<T = Untyped, L = Untyped> = (entry: T, labels: L) => string | number | null | undefined;

export interface RegisterColumn<T = Untyped, L = Untyped> {
  /** The header, from the register's printed words (the PDF's and CSV's columns). */
  header: (labels: L) => string;
  value: Cell<T, L>;
}

/**
 * A change made to one record under an entry (a lease ended, a hearing marked): the API path
 * below the entry as the OpenAPI document spells it, the list of the entry it acts on, and which
 * rows it applies to.
 */
export interface RowAction {
  list: string;
  /** Below `/api/registers/<register>/{id}/`, e.g. `leases/{leaseId}/end`. */
  path: string;
  /** Key of `registerActions`. */
  label: string;
  applies(row: Record<string, any>): boolean;
}

/** A register's screens: its name, key and subject from the register catalogue, its list's columns here. */
export interface RegisterInfo<T = Untyped, L = Untyped> {
  key: RegisterKey;
  /** Under /api/registers/ and /registers/ in the app. */
  path: RegisterName;
  /** The permission subject. */
  subject: string;
  /** The register's printed words in every language (libs/registers/<name>/*-labels.ts). */
  labels: Record<Locale, L>;
  /** The list's columns, as the printed list has them. */
  columns: Array<RegisterColumn<T, L>>;
  /** An entry's name in headings and pickers. */
  title(entry: T): string;
  /** Changes of single records under an entry. */
  rowActions?: RowAction[];
}

const of = (values: Record<string, string> | undefined, key: unknown) => (typeof key === 'string' ? (values?.[key] ?? key) : '');
const money = (value: { amountMinor: number; currency: string } | null | undefined) => (value ? `${formatNumber(value.amountMinor / 100)} ${value.currency}` : '');
const day = (value: unknown) => (typeof value === 'string' ? formatDate(value) : '');
const amount = (value: unknown) => (value === null || value === undefined || value === '' ? '' : formatNumber(value as string));
const joined = (...parts: unknown[]) => parts.filter((part) => part !== null && part !== undefined && part !== '').join(' · ');

/** Parcel, building and unit of a property: `1234/5 / 2 / 7`. */
const designation = (e: { parcelNumber: string; buildingNumber: number | null; unitNumber: string | null }) =>
  [e.parcelNumber, e.buildingNumber, e.unitNumber].filter((part) => part !== null).join(' / ');

/** The catalogue's key, path and subject of register `name`. */
function named(name: RegisterName) {
  const { key, subject } = catalogEntry(name);
  return { key, path: name, subject };
}

/** A register's screens, typed by its list item and printed words, kept beside the untyped ones. */
const typed = <T, L>(info: RegisterInfo<T, L>) => info as unknown as RegisterInfo;

/** Each register's screens; one for every register of the catalogue (a missing one does not compile). */
const SCREENS: Record<RegisterName, RegisterInfo> = {
  'real-estate': typed<Schemas['PropertyListItemDto'], RealEstateLabels>({
    ...named('real-estate'),
    labels: REAL_ESTATE_LABELS,
    columns: [
      { header: (l) => l.columns.cadastralMunicipality, value: (e) => e.cadastralMunicipality },
      { header: (l) => l.columns.parcel, value: (e) => designation(e) },
      { header: (l) => l.columns.address, value: (e) => e.address },
      { header: (l) => l.columns.kind, value: (e, l) => l.kinds[e.kind] },
      { header: (l) => l.columns.area, value: (e) => amount(e.area) },
      { header: (l) => l.columns.value, value: (e) => money(e.value) },
      { header: (l) => l.columns.status, value: (e, l) => l.statuses[e.status] },
    ],
    title: (e) => joined(e.cadastralMunicipality, designation(e), e.address),
    rowActions: [
      { list: 'leases', path: 'leases/{leaseId}/end', label: 'leaseEnd', applies: (row) => !row.endedOn },
      { list: 'encumbrances', path: 'encumbrances/{encId}/remove', label: 'encumbranceRemove', applies: (row) => !row.removedOn },
    ],
  }),
  'work-books': typed<Schemas['WorkBookListItemDto'], WorkBookLabels>({
    ...named('work-books'),
    labels: WORK_BOOK_LABELS,
    columns: [
      { header: (l) => `${l.columns.series} / ${l.columns.number}`, value: (e) => `${e.series} ${e.number}` },
      { header: (l) => l.columns.issuedOn, value: (e) => day(e.issuedOn) },
      { header: (l) => l.columns.holder, value: (e) => e.holder.name },
      { header: (l) => l.columns.parentName, value: (e) => e.holder.parentName },
      { header: (l) => l.columns.dateOfBirth, value: (e) => day(e.holder.dateOfBirth) },
      { header: (l) => l.columns.placeOfBirth, value: (e) => e.holder.placeOfBirth },
      { header: (l) => l.columns.status, value: (e, l) => l.statuses[e.status] },
    ],
    title: (e) => joined(`${e.series} ${e.number}`, e.holder.name),
  }),
  businesses: typed<Schemas['BusinessListItemDto'], BusinessLabels>({
    ...named('businesses'),
    labels: BUSINESS_LABELS,
    columns: [
      { header: (l) => l.columns.registrationNumber, value: (e) => e.registrationNumber },
      { header: (l) => l.columns.tradeName, value: (e) => e.tradeName },
      { header: (l) => l.columns.owner, value: (e) => e.owner.name },
      { header: (l) => l.columns.activityCode, value: (e) => e.activityCode },
      { header: (l) => l.columns.address, value: (e) => e.address },
      { header: (l) => l.columns.startedOn, value: (e) => day(e.startedOn) },
      { header: (l) => l.columns.status, value: (e, l) => (e.status ? l.statuses[e.status] : '') },
      { header: (l) => l.columns.statusSince, value: (e) => day(e.statusSince) },
    ],
    title: (e) => joined(e.tradeName, e.registrationNumber),
  }),
  'housing-buyouts': typed<Schemas['HousingBuyoutListItemDto'], HousingBuyoutLabels>({
    ...named('housing-buyouts'),
    labels: HOUSING_BUYOUT_LABELS,
    columns: [
      { header: (l) => l.columns.contractNumber, value: (e) => e.contractNumber },
      { header: (l) => l.columns.contractDate, value: (e) => day(e.contractDate) },
      { header: (l) => l.columns.buyer, value: (e) => e.buyer.name },
      { header: (l) => l.columns.flat, value: (e) => e.flat.address },
      { header: (l) => l.columns.method, value: (e, l) => l.methods[e.paymentMethod] },
      { header: (l) => l.columns.total, value: (e) => amount(e.total) },
      { header: (l) => l.columns.balance, value: (e) => amount(e.balance) },
      { header: (l) => l.columns.arrears, value: (e) => amount(e.arrears) },
      { header: (l) => l.columns.status, value: (e, l) => l.statuses[e.status] },
    ],
    title: (e) => joined(e.contractNumber, e.buyer.name),
  }),
  'displaced-persons': typed<Schemas['DisplacedPersonListItemDto'], DisplacedPersonLabels>({
    ...named('displaced-persons'),
    labels: DISPLACED_PERSON_LABELS,
    columns: [
      { header: (l) => l.columns.lastName, value: (e) => e.lastName },
      { header: (l) => l.columns.firstName, value: (e) => e.firstName },
      { header: (l) => l.columns.dateOfBirth, value: (e) => day(e.dateOfBirth) },
      { header: (l) => l.columns.placeOfOrigin, value: (e) => e.placeOfOrigin },
      { header: (l) => l.columns.address, value: (e) => e.address },
      { header: (l) => l.columns.status, value: (e, l) => l.statuses[e.status] },
      { header: (l) => l.columns.statusSince, value: (e) => day(e.statusSince) },
    ],
    title: (e) => joined(`${e.lastName} ${e.firstName}`, day(e.dateOfBirth)),
  }),
  'attorney-cases': typed<Schemas['AttorneyCaseListItemDto'], AttorneyCaseLabels>({
    ...named('attorney-cases'),
    labels: ATTORNEY_CASE_LABELS,
    columns: [
      { header: (l) => l.columns.registryNumber, value: (e) => e.registryNumber },
      { header: (l) => l.columns.kind, value: (e, l) => l.kinds[e.kind] },
      { header: (l) => l.columns.court, value: (e) => joined(e.court, e.courtCaseNumber) },
      { header: (l) => l.columns.role, value: (e, l) => l.roles[e.municipalityRole] },
      { header: (l) => l.columns.opposingParties, value: (e) => e.opposingParties.map((party) => party.name).join(', ') },
      { header: (l) => l.columns.subject, value: (e) => e.subject },
      { header: (l) => l.columns.status, value: (e, l) => l.statuses[e.status] },
      { header: (l) => l.columns.nextHearing, value: (e) => (e.nextHearing ? formatDateTime(e.nextHearing) : '') },
      { header: (l) => l.columns.appealDeadline, value: (e, l) => (e.appealDeadline ? `${day(e.appealDeadline)}${e.appealPastDue ? ` (${l.pastDue})` : ''}` : '') },
    ],
    title: (e) => joined(e.registryNumber, e.courtCaseNumber, e.subject),
    rowActions: [{ list: 'hearings', path: 'hearings/{hearingId}', label: 'hearingMark', applies: (row) => row.state === 'scheduled' }],
  }),
};

/** The registers kept beside the case flow, in the catalogue's order, as the API serves them under /api/registers. */
export const REGISTERS: RegisterInfo[] = REGISTER_CATALOG.map(({ name }) => SCREENS[name]);

export function registerByPath(path: string): RegisterInfo | undefined {
  return REGISTERS.find((register) => register.path === path);
}
