import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Sign-in throttling by (username, client address) and by client address instead of by account, and
 * session families for refresh-token reuse detection.
 *
 * - login_throttle: failed password checks counted per key; a key reaching its limit is locked for a
 *   while. Keyed by the typed username (not the account) so unknown names are throttled exactly like
 *   real ones. In PostgreSQL, not in memory, so a restart or a second API process does not hand an
 *   attacker fresh attempts.
 * - app_user.failed_logins goes (counted in login_throttle now); locked_until stays as the latest
 *   lock of the account from any address, for administrators to see.
 * - user_session.family_id: every session refreshed from one login shares it; replaying a rotated
 *   refresh token revokes the whole family.
 */
export class LoginThrottle1765150000000 implements MigrationInterface {
  name = "LoginThrottle1765150000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        kind text NOT NULL CHECK (kind IN ('ACCOUNT_ADDRESS', 'ADDRESS')),
        subject text NOT NULL,
        failures int NOT NULL CHECK (failures >= 0),
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz,
        PRIMARY KEY (kind, subject)
      )`);
    await q.query(`CREATE INDEX idx_login_throttle_window ON login_throttle (window_started_at)`);
    await q.query(`ALTER TABLE app_user DROP COLUMN failed_logins`);

    await q.query(`ALTER TABLE user_session ADD COLUMN family_id uuid`);
    await q.query(`UPDATE user_session SET family_id = id`);
    await q.query(`ALTER TABLE user_session ALTER COLUMN family_id SET NOT NULL`);
    await q.query(`CREATE INDEX idx_user_session_family ON user_session (family_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idx_user_session_family`);
    await q.query(`ALTER TABLE user_session DROP COLUMN family_id`);
    await q.query(`ALTER TABLE app_user ADD COLUMN failed_logins int NOT NULL DEFAULT 0`);
    await q.query(`DROP TABLE login_throttle`);
  }
}
