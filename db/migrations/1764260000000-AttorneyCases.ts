import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'litigation', 'enforcement', 'administrative-dispute', 'administrative-procedure', 'misdemeanour', 'non-contentious', 'criminal', 'other'`;
const OUTCOMES = `'won', 'lost', 'partly', 'settled', 'withdrawn'`;
const NOT_BLANK = (column: string) => `CHECK (length(trim(${column})) > 0)`;

/**
 * The municipal attorney's registry (pisarnica pravobranilaštva): the court and administrative
 * cases in which the attorney represents the municipality, each numbered in a book of its own
 * (`attorney-cases`, e.g. `P-12/2026`, one counter per kind and year, drawn like case numbers),
 * with the opposing parties, the hearings (the attorney's calendar), the decisions received and
 * the appeal deadline running from the latest one. Days for an appeal per kind are the office's
 * setting (`attorney_appeal_period`). Decisions are append-only; nothing is deleted.
 */
export class AttorneyCases1764260000000 implements MigrationInterface {
  name = 'AttorneyCases1764260000000';

  async up(q: QueryRunner): Promise<void> {
    // The attorney's own numbering book; `{class}` carries the kind's register mark (P, I, U, …).
    await q.query(`
      INSERT INTO numbering_book (code, name, template, counter_scope, is_default)
      VALUES ('attorney-cases', 'Upisnik opštinskog pravobranilaštva', '{class}-{serial}/{year}', 'year-class', false)
      ON CONFLICT (code) DO NOTHING`);

    await q.query(`
      CREATE TABLE attorney_appeal_period (
        kind text PRIMARY KEY CHECK (kind IN (${KINDS})),
        days integer NOT NULL CHECK (days BETWEEN 1 AND 365)
      )`);
    // ZPP 15 days for an appeal against a judgment; ZIO and ZOP 8; ZUS 30 for a request for review
    // of the court's decision; ZUP 15; ZVP 15; ZKP 15.
    await q.query(`
      INSERT INTO attorney_appeal_period (kind, days) VALUES
        ('litigation', 15), ('enforcement', 8), ('administrative-dispute', 30), ('administrative-procedure', 15),
        ('misdemeanour', 8), ('non-contentious', 15), ('criminal', 15), ('other', 15)
      ON CONFLICT (kind) DO NOTHING`);

    await q.query(`
      CREATE TABLE attorney_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        book_id uuid NOT NULL REFERENCES numbering_book(id),
        registry_number text NOT NULL ${NOT_BLANK('registry_number')},
        counter_key text NOT NULL,
        serial integer NOT NULL CHECK (serial >= 1),
        year integer NOT NULL CHECK (year BETWEEN 1900 AND 2999),
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        court text NOT NULL ${NOT_BLANK('court')},
        court_key text NOT NULL ${NOT_BLANK('court_key')},
        court_case_number text ${NOT_BLANK('court_case_number')},
        municipality_role text NOT NULL CHECK (municipality_role IN ('plaintiff', 'defendant', 'proposer', 'opponent', 'creditor', 'debtor', 'interested-party', 'injured-party')),
        subject text NOT NULL ${NOT_BLANK('subject')},
        value_in_dispute bigint CHECK (value_in_dispute >= 0),
        status text NOT NULL CHECK (status IN ('open', 'suspended', 'final', 'closed')),
        outcome text CHECK (outcome IN (${OUTCOMES})),
        outcome_on date,
        decision_text text,
        decision_received_on date,
        appeal_deadline date,
        appeal_lodged_on date,
        closed_on date,
        closing_note text,
        search_text text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (book_id, registry_number),
        UNIQUE (book_id, counter_key, serial),
        CHECK ((outcome IS NULL) = (outcome_on IS NULL) AND (outcome IS NULL) = (decision_received_on IS NULL)),
        CHECK (outcome_on <= decision_received_on),
        CHECK (appeal_deadline IS NULL OR appeal_deadline > decision_received_on),
        CHECK (appeal_lodged_on IS NULL OR (appeal_deadline IS NOT NULL AND appeal_lodged_on >= decision_received_on)),
        CHECK ((status = 'closed') = (closed_on IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX attorney_case_court_number_key ON attorney_case (court_key, lower(court_case_number)) WHERE court_case_number IS NOT NULL`);
    await q.query(`CREATE INDEX attorney_case_search_idx ON attorney_case USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX attorney_case_list_idx ON attorney_case (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX attorney_case_deadline_idx ON attorney_case (appeal_deadline) WHERE appeal_deadline IS NOT NULL AND status <> 'closed'`);

    await q.query(`
      CREATE TABLE attorney_case_party (
        attorney_case_id uuid NOT NULL REFERENCES attorney_case(id),
        position integer NOT NULL CHECK (position >= 1),
        name text NOT NULL ${NOT_BLANK('name')},
        personal_id text CHECK (personal_id ~ '^[0-9]{13}$'),
        registration_number text CHECK (registration_number ~ '^[0-9]{8}$'),
        PRIMARY KEY (attorney_case_id, position),
        CHECK (personal_id IS NULL OR registration_number IS NULL)
      )`);

    await q.query(`
      CREATE TABLE attorney_case_hearing (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        attorney_case_id uuid NOT NULL REFERENCES attorney_case(id),
        starts_at timestamptz NOT NULL,
        courtroom text,
        note text,
        state text NOT NULL CHECK (state IN ('scheduled', 'held', 'postponed')),
        state_note text,
        case_id uuid NOT NULL REFERENCES case_file(id),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL,
        marked_case_id uuid REFERENCES case_file(id),
        marked_by uuid REFERENCES app_user(id),
        marked_at timestamptz,
        UNIQUE (attorney_case_id, starts_at),
        CHECK ((state = 'scheduled') = (marked_at IS NULL) AND (marked_at IS NULL) = (marked_by IS NULL) AND (marked_at IS NULL) = (marked_case_id IS NULL))
      )`);
    await q.query(`CREATE INDEX attorney_case_hearing_starts_idx ON attorney_case_hearing (starts_at)`);

    await q.query(`
      CREATE TABLE attorney_case_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        attorney_case_id uuid NOT NULL REFERENCES attorney_case(id),
        outcome text NOT NULL CHECK (outcome IN (${OUTCOMES})),
        decided_on date NOT NULL,
        received_on date NOT NULL,
        final boolean NOT NULL,
        appeal_days integer CHECK (appeal_days BETWEEN 1 AND 365),
        appeal_deadline date,
        text text NOT NULL ${NOT_BLANK('text')},
        case_id uuid NOT NULL REFERENCES case_file(id),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL,
        CHECK (decided_on <= received_on),
        CHECK (final = (appeal_days IS NULL) AND final = (appeal_deadline IS NULL)),
        CHECK (appeal_deadline >= received_on + appeal_days)
      )`);
    await q.query(`CREATE INDEX attorney_case_decision_case_idx ON attorney_case_decision (attorney_case_id, recorded_at)`);
    await q.query(`
      CREATE TRIGGER attorney_case_decision_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON attorney_case_decision
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attorney_case_decision`);
    await q.query(`DROP TABLE attorney_case_hearing`);
    await q.query(`DROP TABLE attorney_case_party`);
    await q.query(`DROP TABLE attorney_case`);
    await q.query(`DROP TABLE attorney_appeal_period`);
    await q.query(`DELETE FROM case_counter WHERE book_id = (SELECT id FROM numbering_book WHERE code = 'attorney-cases')`);
    await q.query(`DELETE FROM numbering_book WHERE code = 'attorney-cases'`);
  }
}
