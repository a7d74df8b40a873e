import type { CaseRef } from '../shared/index.js';
import type { RealEstateEncumbrance } from './real-estate-encumbrance.entity.js';
import type { RealEstateLease } from './real-estate-lease.entity.js';
import { inForceOn, shownStatus } from './real-estate-rules.js';
import type { RealEstate } from './real-estate.entity.js';

/**
 * How the register's rows read over the API and in the history. Money is `{ amountMinor,
 * currency }` (para, an exact integer), areas are m² as decimal text, the lessee's JMBG sits in
 * `lessee.personalId` so the shared personal-data handling finds and hides it.
 */

const money = (amountMinor: number, currency: string) => ({ amountMinor, currency });

export function leaseSnapshot(lease: RealEstateLease) {
  return {
    id: lease.id,
    lessee: { name: lease.lesseeName, personalId: lease.lesseePersonalId, registrationNumber: lease.lesseeRegistrationNumber },
    contractNumber: lease.contractNumber,
    termFrom: lease.termFrom,
    termTo: lease.termTo,
    monthlyRent: money(lease.monthlyRentMinor, lease.currency),
    endedOn: lease.endedOn,
    endReason: lease.endReason,
    caseId: lease.caseId,
    endedCaseId: lease.endedCaseId,
  };
}

export function encumbranceSnapshot(encumbrance: RealEstateEncumbrance) {
  return {
    id: encumbrance.id,
    kind: encumbrance.kind,
    inFavourOf: encumbrance.inFavourOf,
    description: encumbrance.description,
    reference: encumbrance.reference,
    registeredOn: encumbrance.registeredOn,
    removedOn: encumbrance.removedOn,
    removalReason: encumbrance.removalReason,
    caseId: encumbrance.caseId,
    removedCaseId: encumbrance.removedCaseId,
  };
}

/** The property's own fields, with the status its decisions recorded. */
export function propertyFields(entry: RealEstate) {
  return {
    id: entry.id,
    version: entry.version,
    cadastralMunicipality: entry.cadastralMunicipality,
    parcelNumber: entry.parcelNumber,
    buildingNumber: entry.buildingNumber,
    unitNumber: entry.unitNumber,
    address: entry.address,
    kind: entry.kind,
    area: entry.area,
    ownershipShare: { numerator: entry.shareNumerator, denominator: entry.shareDenominator },
    legalBasis: entry.legalBasis,
    userName: entry.userName,
    value: entry.valueMinor === null ? null : money(entry.valueMinor, entry.valueCurrency),
    status: entry.status as string,
    statusDate: entry.statusDate,
    note: entry.note,
  };
}

/**
 * The entry as its history keeps it: everything decided about it, leases and encumbrances
 * included, and nothing that depends on the day it is read (whether a lease is in force does).
 */
export function propertySnapshot(entry: RealEstate, leases: RealEstateLease[], encumbrances: RealEstateEncumbrance[]) {
  return { ...propertyFields(entry), leases: leases.map(leaseSnapshot), encumbrances: encumbrances.map(encumbranceSnapshot) };
}

/** A row of the list: the property, its shown status, the lease in force today and the encumbrances not removed. */
export function propertySummary(entry: RealEstate, lease: RealEstateLease | null, encumbrances: RealEstateEncumbrance[], cases: CaseRef[]) {
  const current = encumbrances.filter((encumbrance) => encumbrance.removedOn === null);
  return {
    ...propertyFields(entry),
    status: shownStatus(entry.status, lease !== null),
    leasedNow: lease !== null,
    encumbered: current.length > 0,
    currentLease: lease ? leaseSnapshot(lease) : null,
    currentEncumbrances: current.map(encumbranceSnapshot),
    caseIds: cases.map((ref) => ref.id),
    cases,
  };
}

/** One entry as read on `today`: the shown status, which leases are in force, which encumbrances remain, and case numbers. */
export function propertyDetail(entry: RealEstate, leases: RealEstateLease[], encumbrances: RealEstateEncumbrance[], cases: CaseRef[], today: string) {
  const numbers = new Map(cases.map((ref) => [ref.id, ref.number]));
  const number = (id: string | null) => (id === null ? null : (numbers.get(id) ?? null));
  const leasedNow = leases.some((lease) => inForceOn(lease, today));
  return {
    ...propertyFields(entry),
    status: shownStatus(entry.status, leasedNow),
    leasedNow,
    encumbered: encumbrances.some((encumbrance) => encumbrance.removedOn === null),
    leases: leases.map((lease) => ({
      ...leaseSnapshot(lease),
      inForce: inForceOn(lease, today),
      caseNumber: number(lease.caseId),
      endedCaseNumber: number(lease.endedCaseId),
    })),
    encumbrances: encumbrances.map((encumbrance) => ({
      ...encumbranceSnapshot(encumbrance),
      current: encumbrance.removedOn === null,
      caseNumber: number(encumbrance.caseId),
      removedCaseNumber: number(encumbrance.removedCaseId),
    })),
    caseIds: cases.map((ref) => ref.id),
    cases,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
  };
}
