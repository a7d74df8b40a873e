import type pg from 'pg';
import { addDays, belgradeDate, type IsoDate } from '../../../libs/cases/zup-deadline.js';
import { counterKey, formatCaseNumber } from '../../../libs/numbering/case-number-template.js';
import type { Registration } from './case-life.js';
import { CLASS_PROFILES } from './classes.js';
import { belgradeInstant, workingDays } from './calendar.js';
import { type Random, Weighted } from './random.js';
import type { World } from './structure.js';

/** Cases per year grow a little each year; 2020 dips with the pandemic. */
const yearWeight = (year: number) => 1.03 ** (year - 2016) * (year === 2020 ? 0.8 : 1);

/** Fewer submissions in August and around the New Year, more on Mondays. */
function dayWeight(date: IsoDate): number {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  let weight = month === 8 ? 0.6 : month === 7 ? 0.85 : 1;
  if ((month === 12 && day > 24) || (month === 1 && day < 10)) weight *= 0.6;
  if (weekday === 1) weight *= 1.15;
  return weight;
}

export interface YearPlan {
  year: number;
  count: number;
  days: IsoDate[];
}

/**
 * How many of `total` cases each year of the days `from`–`until` receives, in proportion to its
 * working days in that span and its weight. Where the book already holds cases of a year (a
 * database in use, or an earlier span of the same run), the new ones come after the last of them.
 */
export async function planYears(db: pg.ClientBase, world: World, total: number, from: IsoDate, until: IsoDate): Promise<YearPlan[]> {
  const { rows } = await db.query(`SELECT year, max(registered_at) AS last FROM case_file WHERE book_id = $1 GROUP BY year`, [world.book.id]);
  const lastOf = new Map<number, Date>(rows.map((r) => [r.year, r.last]));
  const plans: Array<YearPlan & { weight: number }> = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(until.slice(0, 4)); year += 1) {
    const after = lastOf.get(year);
    const first = [`${year}-01-01`, from, after ? addDays(belgradeDate(after), 1) : ''].reduce((a, b) => (a > b ? a : b));
    const last = until < `${year}-12-31` ? until : `${year}-12-31`;
    const days = first <= last ? workingDays(first, last) : [];
    plans.push({ year, count: 0, days, weight: days.length * yearWeight(year) });
  }
  const sum = plans.reduce((s, p) => s + p.weight, 0);
  if (sum === 0) throw new Error(`the book already holds cases up to ${until}: generate into a new database (another --data-dir or --database-url)`);
  let given = 0;
  for (const plan of plans) given += plan.count = Math.floor((total * plan.weight) / sum);
  // Rounding leftovers go to the latest years.
  for (let i = plans.length - 1; given < total; i = (i - 1 + plans.length) % plans.length) {
    if (plans[i].days.length === 0) continue;
    plans[i].count += 1;
    given += 1;
  }
  return plans.map(({ year, count, days }) => ({ year, count, days }));
}

/**
 * The registrations of one year in the order the registry made them, numbered with the book's
 * template and counter scope from where the book's counters stand.
 */
export function registrationsOf(plan: YearPlan, world: World, random: Random, counters: Map<string, number>): Registration[] {
  if (plan.count === 0) return [];
  const days = new Weighted(plan.days.map((day) => [day, dayWeight(day)] as const));
  const classes = new Weighted(CLASS_PROFILES.map((p) => [p, p.weight] as const));
  const drafts = Array.from({ length: plan.count }, () => ({ registeredAt: belgradeInstant(days.draw(random), random.int(450, 930)), profile: classes.draw(random) }));
  drafts.sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime());
  return drafts.map(({ registeredAt, profile }) => {
    const unitCode = world.handlerOf(profile.unit);
    const parts = { year: plan.year, unitCode, classCode: profile.code };
    const key = counterKey(world.book.counterScope, parts);
    const serial = (counters.get(key) ?? 0) + 1;
    counters.set(key, serial);
    const number = formatCaseNumber(world.book.template, { ...parts, serial, registeredAt }, world.book.counterScope);
    return { registeredAt, number, serial, counterKey: key, year: plan.year, profile };
  });
}
