import { addDays, type IsoDate } from '../cases/zup-deadline.js';
import { badRequest } from '../shared/errors.js';

/**
 * The Belgrade calendar days a report covers. Figures about what happened (received, resolved)
 * count the days `from`–`asOf`; figures about where things stood (pending, overdue) are the state
 * at the end of `asOf`: the period's last day, or today while the period is still running.
 */
export interface ReportPeriod {
  from: IsoDate;
  /** The period's last day. */
  to: IsoDate;
  /** The last day counted: `to`, or today when the period has not ended yet. */
  asOf: IsoDate;
  /** Whether the period is over (its figures no longer change, but for later cancellations). */
  complete: boolean;
}

function period(from: IsoDate, to: IsoDate, today: IsoDate): ReportPeriod {
  // A period not begun has no figures yet; an empty report would read as "nothing happened".
  if (from > today) throw badRequest('REPORT_PERIOD_NOT_STARTED', { from });
  const complete = to < today;
  return { from, to, asOf: complete ? to : today, complete };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Month `month` (1–12) of `year`, as of `today`. */
export function monthPeriod(year: number, month: number, today: IsoDate): ReportPeriod {
  const from = `${pad(year, 4)}-${pad(month)}-01`;
  const nextMonth = month === 12 ? `${pad(year + 1, 4)}-01-01` : `${pad(year, 4)}-${pad(month + 1)}-01`;
  return period(from, addDays(nextMonth, -1), today);
}

/** The calendar year `year`, as of `today`. */
export function yearPeriod(year: number, today: IsoDate): ReportPeriod {
  return period(`${pad(year, 4)}-01-01`, `${pad(year, 4)}-12-31`, today);
}
