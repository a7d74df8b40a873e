import type pg from 'pg';
import type { Random } from './random.js';
import { attorneyCasesGenerator } from './registers/attorney-cases.js';
import { businessesGenerator } from './registers/businesses.js';
import { displacedPersonsGenerator } from './registers/displaced-persons.js';
import { housingBuyoutsGenerator } from './registers/housing-buyouts.js';
import { realEstateGenerator } from './registers/real-estate.js';
import { workBooksGenerator } from './registers/work-books.js';
import type { World } from './structure.js';

/**
 * One register's part of the decade: entries created and changed by decisions in cases
 * (`register_entry_case`, `register_change`). A generator runs only when every table it writes
 * exists, so the case generator works before, while and after the registers are built.
 */
export interface RegisterGenerator {
  register: string;
  tables: string[];
  generate(db: pg.ClientBase, context: { world: World; random: Random; now: Date; log: (line: string) => void }): Promise<number>;
}

/** The registers' generators, added as their schemas land (db/migrations/17642x0000000-*). */
export const REGISTER_GENERATORS: RegisterGenerator[] = [
  realEstateGenerator,
  workBooksGenerator,
  businessesGenerator,
  housingBuyoutsGenerator,
  displacedPersonsGenerator,
  attorneyCasesGenerator,
];

export async function generateRegisters(db: pg.ClientBase, context: Parameters<RegisterGenerator['generate']>[1]): Promise<void> {
  for (const generator of REGISTER_GENERATORS) {
    const { rows } = await db.query(`SELECT t FROM unnest($1::text[]) AS t WHERE to_regclass(t) IS NULL`, [generator.tables]);
    if (rows.length > 0) {
      context.log(`register ${generator.register}: skipped, no table ${rows.map((r) => r.t).join(', ')} yet`);
      continue;
    }
    context.log(`register ${generator.register}: ${await generator.generate(db, context)} entries`);
  }
}
