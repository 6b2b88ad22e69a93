import { MigrationInterface, QueryRunner } from "typeorm";

/** The member's columns copied onto each of their yearly summary rows, and their types. */
const ATTRIBUTES: Array<[string, string]> = [
  ["branch_id", "uuid"],
  ["category", "member_category"],
  ["standing", "member_standing"],
  ["mobile_status", "mobile_status"],
  ["status", "member_status"],
];

/** The yearly summaries whose member facts are counted by these attributes (member-counts.ts). */
const SUMMARIES = ["member_year_credit", "member_year_reports"];

const columns = ATTRIBUTES.map(([c]) => c).join(", ");

/**
 * Each yearly summary row of education credit and thought reports carries its member's branch,
 * category, standing, mobile status and status, so the compliance engine counts members by those
 * and by the year's values from the summary alone: one scan, where joining 150,000 members to
 * 300,000 rows was most of a college report's first recount (members without a row are the
 * branch's members minus those counted). Kept exact by triggers: a new summary row takes its
 * member's values (BEFORE INSERT); a member update copies changed values to the member's rows.
 */
export class MemberAttributesOnSummaries1764900000000 implements MigrationInterface {
  name = "MemberAttributesOnSummaries1764900000000";

  async up(q: QueryRunner): Promise<void> {
    for (const table of SUMMARIES) {
      await q.query(`ALTER TABLE ${table} ${ATTRIBUTES.map(([c, type]) => `ADD COLUMN ${c} ${type}`).join(", ")}`);
      await q.query(`UPDATE ${table} s SET (${columns}) = (SELECT ${columns} FROM member m WHERE m.id = s.member_id)`);
      await q.query(`ALTER TABLE ${table} ${ATTRIBUTES.map(([c]) => `ALTER COLUMN ${c} SET NOT NULL`).join(", ")}`);
      await q.query(`CREATE INDEX idx_${table}_branch ON ${table} (branch_id, year)`);
    }
    await q.query(`
      CREATE FUNCTION member_summary_attributes() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        SELECT ${columns} INTO ${ATTRIBUTES.map(([c]) => `NEW.${c}`).join(", ")} FROM member WHERE id = NEW.member_id;
        RETURN NEW;
      END $fn$`);
    for (const table of SUMMARIES) {
      await q.query(`CREATE TRIGGER member_attributes BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION member_summary_attributes()`);
    }
    const changed = `(${ATTRIBUTES.map(([c]) => `o.${c}`).join(", ")}) IS DISTINCT FROM (${ATTRIBUTES.map(([c]) => `n.${c}`).join(", ")})`;
    await q.query(`
      CREATE FUNCTION member_attributes_to_summaries() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        ${SUMMARIES.map(
          (table) => `UPDATE ${table} s SET (${columns}) = (${ATTRIBUTES.map(([c]) => `n.${c}`).join(", ")})
            FROM new_rows n JOIN old_rows o ON o.id = n.id
           WHERE s.member_id = n.id AND ${changed};`,
        ).join("\n        ")}
        RETURN NULL;
      END $fn$`);
    await q.query(`CREATE TRIGGER member_attributes_to_summaries AFTER UPDATE ON member
                     REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_attributes_to_summaries()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER member_attributes_to_summaries ON member`);
    await q.query(`DROP FUNCTION member_attributes_to_summaries()`);
    for (const table of SUMMARIES) {
      await q.query(`DROP TRIGGER member_attributes ON ${table}`);
      await q.query(`DROP INDEX idx_${table}_branch`);
      await q.query(`ALTER TABLE ${table} ${ATTRIBUTES.map(([c]) => `DROP COLUMN ${c}`).join(", ")}`);
    }
    await q.query(`DROP FUNCTION member_summary_attributes()`);
  }
}
