import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit log refuses UPDATE, DELETE and TRUNCATE in every session, replication mode included.
 *
 * The statement trigger trg_audit_entry_append_only (migration foundation) fires BEFORE UPDATE OR
 * DELETE OR TRUNCATE, and party_app holds neither UPDATE, DELETE nor TRUNCATE on the table (migration
 * row-level-security). But it was an ordinary trigger, enabled in ORIGIN mode only: a session with
 * `session_replication_role = replica` (what replication and restore tools set, and what any owner
 * session may set) skipped it and could truncate or rewrite history without an error. ENABLE ALWAYS
 * makes it fire in that mode too. (Restores are unaffected: they only INSERT.)
 */
export class AuditAppendOnlyAlways1765300000000 implements MigrationInterface {
  name = "AuditAppendOnlyAlways1765300000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_entry ENABLE ALWAYS TRIGGER trg_audit_entry_append_only`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_entry ENABLE TRIGGER trg_audit_entry_append_only`);
  }
}
