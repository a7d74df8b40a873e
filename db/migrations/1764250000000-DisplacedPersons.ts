import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'refugee', 'expelled', 'internally-displaced', 'returned', 'integrated', 'ceased'`;
const DOCUMENT_KINDS = `'refugee-card', 'expelled-card', 'idp-card', 'status-certificate', 'other'`;
const RELATIONS = `'spouse', 'child', 'parent', 'sibling', 'grandchild', 'grandparent', 'other'`;
const ASSISTANCE_KINDS = `'cash', 'food', 'hygiene', 'housing', 'building-material', 'income-generation', 'medical', 'other'`;

/** Who recorded a row of a sub-table, and in which case the decision was made. */
const RECORDED = `
        case_id uuid NOT NULL REFERENCES case_file(id),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL`;

const nonBlank = (column: string) => `CHECK (length(trim(${column})) > 0)`;

/**
 * The register of refugees, expelled and internally displaced persons (evidencija izbeglih,
 * prognanih i interno raseljenih lica). A person is identified by a JMBG or a foreign document's
 * number (at least one). Their status is a history of dated periods that never overlap (the open
 * period is the current status); documents, family links between persons of the register and
 * assistance received are sub-tables. Nothing is deleted.
 */
export class DisplacedPersons1764250000000 implements MigrationInterface {
  name = 'DisplacedPersons1764250000000';

  async up(q: QueryRunner): Promise<void> {
    // For the exclusion constraint over (person, period): `=` on uuid inside a GiST index.
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE displaced_person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        first_name text NOT NULL ${nonBlank('first_name')},
        last_name text NOT NULL ${nonBlank('last_name')},
        personal_id text CHECK (personal_id ~ '^[0-9]{13}$'),
        foreign_id text CHECK (length(foreign_id) BETWEEN 3 AND 30 AND foreign_id = trim(foreign_id)),
        date_of_birth date NOT NULL,
        place_of_birth text CHECK (length(trim(place_of_birth)) > 0),
        place_of_origin text NOT NULL ${nonBlank('place_of_origin')},
        address text NOT NULL ${nonBlank('address')},
        search_text text NOT NULL,
        origin_search text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (personal_id IS NOT NULL OR foreign_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX displaced_person_personal_id_key ON displaced_person (personal_id) WHERE personal_id IS NOT NULL`);
    await q.query(`CREATE INDEX displaced_person_search_idx ON displaced_person USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX displaced_person_origin_idx ON displaced_person USING gin (origin_search gin_trgm_ops)`);
    await q.query(`CREATE INDEX displaced_person_name_idx ON displaced_person (last_name, first_name, id)`);

    // valid_to is the last day of the status (inclusive); NULL while it is the current one.
    await q.query(`
      CREATE TABLE displaced_person_status (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES displaced_person(id),
        status text NOT NULL CHECK (status IN (${STATUSES})),
        legal_basis text NOT NULL ${nonBlank('legal_basis')},
        valid_from date NOT NULL,
        valid_to date CHECK (valid_to >= valid_from),
        ${RECORDED},
        EXCLUDE USING gist (person_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
      )`);
    await q.query(`CREATE UNIQUE INDEX displaced_person_status_current_key ON displaced_person_status (person_id) WHERE valid_to IS NULL`);
    await q.query(`CREATE INDEX displaced_person_status_filter_idx ON displaced_person_status (status, person_id) WHERE valid_to IS NULL`);

    // valid_until NULL: valid without a term. A number is unique within its kind, whatever its letter case.
    await q.query(`
      CREATE TABLE displaced_person_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES displaced_person(id),
        kind text NOT NULL CHECK (kind IN (${DOCUMENT_KINDS})),
        number text NOT NULL ${nonBlank('number')},
        issued_on date NOT NULL,
        valid_until date CHECK (valid_until >= issued_on),
        issued_by text CHECK (length(trim(issued_by)) > 0),
        ${RECORDED}
      )`);
    await q.query(`CREATE UNIQUE INDEX displaced_person_document_number_key ON displaced_person_document (kind, upper(number))`);
    await q.query(`CREATE INDEX displaced_person_document_person_idx ON displaced_person_document (person_id, valid_until)`);

    // One row per pair: "relative is person's <relation>"; seen from the relative, the inverse relation.
    await q.query(`
      CREATE TABLE displaced_person_family_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES displaced_person(id),
        relative_id uuid NOT NULL REFERENCES displaced_person(id),
        relation text NOT NULL CHECK (relation IN (${RELATIONS})),
        ${RECORDED},
        CHECK (person_id <> relative_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX displaced_person_family_link_pair_key ON displaced_person_family_link (LEAST(person_id, relative_id), GREATEST(person_id, relative_id))`);
    await q.query(`CREATE INDEX displaced_person_family_link_relative_idx ON displaced_person_family_link (relative_id)`);

    // Amounts in minor units (para, cents) of `currency`; in-kind assistance has none.
    await q.query(`
      CREATE TABLE displaced_person_assistance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES displaced_person(id),
        kind text NOT NULL CHECK (kind IN (${ASSISTANCE_KINDS})),
        amount bigint CHECK (amount > 0),
        currency text CHECK (currency ~ '^[A-Z]{3}$'),
        provided_on date NOT NULL,
        provided_by text NOT NULL ${nonBlank('provided_by')},
        note text,
        ${RECORDED},
        CHECK ((amount IS NULL) = (currency IS NULL))
      )`);
    await q.query(`CREATE INDEX displaced_person_assistance_person_idx ON displaced_person_assistance (person_id, provided_on)`);
    // Documents, links and assistance are recorded once and never changed or erased.
    for (const table of ['displaced_person_document', 'displaced_person_family_link', 'displaced_person_assistance']) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
    }
  }

  /** btree_gist stays: other tables may have come to use it. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE displaced_person_assistance`);
    await q.query(`DROP TABLE displaced_person_family_link`);
    await q.query(`DROP TABLE displaced_person_document`);
    await q.query(`DROP TABLE displaced_person_status`);
    await q.query(`DROP TABLE displaced_person`);
  }
}
