import type { EntityManager } from "typeorm";
import type { Period } from "../../common/periods";
import type { EvaluationContext } from "../evaluation-context";
import type { PerUnitFamily } from "../family.types";
import type { Fact } from "../rule.types";
import { ACTIVITY_VARIANTS } from "../registry/meeting-cadence.rules";
import { EvidenceSource, FactKey, FactTable, periodParams, PERIODS_CTE } from "./fact-table";

/**
 * ACTIVITIES: one grouped statement — per host unit, activity type, cadre flag and period: the
 * count and each meeting's minutes (for the duration rules). A table per host unit: the
 * evaluation keeps them per unit, so recording a meeting recounts only its host's meetings. The
 * meetings themselves (the evidence) are read for the findings a page shows (`ACTIVITY_EVIDENCE`):
 * a college-year report counts every meeting in four periods each, and shows fifty findings.
 */
export async function activityFacts(
  ctx: EvaluationContext,
  variants: string[],
  periods: Period[],
  unitIds: string[],
): Promise<Map<string, FactTable>> {
  const tables = new Map(unitIds.map((id) => [id, new FactTable()]));
  const types = [...new Set(variants.flatMap((v) => ACTIVITY_VARIANTS[v].types))];
  // Minutes as one JSON array per group: parsed natively, faster than a PostgreSQL int array.
  const rows: Array<{ unit: string; type: string; for_cadres: boolean; key: string; minutes: number[] }> = await ctx.em.query(
    `WITH ${PERIODS_CTE}
     SELECT a.host_unit_id AS unit, a.type, a.for_cadres, p.key, json_agg(a.duration_minutes) AS minutes
       FROM activity a JOIN p ON a.held_on BETWEEN p.s AND p.e
      WHERE a.college_id = $1 AND a.archived_at IS NULL AND a.type::text = ANY($5::text[])
        AND a.host_unit_id = ANY($6::uuid[])
      GROUP BY 1, 2, 3, 4`,
    [ctx.collegeId, ...periodParams(periods), types, unitIds],
  );
  for (const row of rows) {
    for (const variant of variants) {
      if (!variantCounts(variant, row.type, row.for_cadres)) continue;
      tables.get(row.unit)!.add(variant, row.unit, row.key, row.minutes.length, [], row.minutes);
    }
  }
  return tables;
}

/** Whether a variant counts meetings of this type and cadre flag. */
function variantCounts(variant: string, type: string, forCadres: boolean): boolean {
  const spec = ACTIVITY_VARIANTS[variant];
  return spec.types.includes(type) && (!spec.forCadres || forCadres);
}

/** Each variant's (variant, type, cadres only) rows, for the evidence statement's join. */
const VARIANT_TYPES = Object.entries(ACTIVITY_VARIANTS).flatMap(([variant, spec]) =>
  spec.types.map((type) => [variant, type, Boolean(spec.forCadres)] as const),
);

/**
 * The facts of some (variant, host unit, period) keys with their meetings, in held order: one
 * statement for a page, whatever units and periods it spans. The same filter as the count.
 */
export const ACTIVITY_EVIDENCE: EvidenceSource = async (em: EntityManager, keys: readonly FactKey[]): Promise<Fact[]> => {
  const rows: Array<{ i: number; items: Array<[string, number, string]> }> = await em.query(
    `WITH k AS (SELECT * FROM unnest($1::text[], $2::uuid[], $3::date[], $4::date[]) WITH ORDINALITY AS k(variant, unit, s, e, i)),
          v AS (SELECT * FROM unnest($5::text[], $6::text[], $7::bool[]) AS v(variant, type, cadres_only))
     SELECT k.i::int, json_agg(json_build_array(a.id, a.duration_minutes, a.held_on::text || ' ' || a.topic) ORDER BY a.starts_at, a.id) AS items
       FROM k JOIN v ON v.variant = k.variant
       JOIN activity a ON a.host_unit_id = k.unit AND a.held_on BETWEEN k.s AND k.e AND a.type::text = v.type AND (a.for_cadres OR NOT v.cadres_only)
      WHERE a.archived_at IS NULL
      GROUP BY k.i`,
    [
      keys.map((k) => k.variant),
      keys.map((k) => k.subjectId),
      keys.map((k) => k.period.start),
      keys.map((k) => k.period.end),
      VARIANT_TYPES.map(([v]) => v),
      VARIANT_TYPES.map(([, t]) => t),
      VARIANT_TYPES.map(([, , c]) => c),
    ],
  );
  const found = new Map(rows.map((r) => [r.i, r.items]));
  return keys.map((_, i) => {
    const items = found.get(i + 1) ?? [];
    return {
      value: items.length,
      items: items.map(([, minutes]) => minutes),
      evidence: items.map(([id, , label]) => ({ kind: "ACTIVITY" as const, id, label })),
    };
  });
};

/** Meetings hosted by each unit, kept per unit; cited by reading a page's meetings again. */
export const ACTIVITIES: PerUnitFamily = {
  kind: "table",
  name: "ACTIVITIES",
  subject: "UNIT",
  keptPer: "UNIT",
  sources: ["activity"], // per host unit: the tree is not read
  load: (ctx, need, unitIds) => activityFacts(ctx, need.variants, need.periods, unitIds),
  evidence: ACTIVITY_EVIDENCE,
};
