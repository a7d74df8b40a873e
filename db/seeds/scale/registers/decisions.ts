import type pg from 'pg';
import { auditSnapshot } from '../../../../libs/audit/audit.service.js';
import { belgradeDate, type IsoDate } from '../../../../libs/cases/zup-deadline.js';
import { withoutPersonalData } from '../../../../libs/registers/shared/personal-data.js';
import { REGISTER_SUBJECTS, type RegisterName } from '../../../../libs/registers/register-catalog.js';
import { searchFold } from '../../../../libs/i18n/transliterate.js';
import { jmbgCheckDigit } from '../../../../libs/shared/jmbg.js';
import type { Random } from '../random.js';
import type { World } from '../structure.js';
import { personName } from '../vocabulary.js';

/**
 * A decision in a generated case that a register change can be made in: a case of the register's
 * classification, decided in favour (or answered) by its official, who made the change while the
 * case was in progress — a few minutes before it was resolved (RegisterChanges.caseForChange
 * takes changes only in cases assigned … closed, by the one who may process them).
 */
export interface Decision {
  id: string;
  number: string;
  classCode: string;
  unitCode: string;
  /** The subject folded (`searchFold`), to tell what the party asked for. */
  subject: string;
  partyName: string;
  partyPersonalId: string | null;
  actorId: string;
  actorUsername: string;
  at: Date;
  day: IsoDate;
}

const FAVOURABLE = ['granted', 'partially_granted', 'other'];

/** The decided cases of `codes`, oldest first. */
export async function decisionsOf(db: pg.ClientBase, codes: string[]): Promise<Decision[]> {
  const { rows } = await db.query(
    `SELECT c.id, c.number, c.class_code AS "classCode", o.code AS "unitCode", c.subject, c.party_name AS "partyName",
            c.party_personal_id AS "partyPersonalId", u.id AS "actorId", u.username AS "actorUsername",
            c.resolved_at - interval '5 minutes' AS at
       FROM case_file c JOIN app_user u ON u.id = c.assignee_id JOIN org_unit o ON o.id = c.org_unit_id
      WHERE c.class_code = ANY($1) AND c.resolved_at IS NOT NULL AND c.resolution_kind = ANY($2)
        AND c.status IN ('resolved', 'closed', 'archived', 'lent', 'destroyed')
      ORDER BY c.resolved_at, c.id`,
    [codes, FAVOURABLE],
  );
  return rows.map((row) => ({ ...row, subject: searchFold(row.subject), day: belgradeDate(row.at) }));
}

/** `decision.at` moved on by `step` seconds: the next change made in the same case. */
export const moment = (decision: Decision, step: number) => new Date(decision.at.getTime() + step * 1000);

/**
 * What a register's changes leave behind, as RegisterChanges.record writes it: the history row
 * (`register_change`, append-only, in time order, since the history reads it by id), the entry's
 * link to the case, and the audit entry without personal data.
 */
export class RegisterLog {
  private readonly changes: unknown[][] = [];
  private readonly links = new Map<string, unknown[]>();
  private readonly audit: unknown[][] = [];

  constructor(private readonly register: RegisterName) {}

  get size(): number {
    return this.changes.length;
  }

  record(entryId: string, decision: Decision, at: Date, action: string, before: unknown, after: unknown): void {
    const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
    this.changes.push([this.register, entryId, decision.id, action, decision.actorId, at.toISOString(), json(before), json(after)]);
    const key = `${entryId}|${decision.id}`;
    if (!this.links.has(key)) this.links.set(key, [this.register, entryId, decision.id, at.toISOString()]);
    this.audit.push([
      at.toISOString(), decision.actorId, decision.actorUsername, `register.${this.register}.${action}`, REGISTER_SUBJECTS[this.register], entryId,
      json(auditSnapshot(withoutPersonalData(before ?? null))),
      json(auditSnapshot({ ...(withoutPersonalData(after ?? {}) as object), caseId: decision.id, caseNumber: decision.number })),
    ]);
  }

  async flush(db: pg.ClientBase): Promise<void> {
    const byTime = (rows: unknown[][], at: number) => rows.map((row, i) => ({ row, i })).sort((a, b) => (a.row[at] as string).localeCompare(b.row[at] as string) || a.i - b.i).map(({ row }) => row);
    await insertRows(db, 'register_change', CHANGE_COLUMNS, byTime(this.changes, 5));
    await insertRows(db, 'register_entry_case', [['register', 'text'], ['entry_id', 'uuid'], ['case_id', 'uuid'], ['linked_at', 'timestamptz']], [...this.links.values()]);
    await insertRows(db, 'audit_log', AUDIT_COLUMNS, byTime(this.audit, 0));
  }
}

const CHANGE_COLUMNS: Column[] = [
  ['register', 'text'], ['entry_id', 'uuid'], ['case_id', 'uuid'], ['action', 'text'], ['actor_id', 'uuid'], ['at', 'timestamptz'], ['before', 'jsonb'], ['after', 'jsonb'],
];
const AUDIT_COLUMNS: Column[] = [
  ['at', 'timestamptz'], ['actor_id', 'uuid'], ['actor_username', 'text'], ['action', 'text'], ['entity_type', 'text'], ['entity_id', 'text'], ['before', 'jsonb'], ['after', 'jsonb'],
];

export type Column = readonly [name: string, type: string];

/**
 * `INSERT … SELECT FROM unnest($1::t1[], …) WITH ORDINALITY ORDER BY` the rows' order, one
 * parameter per column, in chunks (identity columns number the rows in the order given).
 */
export async function insertRows(db: pg.ClientBase, table: string, columns: readonly Column[], rows: unknown[][], chunk = 20_000): Promise<void> {
  const names = columns.map(([name]) => name);
  const params = columns.map(([, type], i) => `$${i + 1}::${type === 'jsonb' ? 'text' : type}[]`).join(', ');
  const select = columns.map(([name, type]) => (type === 'jsonb' ? `u.${name}::jsonb` : `u.${name}`)).join(', ');
  const sql = `INSERT INTO ${table} (${names.join(', ')}) SELECT ${select} FROM unnest(${params}) WITH ORDINALITY AS u(${names.join(', ')}, n) ORDER BY u.n`;
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    await db.query(sql, columns.map((_, i) => part.map((row) => row[i])));
  }
}

/**
 * The register's keeper role on the positions of the officials of the units that handle the
 * cases of `sections`: the officials who decide the cases also keep the register (an
 * administrator's assignment, made once).
 */
export async function appointKeepers(db: pg.ClientBase, world: World, role: string, sections: string[]): Promise<void> {
  const units = sections.map(world.handlerOf);
  await db.query(
    `INSERT INTO position_role (position_id, role_id)
     SELECT p.id, r.id FROM position p JOIN org_unit u ON u.id = p.org_unit_id JOIN role r ON r.code = $2
      WHERE u.code = ANY($1) AND EXISTS (SELECT 1 FROM position_role pr JOIN role o ON o.id = pr.role_id WHERE pr.position_id = p.id AND o.code = 'official')
     ON CONFLICT DO NOTHING`,
    [units, role],
  );
}

/** Removes and returns a random item of `items` (order not kept), or undefined when empty. */
export function takeAny<T>(random: Random, items: T[], accept: (item: T) => boolean = () => true, tries = 8): T | undefined {
  for (let i = 0; i < tries && items.length > 0; i += 1) {
    const at = Math.floor(random.next() * items.length);
    if (!accept(items[at])) continue;
    const [item] = [items[at]];
    items[at] = items[items.length - 1];
    items.pop();
    return item;
  }
  return undefined;
}

/** A random item of `items` that passes `accept`, in a few tries; undefined when none was found. */
export function pickAny<T>(random: Random, items: readonly T[], accept: (item: T) => boolean = () => true, tries = 8): T | undefined {
  for (let i = 0; i < tries && items.length > 0; i += 1) {
    const item = items[Math.floor(random.next() * items.length)];
    if (accept(item)) return item;
  }
  return undefined;
}

/**
 * A JMBG not handed out before (`taken` remembers), of someone born between `from` and `to`
 * (years) in `region` (RR), its check digit by `jmbgCheckDigit`; numbers whose remainder is 1
 * (check 10) are not issued, so those are drawn again.
 */
export function freshJmbg(random: Random, taken: Set<string>, options: { from: number; to: number; region: number; female?: boolean }): string {
  for (;;) {
    const year = random.int(options.from, options.to);
    const female = options.female ?? random.chance(0.5);
    const first12 = `${pad(random.int(1, 28), 2)}${pad(random.int(1, 12), 2)}${pad(year % 1000, 3)}${pad(options.region, 2)}${pad(female ? random.int(500, 999) : random.int(0, 499), 3)}`;
    const sum = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((total, weight, i) => total + weight * Number(first12[i]), 0);
    if (11 - (sum % 11) === 10) continue;
    const jmbg = `${first12}${jmbgCheckDigit(first12)}`;
    if (taken.has(jmbg)) continue;
    taken.add(jmbg);
    return jmbg;
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The party's name split as a person's: first word the first name, the rest the last name. */
export function splitName(name: string): { first: string; last: string } {
  const [first, ...rest] = name.split(' ');
  return { first, last: rest.join(' ') || first };
}

/** The party's name when the party is a person (two words), else a person's name drawn for the entry. */
export function personNameOf(random: Random, decision: Decision): string {
  if (/^\S+ \S+$/.test(decision.partyName)) return decision.partyName;
  const { first, last } = personName(random);
  return `${first} ${last}`;
}
