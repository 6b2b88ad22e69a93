import { daysBetween, Period } from "../../common/periods";
import type { EvaluationContext } from "../evaluation-context";
import type { FamilyNeed, SubtreeFamily } from "../family.types";
import type { LoadedSubject } from "../rule.types";
import { FactTable } from "./fact-table";

interface CaseRow {
  id: string;
  name: string;
  branch_id: string;
  member_id: string | null;
  stage: string;
  applied_on: string;
  activist_on: string | null;
  probation_starts_on: string | null;
  probation_ends_on: string | null;
  conversion_applied_on: string | null;
  closed_on: string | null;
  decided: boolean;
}

/** Procedures counted per period, by variant (a step's date is its latest correction's, if corrected). */
const PROCEDURE_VARIANTS: Record<string, string> = { ACTIVIST_REVIEW: "ACTIVIST_REVIEW", TRAINING: "PARTY_SCHOOL_TRAINING" };

/**
 * DEVELOPMENT_CASES: each development case of the subtree is a subject. Facts: a probationer's
 * reports per period of their own (to an introducer, to the branch), whether a decision followed
 * the end of probation, when the conversion was applied for, and each activist's personal reviews
 * and party-school training per calendar period.
 */
export async function developmentFacts(ctx: EvaluationContext, need: FamilyNeed): Promise<{ table: FactTable; subjects: LoadedSubject[] }> {
  const cases: CaseRow[] = await ctx.em.query(
    `SELECT c.id, c.name, c.branch_id, c.member_id, c.stage, c.applied_on::text, c.activist_on::text, c.probation_starts_on::text,
            c.probation_ends_on::text, c.conversion_applied_on::text, c.closed_on::text,
            (c.stage IN ('FULL', 'PROBATION_CANCELLED')
              OR EXISTS (SELECT 1 FROM development_vote v WHERE v.case_id = c.id AND v.purpose = 'CONVERSION' AND v.held_on >= c.probation_ends_on)) AS decided
       FROM development_case c JOIN org_unit u ON u.id = c.branch_id
      WHERE c.college_id = $1 AND u.path @> ARRAY[$2::uuid] AND c.applied_on <= $3::date
      ORDER BY c.name, c.id`,
    [ctx.collegeId, ctx.rootUnitId, ctx.asOf],
  );
  const subjects = cases.map((c): LoadedSubject => ({
    id: c.id,
    unitId: c.branch_id,
    memberId: c.member_id,
    assignmentId: null,
    label: c.name,
    start: c.applied_on,
    end: c.closed_on,
    dates: {
      activistOn: c.activist_on,
      // Activist obligations end when probation begins (or the case closes).
      activistUntil: c.probation_starts_on ?? c.closed_on,
      probationStartsOn: c.probation_starts_on,
      probationEndsOn: c.probation_ends_on,
    },
  }));
  const table = new FactTable();
  const keys = subjects.flatMap((s) => need.periodsOf(s).map((p) => ({ id: s.id, p })));
  const unnest = [keys.map((k) => k.id), keys.map((k) => k.p.key), keys.map((k) => k.p.start), keys.map((k) => k.p.end)];

  const reports: Array<{ case_id: string; key: string; kind: string; ids: string[] }> = await ctx.em.query(
    `SELECT k.case_id, k.key, r.kind, json_agg(r.id ORDER BY r.reported_on) AS ids
       FROM unnest($1::uuid[], $2::text[], $3::date[], $4::date[]) AS k(case_id, key, s, e)
       JOIN development_report r ON r.case_id = k.case_id AND r.reported_on BETWEEN k.s AND k.e
      GROUP BY 1, 2, 3`,
    unnest,
  );
  for (const r of reports)
    table.set(r.kind, r.case_id, r.key, { value: r.ids.length, evidence: r.ids.map((id) => ({ kind: "DEVELOPMENT_REPORT", id })) });

  const steps: Array<{ case_id: string; key: string; procedure: string; ids: string[] }> = await ctx.em.query(
    `SELECT k.case_id, k.key, s.procedure, json_agg(s.id ORDER BY s.occurred_on) AS ids
       FROM unnest($1::uuid[], $2::text[], $3::date[], $4::date[]) AS k(case_id, key, s, e)
       JOIN development_step s ON s.case_id = k.case_id AND s.kind = 'PROCEDURE' AND s.procedure = ANY($5::development_procedure[])
       CROSS JOIN LATERAL (SELECT coalesce((SELECT c.occurred_on FROM development_step c WHERE c.corrects_step_id = s.id
                                             ORDER BY c.created_at DESC, c.id DESC LIMIT 1), s.occurred_on) AS day) eff
      WHERE eff.day BETWEEN k.s AND k.e
      GROUP BY 1, 2, 3`,
    [...unnest, Object.values(PROCEDURE_VARIANTS)],
  );
  const variantOf = Object.fromEntries(Object.entries(PROCEDURE_VARIANTS).map(([v, p]) => [p, v]));
  for (const s of steps)
    table.set(variantOf[s.procedure], s.case_id, s.key, {
      value: s.ids.length,
      evidence: s.ids.map((id) => ({ kind: "DEVELOPMENT_STEP", id })),
    });

  // Per case and period, from the case row: the decision after probation, and the conversion application.
  const byId = new Map(cases.map((c) => [c.id, c]));
  for (const { id, p } of keys) {
    const c = byId.get(id)!;
    if (!c.probation_ends_on) continue;
    table.set("DECIDED", id, p.key, { value: c.decided ? 1 : 0, evidence: [] });
    table.set("CONVERSION_APPLIED", id, p.key, conversionFact(c, ctx.asOf));
  }
  return { table, subjects };
}

function conversionFact(c: CaseRow, asOf: string) {
  const ends = c.probation_ends_on!;
  const measures = {
    daysToEnd: daysBetween(asOf, ends),
    ...(c.conversion_applied_on ? { appliedDaysBeforeEnd: daysBetween(c.conversion_applied_on, ends) } : {}),
  };
  return { value: c.conversion_applied_on ? 1 : 0, measures, evidence: [] };
}

/** Activist rules judge the periods a case spent wholly at the activist stages or beyond, before probation. */
function activistIn(subject: LoadedSubject, period: Period): boolean {
  const from = subject.dates?.activistOn;
  const until = subject.dates?.activistUntil;
  return Boolean(from) && from! <= period.start && (!until || until > period.end);
}

export const DEVELOPMENT_CASES: SubtreeFamily = {
  kind: "table",
  name: "DEVELOPMENT_CASES",
  subject: "CASE",
  keptPer: "SUBTREE",
  sources: ["development_case", "development_vote", "development_report", "development_step", "org_unit"],
  load: (ctx, need) => developmentFacts(ctx, need),
  applies: (rule, subject, period) => {
    if (rule.variant === "ACTIVIST_REVIEW" || rule.variant === "TRAINING") return activistIn(subject, period);
    // Probation reports: the periods that begin before the probation ends.
    if (rule.variant === "TO_INTRODUCER" || rule.variant === "TO_BRANCH")
      return Boolean(subject.dates?.probationEndsOn) && period.start < subject.dates!.probationEndsOn!;
    return true;
  },
};
