import type { MigrationInterface, QueryRunner } from 'typeorm';

const REGISTERS = `'real-estate', 'work-books', 'businesses', 'housing-buyouts', 'displaced-persons', 'attorney-cases'`;

/**
 * The registers' shared tables. Every change of an entry of any register is a `register_change`
 * row (who, when, in which case, what, before/after), append-only like the audit log; the cases
 * an entry was created or changed in are listed in `register_entry_case`. Each register keeps its
 * entries in tables of its own.
 */
export class RegistersCore1764200000000 implements MigrationInterface {
  name = 'RegistersCore1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE register_change (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        register text NOT NULL CHECK (register IN (${REGISTERS})),
        entry_id uuid NOT NULL,
        case_id uuid NOT NULL REFERENCES case_file(id),
        action text NOT NULL CHECK (action ~ '^[a-z][a-z-]*$'),
        actor_id uuid NOT NULL REFERENCES app_user(id),
        at timestamptz NOT NULL,
        before jsonb,
        after jsonb,
        request_id text
      )`);
    await q.query(`CREATE INDEX register_change_entry_idx ON register_change (register, entry_id, id)`);
    await q.query(`
      CREATE TRIGGER register_change_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON register_change
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
    await q.query(`
      CREATE TABLE register_entry_case (
        register text NOT NULL CHECK (register IN (${REGISTERS})),
        entry_id uuid NOT NULL,
        case_id uuid NOT NULL REFERENCES case_file(id),
        linked_at timestamptz NOT NULL,
        PRIMARY KEY (register, entry_id, case_id)
      )`);
    await q.query(`CREATE INDEX register_entry_case_case_idx ON register_entry_case (case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE register_entry_case`);
    await q.query(`DROP TABLE register_change`);
  }
}
