import type { Period } from "../../common/periods";
import type { EvaluationContext } from "../evaluation-context";
import type { SubtreeFamily } from "../family.types";
import { FactTable, periodParams, PERIODS_CTE } from "./fact-table";

/** ALLOWANCES: committee seats held during each year that have no allowance recorded for it. */
export async function allowanceFacts(ctx: EvaluationContext, years: Period[]): Promise<FactTable> {
  const table = new FactTable();
  const rows: Array<{ unit_id: string; key: string; missing: string[] }> = await ctx.em.query(
    `WITH ${PERIODS_CTE}
     SELECT cp.unit_id, p.key, json_agg(cp.id) AS missing
       FROM committee_position cp JOIN p ON cp.term_start <= p.e AND (cp.ended_on IS NULL OR cp.ended_on >= p.s)
      WHERE cp.college_id = $1 AND cp.unit_id IN (SELECT id FROM org_unit WHERE path @> ARRAY[$5::uuid])
        AND NOT EXISTS (SELECT 1 FROM party_work_allowance a
                         WHERE a.archived_at IS NULL AND a.year = extract(year FROM p.s)
                           AND (a.committee_position_id = cp.id OR (a.committee_position_id IS NULL AND a.member_id = cp.member_id AND a.unit_id = cp.unit_id)))
      GROUP BY 1, 2`,
    [ctx.collegeId, ...periodParams(years), ctx.rootUnitId],
  );
  for (const row of rows)
    table.set("ANY", row.unit_id, row.key, {
      value: row.missing.length,
      evidence: row.missing.map((id) => ({ kind: "ALLOWANCE" as const, id, label: "未落实补贴的任职" })),
    });
  return table;
}

export const ALLOWANCES: SubtreeFamily = {
  kind: "table",
  name: "ALLOWANCES",
  subject: "UNIT",
  keptPer: "SUBTREE",
  sources: ["committee_position", "party_work_allowance", "org_unit"],
  load: (ctx, need) => allowanceFacts(ctx, need.periods),
};
