import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Accounts, sessions and integration tokens. Secrets are stored only as hashes: argon2id for
 * passwords, SHA-256 for the random session and API tokens (they carry 256 bits of entropy).
 */
export class Auth1764150000000 implements MigrationInterface {
  name = "Auth1764150000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE user_role AS ENUM ('ADMIN','GENERAL_BRANCH_SECRETARY','GENERAL_BRANCH_COMMITTEE','BRANCH_SECRETARY','BRANCH_COMMITTEE','LEADERSHIP','MEMBER')`,
    );
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        username text NOT NULL CHECK (username ~ '^[a-z0-9._-]{3,40}$'),
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role user_role NOT NULL,
        scope_unit_id uuid REFERENCES org_unit(id) ON DELETE RESTRICT,
        member_id uuid REFERENCES member(id) ON DELETE RESTRICT,
        college_id uuid,
        failed_logins int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        disabled_at timestamptz,
        last_login_at timestamptz,
        CHECK (role = 'MEMBER' OR scope_unit_id IS NOT NULL),
        CHECK (role <> 'MEMBER' OR member_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_app_user_username ON app_user (username)`);
    await q.query(`CREATE INDEX idx_app_user_scope_unit ON app_user (scope_unit_id)`);
    await q.query(`CREATE INDEX idx_app_user_member ON app_user (member_id)`);
    await q.query(`CREATE INDEX idx_app_user_college ON app_user (college_id)`);

    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE RESTRICT,
        access_hash text NOT NULL,
        access_expires_at timestamptz NOT NULL,
        refresh_hash text NOT NULL,
        refresh_expires_at timestamptz NOT NULL,
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_user_session_access ON user_session (access_hash)`);
    await q.query(`CREATE UNIQUE INDEX uq_user_session_refresh ON user_session (refresh_hash)`);
    await q.query(`CREATE INDEX idx_user_session_user ON user_session (user_id)`);

    await q.query(`
      CREATE TABLE api_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        token_hash text NOT NULL,
        token_prefix text NOT NULL,
        permissions text[] NOT NULL,
        scope_unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        college_id uuid NOT NULL,
        created_by uuid REFERENCES app_user(id) ON DELETE RESTRICT,
        expires_at timestamptz,
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_api_token_hash ON api_token (token_hash)`);
    await q.query(`CREATE INDEX idx_api_token_scope_unit ON api_token (scope_unit_id)`);
    await q.query(`CREATE INDEX idx_api_token_college ON api_token (college_id)`);
    await q.query(`CREATE INDEX idx_api_token_created_by ON api_token (created_by)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_token`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TYPE user_role`);
  }
}
