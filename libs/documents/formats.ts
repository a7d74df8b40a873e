import { REGISTRY_TIME_ZONE } from '../numbering/case-number-template.js';
import { fill, type DocumentLabels } from './labels.js';

const BELGRADE_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: REGISTRY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Year, month, day, hour and minute of `at` on the registry's (Belgrade) wall clock, as digits. */
function belgradeParts(at: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = Object.fromEntries(BELGRADE_PARTS.formatToParts(at).map((part) => [part.type, part.value]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

/**
 * A calendar day as the document's language writes it. An ISO date (`2026-03-02`) is that day
 * wherever the server runs; an instant is the day it was in Belgrade.
 */
export function formatDate(value: Date | string, labels: DocumentLabels): string {
  if (typeof value === 'string') {
    const [y, m, d] = value.slice(0, 10).split('-');
    return fill(labels.date, { d, m, y });
  }
  const { year, month, day } = belgradeParts(value);
  return fill(labels.date, { d: day, m: month, y: year });
}

/** An instant as a Belgrade date and time (HH:mm). */
export function formatDateTime(at: Date, labels: DocumentLabels): string {
  const { year, month, day, hour, minute } = belgradeParts(at);
  return fill(labels.dateTime, { d: day, m: month, y: year, time: `${hour}:${minute}` });
}

/** How long a case is kept: `10 god.` or `trajno`. */
export function formatRetention(retention: { years: number | null; permanent: boolean }, labels: DocumentLabels): string {
  if (retention.permanent || retention.years === null) return labels.permanent;
  return fill(labels.years, { years: retention.years });
}

/** Room, shelf and box of an archived case, those that are known. */
export function formatLocation(location: { room: string; shelf: string | null; box: string | null }): string {
  return [location.room, location.shelf, location.box].filter((part): part is string => part !== null && part !== '').join(' / ');
}
