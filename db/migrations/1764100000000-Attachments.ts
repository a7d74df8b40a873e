import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments (prilozi): files of a case, or of one act of it, kept in object storage. Each upload
 * of a new version adds a row to `attachment_version`; nothing is ever deleted, and a version whose
 * object has gone missing is marked (`missing_at`), not removed. Object keys are made by the server
 * (`cases/<case id>/<uuid>`), never from a file name.
 */
export class Attachments1764100000000 implements MigrationInterface {
  name = 'Attachments1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // Lets an attachment name its act and case together, so the act is always one of that case.
    await q.query(`ALTER TABLE case_act ADD CONSTRAINT case_act_id_case_unique UNIQUE (id, case_id)`);
    await q.query(`
      CREATE TABLE attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_file(id),
        act_id uuid,
        current_version integer NOT NULL CHECK (current_version >= 1),
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT attachment_act_of_case FOREIGN KEY (act_id, case_id) REFERENCES case_act (id, case_id)
      )`);
    await q.query(`CREATE INDEX attachment_case_idx ON attachment (case_id, created_at)`);
    await q.query(`CREATE INDEX attachment_act_idx ON attachment (act_id) WHERE act_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE attachment_version (
        attachment_id uuid NOT NULL REFERENCES attachment(id),
        version integer NOT NULL CHECK (version >= 1),
        object_key text NOT NULL UNIQUE CHECK (object_key ~ '^cases/[0-9a-f-]{36}/[0-9a-f-]{36}$'),
        filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
        content_type text NOT NULL CHECK (content_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
        size bigint NOT NULL CHECK (size > 0),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_by uuid NOT NULL REFERENCES app_user(id),
        uploaded_at timestamptz NOT NULL,
        missing_at timestamptz,
        PRIMARY KEY (attachment_id, version)
      )`);
    // The current version is one of the attachment's versions. Deferred: an attachment and its first
    // version are written in one transaction, each naming the other.
    await q.query(`
      ALTER TABLE attachment ADD CONSTRAINT attachment_current_version_exists
        FOREIGN KEY (id, current_version) REFERENCES attachment_version (attachment_id, version) DEFERRABLE INITIALLY DEFERRED`);
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ attachments }] = await q.query(`SELECT count(*)::int AS attachments FROM attachment`);
    if (attachments > 0) throw new Error(`${attachments} attachment(s) exist; the attachment schema cannot be removed without losing them`);
    await q.query(`ALTER TABLE attachment DROP CONSTRAINT attachment_current_version_exists`);
    await q.query(`DROP TABLE attachment_version`);
    await q.query(`DROP TABLE attachment`);
    await q.query(`ALTER TABLE case_act DROP CONSTRAINT case_act_id_case_unique`);
  }
}
