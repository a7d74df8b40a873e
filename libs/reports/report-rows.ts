import type { CaseStatus } from '../cases/case-state-machine.js';

/** A unit as reports name it. */
export interface UnitRef {
  id: string;
  code: string;
  name: string;
}

/** An official as reports name them; null in a report stands for "not assigned to anyone". */
export interface OfficialRef {
  id: string;
  username: string;
  fullName: string;
}

/** A case of the overdue list. */
export interface OverdueCase {
  id: string;
  number: string;
  subject: string;
  classificationCode: string;
  status: CaseStatus;
  orgUnit: UnitRef;
  official: OfficialRef | null;
  receivedOn: string;
  dueDate: string;
  daysOverdue: number;
}

/** Figures broken down by unit and, within each unit, by official, with the total over all. */
export interface Breakdown<F> {
  total: F;
  units: Array<{ orgUnit: UnitRef; figures: F; officials: Array<{ official: OfficialRef | null; figures: F }> }>;
}

/**
 * A row of a `GROUP BY GROUPING SETS ((unit, official), (unit), ())` statement: `level` is
 * `GROUPING(unit, official)` — 0 an official's line, 1 a unit's, 3 the total — and the columns
 * `unitId`, `unitCode`, `unitName`, `userId`, `username`, `fullName` name the line.
 */
export type GroupedRow = Record<string, unknown> & { level: number };

const GROUPING_COLUMNS = `ou.code AS "unitCode", ou.name AS "unitName", au.username, au.full_name AS "fullName"`;

/**
 * The lines of a grouped statement as units with their officials, in the statement's order (each
 * unit's line before its officials' lines). `figures` picks a line's figures.
 */
export function breakdown<F>(rows: GroupedRow[], figures: (row: GroupedRow) => F): Breakdown<F> {
  let total: F | undefined;
  const units: Breakdown<F>['units'] = [];
  for (const row of rows) {
    if (row.level === 3) total = figures(row);
    else if (row.level === 1) units.push({ orgUnit: unitOf(row), figures: figures(row), officials: [] });
    else units.at(-1)!.officials.push({ official: officialOf(row), figures: figures(row) });
  }
  if (total === undefined) throw new Error('A grouped report statement gave no total line');
  return { total, units };
}

function unitOf(row: GroupedRow): UnitRef {
  return { id: row.unitId as string, code: row.unitCode as string, name: row.unitName as string };
}

function officialOf(row: GroupedRow): OfficialRef | null {
  return row.userId === null ? null : { id: row.userId as string, username: row.username as string, fullName: row.fullName as string };
}

/** Selects and orders the lines of a grouped statement `g` (with `level`, `unitId`, `userId`) for `breakdown`. */
export function groupedLines(grouped: string): string {
  return `SELECT g.*, ${GROUPING_COLUMNS}
      FROM (${grouped}) g
      LEFT JOIN org_unit ou ON ou.id = g."unitId"
      LEFT JOIN app_user au ON au.id = g."userId"
     ORDER BY g.level = 3, ou.code, g.level DESC, au.full_name NULLS LAST, au.username`;
}
