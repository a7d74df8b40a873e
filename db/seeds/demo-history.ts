import { addDays, belgradeDate } from '../../libs/cases/zup-deadline.js';
import { belgradeInstant } from './scale/calendar.js';
import { generateScale, type ScaleSummary } from './scale/generate.js';
import type { Organisation } from './scale/organisation.js';
import { DEMO_UNITS } from './demo.js';

/** Case officials beside the demo users, per department, so workloads and reports compare people. */
const OFFICIALS: Record<string, number> = { '01': 3, '02': 3, '03': 3, '04': 5, '05': 4, '06': 4, '07': 2 };

/** The city's secretariats (the Roman numeral of a section) and the demo department that does their work. */
const DEPARTMENT_OF: Record<string, string> = {
  I: '01', XIV: '01', II: '02', III: '03', IV: '04', IX: '04', X: '04', XI: '04', XII: '04', V: '05', VI: '06', VII: '06', VIII: '06', XIII: '07',
};

/**
 * The demo municipality as the generator staffs it: its departments with a few colleagues for
 * each demo official, who hold the first post of their department and so carry most of its cases.
 */
export const DEMO_ORGANISATION: Organisation = {
  units: DEMO_UNITS.map((unit) => ({ ...unit, officials: OFFICIALS[unit.code] })),
  root: 'OU',
  registry: '01-1',
  archive: '01-2',
  registryClerks: 2,
  archivists: 2,
  managers: 1,
  handlerOf(section) {
    const department = DEPARTMENT_OF[section.split('-')[0]];
    if (!department) throw new Error(`no demo department does the work of section ${section}`);
    return department;
  },
  holders: {
    'admin:1': 'admin',
    'registry:1': 'registry',
    'archivist:1': 'archivist',
    'manager:1': 'manager',
    'head:04': 'head',
    'official:04:1': 'official',
    'official:05:1': 'official2',
    'official:03:1': 'economy',
    'official:06:1': 'social',
    'official:07:1': 'attorney',
  },
};

/** A busy last year, and a thinner past that fills the archive book and the disposal lists. */
export const DEMO_YEAR_CASES = 2500;
export const DEMO_PAST_CASES = 500;
const PAST_FROM = '2019-01-01';

/**
 * The demo municipality's past, written once into a new database (the `demo-history` marker):
 * a year of cases lived through the state machine until yesterday, with acts, hand-overs, holds,
 * outgoing mail, archive book, loans, past disposal lists and the six registers, by the scale
 * generator's statements. Disposal lists stop before this year, so this year's eligible cases
 * wait for the archivist. Returns null when the database already has it.
 */
export async function seedDemoHistory(databaseUrl: string, options: { now?: Date; log?: (line: string) => void } = {}): Promise<ScaleSummary | null> {
  const now = options.now ?? new Date();
  const today = belgradeDate(now);
  return generateScale({
    databaseUrl,
    cases: DEMO_PAST_CASES + DEMO_YEAR_CASES,
    periods: [
      { from: PAST_FROM, cases: DEMO_PAST_CASES },
      { from: addDays(today, -365), cases: DEMO_YEAR_CASES },
    ],
    organisation: DEMO_ORGANISATION,
    disposalFrom: Number(PAST_FROM.slice(0, 4)) + 3,
    disposalUntil: belgradeInstant(`${today.slice(0, 4)}-01-01`, 0),
    marker: 'demo-history',
    record: { action: 'demo.history', entityId: 'demo' },
    seed: 2026,
    now,
    log: options.log,
  });
}
