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
 * Thought reports filed per member and calendar year (member_year_reports), kept by the database
 * like the other yearly summaries (fact-summaries migration): MEMBER_REPORTS then reads one row per
 * member and year instead of counting every filed report of the college on each recount.
 * From-scratch definition: member_year_reports_source. Changes are logged like the other member
 * facts' (change-log migration): the table, and the member's branch.
 */
export class MemberReportSummary1764800000000 implements MigrationInterface {
  name = "MemberReportSummary1764800000000";

  async up(q: QueryRunner): Promise<void> {
    for (const sql of summaryTable(REPORTS, { thought_reports: "int" })) await q.query(sql);
    await q.query(`
      CREATE VIEW member_year_reports_source AS
      SELECT c.member_id, c.year, m.college_id, sum(c.thought_reports)::int AS thought_reports
        FROM (${thoughtReports("filed_document")}) c
        JOIN member m ON m.id = c.member_id
       GROUP BY c.member_id, c.year, m.college_id`);
    await q.query(refresh(REPORTS));

    await q.query(
      triggerFunction("fact_summaries_from_filed_document", {
        INSERT: applyDeltas(REPORTS, signedRows(REPORTS, thoughtReports, null, "new_rows")),
        UPDATE: applyDeltas(
          REPORTS,
          signedRows(REPORTS, thoughtReports, "old_changed", "new_changed"),
          changedRows(["member_id", "kind", "filed_on", "archived_at"]),
        ),
        DELETE: applyDeltas(REPORTS, signedRows(REPORTS, thoughtReports, "old_rows", null)),
      }),
    );
    await q.query(refreshFunction("fact_summaries_refresh_reports", [REPORTS]));
    for (const sql of transitionTriggers("filed_document", "filed_document_facts", "fact_summaries_from_filed_document"))
      await q.query(sql);
    // Logged like the other member facts (change-log migration): the table, and the member's branch.
    for (const sql of transitionTriggers("member_year_reports", "log_units", "log_member_fact_units")) await q.query(sql);
    await q.query(
      `CREATE TRIGGER filed_document_facts_truncate AFTER TRUNCATE ON filed_document FOR EACH STATEMENT EXECUTE FUNCTION fact_summaries_refresh_reports()`,
    );
    await q.query(
      `CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON member_year_reports FOR EACH STATEMENT EXECUTE FUNCTION log_change()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ["insert", "update", "delete", "truncate"])
      await q.query(`DROP TRIGGER IF EXISTS filed_document_facts_${event} ON filed_document`);
    await q.query(`DROP FUNCTION fact_summaries_from_filed_document()`);
    await q.query(`DROP FUNCTION fact_summaries_refresh_reports()`);
    await q.query(`DROP VIEW member_year_reports_source`);
    await q.query(`DROP TABLE member_year_reports`); // its own triggers go with it
  }
}

const REPORTS: Summary = { table: "member_year_reports", keys: ["member_id", "year"], values: ["thought_reports"], owner: "member" };

/** A live thought report counts for its member in the year it was filed. */
function thoughtReports(documents: string): string {
  return `SELECT d.member_id, extract(year FROM d.filed_on)::smallint AS year, 1 AS thought_reports
            FROM ${documents} d WHERE d.kind = 'THOUGHT_REPORT' AND d.archived_at IS NULL AND d.member_id IS NOT NULL`;
}
