import { MigrationInterface, QueryRunner } from "typeorm";

/** Tables whose writes can change a compliance fact: every record table (auth, audit and bookkeeping tables excepted). */
const LOGGED_TABLES = [
  "activity",
  "activity_attendance",
  "activity_room",
  "activity_room_user",
  "award",
  "class_group",
  "class_member",
  "committee_position",
  "compliance_setting",
  "dues_record",
  "filed_document",
  "fund_allocation",
  "fund_spending",
  "funding_setting",
  "integrity_risk",
  "liaison_assignment",
  "liaison_follow_up",
  "liaison_student",
  "liaison_visit",
  "major_decision",
  "mass_contact",
  "member",
  "member_transfer",
  "member_year_credit",
  "member_year_dues",
  "branch_year_dues",
  "org_unit",
  "party_affairs_notice",
  "party_work_allowance",
  "person",
  "recognition",
  "record_book_hand_in",
  "register_entry",
  "rule_parameter",
  "semester",
  "service_evaluation",
  "service_pledge",
  "service_post",
  "service_post_holder",
  "service_post_type",
  "student_class",
  "study_record",
  "vacation_month_setting",
  "visit_person",
];

/**
 * Tables whose changes are also logged against the unit they concern, so cached facts of other
 * units survive them: per-member facts against the member's branch, meetings against their host.
 */
const UNIT_SCOPED: Array<[table: string, fn: string]> = [
  ["member_year_credit", "log_member_fact_units"],
  ["member_year_dues", "log_member_fact_units"],
  ["mass_contact", "log_member_fact_units"],
  ["filed_document", "log_member_fact_units"],
  ["member", "log_member_units"],
  ["activity", "log_activity_units"],
];

/**
 * The change log: which tables (and, for some, which units) each transaction wrote. The
 * compliance engine keeps computed facts between requests and asks this log what changed since;
 * rows carry the writing transaction's id, so "changed since" is decided against a snapshot
 * (pg_visible_in_snapshot) — a transaction that started earlier but commits later is never
 * missed, which a plain "newest id" check would. One row per table (and unit) per transaction:
 * statement-level triggers, deduplicated within the transaction, so bulk writes add a handful.
 */
export class ChangeLog1764700000000 implements MigrationInterface {
  name = "ChangeLog1764700000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE change_log (
        id bigserial PRIMARY KEY,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        source text NOT NULL,
        unit_id uuid,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX idx_change_log_xid ON change_log (xid)`);
    await q.query(`
      CREATE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO change_log (source)
        SELECT TG_TABLE_NAME
         WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.xid = pg_current_xact_id() AND c.source = TG_TABLE_NAME AND c.unit_id IS NULL);
        RETURN NULL;
      END $$`);
    // The branch of each member whose rows changed (before and after: a row may move to another member).
    await q.query(unitLogger("log_member_fact_units", "SELECT m.branch_id FROM %ROWS% r JOIN member m ON m.id = r.member_id"));
    // A member row itself: its branch before and after (a transfer concerns two branches).
    await q.query(unitLogger("log_member_units", "SELECT r.branch_id FROM %ROWS% r"));
    // A meeting: its host unit before and after.
    await q.query(unitLogger("log_activity_units", "SELECT r.host_unit_id FROM %ROWS% r"));
    for (const table of LOGGED_TABLES) {
      await q.query(
        `CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION log_change()`,
      );
    }
    // Transition tables allow one event per trigger.
    for (const [table, fn] of UNIT_SCOPED) {
      await q.query(
        `CREATE TRIGGER log_units_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
      await q.query(
        `CREATE TRIGGER log_units_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
      await q.query(
        `CREATE TRIGGER log_units_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of UNIT_SCOPED) {
      for (const event of ["insert", "update", "delete"]) await q.query(`DROP TRIGGER IF EXISTS log_units_${event} ON ${table}`);
    }
    for (const table of LOGGED_TABLES) await q.query(`DROP TRIGGER IF EXISTS log_change ON ${table}`);
    for (const fn of new Set(UNIT_SCOPED.map(([, f]) => f))) await q.query(`DROP FUNCTION IF EXISTS ${fn}()`);
    await q.query(`DROP FUNCTION IF EXISTS log_change()`);
    await q.query(`DROP TABLE IF EXISTS change_log`);
  }
}

/** A trigger function logging the units `unitsOf` finds in the changed rows (%ROWS%: new_rows / old_rows). */
function unitLogger(name: string, unitsOf: string): string {
  const log = (rows: string) => `
          INSERT INTO change_log (source, unit_id)
          SELECT DISTINCT TG_TABLE_NAME, u.unit_id FROM (${unitsOf.replace("%ROWS%", rows)}) AS u(unit_id)
           WHERE u.unit_id IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM change_log c WHERE c.xid = pg_current_xact_id() AND c.source = TG_TABLE_NAME AND c.unit_id = u.unit_id);`;
  return `
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN ${log("new_rows")}
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN ${log("old_rows")}
        END IF;
        RETURN NULL;
      END $$`;
}
