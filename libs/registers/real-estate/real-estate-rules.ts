import type { FieldError } from '../../shared/errors.js';

/**
 * The real estate register's rules that need no database: what a property's designation must
 * hold for its kind, when leases overlap or are in force, the status a property shows, and the
 * exact handling of areas and amounts (never through floating point).
 */

/** Zemljište, zgrada, stan, poslovni prostor. */
export const PROPERTY_KINDS = ['land', 'building', 'flat', 'business-premises'] as const;
export type PropertyKind = (typeof PROPERTY_KINDS)[number];

/**
 * The status decisions record: in the municipality's holdings (`active`), or left them by
 * alienation (sale, exchange, gift, restitution), demolition or a write-off (parcels merged or
 * split, entered by mistake).
 */
export const RECORDED_STATUSES = ['active', 'alienated', 'demolished', 'written-off'] as const;
export type RecordedStatus = (typeof RECORDED_STATUSES)[number];

/** The status a property shows: `leased` is an active property with a lease in force that day. */
export const STATUSES = ['active', 'leased', 'alienated', 'demolished', 'written-off'] as const;
export type PropertyStatus = (typeof STATUSES)[number];

/** Hipoteka, službenost, zaloga, spor, plodouživanje, zabrana raspolaganja, ostalo. */
export const ENCUMBRANCE_KINDS = ['mortgage', 'easement', 'lien', 'dispute', 'usufruct', 'restriction', 'other'] as const;
export type EncumbranceKind = (typeof ENCUMBRANCE_KINDS)[number];

/** The municipality keeps its books in dinars; the schema takes any ISO 4217 code should that change. */
export const CURRENCIES = ['RSD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * Which parts of the cadastral designation a kind of property has: land is the parcel alone, a
 * building is a building number on the parcel, a flat or business premises is a unit (poseban
 * deo) in a building. A part missing or one that does not belong is a field error.
 */
export function designationErrors(kind: PropertyKind, buildingNumber: number | null, unitNumber: string | null): FieldError[] {
  const errors: FieldError[] = [];
  const needsBuilding = kind !== 'land';
  const needsUnit = kind === 'flat' || kind === 'business-premises';
  if (needsBuilding && buildingNumber === null) errors.push({ field: 'buildingNumber', rule: 'requiredForKind', message: `buildingNumber is required for kind ${kind}` });
  if (!needsBuilding && buildingNumber !== null) errors.push({ field: 'buildingNumber', rule: 'notForKind', message: `buildingNumber does not apply to kind ${kind}` });
  if (needsUnit && unitNumber === null) errors.push({ field: 'unitNumber', rule: 'requiredForKind', message: `unitNumber is required for kind ${kind}` });
  if (!needsUnit && unitNumber !== null) errors.push({ field: 'unitNumber', rule: 'notForKind', message: `unitNumber does not apply to kind ${kind}` });
  return errors;
}

/** A lease's days, both ends included; `to` null: without an end. */
export interface LeasePeriod {
  termFrom: string;
  termTo: string | null;
  endedOn: string | null;
}

/** The last day a lease is (or was) in force: the day it was ended, else its term's end, else none. */
export const lastDayOf = (lease: LeasePeriod): string | null => lease.endedOn ?? lease.termTo;

/** Do two leases share a day? (The database's exclusion constraint says the same.) */
export function leasesOverlap(a: LeasePeriod, b: LeasePeriod): boolean {
  const aEnd = lastDayOf(a);
  const bEnd = lastDayOf(b);
  return (aEnd === null || b.termFrom <= aEnd) && (bEnd === null || a.termFrom <= bEnd);
}

/** Is the lease in force on `day`? */
export function inForceOn(lease: LeasePeriod, day: string): boolean {
  const end = lastDayOf(lease);
  return lease.termFrom <= day && (end === null || day <= end);
}

/** Does the lease reach past `day` (so the property cannot leave the holdings on that day)? */
export function runsPast(lease: LeasePeriod, day: string): boolean {
  const end = lastDayOf(lease);
  return end === null || end > day;
}

/** The status a property shows on a day. */
export function shownStatus(recorded: RecordedStatus, leasedNow: boolean): PropertyStatus {
  return recorded === 'active' && leasedNow ? 'leased' : recorded;
}

const AREA = /^(\d{1,10})(?:\.(\d{1,2}))?$/;

/** Is `text` an area in m² with at most two decimals, above zero and within numeric(12, 2)? */
export function isArea(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = AREA.exec(text);
  return match !== null && /[1-9]/.test(match[1] + (match[2] ?? ''));
}

/** An area as the database gives it back: `'54.3'` → `'54.30'`, `'007'` → `'7.00'`. */
export function normalizeArea(text: string): string {
  const match = AREA.exec(text);
  if (!match) throw new RangeError(`Not an area: ${JSON.stringify(text)}`);
  return `${BigInt(match[1])}.${(match[2] ?? '').padEnd(2, '0')}`;
}

