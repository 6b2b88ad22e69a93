import { MigrationInterface, QueryRunner } from "typeorm";
import { attendanceCredit, CREDIT, lockActivities, studyCredit } from "./1764600000000-fact-summaries";
import { applyDeltas, changedRows, signedRows, triggerFunction } from "./summary-triggers";

/**
 * Guests from outside the recorder's scope (issue 11): a secretary must not change the records or
 * compliance of members outside their scope, so an attendance row of such a member is recorded
 * awaiting confirmation (`confirmed_at` NULL) and credits nothing — no hours in member_year_credit,
 * so nothing in the compliance facts built on it — until a secretary whose scope holds the member's
 * own unit confirms it (`confirmGuestAttendance`: `confirmed_at`, `confirmed_by`).
 *
 * Every row written before this migration was recorded inside its recorder's scope (the API
 * refused nothing else, and the seed writes its own branches), so they count as confirmed when they
 * were recorded; rows inserted without naming the columns (the seed, psql) count too (DEFAULT now()).
 *
 * The credit's from-scratch view and the two trigger functions that read attendance are redefined
 * with the extra condition; a change of `confirmed_at` moves the credit like a change of status.
 */
export class GuestAttendanceConfirmation1765100000000 implements MigrationInterface {
  name = "GuestAttendanceConfirmation1765100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE activity_attendance ADD COLUMN confirmed_at timestamptz, ADD COLUMN confirmed_by uuid REFERENCES app_user(id) ON DELETE RESTRICT`,
    );
    // Written while the old triggers run: they ignore the new columns, so no credit moves.
    await q.query(`UPDATE activity_attendance SET confirmed_at = created_at`);
    await q.query(`ALTER TABLE activity_attendance ALTER COLUMN confirmed_at SET DEFAULT now()`);
    // The rows a guest's own secretary is asked to confirm.
    await q.query(`CREATE INDEX idx_activity_attendance_unconfirmed ON activity_attendance (member_id) WHERE confirmed_at IS NULL`);
    for (const sql of creditSql(confirmedCredit, ["member_id", "activity_id", "status", "confirmed_at"])) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of creditSql(attendanceCredit, ["member_id", "activity_id", "status"])) await q.query(sql);
    await q.query(`DROP INDEX idx_activity_attendance_unconfirmed`);
    // Unconfirmed rows would count again under the old definitions: the summary is rebuilt from the old view.
    await q.query(`ALTER TABLE activity_attendance DROP COLUMN confirmed_by, DROP COLUMN confirmed_at`);
    await q.query(`DELETE FROM member_year_credit`);
    await q.query(`INSERT INTO member_year_credit (member_id, year, college_id, activity_hours, study_hours, integrity_hours, party_school_sessions)
                   SELECT member_id, year, college_id, activity_hours, study_hours, integrity_hours, party_school_sessions
                     FROM member_year_credit_source ORDER BY member_id, year`);
  }
}

/** PRESENT, confirmed attendance at a live activity earns its hours in the year it was held. */
export function confirmedCredit(attendance: string, activity = "activity"): string {
  return `${attendanceCredit(attendance, activity)} AND at.confirmed_at IS NOT NULL`;
}

/**
 * The credit view and the attendance and activity trigger functions of the fact-summaries
 * migration, with `credit` as what an attendance row contributes and `columns` as the attendance
 * columns whose change moves it.
 */
function creditSql(credit: (attendance: string, activity?: string) => string, columns: string[]): string[] {
  const orReplace = (sql: string) => sql.replace(/^CREATE FUNCTION/, "CREATE OR REPLACE FUNCTION");
  const presentAt = (activity: string) => credit("activity_attendance", activity);
  return [
    `CREATE OR REPLACE VIEW member_year_credit_source AS
      SELECT c.member_id, c.year, m.college_id,
             sum(c.activity_hours)::numeric(9,2) AS activity_hours, sum(c.study_hours)::numeric(9,2) AS study_hours,
             sum(c.integrity_hours)::numeric(9,2) AS integrity_hours, sum(c.party_school_sessions)::int AS party_school_sessions
        FROM (${credit("activity_attendance")} UNION ALL ${studyCredit("study_record")}) c
        JOIN member m ON m.id = c.member_id
       GROUP BY c.member_id, c.year, m.college_id`,
    orReplace(
      triggerFunction("fact_summaries_from_activity_attendance", {
        INSERT:
          lockActivities("new_rows") +
          applyDeltas(
            CREDIT,
            signedRows(CREDIT, (rows) => credit(rows), null, "new_rows"),
          ),
        UPDATE:
          lockActivities("old_rows", "new_rows") +
          applyDeltas(
            CREDIT,
            signedRows(CREDIT, (rows) => credit(rows), "old_changed", "new_changed"),
            changedRows(columns),
          ),
        DELETE:
          lockActivities("old_rows") +
          applyDeltas(
            CREDIT,
            signedRows(CREDIT, (rows) => credit(rows), "old_rows", null),
          ),
      }),
    ),
    orReplace(
      triggerFunction("fact_summaries_from_activity", {
        UPDATE: applyDeltas(
          CREDIT,
          signedRows(CREDIT, presentAt, "old_changed", "new_changed"),
          changedRows(["held_on", "education_hours", "integrity_hours", "archived_at"]),
        ),
      }),
    ),
  ];
}
