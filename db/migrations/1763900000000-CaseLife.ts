import type { MigrationInterface, QueryRunner } from 'typeorm';

const CASE_STATES = `'registered','assigned','in_progress','on_hold','resolved','closed','archived','lent','destroyed','handed_over','cancelled'`;

/**
 * The life of a case: numbering books and their gapless counters, cases (predmeti) and their acts
 * (akti, with sub-numbers), the case timeline, hold periods (rokovnik), the internal delivery book
 * (dostavna knjiga), the outgoing mail book (knjiga za otpremu pošte), the archive book with
 * loans (revers), and disposal / handover lists (izlučivanje, predaja). Nothing here is ever deleted:
 * no foreign key cascades, and the timeline is append-only like the audit trail.
 */
export class CaseLife1763900000000 implements MigrationInterface {
  name = 'CaseLife1763900000000';

  async up(q: QueryRunner): Promise<void> {
    // Trigram indexes make "contains" search over the folded text fast (pg_trgm is a trusted extension).
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE numbering_book (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,31}$'),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        template text NOT NULL CHECK (length(template) BETWEEN 1 AND 100),
        counter_scope text NOT NULL CHECK (counter_scope IN ('year', 'year-unit', 'year-class')),
        is_default boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX numbering_book_one_default ON numbering_book (is_default) WHERE is_default`);
    await q.query(`
      INSERT INTO numbering_book (code, name, template, counter_scope, is_default)
      VALUES ('main', 'Osnovna evidencija predmeta', '{class}-{serial}/{year}-{unit}', 'year', true)`);

    // One row per counter (book + key such as "2026" or "2026|04"). Registration increments it in
    // its own transaction: the row lock serialises concurrent registrations and a rollback gives
    // the serial back, so serials are gapless and unique across any number of API processes.
    await q.query(`
      CREATE TABLE case_counter (
        book_id uuid NOT NULL REFERENCES numbering_book(id),
        counter_key text NOT NULL,
        last_serial integer NOT NULL CHECK (last_serial >= 1),
        PRIMARY KEY (book_id, counter_key)
      )`);

    await q.query(`
      CREATE TABLE case_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        book_id uuid NOT NULL REFERENCES numbering_book(id),
        number text NOT NULL,
        counter_key text NOT NULL,
        serial integer NOT NULL CHECK (serial >= 1),
        year integer NOT NULL CHECK (year BETWEEN 1900 AND 2999),
        classification_mark_id uuid NOT NULL REFERENCES classification_mark(id),
        class_code text NOT NULL,
        org_unit_id uuid NOT NULL REFERENCES org_unit(id),
        assignee_id uuid REFERENCES app_user(id),
        subject text NOT NULL CHECK (length(trim(subject)) > 0),
        party_name text NOT NULL CHECK (length(trim(party_name)) > 0),
        party_address text,
        party_personal_id text,
        received_at timestamptz NOT NULL,
        received_via text NOT NULL CHECK (received_via IN ('counter', 'post', 'email', 'portal', 'courier', 'internal')),
        attachments_count integer NOT NULL DEFAULT 0 CHECK (attachments_count >= 0),
        fee_amount numeric(12, 2) CHECK (fee_amount >= 0),
        administrative_procedure boolean NOT NULL DEFAULT false,
        examination_procedure boolean NOT NULL DEFAULT false,
        deadline_days integer CHECK (deadline_days > 0),
        due_date date,
        status text NOT NULL CHECK (status IN (${CASE_STATES})),
        resolution text,
        resolution_kind text CHECK (resolution_kind IN ('granted', 'partially_granted', 'rejected', 'dismissed', 'suspended', 'withdrawn', 'other')),
        resolved_at timestamptz,
        closed_at timestamptz,
        retention_years integer CHECK (retention_years BETWEEN 1 AND 200),
        retention_permanent boolean,
        cancel_reason text,
        cancelled_at timestamptz,
        last_act_number integer NOT NULL DEFAULT 0 CHECK (last_act_number >= 0),
        -- number, subject and party folded to one script without diacritics (searchFold in code).
        search_text text NOT NULL,
        registered_at timestamptz NOT NULL,
        registered_by uuid NOT NULL REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT case_file_number_unique UNIQUE (book_id, number),
        CONSTRAINT case_file_serial_unique UNIQUE (book_id, counter_key, serial),
        CONSTRAINT case_file_cancel_reason CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL)),
        CONSTRAINT case_file_closed_has_resolution CHECK (closed_at IS NULL OR resolution IS NOT NULL),
        CONSTRAINT case_file_closed_has_retention CHECK (closed_at IS NULL OR retention_permanent IS NOT NULL),
        CONSTRAINT case_file_assigned_has_assignee CHECK (status NOT IN ('assigned', 'in_progress', 'on_hold') OR assignee_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX case_file_status_idx ON case_file (status)`);
    await q.query(`CREATE INDEX case_file_unit_idx ON case_file (org_unit_id, status)`);
    await q.query(`CREATE INDEX case_file_assignee_idx ON case_file (assignee_id, status) WHERE assignee_id IS NOT NULL`);
    await q.query(`CREATE INDEX case_file_year_class_idx ON case_file (year, class_code)`);
    await q.query(`CREATE INDEX case_file_received_idx ON case_file (received_at)`);
    await q.query(`CREATE INDEX case_file_due_idx ON case_file (due_date) WHERE due_date IS NOT NULL`);
    await q.query(`CREATE INDEX case_file_registered_idx ON case_file (registered_at DESC, id)`);
    await q.query(`CREATE INDEX case_file_search_idx ON case_file USING gin (search_text gin_trgm_ops)`);

    // Acts (akti): the submission that opened the case is act 1; every later incoming, outgoing
    // or internal document gets the next sub-number.
    await q.query(`
      CREATE TABLE case_act (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_file(id),
        sub_number integer NOT NULL CHECK (sub_number >= 1),
        number text NOT NULL,
        direction text NOT NULL CHECK (direction IN ('incoming', 'outgoing', 'internal')),
        subject text NOT NULL CHECK (length(trim(subject)) > 0),
        correspondent text,
        received_via text CHECK (received_via IN ('counter', 'post', 'email', 'portal', 'courier', 'internal')),
        act_date timestamptz NOT NULL,
        attachments_count integer NOT NULL DEFAULT 0 CHECK (attachments_count >= 0),
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL,
        CONSTRAINT case_act_sub_number_unique UNIQUE (case_id, sub_number)
      )`);

    // The outgoing mail book: one entry per dispatch of an outgoing act.
    await q.query(`
      CREATE TABLE outgoing_mail (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        act_id uuid NOT NULL UNIQUE REFERENCES case_act(id),
        case_id uuid NOT NULL REFERENCES case_file(id),
        recipient_name text NOT NULL CHECK (length(trim(recipient_name)) > 0),
        recipient_address text,
        method text NOT NULL CHECK (method IN ('post', 'registered_post', 'registered_post_return_receipt', 'courier', 'email', 'e_delivery', 'in_person')),
        status text NOT NULL CHECK (status IN ('pending', 'sent', 'delivered', 'returned')),
        sent_on date,
        sent_by uuid REFERENCES app_user(id),
        delivered_on date,
        receipt_note text,
        created_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT outgoing_mail_sent CHECK (status = 'pending' OR sent_on IS NOT NULL),
        CONSTRAINT outgoing_mail_delivered CHECK (status <> 'delivered' OR delivered_on IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX outgoing_mail_status_idx ON outgoing_mail (status, created_at)`);
    await q.query(`CREATE INDEX outgoing_mail_case_idx ON outgoing_mail (case_id)`);

    // The deadline tracker (rokovnik): days a case waited for the party do not count.
    await q.query(`
      CREATE TABLE case_hold (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_file(id),
        from_date date NOT NULL,
        to_date date CHECK (to_date IS NULL OR to_date >= from_date),
        reason text,
        expected_until date,
        started_by uuid NOT NULL REFERENCES app_user(id),
        ended_by uuid REFERENCES app_user(id)
      )`);
    await q.query(`CREATE UNIQUE INDEX case_hold_one_open ON case_hold (case_id) WHERE to_date IS NULL`);
    await q.query(`CREATE INDEX case_hold_case_idx ON case_hold (case_id, from_date)`);

    // The internal delivery book: each hand-over of a case and the receiver's confirmation.
    await q.query(`
      CREATE TABLE case_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_file(id),
        from_user_id uuid NOT NULL REFERENCES app_user(id),
        from_org_unit_id uuid NOT NULL REFERENCES org_unit(id),
        to_org_unit_id uuid NOT NULL REFERENCES org_unit(id),
        to_user_id uuid REFERENCES app_user(id),
        handed_at timestamptz NOT NULL,
        note text,
        confirmed_at timestamptz,
        confirmed_by uuid REFERENCES app_user(id),
        superseded_at timestamptz,
        CONSTRAINT case_delivery_confirmed CHECK ((confirmed_at IS NULL) = (confirmed_by IS NULL))
      )`);
    await q.query(`CREATE INDEX case_delivery_case_idx ON case_delivery (case_id, handed_at)`);
    await q.query(`CREATE INDEX case_delivery_pending_idx ON case_delivery (to_user_id, to_org_unit_id) WHERE confirmed_at IS NULL AND superseded_at IS NULL`);

    // The case timeline as users read it (who did what, when); append-only.
    await q.query(`
      CREATE TABLE case_event (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES case_file(id),
        at timestamptz NOT NULL,
        actor_id uuid REFERENCES app_user(id),
        actor_username text,
        action text NOT NULL,
        from_status text,
        to_status text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX case_event_case_idx ON case_event (case_id, id)`);
    await q.query(`
      CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON case_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);

    // The archive book: a case taken into the archive, where it is, and until when it is kept.
    await q.query(`
      CREATE TABLE archive_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL UNIQUE REFERENCES case_file(id),
        year integer NOT NULL,
        class_code text NOT NULL,
        retention_years integer CHECK (retention_years BETWEEN 1 AND 200),
        permanent boolean NOT NULL,
        closed_year integer NOT NULL,
        -- First year in which the material may be disposed of (or, when permanent, handed over).
        eligible_from_year integer NOT NULL,
        location_room text NOT NULL CHECK (length(trim(location_room)) > 0),
        location_shelf text,
        location_box text,
        archived_at timestamptz NOT NULL,
        archived_by uuid NOT NULL REFERENCES app_user(id),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT archive_entry_retention CHECK (permanent = (retention_years IS NULL))
      )`);
    await q.query(`CREATE INDEX archive_entry_year_class_idx ON archive_entry (year, class_code)`);
    await q.query(`CREATE INDEX archive_entry_eligible_idx ON archive_entry (permanent, eligible_from_year)`);

    // Lending out of the archive (revers) and return.
    await q.query(`
      CREATE TABLE archive_loan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        archive_entry_id uuid NOT NULL REFERENCES archive_entry(id),
        borrower_name text NOT NULL CHECK (length(trim(borrower_name)) > 0),
        borrower_user_id uuid REFERENCES app_user(id),
        purpose text,
        lent_at timestamptz NOT NULL,
        due_on date,
        lent_by uuid NOT NULL REFERENCES app_user(id),
        returned_at timestamptz,
        received_by uuid REFERENCES app_user(id)
      )`);
    await q.query(`CREATE UNIQUE INDEX archive_loan_one_open ON archive_loan (archive_entry_id) WHERE returned_at IS NULL`);

    // Disposal lists (izlučivanje) and handover lists (predaja istorijskom arhivu).
    await q.query(`
      CREATE TABLE disposal_list (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('disposal', 'handover')),
        status text NOT NULL CHECK (status IN ('draft', 'approved')),
        note text,
        created_at timestamptz NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user(id),
        approved_at timestamptz,
        approved_by uuid REFERENCES app_user(id),
        decision_number text,
        archive_consent text,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT disposal_list_approved CHECK ((status = 'approved') = (approved_at IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE disposal_list_item (
        list_id uuid NOT NULL REFERENCES disposal_list(id),
        archive_entry_id uuid NOT NULL REFERENCES archive_entry(id),
        PRIMARY KEY (list_id, archive_entry_id)
      )`);
    await q.query(`CREATE INDEX disposal_list_item_entry_idx ON disposal_list_item (archive_entry_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'disposal_list_item', 'disposal_list', 'archive_loan', 'archive_entry', 'case_event', 'case_delivery', 'case_hold',
      'outgoing_mail', 'case_act', 'case_file', 'case_counter', 'numbering_book',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
