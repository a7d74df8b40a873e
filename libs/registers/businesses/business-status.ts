import { addDays } from '../../cases/zup-deadline.js';

export const BUSINESS_STATUSES = ['active', 'suspended', 'removed'] as const;
export type BusinessStatus = (typeof BUSINESS_STATUSES)[number];

/**
 * A stretch of days a business spent in one status: `from` to `to`, both included; `to: null`
 * is open-ended. A business's periods follow each other without gaps or overlaps from the day it
 * started, and the last one is open-ended.
 */
export interface StatusPeriod {
  /** Set for periods already stored. */
  id?: string;
  status: BusinessStatus;
  from: string;
  to: string | null;
  reason: string | null;
}

/** What a decision in a case does to the status. */
export type StatusChange =
  /** Privremena odjava: from a day, until a day (then active again by itself) or until resumed. */
  | { kind: 'suspension'; from: string; to: string | null; reason: string }
  /** Nastavak obavljanja delatnosti: active again from a day. */
  | { kind: 'resumption'; on: string; reason: string | null }
  /** Brisanje radnje: removed from a day, for good. */
  | { kind: 'removal'; on: string; reason: string };

export type StatusChangeCode = 'BUSINESS_REMOVED' | 'BUSINESS_ALREADY_SUSPENDED' | 'BUSINESS_NOT_SUSPENDED' | 'BUSINESS_STATUS_DATE_CONFLICT';

/** A change the business's status cannot take: 409 with its code. */
export class StatusChangeError extends Error {
  constructor(
    readonly code: StatusChangeCode,
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'StatusChangeError';
  }
}

const dayBefore = (day: string) => addDays(day, -1);
const dayAfter = (day: string) => addDays(day, 1);

/** The status on `day`, or null before the business started. */
export function statusOn(periods: readonly StatusPeriod[], day: string): StatusPeriod | null {
  return periods.find((period) => period.from <= day && (period.to === null || period.to >= day)) ?? null;
}

/**
 * The periods after `change`, as a new list: stored periods keep their `id` (some with a new end
 * or start), new ones have none. The history is only ever added to at its end; the one exception
 * is a fixed-term suspension still running today (its automatic resumption lies ahead): it may be
 * ended early by a resumption or a removal, or extended by a suspension that starts the day it
 * would end. Anything else dated into the recorded past is refused (BUSINESS_STATUS_DATE_CONFLICT
 * with the earliest day that would do), and a removed business takes no change at all.
 */
export function changeStatus(periods: readonly StatusPeriod[], change: StatusChange, today: string): StatusPeriod[] {
  const list = periods.map((period) => ({ ...period }));
  const last = list.at(-1);
  if (!last || last.to !== null) throw new Error('a business has an open-ended last period');
  if (last.status === 'removed') throw new StatusChangeError('BUSINESS_REMOVED', { on: last.from });
  const previous = list.at(-2);
  const running = last.status === 'active' && last.from > today && previous?.status === 'suspended' ? previous : undefined;
  const conflict = (earliest: string) => new StatusChangeError('BUSINESS_STATUS_DATE_CONFLICT', { earliest });

  switch (change.kind) {
    case 'suspension': {
      if (last.status === 'suspended') throw new StatusChangeError('BUSINESS_ALREADY_SUSPENDED', { since: last.from });
      const suspended = { status: 'suspended' as const, to: change.to, reason: change.reason };
      if (change.from > last.from) {
        last.to = dayBefore(change.from);
        list.push({ ...suspended, from: change.from });
      } else if (running && change.from === last.from) {
        // Extends the running suspension without a day's gap: its automatic resumption gives way.
        Object.assign(last, suspended);
      } else {
        throw conflict(running ? last.from : dayAfter(last.from));
      }
      if (change.to !== null) list.push({ status: 'active', from: dayAfter(change.to), to: null, reason: null });
      return list;
    }
    case 'resumption': {
      if (last.status === 'suspended') {
        if (change.on <= last.from) throw conflict(dayAfter(last.from));
        last.to = dayBefore(change.on);
        list.push({ status: 'active', from: change.on, to: null, reason: change.reason });
        return list;
      }
      if (running && change.on < last.from) {
        if (change.on <= running.from) throw conflict(dayAfter(running.from));
        running.to = dayBefore(change.on);
        Object.assign(last, { from: change.on, reason: change.reason });
        return list;
      }
      throw new StatusChangeError('BUSINESS_NOT_SUSPENDED');
    }
    case 'removal': {
      const removed = { status: 'removed' as const, from: change.on, to: null, reason: change.reason };
      if (change.on > last.from) {
        last.to = dayBefore(change.on);
        list.push(removed);
        return list;
      }
      if (running && change.on > running.from) {
        // Removed during the running suspension (or the day it would end): it ends the day before, for good.
        running.to = dayBefore(change.on);
        Object.assign(last, removed);
        return list;
      }
      throw conflict(dayAfter(running ? running.from : last.from));
    }
  }
}
