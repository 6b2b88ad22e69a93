import type { Period } from "../../common/periods";
import type { EvaluationContext } from "../evaluation-context";
import type { SubtreeFamily } from "../family.types";
import { FactTable } from "./fact-table";

/** ROOMS: rooms in use by each unit at the snapshot date: how many, and the largest area. */
export async function roomFacts(ctx: EvaluationContext, snapshot: Period): Promise<FactTable> {
  const table = new FactTable();
  const rows: Array<{ unit_id: string; ids: string[]; areas: string[]; names: string[] }> = await ctx.em.query(
    `SELECT u.unit_id, json_agg(r.id) AS ids, json_agg(r.area::text) AS areas, json_agg(r.name) AS names
       FROM activity_room_user u JOIN activity_room r ON r.id = u.room_id
      WHERE u.college_id = $1 AND r.archived_at IS NULL AND u.since <= $2::date AND (u.until IS NULL OR u.until >= $2::date)
        AND u.unit_id IN (SELECT id FROM org_unit WHERE path @> ARRAY[$3::uuid])
      GROUP BY 1`,
    [ctx.collegeId, ctx.snapshotDate, ctx.rootUnitId],
  );
  for (const row of rows) {
    const evidence = row.ids.map((id, i) => ({ kind: "ROOM" as const, id, label: `${row.names[i]}（${Number(row.areas[i])} m²）` }));
    table.set("COUNT", row.unit_id, snapshot.key, { value: row.ids.length, evidence });
    table.set("LARGEST_AREA", row.unit_id, snapshot.key, { value: Math.max(...row.areas.map(Number)), evidence });
  }
  return table;
}

/** Rooms in use at the snapshot date (its one period). */
export const ROOMS: SubtreeFamily = {
  kind: "table",
  name: "ROOMS",
  subject: "UNIT",
  keptPer: "SUBTREE",
  sources: ["activity_room", "activity_room_user", "org_unit"],
  load: (ctx, need) => roomFacts(ctx, need.periods[0]),
};
