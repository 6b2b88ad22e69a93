import type { SubtreeFamily } from "../family.types";
import type { LoadedSubject } from "../rule.types";
import { FactTable } from "./fact-table";

/**
 * ASSESSMENT_APPEALS: each appealed score sheet is a case (附件 四(二)), judged in the span its
 * review is due in (ASSESSMENT_REVIEW_DUE): whether the panel's review was recorded by its end.
 */
export const ASSESSMENT_APPEALS: SubtreeFamily = {
  kind: "table",
  name: "ASSESSMENT_APPEALS",
  subject: "APPEAL",
  keptPer: "SUBTREE",
  sources: ["assessment_sheet", "assessment_round", "org_unit"],
  load: async (ctx, need) => {
    const sheets: Array<{ id: string; unit_id: string; label: string; appealed_on: string; reviewed_on: string | null }> =
      await ctx.em.query(
        `SELECT s.id, s.unit_id, u.name || '（' || r.name || '）' AS label, s.appealed_on::text, s.reviewed_on::text
           FROM assessment_sheet s JOIN org_unit u ON u.id = s.unit_id JOIN assessment_round r ON r.id = s.round_id
          WHERE s.college_id = $1 AND s.appealed_on IS NOT NULL AND u.path @> ARRAY[$2::uuid]
          ORDER BY s.appealed_on, u.name, s.id`,
        [ctx.collegeId, ctx.rootUnitId],
      );
    const subjects = sheets.map((s): LoadedSubject => ({
      id: s.id,
      unitId: s.unit_id,
      memberId: null,
      assignmentId: null,
      label: s.label,
      start: s.appealed_on,
      end: null,
      dates: { appealedOn: s.appealed_on },
    }));
    const table = new FactTable();
    for (const [i, subject] of subjects.entries()) {
      const reviewedOn = sheets[i].reviewed_on;
      for (const period of need.periodsOf(subject)) {
        const inTime = reviewedOn !== null && reviewedOn <= period.end;
        table.set("ANY", subject.id, period.key, {
          value: inTime ? 1 : 0,
          evidence: [{ kind: "ASSESSMENT_SHEET", id: subject.id, label: reviewedOn ? `复核意见 ${reviewedOn}` : "尚无复核意见" }],
        });
      }
    }
    return { table, subjects };
  },
};
