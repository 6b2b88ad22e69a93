import type { Period } from "../../common/periods";
import type { EvaluationContext } from "../evaluation-context";
import type { SubtreeFamily } from "../family.types";
import { FactTable } from "./fact-table";

/** AWARDS: kinds awarded in each cycle year. */
export async function awardFacts(ctx: EvaluationContext, years: Period[]): Promise<FactTable> {
  const table = new FactTable();
  const rows: Array<{ cycle_year: number; kinds: string[]; ids: string[] }> = await ctx.em.query(
    `SELECT cycle_year, array_agg(DISTINCT kind::text) AS kinds, array_agg(id) AS ids FROM award
      WHERE college_id = $1 AND status = 'AWARDED' AND archived_at IS NULL AND cycle_year = ANY($2::int[])
      GROUP BY 1`,
    [ctx.collegeId, years.map((y) => Number(y.key))],
  );
  for (const row of rows) {
    table.set("ANY", ctx.collegeId, String(row.cycle_year), {
      value: row.kinds.length,
      evidence: row.ids.map((id) => ({ kind: "AWARD" as const, id })),
    });
  }
  return table;
}

/** Awards per cycle year, counted for the college (its party committee). */
export const AWARDS: SubtreeFamily = {
  kind: "table",
  name: "AWARDS",
  subject: "UNIT",
  keptPer: "SUBTREE",
  sources: ["award", "org_unit"],
  load: (ctx, need) => awardFacts(ctx, need.periods),
};
