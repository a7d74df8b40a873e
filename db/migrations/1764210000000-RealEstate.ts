import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'land', 'building', 'flat', 'business-premises'`;
const STATUSES = `'active', 'alienated', 'demolished', 'written-off'`;
const ENCUMBRANCE_KINDS = `'mortgage', 'easement', 'lien', 'dispute', 'usufruct', 'restriction', 'other'`;
/** An amount in minor units (para) that JavaScript still holds exactly. */
const MINOR_UNITS = (column: string) => `CHECK (${column} BETWEEN 0 AND 9007199254740991)`;
const nonBlank = (column: string) => `CHECK (length(trim(${column})) > 0)`;

/**
 * The register of municipal real estate (evidencija nepokretnosti javne svojine opštine): one row
 * per property — a parcel, a building on it, or a flat or business premises in that building —
 * with its leases and encumbrances as sub-tables. Areas are numeric m² with two decimals, money in
 * minor units (para); an ended lease or a removed encumbrance keeps its row with the date, and no
 * row of these tables is ever deleted.
 */
export class RealEstate1764210000000 implements MigrationInterface {
  name = 'RealEstate1764210000000';

  async up(q: QueryRunner): Promise<void> {
    // For the exclusion constraint over (property, lease period): `=` on uuid inside a GiST index.
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE FUNCTION real_estate_rows_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% keeps its rows (% refused): end or remove them with a date instead', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);

    // status_date: the day an alienation, demolition or write-off took effect.
    await q.query(`
      CREATE TABLE real_estate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        cadastral_municipality text NOT NULL ${nonBlank('cadastral_municipality')},
        cadastral_municipality_key text NOT NULL ${nonBlank('cadastral_municipality_key')},
        parcel_number text NOT NULL CHECK (parcel_number ~ '^[1-9][0-9]{0,6}(/[1-9][0-9]{0,4})?$'),
        building_number integer CHECK (building_number BETWEEN 1 AND 9999),
        unit_number text CHECK (unit_number ~ '^[0-9A-Za-z][0-9A-Za-z/.-]{0,19}$'),
        address text ${nonBlank('address')},
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        area numeric(12, 2) NOT NULL CHECK (area > 0),
        share_numerator integer NOT NULL DEFAULT 1 CHECK (share_numerator >= 1),
        share_denominator integer NOT NULL DEFAULT 1 CHECK (share_denominator >= 1),
        legal_basis text NOT NULL ${nonBlank('legal_basis')},
        user_name text ${nonBlank('user_name')},
        value_minor bigint ${MINOR_UNITS('value_minor')},
        value_currency text NOT NULL DEFAULT 'RSD' CHECK (value_currency ~ '^[A-Z]{3}$'),
        status text NOT NULL DEFAULT 'active' CHECK (status IN (${STATUSES})),
        status_date date,
        note text,
        search_text text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (share_numerator <= share_denominator),
        CHECK ((status = 'active') = (status_date IS NULL)),
        CHECK (status <> 'demolished' OR kind <> 'land'),
        CHECK (CASE kind
                 WHEN 'land' THEN building_number IS NULL AND unit_number IS NULL
                 WHEN 'building' THEN building_number IS NOT NULL AND unit_number IS NULL
                 ELSE building_number IS NOT NULL AND unit_number IS NOT NULL
               END)
      )`);
    // One active entry per property; alienated, demolished and written-off entries stay beside it.
    await q.query(`
      CREATE UNIQUE INDEX real_estate_active_designation_key ON real_estate
        (cadastral_municipality_key, parcel_number, COALESCE(building_number, 0), COALESCE(lower(unit_number), ''))
        WHERE status = 'active'`);
    await q.query(`CREATE INDEX real_estate_search_idx ON real_estate USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX real_estate_order_idx ON real_estate (cadastral_municipality_key, parcel_number, building_number, unit_number, id)`);
    await q.query(`CREATE INDEX real_estate_kind_status_idx ON real_estate (kind, status)`);

    // term_to NULL: a lease without a fixed term. ended_on is the last day an ended lease was in
    // force (inclusive, as term_to is); the lease's period is term_from up to ended_on or term_to.
    await q.query(`
      CREATE TABLE real_estate_lease (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        real_estate_id uuid NOT NULL REFERENCES real_estate(id),
        lessee_name text NOT NULL ${nonBlank('lessee_name')},
        lessee_personal_id text CHECK (lessee_personal_id ~ '^[0-9]{13}$'),
        lessee_registration_number text CHECK (lessee_registration_number ~ '^[0-9]{8}$'),
        contract_number text ${nonBlank('contract_number')},
        term_from date NOT NULL,
        term_to date CHECK (term_to >= term_from),
        monthly_rent_minor bigint NOT NULL ${MINOR_UNITS('monthly_rent_minor')},
        currency text NOT NULL DEFAULT 'RSD' CHECK (currency ~ '^[A-Z]{3}$'),
        case_id uuid NOT NULL REFERENCES case_file(id),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL,
        ended_on date CHECK (ended_on >= term_from AND (term_to IS NULL OR ended_on <= term_to)),
        end_reason text,
        ended_case_id uuid REFERENCES case_file(id),
        CHECK (lessee_personal_id IS NULL OR lessee_registration_number IS NULL),
        CHECK ((ended_on IS NULL) = (ended_case_id IS NULL)),
        CHECK (ended_on IS NOT NULL OR end_reason IS NULL),
        CONSTRAINT real_estate_lease_no_overlap EXCLUDE USING gist (real_estate_id WITH =, daterange(term_from, COALESCE(ended_on, term_to), '[]') WITH &&)
      )`);

    // removed_on NULL: the encumbrance still weighs on the property.
    await q.query(`
      CREATE TABLE real_estate_encumbrance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        real_estate_id uuid NOT NULL REFERENCES real_estate(id),
        kind text NOT NULL CHECK (kind IN (${ENCUMBRANCE_KINDS})),
        in_favour_of text NOT NULL ${nonBlank('in_favour_of')},
        description text,
        reference text,
        registered_on date NOT NULL,
        case_id uuid NOT NULL REFERENCES case_file(id),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL,
        removed_on date CHECK (removed_on >= registered_on),
        removal_reason text,
        removed_case_id uuid REFERENCES case_file(id),
        CHECK ((removed_on IS NULL) = (removed_case_id IS NULL)),
        CHECK (removed_on IS NOT NULL OR removal_reason IS NULL)
      )`);
    await q.query(`CREATE INDEX real_estate_encumbrance_current_idx ON real_estate_encumbrance (real_estate_id) WHERE removed_on IS NULL`);

    for (const table of ['real_estate', 'real_estate_lease', 'real_estate_encumbrance']) {
      await q.query(`
        CREATE TRIGGER ${table}_rows_are_kept BEFORE DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION real_estate_rows_are_kept()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE real_estate_encumbrance`);
    await q.query(`DROP TABLE real_estate_lease`);
    await q.query(`DROP TABLE real_estate`);
    await q.query(`DROP FUNCTION real_estate_rows_are_kept()`);
  }
}
