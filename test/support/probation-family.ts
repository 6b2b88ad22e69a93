import { daysBetween } from "../../api/src/common/periods";
import { atLeast } from "../../api/src/rules/checks";
import type { SubtreeFamily } from "../../api/src/rules/family.types";
import { FactTable } from "../../api/src/rules/facts/fact-table";
import type { GuardDefinition, LoadedSubject, RuleDefinition } from "../../api/src/rules/rule.types";

/*
 * A rule family that exists only for tests, written as a new one would be (a facts part, a rules
 * part, registered with RULEBOOK.register): each probationary member is a case whose quarters run
 * from the day they joined, not from the calendar — the shape of member development's per-case
 * obligations — plus a guard on the step that ends the case. The evaluator is not touched.
 */

/** Facts: each probationer (a case, from joined_on to probation_ends_on) and the thought reports they filed in each of their quarters. */
export const PROBATION_CASES: SubtreeFamily = {
  kind: "table",
  name: "TEST_PROBATION_CASES",
  subject: "CASE",
  keptPer: "SUBTREE",
  sources: ["member", "org_unit", "filed_document"],
  load: async (ctx, need) => {
    const cases: Array<{ id: string; name: string; branch_id: string; joined_on: string; ends_on: string | null }> = await ctx.em.query(
      `SELECT m.id, m.name, m.branch_id, m.joined_on::text, m.probation_ends_on::text AS ends_on FROM member m JOIN org_unit u ON u.id = m.branch_id
        WHERE m.college_id = $1 AND m.status = 'ACTIVE' AND m.standing = 'PROBATIONARY' AND m.joined_on IS NOT NULL AND u.path @> ARRAY[$2::uuid]
        ORDER BY m.name, m.id`,
      [ctx.collegeId, ctx.rootUnitId],
    );
    const subjects = cases.map((c): LoadedSubject => ({
      id: c.id,
      unitId: c.branch_id,
      memberId: c.id,
      assignmentId: null,
      label: c.name,
      start: c.joined_on,
      end: c.ends_on,
      dates: { joinedOn: c.joined_on },
    }));
    const keys = subjects.flatMap((s) => need.periodsOf(s).map((p) => ({ member: s.id, p })));
    const rows: Array<{ member: string; key: string; ids: string[] }> = await ctx.em.query(
      `SELECT k.member, k.key, json_agg(d.id ORDER BY d.filed_on) AS ids
         FROM unnest($1::uuid[], $2::text[], $3::date[], $4::date[]) AS k(member, key, s, e)
         JOIN filed_document d ON d.member_id = k.member AND d.kind = 'THOUGHT_REPORT' AND d.archived_at IS NULL AND d.filed_on BETWEEN k.s AND k.e
        GROUP BY 1, 2`,
      [keys.map((k) => k.member), keys.map((k) => k.p.key), keys.map((k) => k.p.start), keys.map((k) => k.p.end)],
    );
    const table = new FactTable();
    for (const row of rows)
      table.set("ANY", row.member, row.key, { value: row.ids.length, evidence: row.ids.map((id) => ({ kind: "DOCUMENT", id })) });
    return { table, subjects };
  },
};

/** Rules: a report each quarter of the probation, counted from the day the member joined. */
export const PROBATION_QUARTERLY_REPORT: RuleDefinition = {
  code: "TEST_PROBATION_QUARTERLY_REPORT",
  title: "预备党员按季度思想汇报（测试）",
  citation: "测试 1",
  requirement: "预备党员自入党之日起每三个月向党支部书面汇报不少于 {min} 次",
  family: PROBATION_CASES.name,
  subject: "CASE",
  appliesTo: {},
  period: { kind: "subject", from: (s) => s.dates?.joinedOn ?? null, length: { months: 3 }, repeat: true },
  defaults: { min: 1 },
  check: atLeast("min", "次"),
};

export interface ProbationStep {
  collegeId: string;
  label: string;
  probationEndsOn: string;
  reports: number;
}

/** A guard on the step ending the case: full membership needs the probation over and enough reports. */
export const FULL_MEMBERSHIP: GuardDefinition<{ minReports: number }, ProbationStep> = {
  code: "TEST_FULL_MEMBERSHIP",
  title: "预备党员转正（测试）",
  citation: "测试 2",
  requirement: "预备期满、书面汇报不少于 {minReports} 次方可转为正式党员",
  subject: "MEMBER",
  step: "转为正式党员",
  defaults: { minReports: 4 },
  check: ({ subject, params, asOf }) => {
    if (asOf < subject.probationEndsOn) {
      return {
        allowed: false,
        expected: 0,
        actual: daysBetween(asOf, subject.probationEndsOn),
        unit: "天",
        detail: `预备期至 ${subject.probationEndsOn} 届满`,
        field: "on",
      };
    }
    if (subject.reports < params.minReports)
      return { allowed: false, expected: params.minReports, actual: subject.reports, unit: "次", field: "memberId" };
    return { allowed: true };
  },
};
