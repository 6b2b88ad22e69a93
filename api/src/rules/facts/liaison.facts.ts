import type { Period } from "../../common/periods";
import { BranchKind } from "../../org/org-unit.enums";
import type { EvaluationContext } from "../evaluation-context";
import type { SubtreeFamily } from "../family.types";
import type { LoadedSubject } from "../rule.types";
import { FactTable, periodParams, PERIODS_CTE } from "./fact-table";

// Lists come back as JSON arrays: parsed natively, where PostgreSQL's array text is parsed in JavaScript.

/** LIAISON_VISITS: visits per assignment per period, counting only the assignment's active span. */
export async function liaisonFacts(ctx: EvaluationContext, periods: Period[]): Promise<{ table: FactTable; subjects: LoadedSubject[] }> {
  const table = new FactTable();
  const assignments: AssignmentRow[] = (
    await ctx.em.query(
      `SELECT a.id, a.kind, a.unit_id, a.start_date::text, a.end_date::text,
              coalesce(a.leader_name, m.name) || ' → ' || coalesce(t.name, c.name, '所联系学生') AS label
         FROM liaison_assignment a
         LEFT JOIN member m ON m.id = a.liaison_member_id
         LEFT JOIN org_unit t ON t.id = a.target_unit_id
         LEFT JOIN student_class c ON c.id = a.target_class_id
        WHERE a.college_id = $1 AND a.unit_id IN (SELECT id FROM org_unit WHERE path @> ARRAY[$2::uuid])`,
      [ctx.collegeId, ctx.rootUnitId],
    )
  ).map((a: Record<string, string>): AssignmentRow => ({
    id: a.id,
    kind: a.kind,
    unitId: a.unit_id,
    start: a.start_date,
    end: a.end_date,
    label: a.label,
  }));
  const rows: Array<{ assignment_id: string; key: string; kind: string; ids: string[]; dates: string[] }> = await ctx.em.query(
    `WITH ${PERIODS_CTE}
     SELECT v.assignment_id, p.key, v.kind, json_agg(v.id ORDER BY v.visited_on) AS ids, json_agg(v.visited_on::text ORDER BY v.visited_on) AS dates
       FROM liaison_visit v JOIN p ON v.visited_on BETWEEN p.s AND p.e
      WHERE v.college_id = $1 AND v.archived_at IS NULL AND v.assignment_id = ANY($5::uuid[])
      GROUP BY 1, 2, 3`,
    [ctx.collegeId, ...periodParams(periods), assignments.map((a) => a.id)],
  );
  for (const row of rows) {
    const evidence = row.ids.map((id, i) => ({ kind: "VISIT" as const, id, label: `${row.dates[i]} 走访` }));
    table.add("ANY", row.assignment_id, row.key, row.ids.length, evidence);
    table.add(row.kind, row.assignment_id, row.key, row.ids.length, evidence);
  }
  // Teachers visit students: the students' vacation months exempt the monthly visits.
  const subjects = assignments.map((a): LoadedSubject => ({
    id: a.id,
    unitId: a.unitId,
    memberId: null,
    assignmentId: a.id,
    label: a.label,
    kind: a.kind,
    start: a.start,
    end: a.end,
    vacationKind: BranchKind.STUDENT,
  }));
  return { table, subjects };
}

interface AssignmentRow {
  id: string;
  kind: string;
  unitId: string;
  start: string;
  end: string | null;
  label: string;
}

/** Liaison assignments and their visits; an assignment is judged in the periods it was active. */
export const LIAISON_VISITS: SubtreeFamily = {
  kind: "table",
  name: "LIAISON_VISITS",
  subject: "ASSIGNMENT",
  keptPer: "SUBTREE",
  sources: ["liaison_assignment", "liaison_visit", "member", "org_unit", "student_class"],
  load: (ctx, need) => liaisonFacts(ctx, need.periods),
  applies: (rule, subject) => !rule.appliesTo.assignmentKinds || rule.appliesTo.assignmentKinds.includes(subject.kind ?? ""),
};
