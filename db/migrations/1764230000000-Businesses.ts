import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register of businesses (registar radnji): one row per entrepreneur's shop, and its status
 * over time as dated periods (active, suspended, removed) that cover the days from its start.
 * Periods never overlap (an exclusion constraint over the days they cover); a business has one
 * open-ended period, its last; a removal is forever. Nothing is deleted.
 */
export class Businesses1764230000000 implements MigrationInterface {
  name = 'Businesses1764230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE business (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        registration_number text NOT NULL CHECK (registration_number ~ '^[0-9]{8}$'),
        trade_name text NOT NULL CHECK (length(trim(trade_name)) > 0),
        owner_name text NOT NULL CHECK (length(trim(owner_name)) > 0),
        owner_personal_id text NOT NULL CHECK (owner_personal_id ~ '^[0-9]{13}$'),
        activity_code text NOT NULL CHECK (activity_code ~ '^[0-9]{2}\\.[0-9]{2}$'),
        address text NOT NULL CHECK (length(trim(address)) > 0),
        started_on date NOT NULL,
        search_text text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT business_registration_number_key UNIQUE (registration_number)
      )`);
    await q.query(`CREATE INDEX business_search_idx ON business USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX business_activity_code_idx ON business (activity_code text_pattern_ops)`);
    await q.query(`CREATE INDEX business_started_idx ON business (started_on DESC, id)`);

    // valid_to is the period's last day (inclusive); NULL: open-ended.
    await q.query(`
      CREATE TABLE business_status_period (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        business_id uuid NOT NULL REFERENCES business(id),
        status text NOT NULL CHECK (status IN ('active', 'suspended', 'removed')),
        valid_from date NOT NULL,
        valid_to date CHECK (valid_to >= valid_from),
        reason text CHECK (length(trim(reason)) > 0),
        case_id uuid NOT NULL REFERENCES case_file(id),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL,
        CHECK (status <> 'removed' OR (valid_to IS NULL AND reason IS NOT NULL)),
        CONSTRAINT business_status_periods_do_not_overlap
          EXCLUDE USING gist (business_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
      )`);
    await q.query(`CREATE UNIQUE INDEX business_status_one_open_period ON business_status_period (business_id) WHERE valid_to IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE business_status_period`);
    await q.query(`DROP TABLE business`);
  }
}
