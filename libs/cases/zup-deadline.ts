/**
 * Deadline arithmetic for the general administrative procedure (Zakon o opštem upravnom postupku,
 * ZUP) and the Serbian public holidays (Zakon o državnim i drugim praznicima). Pure functions on
 * calendar dates: no time of day, no Nest, no database. A calendar date is an ISO string
 * 'YYYY-MM-DD'; instants are turned into dates in the Europe/Belgrade time zone.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

/**
 * A period the case spent on hold (in the "rokovnik", waiting for a party): from `from`
 * (inclusive) to `to` (exclusive: the day work resumed); `to: null` means still on hold.
 */
export interface HoldPeriod {
  from: IsoDate;
  to: IsoDate | null;
}

export type DeadlineState = 'ok' | 'near' | 'overdue';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a valid ISO date; throws RangeError on anything else. */
function toDayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`No such calendar date: ${date}`);
  }
  return ms / DAY_MS;
}

function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(dayNumber: number): number {
  return new Date(dayNumber * DAY_MS).getUTCDay();
}

function requireWholeDays(days: number, what: string): void {
  if (!Number.isInteger(days)) throw new RangeError(`${what} must be a whole number of days, got ${days}`);
}

const belgradeFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Belgrade',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date of `instant` in Europe/Belgrade (CET/CEST). */
export function belgradeDate(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  const parts = Object.fromEntries(belgradeFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** `date` moved by `days` calendar days (negative moves back); UTC arithmetic, so no DST surprises. */
export function addDays(date: IsoDate, days: number): IsoDate {
  requireWholeDays(days, 'days');
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Orthodox Easter Sunday of `year` as a Gregorian date: the Julian computus (Meeus) gives the
 * date in the Julian calendar, which is then moved by the Julian–Gregorian difference of that
 * century (13 days for 1900–2099).
 */
export function orthodoxEaster(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`Unsupported year: ${year}`);
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const julianToGregorian = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  // The Julian date read as if Gregorian, then shifted; Easter is always after the Julian leap day.
  const julian = fromDayNumber(Date.UTC(year, month - 1, day) / DAY_MS);
  return addDays(julian, julianToGregorian);
}

const holidayCache = new Map<number, ReadonlySet<IsoDate>>();

/**
 * The days of `year` on which state bodies do not work by the holidays law: New Year (1–2 Jan),
 * Orthodox Christmas (7 Jan), Statehood Day (15–16 Feb), Labour Day (1–2 May), Armistice Day
 * (11 Nov), Orthodox Easter from Good Friday to Easter Monday, and — when a day of New Year,
 * Statehood Day, Labour Day or Armistice Day falls on a Sunday — the first following working day.
 * Returns a fresh set the caller may modify.
 */
export function serbianPublicHolidays(year: number): Set<IsoDate> {
  let cached = holidayCache.get(year);
  if (!cached) {
    cached = buildHolidays(year);
    holidayCache.set(year, cached);
  }
  return new Set(cached);
}

function buildHolidays(year: number): Set<IsoDate> {
  const y = String(year).padStart(4, '0');
  const shiftable = [`${y}-01-01`, `${y}-01-02`, `${y}-02-15`, `${y}-02-16`, `${y}-05-01`, `${y}-05-02`, `${y}-11-11`];
  const easter = orthodoxEaster(year);
  const holidays = new Set<IsoDate>([
    ...shiftable,
    `${y}-01-07`,
    addDays(easter, -2), // Good Friday
    addDays(easter, -1), // Holy Saturday
    easter,
    addDays(easter, 1), // Easter Monday
  ]);
  // A shiftable holiday on a Sunday: the first following Mon–Fri that is not already off is off.
  // (1 May on a Sunday → 2 May is Labour Day anyway → 3 May; with Easter Monday in the way, later.)
  for (const date of shiftable) {
    let day = toDayNumber(date);
    if (weekday(day) !== 0) continue;
    do day += 1;
    while (weekday(day) === 0 || weekday(day) === 6 || holidays.has(fromDayNumber(day)));
    holidays.add(fromDayNumber(day));
  }
  return holidays;
}

/** Whether a municipal administration works on `date`: Monday to Friday and not a public holiday. */
export function isWorkingDay(date: IsoDate): boolean {
  const day = toDayNumber(date);
  const dow = weekday(day);
  if (dow === 0 || dow === 6) return false;
  return !serbianPublicHolidays(Number(date.slice(0, 4))).has(date);
}

/** The first working day on or after `date`. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * The number of days the authority has to decide: a deadline set by a special law (`customDays`)
 * wins; otherwise ZUP's 30 days without and 60 days with an examination procedure; null when the
 * case is not an administrative procedure and no law sets a deadline.
 */
export function legalDeadlineDays(opts: {
  administrativeProcedure: boolean;
  examinationProcedure?: boolean;
  customDays?: number;
}): number | null {
  if (opts.customDays !== undefined) {
    // ZUP applies "unless a special law provides otherwise": the special law's deadline prevails.
    if (!Number.isInteger(opts.customDays) || opts.customDays <= 0) {
      throw new RangeError(`customDays must be a positive whole number, got ${opts.customDays}`);
    }
    return opts.customDays;
  }
  if (!opts.administrativeProcedure) return null;
  // ZUP: decision within 60 days when an examination procedure is conducted, 30 days when deciding directly.
  return opts.examinationProcedure ? 60 : 30;
}

/**
 * The last day on which the decision is due (it is in time until the end of that day).
 *
 * Holds are clipped to the running period: days on hold up to and including the day of receipt
 * are ignored (they would not have counted anyway), and a hold that starts after the (already
 * extended) deadline has run out does not revive it. An open hold counts through `today`
 * inclusive, as if work resumed tomorrow.
 */
export function computeDueDate(opts: {
  receivedOn: IsoDate;
  days: number;
  holds?: HoldPeriod[];
  today?: IsoDate;
}): IsoDate {
  requireWholeDays(opts.days, 'days');
  if (opts.days < 0) throw new RangeError(`days must not be negative, got ${opts.days}`);
  const received = toDayNumber(opts.receivedOn);
  // ZUP, computing time limits: the day of the event does not count, the period starts the next day,
  // so the last day of an N-day period is the receipt date plus N calendar days.
  let end = received + opts.days;

  // ZUP, suspension of time limits: days spent waiting for the party (rokovnik) do not count;
  // overlapping holds are merged so that each calendar day on hold counts once.
  for (const [from, to] of mergeHolds(opts.holds ?? [], received + 1, opts.today)) {
    if (from > end) break; // the period had run out before this hold began
    end += to - from;
  }

  // ZUP, computing time limits: a period ending on a Sunday, public holiday or other day the
  // authority does not work (Saturday) ends at the end of the next working day.
  return nextWorkingDay(fromDayNumber(end));
}

/** Holds as sorted, disjoint half-open day-number ranges [from, to), each starting no earlier than `start`. */
function mergeHolds(holds: HoldPeriod[], start: number, today: IsoDate | undefined): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const hold of holds) {
    let to: number;
    if (hold.to === null) {
      if (today === undefined) throw new RangeError(`An open hold (from ${hold.from}) needs today`);
      to = toDayNumber(today) + 1;
    } else {
      to = toDayNumber(hold.to);
    }
    const from = Math.max(toDayNumber(hold.from), start);
    if (hold.to !== null && toDayNumber(hold.to) < toDayNumber(hold.from)) {
      throw new RangeError(`Hold ends (${hold.to}) before it starts (${hold.from})`);
    }
    if (to > from) ranges.push([from, to]);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of ranges) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** Calendar days past the due date; 0 while the due day itself or an earlier day. */
export function daysOverdue(due: IsoDate, today: IsoDate): number {
  return Math.max(0, daysBetween(due, today));
}

/**
 * 'overdue' after the due day, 'near' when at most `nearDays` calendar days remain (including the
 * due day itself), 'ok' otherwise.
 */
export function deadlineState(due: IsoDate, today: IsoDate, nearDays = 5): DeadlineState {
  const remaining = daysBetween(today, due);
  if (remaining < 0) return 'overdue';
  return remaining <= nearDays ? 'near' : 'ok';
}
