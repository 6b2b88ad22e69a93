import type { Period } from "../../common/periods";
import type { EvaluationContext } from "../evaluation-context";
import { ACTIVITY_VARIANTS } from "../registry/meeting-cadence.rules";
import { FactTable, periodParams, PERIODS_CTE } from "./fact-table";

/**
 * ACTIVITIES: one grouped statement — per host unit, activity type, cadre flag and period: the
 * count, and each meeting's id, date, topic and minutes (for the duration rules and drill-down).
 * A table per host unit: the evaluation keeps them per unit, so recording a meeting recounts
 * only its host's meetings.
 */
export async function activityFacts(ctx: EvaluationContext, variants: string[], periods: Period[], unitIds: string[]): Promise<Map<string, FactTable>> {
  const tables = new Map(unitIds.map((id) => [id, new FactTable()]));
  const types = [...new Set(variants.flatMap((v) => ACTIVITY_VARIANTS[v].types))];
  // The meetings travel as one JSON array per group: parsed natively, several times faster than
  // three PostgreSQL arrays of ids, minutes and labels.
  const rows: Array<{ unit: string; type: string; for_cadres: boolean; key: string; items: Array<[string, number, string]> }> = await ctx.em.query(
    `WITH ${PERIODS_CTE}
     SELECT a.host_unit_id AS unit, a.type, a.for_cadres, p.key,
            json_agg(json_build_array(a.id, a.duration_minutes, a.held_on::text || ' ' || a.topic) ORDER BY a.starts_at) AS items
       FROM activity a JOIN p ON a.held_on BETWEEN p.s AND p.e
      WHERE a.college_id = $1 AND a.archived_at IS NULL AND a.type::text = ANY($5::text[])
        AND a.host_unit_id = ANY($6::uuid[])
      GROUP BY 1, 2, 3, 4`,
    [ctx.collegeId, ...periodParams(periods), types, unitIds],
  );
  for (const row of rows) {
    const evidence = row.items.map(([id, , label]) => ({ kind: "ACTIVITY" as const, id, label }));
    const minutes = row.items.map(([, m]) => m);
    for (const variant of variants) {
      const spec = ACTIVITY_VARIANTS[variant];
      if (!spec.types.includes(row.type) || (spec.forCadres && !row.for_cadres)) continue;
      tables.get(row.unit)!.add(variant, row.unit, row.key, row.items.length, evidence, minutes);
    }
  }
  return tables;
}
