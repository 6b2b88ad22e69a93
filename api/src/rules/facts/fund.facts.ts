import type { Period } from "../../common/periods";
import { fenFromDb } from "../../common/money";
import type { EvaluationContext } from "../evaluation-context";
import type { SubtreeFamily } from "../family.types";
import { FactTable, periodParams, PERIODS_CTE } from "./fact-table";

/**
 * FUNDS: per branch and year, what was allocated (with the active members by category, which the
 * FUNDING_FLOOR rule prices), and the dues rebate received (with the dues collected in the
 * calendar year, which DUES_REBATE takes its share of), from the per-branch yearly sums the
 * database keeps. The rules' numbers and settings are applied when judging: changing them keeps
 * these facts.
 */
export async function fundFacts(ctx: EvaluationContext, years: Period[]): Promise<FactTable> {
  const table = new FactTable();
  const branches = ctx.units.filter((u) => u.kind === "BRANCH").map((u) => u.id);
  const rows: Array<{
    branch_id: string;
    key: string;
    allocated: string;
    rebated: string;
    collected: string;
    ids: string[];
    faculty: number;
    student: number;
    retired: number;
  }> = await ctx.em.query(
    `WITH ${PERIODS_CTE}, b AS (SELECT unnest($5::uuid[]) AS id),
       counts AS (
         SELECT m.branch_id,
                count(*) FILTER (WHERE m.category = 'FACULTY')::int AS faculty,
                count(*) FILTER (WHERE m.category = 'STUDENT')::int AS student,
                count(*) FILTER (WHERE m.category = 'RETIRED')::int AS retired
           FROM member m WHERE m.college_id = $1::uuid AND m.status = 'ACTIVE' AND m.branch_id IN (SELECT id FROM b) GROUP BY 1)
       SELECT b.id AS branch_id, p.key,
              coalesce((SELECT sum(amount_fen) FROM fund_allocation f WHERE f.branch_id = b.id AND f.archived_at IS NULL AND f.year = extract(year FROM p.s)), 0)::text AS allocated,
              coalesce((SELECT sum(amount_fen) FROM fund_allocation f WHERE f.branch_id = b.id AND f.archived_at IS NULL AND f.source = 'DUES_REBATE' AND f.year = extract(year FROM p.s)), 0)::text AS rebated,
              coalesce((SELECT sum(collected_fen) FROM branch_year_dues y WHERE y.branch_id = b.id AND y.year = extract(year FROM p.s)), 0)::text AS collected,
              coalesce((SELECT json_agg(id) FROM fund_allocation f WHERE f.branch_id = b.id AND f.archived_at IS NULL AND f.year = extract(year FROM p.s)), '[]'::json) AS ids,
              coalesce(c.faculty, 0) AS faculty, coalesce(c.student, 0) AS student, coalesce(c.retired, 0) AS retired
         FROM b CROSS JOIN p LEFT JOIN counts c ON c.branch_id = b.id`,
    [ctx.collegeId, ...periodParams(years), branches],
  );
  for (const row of rows) {
    const evidence = row.ids.map((id) => ({ kind: "ALLOCATION" as const, id }));
    table.set("FLOOR", row.branch_id, row.key, {
      value: fenFromDb(row.allocated),
      measures: { faculty: row.faculty, student: row.student, retired: row.retired },
      evidence,
    });
    table.set("REBATE", row.branch_id, row.key, {
      value: fenFromDb(row.rebated),
      measures: { collected: fenFromDb(row.collected) },
      evidence,
    });
  }
  return table;
}

export const FUNDS: SubtreeFamily = {
  kind: "table",
  name: "FUNDS",
  subject: "UNIT",
  keptPer: "SUBTREE",
  sources: ["fund_allocation", "branch_year_dues", "member", "org_unit"],
  load: (ctx, need) => fundFacts(ctx, need.periods),
};
