import { randomUUID } from 'node:crypto';
import type { CaseStatus } from '../../../libs/cases/case-state-machine.js';
import { caseSearchText } from '../../../libs/cases/case-registration.service.js';
import { feeAmountOf } from '../../../libs/cases/case-view.js';
import { addDays, belgradeDate, computeDueDate, legalDeadlineDays } from '../../../libs/cases/zup-deadline.js';
import { eligibleFromYear } from '../../../libs/archive/retention.js';
import type { ClassProfile } from './classes.js';
import { belgradeInstant, inOfficeHours, workingDayFrom } from './calendar.js';
import { type Random, Weighted } from './random.js';
import type { Mark, Person, World } from './structure.js';
import { fillSubject, inScript, party, type Party } from './vocabulary.js';

/** Rows of one batch of cases, column by column in the order `load.ts` inserts them. */
export interface CaseRows {
  files: unknown[][];
  acts: unknown[][];
  mails: unknown[][];
  holds: unknown[][];
  deliveries: unknown[][];
  events: unknown[][];
  archive: unknown[][];
  loans: unknown[][];
  /** Audit entries not derived from the timeline (archive book, loans). */
  audit: unknown[][];
  /** Each case's id, number and the snapshot `case.register` recorded. */
  cases: unknown[][];
}

export const emptyRows = (): CaseRows => ({ files: [], acts: [], mails: [], holds: [], deliveries: [], events: [], archive: [], loans: [], audit: [], cases: [] });

/** One case to generate: registered at `registeredAt` with `serial` under `counterKey`. */
export interface Registration {
  registeredAt: Date;
  number: string;
  serial: number;
  counterKey: string;
  year: number;
  profile: ClassProfile;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const RESOLUTIONS = {
  granted: 'Rešenjem usvojen zahtev stranke',
  partially_granted: 'Rešenjem delimično usvojen zahtev',
  rejected: 'Rešenjem odbijen zahtev kao neosnovan',
  dismissed: 'Zaključkom odbačen zahtev kao neuredan',
  suspended: 'Zaključkom obustavljen postupak',
  withdrawn: 'Stranka odustala od zahteva, postupak obustavljen',
  other: 'Predmet rešen dopisom stranci',
} as const;
type ResolutionKind = keyof typeof RESOLUTIONS;
const ADMINISTRATIVE_OUTCOMES = new Weighted<ResolutionKind>([['granted', 66], ['partially_granted', 5], ['rejected', 12], ['dismissed', 6], ['suspended', 4], ['withdrawn', 5], ['other', 2]]);
const OTHER_OUTCOMES = new Weighted<ResolutionKind>([['other', 85], ['granted', 10], ['withdrawn', 5]]);
const HOLD_REASONS = ['Dopuna dokumentacije', 'Čeka se uplata takse', 'Čeka se izjašnjenje stranke', 'Čeka se mišljenje drugog organa'];
const CANCEL_REASONS = ['Pogrešno zaveden podnesak', 'Dupli unos istog podneska', 'Podnesak pripada drugom organu'];
const ARCHIVE_ROOMS = ['Arhivski depo 1', 'Arhivski depo 2', 'Arhivski depo 3'];

/** Decides how the case went from registration until `now`, and writes every row that leaves behind. */
export function liveCase(world: World, random: Random, reg: Registration, now: Date, out: CaseRows): void {
  const id = randomUUID();
  const cyrillic = random.chance(0.27);
  const profile = reg.profile;
  const who: Party = party(random, cyrillic, { company: profile.companies ?? 0.1, institution: 0.04 });
  const subject = inScript(fillSubject(random.pick(profile.subjects), random, reg.year), cyrillic);
  const handler = world.handlerOf(profile.unit);
  const unit = world.units.get(handler)!;
  const mark: Mark = world.mark(profile.code, reg.year);
  const clerk = random.pick(world.registry);
  const staff = world.officials.get(handler)!;
  // A few officials carry much of a section's load.
  const official = staff[Math.floor(staff.length * random.next() ** 1.6)];
  const head = world.heads.get(handler)!;

  const via = receivedVia(random, reg.year, who);
  const receivedAt = receivedBefore(random, reg.registeredAt, via);
  const receivedOn = belgradeDate(receivedAt);
  const administrative = random.chance(profile.administrative);
  const examination = administrative && random.chance(profile.examination);
  const deadlineDays = legalDeadlineDays({ administrativeProcedure: administrative, examinationProcedure: examination });
  let dueDate = deadlineDays === null ? null : computeDueDate({ receivedOn, days: deadlineDays });
  const attachments = random.int(0, 3) + (random.chance(0.2) ? random.int(1, 8) : 0);
  // In para: 320, 590, 1 240, 2 950 or 8 700 dinars.
  const fee = administrative && random.chance(0.6) ? random.pick([32_000, 59_000, 124_000, 295_000, 870_000]) : null;

  const life = new Life(id, reg.registeredAt, now.getTime(), out);
  let actNumber = 0;
  const addAct = (at: Date, by: Person, direction: 'incoming' | 'outgoing' | 'internal', actSubject: string, correspondent: string | null, attachmentsCount = 0) => {
    actNumber += 1;
    const actId = randomUUID();
    const number = `${reg.number}/${actNumber}`;
    out.acts.push([actId, id, actNumber, number, direction, actSubject, correspondent, direction === 'incoming' ? via : null, at.toISOString(), attachmentsCount, by.id, at.toISOString()]);
    return { actId, number, subNumber: actNumber };
  };

  // Registration: the submission is act 1.
  addAct(receivedAt, clerk, 'incoming', subject, who.name, attachments);
  life.event(reg.registeredAt, clerk, 'register', null, 'registered', { number: reg.number, orgUnitCode: unit.code, classificationCode: profile.code, dueDate });

  let assignee: Person | null = null;
  let resolution: string | null = null;
  let resolutionKind: ResolutionKind | null = null;
  let resolvedAt: Date | null = null;
  let closedAt: Date | null = null;
  let cancelledAt: Date | null = null;
  let cancelReason: string | null = null;

  const cancel = (at: Date) => {
    cancelReason = random.pick(CANCEL_REASONS);
    if (life.transition(at, clerk, 'cancel', 'cancelled', { reason: cancelReason })) cancelledAt = at;
    else cancelReason = null;
  };

  const run = () => {
    const cancelling = random.chance(0.004);
    if (cancelling && random.chance(0.6)) return cancel(later(random, reg.registeredAt, 0.05, 2));

    // Signing: the registry hands the case to the unit's head, who assigns an official, or straight to the official.
    let handedAt = later(random, reg.registeredAt, 0.05, 1);
    let handedBy = clerk;
    let fromUnit = world.registryUnit.id;
    if (random.chance(0.35)) {
      const toUnit = randomUUID();
      out.deliveries.push([toUnit, id, clerk.id, fromUnit, unit.id, null, handedAt.toISOString(), null, null, null, null]);
      if (!life.transition(handedAt, clerk, 'assign', 'registered', { fromOrgUnitId: unit.id, toOrgUnitId: unit.id, toOrgUnitCode: unit.code, fromAssigneeId: null, toAssigneeId: null, deliveryId: toUnit })) {
        out.deliveries.pop();
        return;
      }
      const byHead = later(random, handedAt, 0.1, 3);
      if (byHead.getTime() > life.now) return;
      // The head's assignment supersedes the hand-over nobody confirmed (recordHandOver).
      out.deliveries[out.deliveries.length - 1][10] = byHead.toISOString();
      handedAt = byHead;
      handedBy = head;
      fromUnit = unit.id;
    }
    const deliveryId = randomUUID();
    const delivery = [deliveryId, id, handedBy.id, fromUnit, unit.id, official.id, handedAt.toISOString(), null, null, null, null];
    if (!life.transition(handedAt, handedBy, 'assign', 'assigned', { fromOrgUnitId: unit.id, toOrgUnitId: unit.id, toOrgUnitCode: unit.code, fromAssigneeId: null, toAssigneeId: official.id, deliveryId })) return;
    out.deliveries.push(delivery);
    assignee = official;

    const acceptedAt = later(random, handedAt, 0.05, 3);
    if (!life.event(acceptedAt, official, 'delivery.confirm', null, null, { deliveryId })) return;
    delivery[8] = acceptedAt.toISOString();
    delivery[9] = official.id;
    life.transition(acceptedAt, official, 'accept', 'in_progress', {});
    if (cancelling) return cancel(later(random, acceptedAt, 1, 10));

    // Work: a request to another body now and then, a hold waiting for the party.
    let cursor = acceptedAt;
    if (random.chance(0.1)) {
      const askedAt = later(random, cursor, 1, 6);
      const request = outgoing(askedAt, official, 'Zahtev za dostavljanje podataka po službenoj dužnosti', { name: inScript('Republički geodetski zavod', cyrillic), address: null }, 'post');
      if (!request) return;
      const replyAt = later(random, askedAt, 4, 20);
      if (!replyAt || replyAt.getTime() > life.now) return;
      const reply = addAct(replyAt, clerk, 'incoming', 'Odgovor na zahtev za dostavljanje podataka', request.recipient, random.int(0, 2));
      if (!life.event(replyAt, clerk, 'act.add', null, null, { actId: reply.actId, subNumber: reply.subNumber, number: reply.number, direction: 'incoming', subject: 'Odgovor na zahtev za dostavljanje podataka', dispatchId: null })) return;
      cursor = replyAt;
    }
    if (random.chance(administrative ? 0.12 : 0.04)) {
      const holdAt = later(random, cursor, 1, 10);
      const reason = random.pick(HOLD_REASONS);
      const fromDate = belgradeDate(holdAt);
      const expectedUntil = addDays(fromDate, 15);
      if (!life.transition(holdAt, official, 'hold', 'on_hold', { reason, expectedUntil })) return;
      const hold = [randomUUID(), id, fromDate, null, reason, expectedUntil, official.id, null];
      out.holds.push(hold);
      const resumeAt = later(random, holdAt, 6, 40);
      if (resumeAt.getTime() > life.now) return;
      const suppliedAt = new Date(resumeAt.getTime() - random.int(10, 120) * 60_000);
      const supplement = addAct(suppliedAt, clerk, 'incoming', 'Dopuna zahteva', who.name, random.int(1, 4));
      life.event(suppliedAt, clerk, 'act.add', null, null, { actId: supplement.actId, subNumber: supplement.subNumber, number: supplement.number, direction: 'incoming', subject: 'Dopuna zahteva', dispatchId: null });
      hold[3] = belgradeDate(resumeAt);
      hold[7] = official.id;
      life.transition(resumeAt, official, 'resume', 'in_progress', {});
      if (deadlineDays !== null) dueDate = computeDueDate({ receivedOn, days: deadlineDays, holds: [{ from: fromDate, to: hold[3] as string }] });
      cursor = resumeAt;
    }

    // Some cases are never decided: the backlog every administration carries.
    if (random.chance(0.004)) return;
    const decidedAt = decisionTime(random, cursor, dueDate);
    resolutionKind = (administrative ? ADMINISTRATIVE_OUTCOMES : OTHER_OUTCOMES).draw(random);
    resolution = RESOLUTIONS[resolutionKind];
    const decisionSubject = profile.code === '203' ? 'Izdat izvod iz matične knjige' : administrative ? 'Rešenje po zahtevu stranke' : 'Odgovor stranci';
    if (random.chance(0.88) && !outgoing(decidedAt, official, decisionSubject, { name: who.name, address: who.address }, via)) return;

    const decided = (at: Date, action: 'resolve' | 'close', to: CaseStatus) => {
      if (!life.transition(at, official, action, to, { resolution, resolutionKind })) return false;
      resolvedAt ??= at;
      if (to === 'closed') closedAt = at;
      return true;
    };
    const resolveFirst = random.chance(0.7);
    const resolveAt = later(random, decidedAt, 0.01, 0.1);
    if (resolveFirst && !decided(resolveAt, 'resolve', 'resolved')) return;
    if (!decided(resolveFirst ? later(random, resolveAt, 2, 20) : resolveAt, 'close', 'closed')) return;

    // An appeal now and then: reopened, decided again, closed.
    if (random.chance(0.01)) {
      const reopenAt = later(random, closedAt!, 15, 60);
      const previous = resolution;
      if (!life.transition(reopenAt, official, 'reopen', 'in_progress', { reason: 'Uvažena žalba stranke', previousResolution: previous })) return;
      resolution = resolutionKind = null;
      resolvedAt = closedAt = null;
      const againAt = later(random, reopenAt, 10, 40);
      resolutionKind = 'granted';
      resolution = 'Ponovnim rešenjem usvojen zahtev po žalbi';
      if (!decided(againAt, 'close', 'closed')) {
        resolution = resolutionKind = null;
        return;
      }
    }

    // The archive takes each year's closed cases in the first half of the next year or the one after.
    const closedYear = Number(belgradeDate(closedAt!).slice(0, 4));
    const archiveDay = addDays(`${closedYear + (random.chance(0.75) ? 1 : 2)}-01-15`, random.int(0, 165));
    const archivedAt = belgradeInstant(workingDayFrom(archiveDay), random.int(480, 900));
    const archivist = random.pick(world.archivists);
    const entryId = randomUUID();
    if (!life.transition(archivedAt, archivist, 'archive', 'archived', { archiveEntryId: entryId })) return;
    const permanent = mark.permanent;
    const retentionYears = permanent ? null : mark.retentionYears;
    const entry = {
      id: entryId, caseId: id, year: reg.year, classCode: profile.code, retentionYears, permanent, closedYear,
      eligibleFromYear: eligibleFromYear({ closedYear, retentionYears, permanent }), locationRoom: random.pick(ARCHIVE_ROOMS),
      locationShelf: `Polica ${random.int(1, 120)}`, locationBox: `Kutija ${reg.year}/${random.int(1, 4000)}`, archivedAt: archivedAt.toISOString(), archivedBy: archivist.id, version: 1,
    };
    out.archive.push(Object.values(entry));
    out.audit.push([entry.archivedAt, archivist.id, archivist.username, 'archive-entry.create', 'ArchiveEntry', entryId, null, JSON.stringify({ ...entry, number: reg.number })]);

    if (random.chance(0.015)) {
      const lentAt = later(random, archivedAt, 20, 900);
      const loanId = randomUUID();
      const borrower = random.pick(staff);
      if (!life.transition(lentAt, archivist, 'lend', 'lent', { loanId })) return;
      const loan = {
        id: loanId, archiveEntryId: entryId, borrowerName: borrower.username, borrowerUserId: borrower.id, purpose: 'Uvid u predmet', lentAt: lentAt.toISOString(),
        dueOn: addDays(belgradeDate(lentAt), 30), lentBy: archivist.id, returnedAt: null as string | null, receivedBy: null as string | null,
      };
      out.audit.push([loan.lentAt, archivist.id, archivist.username, 'archive-loan.create', 'ArchiveLoan', loanId, null, JSON.stringify({ ...loan, number: reg.number })]);
      const returnedAt = later(random, lentAt, 3, 60);
      if (random.chance(0.95) && life.transition(returnedAt, archivist, 'return', 'archived', { loanId })) {
        const before = JSON.stringify(loan);
        Object.assign(loan, { returnedAt: returnedAt.toISOString(), receivedBy: archivist.id });
        out.audit.push([loan.returnedAt, archivist.id, archivist.username, 'archive-loan.return', 'ArchiveLoan', loanId, before, JSON.stringify(loan)]);
      }
      out.loans.push(Object.values(loan));
    }
  };

  /** An outgoing act with its entry in the outgoing mail book, sent and (by post) its receipt returned. */
  function outgoing(at: Date, by: Person, actSubject: string, to: { name: string; address: string | null }, channel: string) {
    if (at.getTime() > life.now) return null;
    const act = addAct(at, by, 'outgoing', actSubject, to.name);
    const mailId = randomUUID();
    const method = channel === 'portal' ? 'e_delivery' : channel === 'email' ? 'email' : channel === 'counter' && random.chance(0.3) ? 'in_person' : 'registered_post_return_receipt';
    life.event(at, by, 'act.add', null, null, { actId: act.actId, subNumber: act.subNumber, number: act.number, direction: 'outgoing', subject: actSubject, dispatchId: mailId });
    const mail: unknown[] = [mailId, act.actId, id, to.name, to.address, method, 'pending', null, null, null, null, at.toISOString(), 1];
    out.mails.push(mail);
    const sentAt = later(random, at, 0.5, 2);
    const sentOn = belgradeDate(sentAt);
    if (life.event(sentAt, clerk, 'mail.send', null, null, { mailId, actId: act.actId, actNumber: act.number, recipientName: to.name, method, sentOn })) {
      Object.assign(mail, { 6: 'sent', 7: sentOn, 8: clerk.id, 12: 2 });
      const receiptAt = later(random, sentAt, method === 'registered_post_return_receipt' ? 4 : 0.1, method === 'registered_post_return_receipt' ? 14 : 1);
      const deliveredOn = method === 'registered_post_return_receipt' ? addDays(sentOn, random.int(1, 3)) : sentOn;
      const status = random.chance(0.03) ? 'returned' : 'delivered';
      if (method !== 'email' && deliveredOn <= belgradeDate(receiptAt) && life.event(receiptAt, clerk, 'mail.receipt', null, null, { mailId, actId: act.actId, actNumber: act.number, status, deliveredOn, note: null })) {
        Object.assign(mail, { 6: status, 9: deliveredOn, 12: 3 });
      }
    }
    return { recipient: to.name };
  }

  // What `case.register` recorded (caseAuditSnapshot of the case as registered).
  const registered = {
    id, bookId: world.book.id, number: reg.number, counterKey: reg.counterKey, serial: reg.serial, year: reg.year, classificationMarkId: mark.id,
    classCode: profile.code, orgUnitId: unit.id, assigneeId: null, subject, partyName: who.name, partyAddress: who.address, partyPersonalId: who.personalId,
    receivedAt: receivedAt.toISOString(), receivedVia: via, attachmentsCount: attachments, feeAmount: feeAmountOf({ feeMinor: fee }), administrativeProcedure: administrative,
    examinationProcedure: examination, deadlineDays, dueDate, status: 'registered', resolution: null, resolutionKind: null, resolvedAt: null,
    closedAt: null, retentionYears: null, retentionPermanent: null, cancelReason: null, cancelledAt: null, lastActNumber: 1,
    registeredAt: reg.registeredAt.toISOString(), registeredBy: clerk.id, updatedAt: reg.registeredAt.toISOString(), version: 1,
  };
  out.cases.push([id, reg.number, JSON.stringify(registered)]);

  run();
  const status = life.status;
  out.files.push([
    id, world.book.id, reg.number, reg.counterKey, reg.serial, reg.year, mark.id, profile.code, unit.id, assignee === null ? null : (assignee as Person).id,
    subject, who.name, who.address, who.personalId, receivedAt.toISOString(), via, attachments, fee, administrative, examination, deadlineDays, dueDate,
    status, resolution, resolutionKind, iso(resolvedAt), iso(closedAt),
    closedAt === null ? null : mark.permanent ? null : mark.retentionYears, closedAt === null ? null : mark.permanent,
    status === 'cancelled' ? cancelReason : null, iso(cancelledAt), actNumber,
    caseSearchText({ number: reg.number, subject, partyName: who.name }), reg.registeredAt.toISOString(), clerk.id, life.lastAt.toISOString(), life.version,
  ]);
  life.flush();
}

const iso = (at: Date | null) => (at === null ? null : at.toISOString());

/** The case's timeline as it happened, cut at `now`: what lies after it has not happened yet. */
class Life {
  status: CaseStatus = 'registered';
  version = 1;
  private readonly events: Array<{ at: number; row: unknown[] }> = [];

  constructor(
    private readonly caseId: string,
    /** When the case row last changed (`updated_at`): registration, then each transition. */
    public lastAt: Date,
    readonly now: number,
    private readonly out: CaseRows,
  ) {}

  /** A line in the case's history that does not move its state (act added, delivery confirmed, mail). */
  event(at: Date, actor: Person, action: string, from: CaseStatus | null, to: CaseStatus | null, details: Record<string, unknown>): boolean {
    if (at.getTime() > this.now) return false;
    this.events.push({ at: at.getTime(), row: [this.caseId, at.toISOString(), actor.id, actor.username, action, from, to, JSON.stringify(details)] });
    return true;
  }

  /** A step of the state machine: the state and the version move on. */
  transition(at: Date, actor: Person, action: string, to: CaseStatus, details: Record<string, unknown>): boolean {
    if (!this.event(at, actor, action, this.status, to, details)) return false;
    this.status = to;
    this.version += 1;
    this.lastAt = at;
    return true;
  }

  /** The history in time order (the detail view orders by id). */
  flush(): void {
    this.events.sort((a, b) => a.at - b.at);
    for (const { row } of this.events) this.out.events.push(row);
  }
}

/** `from` plus a random span of `minDays`–`maxDays` (negative moves back), at a minute within office hours. */
function later(random: Random, from: Date, minDays: number, maxDays: number): Date {
  const span = (minDays + random.next() * (maxDays - minDays)) * DAY;
  const at = new Date(from.getTime() + span);
  if (Math.abs(span) < 8 * HOUR) return at;
  return inOfficeHours(at, random.int(450, 930));
}

/** The channel a submission came by; the e-government portal grows over the decade. */
function receivedVia(random: Random, year: number, who: Party): string {
  if (who.kind === 'institution') return random.chance(0.5) ? 'post' : random.chance(0.5) ? 'email' : 'internal';
  const portal = Math.min(0.35, 0.03 + (year - 2016) * 0.035);
  const roll = random.next();
  if (roll < portal) return 'portal';
  if (roll < portal + 0.08) return 'email';
  if (roll < portal + 0.33) return 'post';
  if (roll < portal + 0.35) return 'courier';
  return 'counter';
}

/** When the submission reached the authority: minutes before registration at the counter, up to days by post or online. */
function receivedBefore(random: Random, registeredAt: Date, via: string): Date {
  const minutes = via === 'counter' ? random.int(1, 20) : via === 'post' || via === 'courier' ? random.int(30, 60 * 24) : random.int(10, 60 * 60);
  return new Date(registeredAt.getTime() - minutes * 60_000);
}

/**
 * When the official decides: most within the deadline (or, without one, after a few weeks), a tenth
 * late. Never before the work that preceded it.
 */
function decisionTime(random: Random, cursor: Date, dueDate: string | null): Date {
  if (dueDate === null) return later(random, cursor, 1, Math.min(120, random.logNormal(12, 0.9)));
  const dueAt = belgradeInstant(dueDate, 900).getTime();
  const room = (dueAt - cursor.getTime()) / DAY;
  if (random.chance(0.9) && room > 1) return later(random, cursor, 0.5, Math.max(1, room * (0.35 + random.next() * 0.6)));
  return later(random, new Date(Math.max(dueAt, cursor.getTime())), 1, random.logNormal(15, 0.8));
}
