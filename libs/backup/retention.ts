export interface RetentionRule {
  daily: number;
  weekly: number;
  monthly: number;
}

const ZONE = 'Europe/Belgrade';

/** The calendar date in Belgrade, `YYYY-MM-DD`: a backup at 00:30 local time belongs to that day. */
const localDate = (at: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** `YYYY-Www`, the ISO 8601 week of a calendar date (weeks start on Monday; week 1 holds 4 January's Thursday). */
function isoWeek(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7;
  const thursday = new Date(day.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Which backups retention keeps (grandfather-father-son): the newest backup of each of the last
 * `daily` days, `weekly` ISO weeks and `monthly` months that have a backup, counted in Belgrade's
 * calendar. The newest backup, and every backup of the last 24 hours (one made by hand before a
 * risky change stays restorable by its id when the scheduled one runs later that day), are kept too.
 */
export function backupsToKeep(backups: Array<{ id: string; startedAt: string }>, rule: RetentionRule, now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const recent = newestFirst.filter((backup, index) => index === 0 || now.getTime() - new Date(backup.startedAt).getTime() < 86_400_000);
  const keep = new Set<string>(recent.map((backup) => backup.id));
  const periods: Array<[number, (date: string) => string]> = [
    [rule.daily, (date) => date],
    [rule.weekly, isoWeek],
    [rule.monthly, (date) => date.slice(0, 7)],
  ];
  for (const [count, periodOf] of periods) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const period = periodOf(localDate(new Date(backup.startedAt)));
      if (seen.has(period)) continue;
      if (seen.size === count) break;
      seen.add(period);
      keep.add(backup.id);
    }
  }
  return keep;
}

/**
 * The archived WAL segments no kept backup needs: those before the first segment of the oldest kept
 * backup (on any timeline: the name's last 16 digits are the position). History files are kept.
 */
export function walNotNeeded(segments: string[], oldestFirstWal: string): string[] {
  const position = (name: string) => name.slice(8, 24);
  return segments.filter((name) => /^[0-9A-F]{24}$/.test(name) && position(name) < position(oldestFirstWal));
}
