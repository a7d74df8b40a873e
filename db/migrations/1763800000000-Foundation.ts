import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ground every module stands on: organisation (units, positions, users), roles, sign-in
 * (refresh tokens, login attempts), the classification plan and the append-only audit trail.
 */
export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE org_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9.\\-]{0,19}$'),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        parent_id uuid REFERENCES org_unit(id),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT org_unit_code_unique UNIQUE (code),
        CONSTRAINT org_unit_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await q.query(`CREATE INDEX org_unit_parent_idx ON org_unit (parent_id)`);

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
        full_name text NOT NULL CHECK (length(trim(full_name)) > 0),
        email text,
        password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
        locale text NOT NULL DEFAULT 'sr-Latn',
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT app_user_username_unique UNIQUE (username)
      )`);

    await q.query(`
      CREATE TABLE role (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9-]{1,63}$'),
        name text NOT NULL,
        description text,
        permissions jsonb NOT NULL CHECK (jsonb_typeof(permissions) = 'array'),
        -- Built-in roles are defined in code and re-synchronised at start; the API refuses to edit them.
        system boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);

    await q.query(`
      CREATE TABLE position (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        org_unit_id uuid NOT NULL REFERENCES org_unit(id),
        user_id uuid REFERENCES app_user(id),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX position_user_idx ON position (user_id) WHERE user_id IS NOT NULL`);
    await q.query(`CREATE INDEX position_unit_idx ON position (org_unit_id)`);
    await q.query(`
      CREATE TABLE position_role (
        position_id uuid NOT NULL REFERENCES position(id) ON DELETE CASCADE,
        role_id uuid NOT NULL REFERENCES role(id),
        PRIMARY KEY (position_id, role_id)
      )`);

    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);

    await q.query(`
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        username text NOT NULL,
        ip text NOT NULL,
        succeeded boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_attempt_username_at_idx ON login_attempt (username, at DESC)`);

    await q.query(`
      CREATE TABLE classification_mark (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (code ~ '^[0-9]{1,3}(-[0-9]{1,3})*$'),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        retention_years integer CHECK (retention_years BETWEEN 1 AND 200),
        permanent boolean NOT NULL DEFAULT false,
        valid_from_year integer NOT NULL CHECK (valid_from_year BETWEEN 1900 AND 2999),
        valid_to_year integer CHECK (valid_to_year IS NULL OR valid_to_year >= valid_from_year),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT classification_mark_retention CHECK (permanent = (retention_years IS NULL)),
        CONSTRAINT classification_mark_code_year_unique UNIQUE (code, valid_from_year)
      )`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_username text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        request_id text
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, id)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id)`);
    // Append-only: the database itself refuses to change or remove history.
    await q.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);

    await q.query(`CREATE TABLE seed_marker (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['seed_marker', 'audit_log', 'classification_mark', 'login_attempt', 'refresh_token', 'position_role', 'position', 'role', 'app_user', 'org_unit']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_log_is_append_only()`);
  }
}
