import type { EntityManager } from "typeorm";
import type { Period } from "../common/periods";
import { MemberCategory } from "../member/member.enums";
import { EvaluationContext, MemberRow, UnitRow } from "./evaluation-context";
import { activityFacts } from "./facts/activity.facts";
import { FactTable } from "./facts/fact-table";
import { educationFacts, memberDutyFacts } from "./facts/member.facts";
import { AssignmentRow, allowanceFacts, awardFacts, coverageFacts, documentFacts, fundFacts, liaisonFacts, recordBookFacts, roomFacts } from "./facts/unit.facts";
import { exemptMessage, Finding, findingMessage } from "./finding";
import { RULES, ruleByCode } from "./registry";
import type { FactFamily, RuleDefinition } from "./rule.types";

export interface EvaluationRequest {
  collegeId: string;
  rootUnitId: string;
  from: string;
  to: string;
  asOf: string;
  ruleCodes?: string[];
}

interface Subject {
  id: string;
  unitId: string;
  memberId: string | null;
  assignmentId: string | null;
  label: string;
  unit: UnitRow | undefined;
}

/**
 * compliance, end to end: load the context once → one SQL aggregation per rule family → each
 * rule's pure check over its subjects × periods → findings with citation, numbers and evidence.
 * Periods that have not begun yet are not judged.
 */
export async function evaluate(em: EntityManager, request: EvaluationRequest): Promise<{ findings: Finding[]; rules: RuleDefinition[]; ctx: EvaluationContext }> {
  const rules = request.ruleCodes?.length ? request.ruleCodes.map((c) => ruleByCode(c)).filter((r): r is RuleDefinition => !!r) : [...RULES];
  const ctx = await new EvaluationContext(em, request.collegeId, request.rootUnitId, request.from, request.to, request.asOf).load(
    rules.some((r) => r.subject === "MEMBER"),
  );
  const facts = await loadFacts(ctx, rules);
  const findings: Finding[] = [];
  const unitsById = new Map(ctx.units.map((u) => [u.id, u]));
  for (const rule of rules) {
    const periods = ctx.periodsFor(rule).filter((p) => p.start <= ctx.asOf);
    const fixedSubjects = rule.subject === "ASSIGNMENT" ? null : subjectsOf(rule, ctx, unitsById, [], null);
    for (const period of periods) {
      const { params, override } = ctx.paramsFor(rule, period);
      if (rule.code === "AWARDS_BIENNIAL" && (Number(period.key) - params.firstCycleYear) % params.everyYears !== 0) continue;
      const table = facts.tables.get(rule.family)!;
      const periodOver = rule.period === "SNAPSHOT" || ctx.isOver(period, params.graceDays ?? 0);
      const settingsByKind = new Map<string, ReturnType<EvaluationContext["appliedSettings"]>>();
      const settingsFor = (unit: UnitRow | undefined) => {
        const key = unit?.branchKind ?? "-";
        let settings = settingsByKind.get(key);
        if (!settings) settingsByKind.set(key, (settings = ctx.appliedSettings(rule, unit, period)));
        return settings;
      };
      for (const subject of fixedSubjects ?? subjectsOf(rule, ctx, unitsById, facts.assignments, period)) {
        const settings = settingsFor(subject.unit);
        const base = {
          ruleCode: rule.code, title: rule.title, citation: rule.citation, period, unitId: subject.unitId,
          memberId: subject.memberId, assignmentId: subject.assignmentId, subjectLabel: subject.label, settings,
          parameterNote: override ? `自 ${override.effectiveFrom} 起按党委调整后的标准${override.note ? `（${override.note}）` : ""}` : null,
        };
        if (rule.exemptVacationMonths && period.kind === "MONTH") {
          const kind = rule.subject === "ASSIGNMENT" ? "STUDENT" : subject.unit?.branchKind ?? null;
          if (ctx.vacationMonths(kind as never).includes(Number(period.key.slice(5, 7)))) {
            findings.push({ ...base, status: "EXEMPT", expected: 0, actual: 0, measure: "", evidence: [], dueBy: null, message: () => exemptMessage(rule, subject.label, period, settings[0]) });
            continue;
          }
        }
        const fact = table.get(rule.variant ?? "ANY", subject.id, period.key);
        if (isDurationRule(rule) && !fact.items?.length) continue; // no meeting held: nothing to time (the cadence rule reports it)
        const result = rule.check({ fact, params, period, periodOver });
        findings.push({
          ...base,
          status: result.status,
          expected: result.expected,
          actual: result.actual,
          measure: result.unit,
          evidence: result.evidence ?? fact.evidence,
          dueBy: result.status === "PENDING" ? period.end : null,
          message: () => findingMessage(rule, params, subject.label, period, result),
        });
      }
    }
  }
  return { findings, rules, ctx };
}

const isDurationRule = (rule: RuleDefinition) => "minMinutes" in rule.defaults;

function subjectsOf(rule: RuleDefinition, ctx: EvaluationContext, units: Map<string, UnitRow>, assignments: AssignmentRow[], period: Period | null): Subject[] {
  const a = rule.appliesTo;
  if (rule.subject === "UNIT") {
    return ctx.units
      .filter((u) => (!a.unitKinds || a.unitKinds.includes(u.kind)) && (!a.branchKinds || (u.branchKind && a.branchKinds.includes(u.branchKind))))
      .filter((u) => !a.secondaryCollegesOnly || u.secondaryCollege)
      .map((u) => ({ id: u.id, unitId: u.id, memberId: null, assignmentId: null, label: u.fullName, unit: u }));
  }
  if (rule.subject === "MEMBER") {
    const categories = new Set<string>(a.memberCategories ?? []);
    if (a.retireesWhen === "HOUR_FLOORS_BIND_RETIREES" && ctx.hourFloorsBindRetirees()) categories.add(MemberCategory.RETIRED);
    return ctx.members
      .filter((m) => categories.size === 0 || categories.has(m.category))
      .filter((m) => !a.memberStandings || a.memberStandings.includes(m.standing as never))
      .filter((m) => !a.mobileOnly || m.mobileStatus === "PLACEMENT" || m.mobileStatus === "SECONDMENT")
      .map((m: MemberRow) => ({ id: m.id, unitId: m.branchId, memberId: m.id, assignmentId: null, label: `${units.get(m.branchId)?.fullName ?? ""} ${m.name}`, unit: units.get(m.branchId) }));
  }
  return assignments
    .filter((x) => !a.assignmentKinds || a.assignmentKinds.includes(x.kind))
    .filter((x) => period && x.start <= period.end && (x.end === null || x.end >= period.start))
    .map((x) => ({ id: x.id, unitId: x.unitId, memberId: null, assignmentId: x.id, label: x.label, unit: units.get(x.unitId) }));
}

/** Runs each needed family's aggregation once (in parallel), over the periods its rules need. */
async function loadFacts(ctx: EvaluationContext, rules: RuleDefinition[]): Promise<{ tables: Map<FactFamily, FactTable>; assignments: AssignmentRow[] }> {
  const byFamily = new Map<FactFamily, RuleDefinition[]>();
  for (const rule of rules) byFamily.set(rule.family, [...(byFamily.get(rule.family) ?? []), rule]);
  const periodsOf = (family: FactFamily) => uniquePeriods((byFamily.get(family) ?? []).flatMap((r) => ctx.periodsFor(r)));
  const variantsOf = (family: FactFamily) => [...new Set((byFamily.get(family) ?? []).map((r) => r.variant ?? "ANY"))];
  const snapshot = ctx.periodsFor({ period: "SNAPSHOT" } as RuleDefinition)[0];
  const years = () => ctx.periodsFor({ period: "YEAR" } as RuleDefinition);
  const tables = new Map<FactFamily, FactTable>();
  let assignments: AssignmentRow[] = [];
  const loaders: Record<FactFamily, () => Promise<FactTable>> = {
    ACTIVITIES: () => activityFacts(ctx, variantsOf("ACTIVITIES"), periodsOf("ACTIVITIES")),
    EDUCATION_HOURS: () => educationFacts(ctx, periodsOf("EDUCATION_HOURS")),
    MEMBER_DUTIES: () => memberDutyFacts(ctx, years(), snapshot),
    LIAISON_VISITS: async () => {
      const loaded = await liaisonFacts(ctx, periodsOf("LIAISON_VISITS"));
      assignments = loaded.assignments;
      return loaded.table;
    },
    FUNDS: () => fundFacts(ctx, periodsOf("FUNDS"), (period) => ctx.paramsFor(ruleByCode("FUNDING_FLOOR")!, period).params),
    ROOMS: () => roomFacts(ctx, snapshot),
    DOCUMENTS: () => {
      const graceOf = (code: string) => ctx.paramsFor(ruleByCode(code)!, { start: ctx.from } as Period).params.graceDays ?? 0;
      return documentFacts(ctx, variantsOf("DOCUMENTS"), periodsOf("DOCUMENTS"), { GB_ANNUAL_REPORT: graceOf("GB_ANNUAL_REPORT") });
    },
    RECORD_BOOKS: () => recordBookFacts(ctx, periodsOf("RECORD_BOOKS")),
    ALLOWANCES: () => allowanceFacts(ctx, periodsOf("ALLOWANCES")),
    AWARDS: () => awardFacts(ctx, periodsOf("AWARDS")),
    STUDENT_COVERAGE: () => coverageFacts(ctx, snapshot, ctx.paramsFor(ruleByCode("STUDENT_COVERAGE")!, snapshot).params.upperFromYearOfStudy),
  };
  await Promise.all([...byFamily.keys()].map(async (family) => tables.set(family, await loaders[family]())));
  return { tables, assignments };
}

function uniquePeriods(periods: Period[]): Period[] {
  return [...new Map(periods.map((p) => [`${p.kind}|${p.key}`, p])).values()];
}

