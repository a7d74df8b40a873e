import { toMajorUnits } from '../shared/money.js';
import type { CaseFile } from './case-file.entity.js';
import { OPEN_STATES } from './case-state-machine.js';
import { belgradeDate, daysOverdue, deadlineState } from './zup-deadline.js';

export type DeadlineView =
  | { dueDate: string; state: 'ok' | 'near' | 'overdue'; daysOverdue: number }
  | { dueDate: string; state: 'paused'; daysOverdue: 0 }
  | { dueDate: string; state: 'met' | 'missed'; daysOverdue: number };

/**
 * Where the case stands against its legal deadline on `today`: running (ok / near / overdue),
 * paused while waiting for the party, or, once decided, met or missed. Null without a deadline
 * and for cancelled cases.
 */
export function deadlineView(file: Pick<CaseFile, 'dueDate' | 'status' | 'resolvedAt'>, today: string): DeadlineView | null {
  if (!file.dueDate || file.status === 'cancelled') return null;
  if (file.status === 'on_hold') return { dueDate: file.dueDate, state: 'paused', daysOverdue: 0 };
  if (OPEN_STATES.includes(file.status)) {
    return { dueDate: file.dueDate, state: deadlineState(file.dueDate, today), daysOverdue: daysOverdue(file.dueDate, today) };
  }
  const decidedOn = file.resolvedAt ? belgradeDate(file.resolvedAt) : today;
  const late = daysOverdue(file.dueDate, decidedOn);
  return { dueDate: file.dueDate, state: late > 0 ? 'missed' : 'met', daysOverdue: late };
}

/** The columns every case view shows, as the list and the detail share them. */
export function caseSummary(
  file: CaseFile,
  extra: { orgUnitCode: string; orgUnitName: string; assigneeUsername: string | null; assigneeFullName: string | null },
  today: string,
) {
  return {
    id: file.id,
    number: file.number,
    year: file.year,
    serial: file.serial,
    bookId: file.bookId,
    classificationCode: file.classCode,
    classificationMarkId: file.classificationMarkId,
    orgUnitId: file.orgUnitId,
    orgUnit: { id: file.orgUnitId, code: extra.orgUnitCode, name: extra.orgUnitName },
    assigneeId: file.assigneeId,
    assignee: file.assigneeId ? { id: file.assigneeId, username: extra.assigneeUsername, fullName: extra.assigneeFullName } : null,
    subject: file.subject,
    partyName: file.partyName,
    receivedAt: file.receivedAt,
    receivedVia: file.receivedVia,
    status: file.status,
    administrativeProcedure: file.administrativeProcedure,
    examinationProcedure: file.examinationProcedure,
    dueDate: file.dueDate,
    deadline: deadlineView(file, today),
    resolution: file.resolution,
    resolutionKind: file.resolutionKind,
    resolvedAt: file.resolvedAt,
    closedAt: file.closedAt,
    registeredAt: file.registeredAt,
    version: file.version,
  };
}

/**
 * The fee as the API has always shown it, here and in the audit trail: a JSON number of dinars
 * (1250.5). Inside, it is para (`feeMinor`); this is the one place that turns one into the other.
 */
export const feeAmountOf = (file: Pick<CaseFile, 'feeMinor'>): number | null => (file.feeMinor === null ? null : toMajorUnits(file.feeMinor));

/**
 * The case as kept in the audit trail (the search column is derived, not a fact). The fee keeps
 * the name and unit the trail's older entries have, which cannot be rewritten.
 */
export function caseAuditSnapshot(file: CaseFile) {
  const { searchText: _derived, feeMinor: _inPara, ...facts } = file;
  return { ...facts, feeAmount: feeAmountOf(file) };
}
