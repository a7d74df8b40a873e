import type { CaseRef } from '../shared/index.js';
import { statusOn, type StatusPeriod } from './business-status.js';
import type { Business, BusinessStatusPeriod } from './business.entity.js';

/** Stored periods as the status rules read them. */
export const periodsOf = (rows: BusinessStatusPeriod[]): StatusPeriod[] =>
  rows.map((row) => ({ id: row.id, status: row.status, from: row.validFrom, to: row.validTo, reason: row.reason }));

/** The removal, when one is recorded (it may lie ahead). */
function removalOf(rows: BusinessStatusPeriod[]) {
  const removed = rows.find((row) => row.status === 'removed');
  return { removedOn: removed?.validFrom ?? null, removalReason: removed?.reason ?? null };
}

/** Where the business stands on `today`: its status, since when, and its removal if recorded. */
export function standingOf(rows: BusinessStatusPeriod[], today: string) {
  const current = statusOn(periodsOf(rows), today);
  return { status: current?.status ?? null, statusSince: current?.from ?? null, ...removalOf(rows) };
}

/** What the register says of the shop. */
const businessFields = (business: Business) => ({
  id: business.id,
  version: business.version,
  registrationNumber: business.registrationNumber,
  tradeName: business.tradeName,
  owner: { name: business.ownerName, personalId: business.ownerPersonalId },
  activityCode: business.activityCode,
  address: business.address,
  startedOn: business.startedOn,
});

/**
 * The entry as its history keeps it: what the register says and the status periods. Nothing here
 * depends on the day it is read (today's status does, so it is left to the views).
 */
export function businessSnapshot(business: Business, rows: BusinessStatusPeriod[]) {
  return {
    ...businessFields(business),
    statusPeriods: rows.map((row) => ({ status: row.status, from: row.validFrom, to: row.validTo, reason: row.reason })),
  };
}

/** One entry: the snapshot, today's standing, and each period's case. */
export function businessView(business: Business, rows: BusinessStatusPeriod[], cases: CaseRef[], today: string) {
  const numbers = new Map(cases.map((ref) => [ref.id, ref.number]));
  const snapshot = businessSnapshot(business, rows);
  return {
    ...snapshot,
    ...standingOf(rows, today),
    statusPeriods: snapshot.statusPeriods.map((period, i) => ({ ...period, caseId: rows[i].caseId, caseNumber: numbers.get(rows[i].caseId) ?? null })),
    caseIds: cases.map((ref) => ref.id),
    cases,
    createdAt: business.createdAt,
    updatedAt: business.updatedAt,
  };
}

/** A row of the list. */
export function businessSummary(business: Business, rows: BusinessStatusPeriod[], cases: CaseRef[], today: string) {
  return {
    ...businessFields(business),
    ...standingOf(rows, today),
    caseIds: cases.map((ref) => ref.id),
    cases,
  };
}
