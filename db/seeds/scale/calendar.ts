import { addDays, isWorkingDay, type IsoDate } from '../../../libs/cases/zup-deadline.js';

const DAY_MS = 86_400_000;

/** The last Sunday of `month` (1-based) in `year`, as a UTC day number. */
function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month, 0) / DAY_MS;
  return last - new Date(last * DAY_MS).getUTCDay();
}

/** Belgrade's offset from UTC in minutes at a UTC instant (EU rule: CEST from the last Sunday of March to that of October, 01:00 UTC). */
function belgradeOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const start = lastSunday(year, 3) * DAY_MS + 3_600_000;
  const end = lastSunday(year, 10) * DAY_MS + 3_600_000;
  return utcMs >= start && utcMs < end ? 120 : 60;
}

/** The instant of local Belgrade wall-clock time `minuteOfDay` on `date`. */
export function belgradeInstant(date: IsoDate, minuteOfDay: number): Date {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d) + minuteOfDay * 60_000;
  return new Date(wall - belgradeOffsetMinutes(wall - 60 * 60_000) * 60_000);
}

/** The working days (Mon–Fri, no Serbian public holiday) from `from` to `to`, both inclusive. */
export function workingDays(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) days.push(day);
  return days;
}

/** The first working day on or after `date`. */
export function workingDayFrom(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** `instant` moved to office hours (07:30–15:30) on the first working day at or after it. */
export function inOfficeHours(instant: Date, minuteOfDay: number): Date {
  const date = instant.toISOString().slice(0, 10);
  const candidate = belgradeInstant(workingDayFrom(date), minuteOfDay);
  return candidate.getTime() >= instant.getTime() ? candidate : belgradeInstant(workingDayFrom(addDays(date, 1)), minuteOfDay);
}
