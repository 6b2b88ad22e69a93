import type { Period } from "../../common/periods";
import type { EvaluationContext } from "../evaluation-context";
import { ACTIVITY_VARIANTS } from "../registry/meeting-cadence.rules";
import { FactTable, periodParams, PERIODS_CTE } from "./fact-table";

/**
 * ACTIVITIES: one grouped statement — per host unit, activity type, cadre flag and period: the
 * count, and each meeting's id, date, topic and minutes (for the duration rules and drill-down).
 */
export async function activityFacts(ctx: EvaluationContext, variants: string[], periods: Period[]): Promise<FactTable> {
  const table = new FactTable();
  const types = [...new Set(variants.flatMap((v) => ACTIVITY_VARIANTS[v].types))];
  const rows: Array<{ unit: string; type: string; for_cadres: boolean; key: string; ids: string[]; minutes: number[]; labels: string[] }> = await ctx.em.query(
    `WITH ${PERIODS_CTE}
     SELECT a.host_unit_id AS unit, a.type, a.for_cadres, p.key,
            array_agg(a.id ORDER BY a.starts_at) AS ids,
            array_agg(a.duration_minutes ORDER BY a.starts_at) AS minutes,
            array_agg(a.held_on::text || ' ' || a.topic ORDER BY a.starts_at) AS labels
       FROM activity a JOIN p ON a.held_on BETWEEN p.s AND p.e
      WHERE a.college_id = $1 AND a.archived_at IS NULL AND a.type::text = ANY($5::text[])
        AND a.host_unit_id IN (SELECT id FROM org_unit WHERE path @> ARRAY[$6::uuid])
      GROUP BY 1, 2, 3, 4`,
    [ctx.collegeId, ...periodParams(periods), types, ctx.rootUnitId],
  );
  for (const row of rows) {
    for (const variant of variants) {
      const spec = ACTIVITY_VARIANTS[variant];
      if (!spec.types.includes(row.type) || (spec.forCadres && !row.for_cadres)) continue;
      const evidence = row.ids.map((id, i) => ({ kind: "ACTIVITY" as const, id, label: row.labels[i] }));
      table.add(variant, row.unit, row.key, row.ids.length, evidence, row.minutes.map(Number));
    }
  }
  return table;
}
