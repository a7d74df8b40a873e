import type { Locale } from '../../../../../libs/i18n/i18n.js';
import { DISPLACED_PERSON_LABELS } from '../../../../../libs/registers/displaced-persons/displaced-person-labels.js';
import { HOUSING_BUYOUT_LABELS } from '../../../../../libs/registers/housing-buyouts/housing-buyout-labels.js';
import { REAL_ESTATE_LABELS } from '../../../../../libs/registers/real-estate/real-estate-labels.js';

/** A value of a register entry as the list shows it; `labels` are the register's printed words. */
export type Cell = (entry: Record<string, any>, labels: any) => string | number | null | undefined;

export interface RegisterColumn {
  /** The header, from the register's printed words (the PDF's and CSV's columns). */
  header: (labels: any) => string;
  value: Cell;
}

export interface RegisterInfo {
  key: 'realEstate' | 'workBooks' | 'businesses' | 'housingBuyouts' | 'displacedPersons' | 'attorneyCases';
  /** Under /api/registers/ and /registers/ in the app. */
  path: string;
  /** The permission subject. */
  subject: string;
  /** The register's printed words in every language (libs/registers/<name>/*-labels.ts), where it has them. */
  labels?: Record<Locale, any>;
  /** The list's columns; without them the list shows the entries' first plain fields. */
  columns?: RegisterColumn[];
}

const of = (values: Record<string, string> | undefined, key: unknown) => (typeof key === 'string' ? (values?.[key] ?? key) : '');
const money = (value: { amountMinor: number; currency: string } | null | undefined) => (value ? `${(value.amountMinor / 100).toFixed(2)} ${value.currency}` : '');

/** The registers kept beside the case flow, as the API serves them under /api/registers. */
export const REGISTERS: RegisterInfo[] = [
  {
    key: 'realEstate',
    path: 'real-estate',
    subject: 'RealEstate',
    labels: REAL_ESTATE_LABELS,
    columns: [
      { header: (l) => l.columns.cadastralMunicipality, value: (e) => e.cadastralMunicipality },
      { header: (l) => l.columns.parcel, value: (e) => [e.parcelNumber, e.buildingNumber, e.unitNumber].filter((part) => part !== null && part !== undefined).join(' / ') },
      { header: (l) => l.columns.address, value: (e) => e.address },
      { header: (l) => l.columns.kind, value: (e, l) => of(l.kinds, e.kind) },
      { header: (l) => l.columns.area, value: (e) => e.area },
      { header: (l) => l.columns.value, value: (e) => money(e.value) },
      { header: (l) => l.columns.status, value: (e, l) => of(l.statuses, e.status) },
    ],
  },
  { key: 'workBooks', path: 'work-books', subject: 'WorkBook' },
  { key: 'businesses', path: 'businesses', subject: 'Business' },
  {
    key: 'housingBuyouts',
    path: 'housing-buyouts',
    subject: 'HousingBuyout',
    labels: HOUSING_BUYOUT_LABELS,
    columns: [
      { header: (l) => l.columns.contractNumber, value: (e) => e.contractNumber },
      { header: (l) => l.columns.contractDate, value: (e) => e.contractDate },
      { header: (l) => l.columns.buyer, value: (e) => e.buyer?.name },
      { header: (l) => l.columns.flat, value: (e) => e.flat?.address },
      { header: (l) => l.columns.method, value: (e, l) => of(l.methods, e.payment?.method) },
      { header: (l) => l.columns.total, value: (e) => e.calculation?.total },
      { header: (l) => l.columns.balance, value: (e) => e.balance },
      { header: (l) => l.columns.status, value: (e, l) => of(l.statuses, e.status) },
    ],
  },
  {
    key: 'displacedPersons',
    path: 'displaced-persons',
    subject: 'DisplacedPerson',
    labels: DISPLACED_PERSON_LABELS,
    columns: [
      { header: (l) => l.columns.lastName, value: (e) => e.lastName },
      { header: (l) => l.columns.firstName, value: (e) => e.firstName },
      { header: (l) => l.columns.dateOfBirth, value: (e) => e.dateOfBirth },
      { header: (l) => l.columns.placeOfOrigin, value: (e) => e.placeOfOrigin },
      { header: (l) => l.columns.address, value: (e) => e.address },
      { header: (l) => l.columns.status, value: (e, l) => of(l.statuses, e.status) },
      { header: (l) => l.columns.statusSince, value: (e) => e.statusSince },
    ],
  },
  { key: 'attorneyCases', path: 'attorney-cases', subject: 'AttorneyCase' },
];

export function registerByPath(path: string): RegisterInfo | undefined {
  return REGISTERS.find((register) => register.path === path);
}
