import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register of issued work books (radne knjižice): one row per book form issued, with its
 * holder, and the hand-overs and returns of each book. A duplicate is a new book (its own series
 * and number) linked both ways to the book it replaces. A holder has at most one valid book: the
 * partial unique index says so, whatever the application does.
 */
export class WorkBooks1764220000000 implements MigrationInterface {
  name = 'WorkBooks1764220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE work_book (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        series text NOT NULL CHECK (length(series) BETWEEN 1 AND 10 AND series = upper(series)),
        number text NOT NULL CHECK (length(number) BETWEEN 1 AND 20),
        issued_on date NOT NULL,
        holder_name text NOT NULL CHECK (length(trim(holder_name)) > 0),
        holder_parent_name text NOT NULL CHECK (length(trim(holder_parent_name)) > 0),
        holder_personal_id text NOT NULL CHECK (holder_personal_id ~ '^[0-9]{13}$'),
        holder_date_of_birth date NOT NULL,
        holder_place_of_birth text NOT NULL CHECK (length(trim(holder_place_of_birth)) > 0),
        status text NOT NULL CHECK (status IN ('valid', 'replaced_by_duplicate', 'returned', 'cancelled')),
        replaces_id uuid UNIQUE REFERENCES work_book(id),
        duplicate_reason text CHECK (duplicate_reason IN ('lost', 'damaged')),
        -- Checked at commit: the old book is marked replaced before its duplicate is inserted,
        -- since the holder may not have two valid books even for a moment.
        replaced_by_id uuid UNIQUE REFERENCES work_book(id) DEFERRABLE INITIALLY DEFERRED,
        returned_on date,
        cancelled_on date,
        cancellation_reason text CHECK (length(trim(cancellation_reason)) > 0),
        search_text text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT work_book_series_number_key UNIQUE (series, number),
        CHECK (replaces_id <> id AND replaced_by_id <> id),
        CHECK ((replaces_id IS NULL) = (duplicate_reason IS NULL)),
        CHECK ((status = 'replaced_by_duplicate') = (replaced_by_id IS NOT NULL)),
        CHECK ((status = 'returned') = (returned_on IS NOT NULL)),
        CHECK ((status = 'cancelled') = (cancelled_on IS NOT NULL)),
        CHECK ((cancelled_on IS NULL) = (cancellation_reason IS NULL)),
        CHECK (issued_on >= holder_date_of_birth),
        CHECK (returned_on >= issued_on),
        CHECK (cancelled_on >= issued_on)
      )`);
    await q.query(`CREATE UNIQUE INDEX work_book_one_valid_per_holder ON work_book (holder_personal_id) WHERE status = 'valid'`);
    await q.query(`CREATE INDEX work_book_search_idx ON work_book USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX work_book_issued_idx ON work_book (issued_on DESC, id DESC)`);

    // Hand-overs (to the holder or an employer) and the final return to the holder; append-only.
    await q.query(`
      CREATE TABLE work_book_movement (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        work_book_id uuid NOT NULL REFERENCES work_book(id),
        kind text NOT NULL CHECK (kind IN ('handover', 'return')),
        moved_on date NOT NULL,
        recipient_kind text NOT NULL CHECK (recipient_kind IN ('holder', 'employer')),
        recipient_name text NOT NULL CHECK (length(trim(recipient_name)) > 0),
        note text,
        case_id uuid NOT NULL REFERENCES case_file(id),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL,
        CHECK (kind = 'handover' OR recipient_kind = 'holder')
      )`);
    await q.query(`CREATE INDEX work_book_movement_book_idx ON work_book_movement (work_book_id, moved_on, id)`);
    await q.query(`
      CREATE TRIGGER work_book_movement_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON work_book_movement
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE work_book_movement`);
    await q.query(`DROP TABLE work_book`);
  }
}
