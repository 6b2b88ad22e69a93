import { MigrationInterface, QueryRunner } from "typeorm";
import { transitionTriggers, triggerFunction } from "./summary-triggers";

/** year × 12 + month − 1 of a yearly row's first recorded month (the lowest bit of its mask). */
const FIRST_MONTH = `year * 12 + round(ln((recorded_mask & -recorded_mask)::float8) / ln(2))::int`;

/** The first recorded dues month of each member among `members` (a query of member_id), null when none. */
const firstMonths = (members: string) =>
  `SELECT a.member_id, (SELECT min(${FIRST_MONTH}) FROM member_year_dues d WHERE d.member_id = a.member_id AND d.recorded_mask <> 0) AS first_index
     FROM (${members}) a`;

const setFirstMonths = (members: string) => `
  UPDATE member m SET dues_first_index = f.first_index FROM (${firstMonths(members)}) f
   WHERE m.id = f.member_id AND m.dues_first_index IS DISTINCT FROM f.first_index;`;

/**
 * member.dues_first_index: the member's first month with a dues record (year × 12 + month − 1),
 * kept from member_year_dues by a trigger. DUES_PAID counts a member's months from it; it was found
 * per member from every year's summary on each count (a sort of the college's dues rows joined to
 * its members: most of the dues count at 150,000 members), and is now a column of the row already read.
 */
export class MemberDuesFirstMonth1765000000000 implements MigrationInterface {
  name = "MemberDuesFirstMonth1765000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member ADD COLUMN dues_first_index int`);
    await q.query(`
      UPDATE member m SET dues_first_index = f.first_index
        FROM (SELECT member_id, min(${FIRST_MONTH}) AS first_index FROM member_year_dues WHERE recorded_mask <> 0 GROUP BY member_id) f
       WHERE m.id = f.member_id`);
    // Only rows whose recorded months changed can move a member's first month (paid_mask changes cannot).
    await q.query(
      triggerFunction("member_dues_first_month", {
        INSERT: setFirstMonths(`SELECT DISTINCT member_id FROM new_rows`),
        UPDATE: setFirstMonths(`SELECT DISTINCT n.member_id FROM new_rows n JOIN old_rows o ON o.member_id = n.member_id AND o.year = n.year
                                 WHERE o.recorded_mask IS DISTINCT FROM n.recorded_mask`),
        DELETE: setFirstMonths(`SELECT DISTINCT member_id FROM old_rows`),
      }),
    );
    for (const sql of transitionTriggers("member_year_dues", "first_month", "member_dues_first_month")) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ["insert", "update", "delete"]) await q.query(`DROP TRIGGER first_month_${event} ON member_year_dues`);
    await q.query(`DROP FUNCTION member_dues_first_month()`);
    await q.query(`ALTER TABLE member DROP COLUMN dues_first_index`);
  }
}
