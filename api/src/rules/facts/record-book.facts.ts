import type { Period } from "../../common/periods";
import type { EvaluationContext } from "../evaluation-context";
import type { SubtreeFamily } from "../family.types";
import { FactTable } from "./fact-table";

/** RECORD_BOOKS: the hand-in of each branch's record book per semester. */
export async function recordBookFacts(ctx: EvaluationContext, semesters: Period[]): Promise<FactTable> {
  const table = new FactTable();
  const rows: Array<{ branch_id: string; semester_id: string; id: string; handed_in_on: string }> = await ctx.em.query(
    `SELECT h.branch_id, h.semester_id, h.id, h.handed_in_on::text FROM record_book_hand_in h
      WHERE h.college_id = $1 AND h.semester_id = ANY($2::uuid[])
        AND h.branch_id IN (SELECT id FROM org_unit WHERE path @> ARRAY[$3::uuid])`,
    [ctx.collegeId, semesters.map((s) => s.semesterId), ctx.rootUnitId],
  );
  const keyOf = new Map(semesters.map((s) => [s.semesterId, s.key]));
  for (const row of rows) {
    table.set("ANY", row.branch_id, keyOf.get(row.semester_id)!, {
      value: 1,
      evidence: [{ kind: "HAND_IN", id: row.id, label: `${row.handed_in_on} 上交` }],
    });
  }
  return table;
}

export const RECORD_BOOKS: SubtreeFamily = {
  kind: "table",
  name: "RECORD_BOOKS",
  subject: "UNIT",
  keptPer: "SUBTREE",
  sources: ["record_book_hand_in", "org_unit"],
  load: (ctx, need) => recordBookFacts(ctx, need.periods),
};
