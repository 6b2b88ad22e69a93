import type { Period } from "../../common/periods";
import type { EvaluationContext } from "../evaluation-context";
import type { FamilyNeed, SubtreeFamily } from "../family.types";
import { FactTable } from "./fact-table";

/**
 * STUDENT_COVERAGE: per secondary college, the share of its classes covered at the snapshot
 * date — a lower-grade class by at least one student member, an upper-grade class by a party group.
 */
export async function coverageFacts(ctx: EvaluationContext, snapshot: Period, upperFromYearOfStudy: number): Promise<FactTable> {
  const table = new FactTable();
  const schoolYear = Number(ctx.snapshotDate.slice(0, 4)) - (Number(ctx.snapshotDate.slice(5, 7)) >= 9 ? 0 : 1);
  const rows: Array<{ college_unit_id: string; total: number; covered: number; uncovered: string[] }> = await ctx.em.query(
    `WITH c AS (
       SELECT sc.id, sc.name, sc.college_unit_id, ($3::int - sc.grade_year + 1) >= $4::int AS upper,
              -- One pass over the college's class members (a hashed subplan), not a scan per class.
              sc.id IN (SELECT cm.class_id FROM class_member cm JOIN member m ON m.id = cm.member_id
                         WHERE cm.college_id = $1 AND m.status = 'ACTIVE' AND cm.since <= $2::date AND (cm.until IS NULL OR cm.until >= $2::date)) AS has_member,
              EXISTS (SELECT 1 FROM class_group cg WHERE cg.class_id = sc.id AND cg.since <= $2::date AND (cg.until IS NULL OR cg.until >= $2::date)) AS has_group
         FROM student_class sc
        WHERE sc.college_id = $1 AND sc.archived_at IS NULL
          AND sc.college_unit_id IN (SELECT id FROM org_unit WHERE path @> ARRAY[$5::uuid]))
     SELECT college_unit_id, count(*)::int AS total,
            count(*) FILTER (WHERE CASE WHEN upper THEN has_group ELSE has_member END)::int AS covered,
            coalesce(json_agg(name) FILTER (WHERE NOT CASE WHEN upper THEN has_group ELSE has_member END), '[]'::json) AS uncovered
       FROM c GROUP BY 1`,
    [ctx.collegeId, ctx.snapshotDate, schoolYear, upperFromYearOfStudy, ctx.rootUnitId],
  );
  for (const row of rows) {
    const percent = row.total ? Math.round((row.covered / row.total) * 1000) / 10 : 100;
    table.set("ANY", row.college_unit_id, snapshot.key, {
      value: percent,
      evidence: row.uncovered.slice(0, 20).map((name) => ({ kind: "CLASS" as const, id: row.college_unit_id, label: `未覆盖：${name}` })),
    });
  }
  return table;
}

/** Which grades count as upper is a rule number the SQL reads: part of the key. */
const upperFromYearOfStudy = (need: FamilyNeed) => need.paramsOn(need.rules[0], need.periods[0].start).upperFromYearOfStudy;

export const STUDENT_COVERAGE: SubtreeFamily = {
  kind: "table",
  name: "STUDENT_COVERAGE",
  subject: "UNIT",
  keptPer: "SUBTREE",
  sources: ["student_class", "class_member", "class_group", "member", "org_unit"],
  key: (_ctx, need) => upperFromYearOfStudy(need),
  load: (ctx, need) => coverageFacts(ctx, need.periods[0], upperFromYearOfStudy(need)),
};
