import type pg from 'pg';
import { hashPassword } from '../../../libs/org/passwords.js';
import { DEFAULT_CLASSIFICATION_PLAN } from '../../../libs/classification/default-plan.js';
import { searchFold } from '../../../libs/i18n/transliterate.js';
import type { CounterScope } from '../../../libs/numbering/case-number-template.js';
import { CLASS_PROFILES } from './classes.js';
import { CITY, POSITION_TITLES, type Organisation } from './organisation.js';
import type { Random } from './random.js';
import { personName } from './vocabulary.js';

/** The password of every generated user (a benchmark database, never a real one). */
export const SCALE_PASSWORD = 'demo';

/** Year from which the plan that preceded the default one was valid (so cases of 2016–2019 have a valid mark). */
const PREVIOUS_PLAN_FROM = 2010;
/** The first year of the generated decade. */
export const DECADE_FROM = 2016;

export interface Person {
  id: string;
  username: string;
}

export interface Mark {
  id: string;
  retentionYears: number | null;
  permanent: boolean;
}

/** What the case generator needs to know about the organisation and the plan, by code. */
export interface World {
  book: { id: string; template: string; counterScope: CounterScope };
  units: Map<string, { id: string; code: string }>;
  /** The registry office, where every case starts. */
  registryUnit: { id: string; code: string };
  /** The unit that handles the cases of a class profile's city section (Organisation.handlerOf). */
  handlerOf(section: string): string;
  officials: Map<string, Person[]>;
  heads: Map<string, Person>;
  registry: Person[];
  archivists: Person[];
  /** The mark valid in a year for a code: `${code}|${year}`. */
  mark(code: string, year: number): Mark;
}

/**
 * Creates (or finds, when run again) the organisation's units, its staff with positions and roles
 * (about 400 users for the city), and the classification plan valid before the default one, and
 * returns them by code.
 */
export async function ensureStructure(db: pg.ClientBase, random: Random, log: (line: string) => void, organisation: Organisation = CITY): Promise<World> {
  const units = new Map<string, { id: string; code: string }>();
  for (const unit of organisation.units) {
    const parentId = unit.parent ? units.get(unit.parent)!.id : null;
    const { rows } = await db.query(
      `INSERT INTO org_unit (code, name, parent_id) VALUES ($1, $2, $3)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [unit.code, unit.name, parentId],
    );
    units.set(unit.code, { id: rows[0].id, code: unit.code });
  }

  const roles = new Map<string, string>((await db.query(`SELECT code, id FROM role`)).rows.map((r) => [r.code, r.id]));
  const passwordHash = await hashPassword(SCALE_PASSWORD);
  const taken = new Set<string>((await db.query(`SELECT username FROM app_user`)).rows.map((r) => r.username));
  const existing = await existingStaff(db, organisation.holders ?? {});

  const hire = async (unitCode: string, title: string, roleCodes: string[], slot: string): Promise<Person> => {
    const found = existing.get(slotAddress(slot));
    if (found) return found;
    const { first, last } = personName(random);
    const base = searchFold(`${first}.${last}`).replace(/[^a-z.]/g, '');
    let username = base;
    for (let n = 2; taken.has(username); n += 1) username = `${base}${n}`;
    taken.add(username);
    // The address names the generated post, so a second run finds the same people.
    const { rows } = await db.query(`INSERT INTO app_user (username, full_name, email, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`, [
      username, `${first} ${last}`, slotAddress(slot), passwordHash,
    ]);
    const userId = rows[0].id as string;
    const position = await db.query(`INSERT INTO position (title, org_unit_id, user_id) VALUES ($1, $2, $3) RETURNING id`, [title, units.get(unitCode)!.id, userId]);
    for (const code of roleCodes) {
      await db.query(`INSERT INTO position_role (position_id, role_id) VALUES ($1, $2)`, [position.rows[0].id, roles.get(code)]);
    }
    return { id: userId, username };
  };

  const officials = new Map<string, Person[]>();
  const heads = new Map<string, Person>();
  for (const unit of organisation.units) {
    if (unit.parent === organisation.root && !unit.officials) heads.set(unit.code, await hire(unit.code, POSITION_TITLES.secretary, ['head-of-unit'], `head:${unit.code}`));
    if (!unit.officials) continue;
    heads.set(unit.code, await hire(unit.code, POSITION_TITLES.head, ['head-of-unit', 'official'], `head:${unit.code}`));
    const staff: Person[] = [];
    for (let i = 1; i <= unit.officials; i += 1) {
      staff.push(await hire(unit.code, POSITION_TITLES.official[i % POSITION_TITLES.official.length], ['official'], `official:${unit.code}:${i}`));
    }
    officials.set(unit.code, staff);
  }
  const registry: Person[] = [];
  for (let i = 1; i <= organisation.registryClerks; i += 1) registry.push(await hire(organisation.registry, POSITION_TITLES.registry, ['registry-clerk'], `registry:${i}`));
  const archivists: Person[] = [];
  for (let i = 1; i <= organisation.archivists; i += 1) archivists.push(await hire(organisation.archive, POSITION_TITLES.archivist, ['archivist', 'disposal-committee'], `archivist:${i}`));
  for (let i = 1; i <= organisation.managers; i += 1) await hire(organisation.root, POSITION_TITLES.manager, ['management'], `manager:${i}`);
  await hire(organisation.root, POSITION_TITLES.admin, ['administrator'], 'admin:1');

  const marks = await ensurePreviousPlan(db);
  const [book] = (await db.query(`SELECT id, template, counter_scope AS "counterScope" FROM numbering_book WHERE is_default`)).rows;
  const staffCount = [...officials.values()].reduce((n, list) => n + list.length, 0) + heads.size + registry.length + archivists.length + organisation.managers + 1;
  log(`organisation: ${units.size} units, ${staffCount} staff (password "${SCALE_PASSWORD}")`);
  return {
    book,
    units,
    registryUnit: units.get(organisation.registry)!,
    handlerOf: organisation.handlerOf,
    officials,
    heads,
    registry,
    archivists,
    mark(code, year) {
      const versions = marks.get(code);
      const found = versions?.find((m) => m.from <= year && (m.to === null || m.to >= year));
      if (!found) throw new Error(`no classification mark ${code} valid in ${year}`);
      return found;
    },
  };
}

const STAFF_DOMAIN = 'scale.invalid';
/** `official:IV-02:3` → `official.iv-02.3@scale.invalid`: the generated post a user was hired for. */
const slotAddress = (slot: string) => `${slot.toLowerCase().replace(/:/g, '.')}@${STAFF_DOMAIN}`;

/** Staff found for their posts: the installation's own holders, and those generated by an earlier run (by the post in their address). */
async function existingStaff(db: pg.ClientBase, holders: Record<string, string>): Promise<Map<string, Person>> {
  const { rows } = await db.query(`SELECT email, id, username FROM app_user WHERE email LIKE $1`, [`%@${STAFF_DOMAIN}`]);
  const found = new Map<string, Person>(rows.map((r) => [r.email, { id: r.id, username: r.username }]));
  const posts = Object.entries(holders);
  const held = await db.query(`SELECT id, username FROM app_user WHERE username = ANY($1)`, [posts.map(([, username]) => username)]);
  const byName = new Map<string, Person>(held.rows.map((r) => [r.username, { id: r.id, username: r.username }]));
  for (const [post, username] of posts) {
    const person = byName.get(username);
    if (!person) throw new Error(`the post ${post} is to be held by "${username}", who is not a user`);
    found.set(slotAddress(post), person);
  }
  return found;
}

/**
 * The default plan is valid from 2020; the decade starts earlier. Cases registered before take
 * their mark from the plan in force then: the same codes, valid from 2010 until the default plan
 * (added once, only for codes without a version covering the decade's first year).
 */
async function ensurePreviousPlan(db: pg.ClientBase): Promise<Map<string, Array<Mark & { from: number; to: number | null }>>> {
  const used = new Set(CLASS_PROFILES.map((p) => p.code));
  for (const mark of DEFAULT_CLASSIFICATION_PLAN) {
    await db.query(
      `INSERT INTO classification_mark (code, title, retention_years, permanent, valid_from_year, valid_to_year)
       SELECT $1, $2, $3, $4, $5, (SELECT min(valid_from_year) - 1 FROM classification_mark WHERE code = $1)
        WHERE NOT EXISTS (SELECT 1 FROM classification_mark WHERE code = $1 AND valid_from_year <= $6)`,
      [mark.code, mark.title, mark.retentionYears ?? null, mark.permanent === true, PREVIOUS_PLAN_FROM, DECADE_FROM],
    );
  }
  const { rows } = await db.query(
    `SELECT id, code, retention_years AS "retentionYears", permanent, valid_from_year AS "from", valid_to_year AS "to" FROM classification_mark WHERE code = ANY($1)`,
    [[...used]],
  );
  const marks = new Map<string, Array<Mark & { from: number; to: number | null }>>();
  for (const row of rows) marks.set(row.code, [...(marks.get(row.code) ?? []), row]);
  return marks;
}
