import pg from 'pg';
import { Random } from '../../db/seeds/scale/random.js';
import { type cpuMeter, load, login, percentile, type LoadResult } from './harness.js';

/** The people the read benchmarks act as, found by the posts the generator hired them for. */
export interface Cast {
  registry: { id: string; username: string };
  head: { id: string; username: string; unitId: string };
  official: { id: string; username: string; unitId: string; open: number };
  manager: { id: string; username: string };
}

export async function findCast(db: pg.ClientBase): Promise<Cast> {
  const person = async (email: string) => (await db.query(`SELECT id, username FROM app_user WHERE email = $1`, [email])).rows[0];
  const [official] = (
    await db.query(
      `SELECT u.id, u.username, c.org_unit_id AS "unitId", count(*)::int AS open FROM case_file c JOIN app_user u ON u.id = c.assignee_id
        WHERE c.status IN ('assigned', 'in_progress', 'on_hold') GROUP BY u.id, c.org_unit_id ORDER BY open DESC LIMIT 1`,
    )
  ).rows;
  const [iv] = (await db.query(`SELECT id FROM org_unit WHERE code = 'IV'`)).rows;
  return {
    registry: await person('registry.1@scale.invalid'),
    head: { ...(await person('head.iv@scale.invalid')), unitId: iv.id },
    official,
    manager: await person('manager.1@scale.invalid'),
  };
}

/**
 * What clerks type into the search box: surnames and first names in either script, with and
 * without diacritics, words of subjects, two words at once, a case number; each now and then
 * narrowed by a filter the list offers.
 */
const SEARCH_TERMS = [
  'petrovic', 'Petrović', 'Петровић', 'jovanovic', 'Ђорђевић', 'djordjevic', 'Ljubica', 'ЉУБИЦА', 'nikolic milan', 'Šćekić', 'ozakonjenje',
  'gradjevinske dozvole', 'грађевинске', 'porez na imovinu', 'roditeljski dodatak', 'kat. parcela 1234', 'zauzece javne povrsine', 'izvod',
  'Njegoševa', 'Vuka Karadžića', 'Gradnja plus', 'KO Žarkovo', 'bespravne gradnje', 'Marković Ana', 'Стефан', 'savic', 'Kaluđerica',
];

export async function searchRequests(db: pg.ClientBase, seed = 3): Promise<() => { path: string }> {
  const random = new Random(seed);
  const numbers = (await db.query(`SELECT number FROM case_file TABLESAMPLE SYSTEM (0.1) LIMIT 200`)).rows.map((r) => r.number as string);
  const units = (await db.query(`SELECT id FROM org_unit WHERE code LIKE '%-%'`)).rows.map((r) => r.id as string);
  return () => {
    const params = new URLSearchParams({ q: random.chance(0.1) ? random.pick(numbers) : random.pick(SEARCH_TERMS) });
    const filter = random.int(0, 5);
    if (filter === 1) params.set('status', 'in_progress,assigned,on_hold');
    if (filter === 2) params.set('year', String(random.int(2016, 2026)));
    if (filter === 3) params.set('orgUnitId', random.pick(units));
    if (filter === 4) params.set('overdue', 'true');
    return { path: `/api/cases?${params}` };
  };
}

/** Runs `next` as `username` with `connections` clients for `seconds`. */
export async function readLoad(
  port: number,
  username: string,
  connections: number,
  seconds: number,
  next: () => { path: string },
  meter?: ReturnType<typeof cpuMeter>,
): Promise<LoadResult> {
  return load({ port, token: await login(port, username), connections, seconds, expect: 200, next, meter });
}

/** The official's inbox: their open cases, as the work list asks for them. */
export const inboxRequest = (cast: Cast) => () => ({ path: `/api/cases?assigneeId=${cast.official.id}&status=assigned,in_progress,on_hold&pageSize=50` });

/** Case pages the official opens: any case of the unit, old or new. */
export async function casePageRequests(db: pg.ClientBase, cast: Cast, seed = 5): Promise<() => { path: string }> {
  const random = new Random(seed);
  const ids = (await db.query(`SELECT id FROM case_file WHERE org_unit_id = $1 ORDER BY random() LIMIT 5000`, [cast.official.unitId])).rows.map((r) => r.id as string);
  return () => ({ path: `/api/cases/${random.pick(ids)}` });
}

export interface Timed {
  path: string;
  status: number;
  /** The start of the answer when it was not 200 (a problem document says what went wrong). */
  error?: string;
  runs: number[];
  median: number;
  max: number;
}

/** A heavy request (a report) timed one at a time, `runs` times after one warm-up. */
export async function timeRequest(port: number, token: string, path: string, runs = 5): Promise<Timed> {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, ms: performance.now() - started, error: response.status === 200 ? undefined : body.toString('utf8', 0, 300) };
  };
  const warm = await once();
  const times: number[] = [];
  for (let i = 0; i < runs && warm.status === 200; i += 1) times.push((await once()).ms);
  const sorted = [...times].sort((a, b) => a - b);
  return { path, status: warm.status, error: warm.error, runs: times, median: percentile(sorted, 50), max: sorted[sorted.length - 1] ?? Number.NaN };
}
