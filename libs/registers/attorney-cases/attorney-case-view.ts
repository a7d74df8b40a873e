import { belgradeDate } from '../../cases/zup-deadline.js';
import { REGISTRY_TIME_ZONE } from '../../numbering/case-number-template.js';
import type { AttorneyCase, AttorneyCaseDecision, AttorneyCaseHearing, AttorneyCaseParty } from './attorney-case.entity.js';

/** An opposing party as the API shows it; `personalId` is hidden from those who may not read it. */
export function partyView(party: AttorneyCaseParty) {
  return { name: party.name, personalId: party.personalId, registrationNumber: party.registrationNumber };
}

/**
 * The entry as its history keeps it: what the case is and where it stands. Nothing here depends on
 * the day it is read (whether a deadline is past due does, so that is left to the views).
 */
export function attorneyCaseSnapshot(entry: AttorneyCase, parties: AttorneyCaseParty[]) {
  return {
    id: entry.id,
    version: entry.version,
    registryNumber: entry.registryNumber,
    kind: entry.kind,
    court: entry.court,
    courtCaseNumber: entry.courtCaseNumber,
    municipalityRole: entry.municipalityRole,
    opposingParties: [...parties].sort((a, b) => a.position - b.position).map(partyView),
    subject: entry.subject,
    valueInDispute: entry.valueInDispute,
    currency: 'RSD' as const,
    status: entry.status,
    outcome: entry.outcome === null ? null : { outcome: entry.outcome, decidedOn: entry.outcomeOn, receivedOn: entry.decisionReceivedOn, text: entry.decisionText },
    appealDeadline: entry.appealDeadline,
    appealLodgedOn: entry.appealLodgedOn,
    closedOn: entry.closedOn,
    closingNote: entry.closingNote,
  };
}

const BELGRADE_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: REGISTRY_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The wall-clock time of a hearing in Belgrade, `HH:mm`. */
export function belgradeTime(at: Date): string {
  return BELGRADE_TIME.format(at);
}

export function hearingView(hearing: AttorneyCaseHearing, caseNumbers?: Map<string, string>) {
  return {
    id: hearing.id,
    startsAt: hearing.startsAt,
    day: belgradeDate(hearing.startsAt),
    time: belgradeTime(hearing.startsAt),
    courtroom: hearing.courtroom,
    note: hearing.note,
    state: hearing.state,
    stateNote: hearing.stateNote,
    caseId: hearing.caseId,
    ...(caseNumbers ? { caseNumber: caseNumbers.get(hearing.caseId) ?? null } : {}),
    markedCaseId: hearing.markedCaseId,
    markedAt: hearing.markedAt,
  };
}

export function decisionView(decision: AttorneyCaseDecision, caseNumbers?: Map<string, string>) {
  return {
    id: decision.id,
    outcome: decision.outcome,
    decidedOn: decision.decidedOn,
    receivedOn: decision.receivedOn,
    final: decision.final,
    appealDays: decision.appealDays,
    appealDeadline: decision.appealDeadline,
    text: decision.text,
    caseId: decision.caseId,
    ...(caseNumbers ? { caseNumber: caseNumbers.get(decision.caseId) ?? null } : {}),
    recordedAt: decision.recordedAt,
  };
}
