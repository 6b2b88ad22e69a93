import type { Period } from "../../common/periods";
import type { EvaluationContext } from "../evaluation-context";
import type { FamilyNeed, SubtreeFamily } from "../family.types";
import { FactTable, periodParams, PERIODS_CTE } from "./fact-table";

/**
 * DOCUMENTS: filed documents per unit (or member, for thought reports) per period. A kind with a
 * shift (the annual report's grace) counts documents filed in the period moved later by that many days.
 */
export async function documentFacts(
  ctx: EvaluationContext,
  kinds: string[],
  periods: Period[],
  shiftDays: Record<string, number> = {},
): Promise<FactTable> {
  const table = new FactTable();
  const rows: Array<{ kind: string; subject: string; key: string; ids: string[]; labels: string[] }> = await ctx.em.query(
    `WITH ${PERIODS_CTE}
     SELECT d.kind, coalesce(d.member_id, d.unit_id) AS subject, p.key,
            json_agg(d.id ORDER BY d.filed_on) AS ids, json_agg(d.filed_on::text || ' ' || d.title ORDER BY d.filed_on) AS labels
       FROM filed_document d
       JOIN p ON d.filed_on <= p.e + coalesce(($7::jsonb ->> d.kind::text)::int, 0)
             AND (d.kind = 'JOINT_MEETING_RULES' OR d.filed_on >= p.s + coalesce(($7::jsonb ->> d.kind::text)::int, 0))
      WHERE d.college_id = $1 AND d.archived_at IS NULL AND d.kind::text = ANY($5::text[])
        AND d.unit_id IN (SELECT id FROM org_unit WHERE path @> ARRAY[$6::uuid])
      GROUP BY 1, 2, 3`,
    [ctx.collegeId, ...periodParams(periods), kinds, ctx.rootUnitId, JSON.stringify(shiftDays)],
  );
  // Rules of procedure stay in force once filed: any filed by the period's end counts.
  for (const row of rows) {
    table.set(row.kind, row.subject, row.key, {
      value: row.ids.length,
      evidence: row.ids.map((id, i) => ({ kind: "DOCUMENT" as const, id, label: row.labels[i] })),
    });
  }
  return table;
}

/**
 * Documents filed per unit and period. A rule with a grace (`graceDays`: a year's report is often
 * filed in the next January) moves its kind's window by it: the SQL reads that number, so it is
 * part of the key — read at the start of the report's range.
 */
export const DOCUMENTS: SubtreeFamily = {
  kind: "table",
  name: "DOCUMENTS",
  subject: "UNIT",
  keptPer: "SUBTREE",
  sources: ["filed_document", "org_unit"],
  key: (ctx, need) => shifts(ctx, need),
  load: (ctx, need) => documentFacts(ctx, need.variants, need.periods, shifts(ctx, need)),
};

function shifts(ctx: EvaluationContext, need: FamilyNeed): Record<string, number> {
  const shift: Record<string, number> = {};
  for (const rule of need.rules) {
    const days = "graceDays" in rule.defaults ? need.paramsOn(rule, ctx.from).graceDays : 0;
    if (days) shift[rule.variant ?? "ANY"] = days;
  }
  return shift;
}
