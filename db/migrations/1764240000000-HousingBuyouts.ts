import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A rate in basis points (1/100 of a per cent): 0 to 100 %. */
const RATE = (column: string) => `${column} integer NOT NULL CHECK (${column} BETWEEN 0 AND 10000)`;

/**
 * The register of housing buyouts (otkup stana): one row per buyout contract with the terms and
 * the rules it was calculated with, the index series the buyer's instalments are revalued by, the
 * payment schedule as last calculated, and the payments made. Money is in para (bigint), areas in
 * hundredths of m², rates in basis points; the calculation itself is buyout-calculation.ts.
 * Payments are append-only (a mistaken payment is corrected by a decision in a case, never erased).
 */
export class HousingBuyouts1764240000000 implements MigrationInterface {
  name = 'HousingBuyouts1764240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE housing_buyout (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        contract_number text CHECK (length(trim(contract_number)) > 0),
        contract_date date NOT NULL,
        buyer_name text NOT NULL CHECK (length(trim(buyer_name)) > 0),
        buyer_personal_id text NOT NULL CHECK (buyer_personal_id ~ '^[0-9]{13}$'),
        buyer_address text,
        flat_address text NOT NULL CHECK (length(trim(flat_address)) > 0),
        flat_area_hundredths integer NOT NULL CHECK (flat_area_hundredths > 0),
        basis_per_square_metre bigint NOT NULL CHECK (basis_per_square_metre > 0),
        years_of_service integer NOT NULL CHECK (years_of_service BETWEEN 0 AND 80),
        building_age_years integer NOT NULL CHECK (building_age_years BETWEEN 0 AND 500),
        ${RATE('service_deduction_per_year')},
        ${RATE('building_age_deduction_per_year')},
        ${RATE('max_deduction')},
        ${RATE('lump_sum_discount')},
        ${RATE('min_down_payment')},
        max_instalments integer NOT NULL CHECK (max_instalments BETWEEN 1 AND 1200),
        ${RATE('early_payoff_discount')},
        payment_method text NOT NULL CHECK (payment_method IN ('lump-sum', 'instalments')),
        down_payment bigint CHECK (down_payment >= 0),
        instalments integer,
        first_due_on date,
        gross_price bigint NOT NULL CHECK (gross_price > 0),
        deduction_rate integer NOT NULL,
        deduction bigint NOT NULL,
        price bigint NOT NULL,
        lump_sum_discount_amount bigint NOT NULL,
        total bigint NOT NULL CHECK (total >= 0),
        paid bigint NOT NULL DEFAULT 0 CHECK (paid >= 0),
        status text NOT NULL CHECK (status IN ('in-payment', 'settled')),
        paid_off_on date,
        search_text text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK ((payment_method = 'lump-sum') = (down_payment IS NULL AND instalments IS NULL)),
        CHECK (instalments BETWEEN 1 AND max_instalments),
        CHECK (first_due_on IS NULL OR (first_due_on >= contract_date AND payment_method = 'instalments')),
        CHECK (deduction_rate BETWEEN 0 AND max_deduction),
        CHECK (deduction BETWEEN 0 AND gross_price),
        CHECK (price = gross_price - deduction),
        CHECK (lump_sum_discount_amount BETWEEN 0 AND price),
        CHECK ((status = 'settled') = (paid >= total)),
        CHECK (paid_off_on IS NULL OR status = 'settled')
      )`);
    await q.query(`CREATE INDEX housing_buyout_search_idx ON housing_buyout USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX housing_buyout_contract_date_idx ON housing_buyout (contract_date DESC, id DESC)`);

    await q.query(`
      CREATE TABLE housing_buyout_index (
        buyout_id uuid NOT NULL REFERENCES housing_buyout(id),
        from_month text NOT NULL CHECK (from_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        value numeric(14, 4) NOT NULL CHECK (value > 0),
        PRIMARY KEY (buyout_id, from_month)
      )`);

    await q.query(`
      CREATE TABLE housing_buyout_instalment (
        buyout_id uuid NOT NULL REFERENCES housing_buyout(id),
        no integer NOT NULL CHECK (no >= 0),
        kind text NOT NULL CHECK (kind IN ('lump-sum', 'down-payment', 'instalment', 'early-payoff')),
        due_on date NOT NULL,
        nominal bigint NOT NULL CHECK (nominal >= 0),
        index_value numeric(14, 4) CHECK (index_value > 0),
        amount bigint NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (buyout_id, no)
      )`);
    await q.query(`CREATE INDEX housing_buyout_instalment_due_idx ON housing_buyout_instalment (buyout_id, due_on)`);

    await q.query(`
      CREATE TABLE housing_buyout_payment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        buyout_id uuid NOT NULL REFERENCES housing_buyout(id),
        paid_on date NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        early_payoff boolean NOT NULL DEFAULT false,
        note text,
        case_id uuid NOT NULL REFERENCES case_file(id),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX housing_buyout_payment_buyout_idx ON housing_buyout_payment (buyout_id, paid_on)`);
    await q.query(`CREATE UNIQUE INDEX housing_buyout_one_early_payoff ON housing_buyout_payment (buyout_id) WHERE early_payoff`);
    await q.query(`
      CREATE TRIGGER housing_buyout_payment_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON housing_buyout_payment
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE housing_buyout_payment`);
    await q.query(`DROP TABLE housing_buyout_instalment`);
    await q.query(`DROP TABLE housing_buyout_index`);
    await q.query(`DROP TABLE housing_buyout`);
  }
}
