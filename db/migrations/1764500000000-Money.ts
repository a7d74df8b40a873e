import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a JavaScript number holds exactly; the app reads money columns as numbers (MinorUnits). */
const MAX_SAFE_INTEGER = '9007199254740991';

/**
 * The money columns that were already bigint minor units (para). Rates, index values and areas
 * are not money and keep their own scales (basis points, numeric(14, 4), hundredths of m²).
 */
export const MINOR_UNITS_COLUMNS: ReadonlyArray<readonly [table: string, column: string]> = [
  ['housing_buyout', 'basis_per_square_metre'],
  ['housing_buyout', 'down_payment'],
  ['housing_buyout', 'gross_price'],
  ['housing_buyout', 'deduction'],
  ['housing_buyout', 'price'],
  ['housing_buyout', 'lump_sum_discount_amount'],
  ['housing_buyout', 'total'],
  ['housing_buyout', 'paid'],
  ['housing_buyout_instalment', 'nominal'],
  ['housing_buyout_instalment', 'amount'],
  ['housing_buyout_payment', 'amount'],
  ['displaced_person_assistance', 'amount'],
  ['attorney_case', 'value_in_dispute'],
];

const boundName = (table: string, column: string) => `${table}_${column}_safe`;

/**
 * Money in one representation: integer minor units, bigint in SQL.
 *
 * The case fee was numeric(12, 2) dinars; it becomes `fee_minor`, bigint para. The rename is
 * deliberate: a statement still writing dinars into `fee_amount` fails loudly instead of storing
 * a hundredth of the fee. numeric(12, 2) holds at most two decimals, so × 100 is an integer and the
 * conversion is exact, with no rounding; the bound stays that of numeric(12, 2), so `down` can
 * always go back.
 *
 * The registers' money columns already hold para; each gets the bound a JavaScript number reads
 * exactly, so the database refuses what the application could not read back (real estate's
 * columns have had it from the start).
 */
export class Money1764500000000 implements MigrationInterface {
  name = 'Money1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_file DROP CONSTRAINT case_file_fee_amount_check`);
    await q.query(`ALTER TABLE case_file RENAME COLUMN fee_amount TO fee_minor`);
    await q.query(`ALTER TABLE case_file ALTER COLUMN fee_minor TYPE bigint USING (fee_minor * 100)::bigint`);
    await q.query(`ALTER TABLE case_file ADD CONSTRAINT case_file_fee_minor_check CHECK (fee_minor BETWEEN 0 AND 999999999999)`);
    for (const [table, column] of MINOR_UNITS_COLUMNS) {
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${boundName(table, column)} CHECK (${column} <= ${MAX_SAFE_INTEGER})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, column] of MINOR_UNITS_COLUMNS) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${boundName(table, column)}`);
    }
    await q.query(`ALTER TABLE case_file DROP CONSTRAINT case_file_fee_minor_check`);
    await q.query(`ALTER TABLE case_file ALTER COLUMN fee_minor TYPE numeric(12, 2) USING fee_minor::numeric / 100`);
    await q.query(`ALTER TABLE case_file RENAME COLUMN fee_minor TO fee_amount`);
    await q.query(`ALTER TABLE case_file ADD CONSTRAINT case_file_fee_amount_check CHECK (fee_amount >= 0)`);
  }
}
