import { MigrationInterface, QueryRunner } from "typeorm";
import {
  applyDeltas,
  changedRows,
  refresh,
  refreshFunction,
  signedRows,
  Summary,
  summaryTable,
  transitionTriggers,
  triggerFunction,
} from "./summary-triggers";

/**
 * Yearly fact summaries for the compliance engine, kept exact by statement-level AFTER triggers
 * with transition tables, so every write path (services, the seed's bulk inserts, psql) updates
 * them in its own transaction:
 *   member_year_credit  per member and year: activity hours (PRESENT attendance at live activities,
 *                       guests included), study hours, integrity hours, party-school sessions;
 *   member_year_dues    per member and year of dues_record.month: months recorded / paid in full, as bits;
 *   branch_year_dues    per branch and year of paid_on: dues collected (fen).
 * Each table's from-scratch definition is its `<table>_source` view; the migration backfills from
 * it and a TRUNCATE of a source rebuilds from it. Triggers add signed deltas (−old row, +new row)
 * with one ordered INSERT … ON CONFLICT per statement. Rows whose sums fall back to zero stay.
 *
 * Concurrency: deltas are additive upserts, exact under concurrent writers. Attendance credit also
 * depends on the activity row, so the attendance trigger takes FOR SHARE on the activities it
 * reads: an activity update and an attendance write then serialise, and under READ COMMITTED (the
 * application's level) whichever runs second sees the other's committed rows.
 */
export class FactSummaries1764600000000 implements MigrationInterface {
  name = "FactSummaries1764600000000";

  async up(q: QueryRunner): Promise<void> {
    const tables = [
      summaryTable(CREDIT, {
        activity_hours: "numeric(9,2)",
        study_hours: "numeric(9,2)",
        integrity_hours: "numeric(9,2)",
        party_school_sessions: "int",
      }),
      summaryTable(MEMBER_DUES, { recorded_mask: "int", paid_mask: "int" }),
      summaryTable(BRANCH_DUES, { collected_fen: "bigint" }),
    ];
    for (const sql of tables.flat()) await q.query(sql);

    await q.query(`
      CREATE VIEW member_year_credit_source AS
      SELECT c.member_id, c.year, m.college_id,
             sum(c.activity_hours)::numeric(9,2) AS activity_hours, sum(c.study_hours)::numeric(9,2) AS study_hours,
             sum(c.integrity_hours)::numeric(9,2) AS integrity_hours, sum(c.party_school_sessions)::int AS party_school_sessions
        FROM (${attendanceCredit("activity_attendance")} UNION ALL ${studyCredit("study_record")}) c
        JOIN member m ON m.id = c.member_id
       GROUP BY c.member_id, c.year, m.college_id`);
    await q.query(`
      CREATE VIEW member_year_dues_source AS
      SELECT c.member_id, c.year, m.college_id, bit_or(c.recorded_mask) AS recorded_mask, bit_or(c.paid_mask) AS paid_mask
        FROM (${duesMonths("dues_record")}) c
        JOIN member m ON m.id = c.member_id
       GROUP BY c.member_id, c.year, m.college_id`);
    await q.query(`
      CREATE VIEW branch_year_dues_source AS
      SELECT c.branch_id, c.year, u.college_id, sum(c.collected_fen)::bigint AS collected_fen
        FROM (${duesCollected("dues_record")}) c
        JOIN org_unit u ON u.id = c.branch_id
       GROUP BY c.branch_id, c.year, u.college_id`);

    for (const s of [CREDIT, MEMBER_DUES, BRANCH_DUES]) await q.query(refresh(s));

    await q.query(
      triggerFunction("fact_summaries_from_activity_attendance", {
        // Lock first: an activity changed concurrently is then read in its committed state.
        INSERT: lockActivities("new_rows") + applyDeltas(CREDIT, signedRows(CREDIT, attendanceCredit, null, "new_rows")),
        UPDATE:
          lockActivities("old_rows", "new_rows") +
          applyDeltas(
            CREDIT,
            signedRows(CREDIT, attendanceCredit, "old_changed", "new_changed"),
            changedRows(["member_id", "activity_id", "status"]),
          ),
        DELETE: lockActivities("old_rows") + applyDeltas(CREDIT, signedRows(CREDIT, attendanceCredit, "old_rows", null)),
      }),
    );
    // An activity's PRESENT attendance moves from its old hours/year to its new ones.
    const presentAt = (activity: string) => attendanceCredit("activity_attendance", activity);
    await q.query(
      triggerFunction("fact_summaries_from_activity", {
        UPDATE: applyDeltas(
          CREDIT,
          signedRows(CREDIT, presentAt, "old_changed", "new_changed"),
          changedRows(["held_on", "education_hours", "integrity_hours", "archived_at"]),
        ),
      }),
    );
    const studyColumns = ["member_id", "kind", "studied_on", "hours", "integrity_hours", "archived_at"];
    await q.query(
      triggerFunction("fact_summaries_from_study_record", {
        INSERT: applyDeltas(CREDIT, signedRows(CREDIT, studyCredit, null, "new_rows")),
        UPDATE: applyDeltas(CREDIT, signedRows(CREDIT, studyCredit, "old_changed", "new_changed"), changedRows(studyColumns)),
        DELETE: applyDeltas(CREDIT, signedRows(CREDIT, studyCredit, "old_rows", null)),
      }),
    );
    const duesColumns = ["member_id", "branch_id", "month", "amount_due_fen", "amount_paid_fen", "paid_on"];
    const bothDues = (old: string | null, neu: string | null, ctes = "") =>
      applyDeltas(MEMBER_DUES, signedRows(MEMBER_DUES, duesMonths, old, neu), ctes) +
      applyDeltas(BRANCH_DUES, signedRows(BRANCH_DUES, duesCollected, old, neu), ctes);
    await q.query(
      triggerFunction("fact_summaries_from_dues_record", {
        INSERT: bothDues(null, "new_rows"),
        UPDATE: bothDues("old_changed", "new_changed", changedRows(duesColumns)),
        DELETE: bothDues("old_rows", null),
      }),
    );
    await q.query(refreshFunction("fact_summaries_refresh_credit", [CREDIT]));
    await q.query(refreshFunction("fact_summaries_refresh_dues", [MEMBER_DUES, BRANCH_DUES]));

    for (const [table, fn, refreshFn] of TRIGGERED) {
      for (const sql of transitionTriggers(table, `${table}_facts`, fn, table === "activity" ? ["UPDATE"] : undefined)) await q.query(sql);
      // TRUNCATE fires no row changes: rebuild the summary from its view instead.
      if (refreshFn)
        await q.query(
          `CREATE TRIGGER ${table}_facts_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${refreshFn}()`,
        );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, fn] of TRIGGERED) {
      for (const event of ["insert", "update", "delete", "truncate"])
        await q.query(`DROP TRIGGER IF EXISTS ${table}_facts_${event} ON ${table}`);
      await q.query(`DROP FUNCTION ${fn}()`);
    }
    await q.query(`DROP FUNCTION fact_summaries_refresh_credit()`);
    await q.query(`DROP FUNCTION fact_summaries_refresh_dues()`);
    for (const s of [BRANCH_DUES, MEMBER_DUES, CREDIT]) {
      await q.query(`DROP VIEW ${s.table}_source`);
      await q.query(`DROP TABLE ${s.table}`);
    }
  }
}

/** Source table, its trigger function, and the refresh its TRUNCATE fires (activity cannot be truncated while attendance exists). */
const TRIGGERED: Array<[string, string, string | null]> = [
  ["activity_attendance", "fact_summaries_from_activity_attendance", "fact_summaries_refresh_credit"],
  ["activity", "fact_summaries_from_activity", null],
  ["study_record", "fact_summaries_from_study_record", "fact_summaries_refresh_credit"],
  ["dues_record", "fact_summaries_from_dues_record", "fact_summaries_refresh_dues"],
];

export const CREDIT: Summary = {
  table: "member_year_credit",
  keys: ["member_id", "year"],
  values: ["activity_hours", "study_hours", "integrity_hours", "party_school_sessions"],
  owner: "member",
};
const MEMBER_DUES: Summary = {
  table: "member_year_dues",
  keys: ["member_id", "year"],
  values: ["recorded_mask", "paid_mask"],
  owner: "member",
};
const BRANCH_DUES: Summary = { table: "branch_year_dues", keys: ["branch_id", "year"], values: ["collected_fen"], owner: "org_unit" };

/*
 * What one source row contributes: a SELECT of the summary's keys and values over `rows`, which is
 * the source table (in the views) or a transition table (in the triggers).
 */

/** PRESENT attendance at a live activity earns its hours in the year it was held (guests too, as the facts count them). */
export function attendanceCredit(attendance: string, activity = "activity"): string {
  return `SELECT at.member_id, extract(year FROM a.held_on)::smallint AS year, a.education_hours AS activity_hours,
                 0::numeric AS study_hours, a.integrity_hours AS integrity_hours, 0 AS party_school_sessions
            FROM ${attendance} at JOIN ${activity} a ON a.id = at.activity_id
           WHERE at.status = 'PRESENT' AND a.archived_at IS NULL`;
}

export function studyCredit(study: string): string {
  return `SELECT s.member_id, extract(year FROM s.studied_on)::smallint AS year, 0::numeric AS activity_hours, s.hours AS study_hours,
                 s.integrity_hours AS integrity_hours, (s.kind = 'PARTY_SCHOOL')::int AS party_school_sessions
            FROM ${study} s WHERE s.archived_at IS NULL`;
}

/**
 * A dues record sets its month's bit. UNIQUE (member_id, month) means a mask is a sum of distinct
 * powers of two, so the triggers can add and subtract bits like any other value and stay exact
 * through member or month changes; the view ORs them.
 */
function duesMonths(dues: string): string {
  const bit = `(1 << (extract(month FROM d.month)::int - 1))`;
  return `SELECT d.member_id, extract(year FROM d.month)::smallint AS year, ${bit} AS recorded_mask,
                 CASE WHEN d.amount_paid_fen >= d.amount_due_fen THEN ${bit} ELSE 0 END AS paid_mask
            FROM ${dues} d`;
}

/** Dues collected count for the branch recorded on the row, in the year they were paid. */
function duesCollected(dues: string): string {
  return `SELECT d.branch_id, extract(year FROM d.paid_on)::smallint AS year, d.amount_paid_fen AS collected_fen
            FROM ${dues} d WHERE d.paid_on IS NOT NULL`;
}

/** FOR SHARE on the activities whose values PRESENT rows of these transition tables credit. */
export function lockActivities(...tables: string[]): string {
  const ids = tables.map((t) => `SELECT activity_id FROM ${t} WHERE status = 'PRESENT'`).join(" UNION ");
  return `PERFORM 1 FROM activity WHERE id IN (${ids}) ORDER BY id FOR SHARE;`;
}
