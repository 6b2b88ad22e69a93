import type { EntityManager } from "typeorm";
import { Period, periodId, uniquePeriods } from "../common/periods";
import { EvaluationContext, UnitRow } from "./evaluation-context";
import { activityFacts } from "./facts/activity.facts";
import { factKeyId, FactTable } from "./facts/fact-table";
import { AssignmentRow, allowanceFacts, awardFacts, coverageFacts, documentFacts, fundFacts, liaisonFacts, recordBookFacts, roomFacts } from "./facts/unit.facts";
import { exempt, Finding, FindingSubject, judge, PeriodJudgement } from "./finding";
import { FindingGroup, groupsOf, inReportOrder, Judged, PageLoad } from "./finding-groups";
import { FactCache, factCacheOf, shapeKey } from "./fact-cache";
import { memberFindingGroups } from "./member-findings";
import { RULES, ruleByCode } from "./registry";
import type { Fact, FactFamily, RuleDefinition } from "./rule.types";

export interface EvaluationRequest {
  collegeId: string;
  rootUnitId: string;
  from: string;
  to: string;
  asOf: string;
  ruleCodes?: string[];
}

interface Subject extends FindingSubject {
  id: string;
  unit: UnitRow | undefined;
}

/**
 * compliance, end to end: load the context once → one SQL aggregation per rule family → each
 * rule's pure check over its subjects × periods → findings with citation, numbers and evidence,
 * in groups per rule, period and unit. Member rules are counted in SQL and built a page at a time
 * (member-findings.ts). Periods that have not begun yet are not judged.
 */
export async function evaluate(em: EntityManager, request: EvaluationRequest, cache: FactCache = factCacheOf(em)): Promise<{ groups: FindingGroup[]; rules: RuleDefinition[]; ctx: EvaluationContext }> {
  const rules = request.ruleCodes?.length ? request.ruleCodes.map((c) => ruleByCode(c)).filter((r): r is RuleDefinition => !!r) : [...RULES];
  await cache.sync(em);
  const ctx = await new EvaluationContext(em, request.collegeId, request.rootUnitId, request.from, request.to, request.asOf, cache).load();
  const periodsOf = (rule: RuleDefinition) => ctx.periodsFor(rule).filter((p) => p.start <= ctx.asOf);
  const unitRules = rules.filter((r) => r.subject !== "MEMBER");
  const [unitGroups, memberGroups] = await Promise.all([
    loadFacts(ctx, unitRules).then((facts) => unitFindingGroups(ctx, unitRules, facts, periodsOf)),
    memberFindingGroups(ctx, rules.filter((r) => r.subject === "MEMBER"), periodsOf),
  ]);
  const byRule = new Map<RuleDefinition, FindingGroup[]>();
  for (const group of [...unitGroups, ...memberGroups]) {
    const list = byRule.get(group.rule);
    if (list) list.push(group);
    else byRule.set(group.rule, [group]);
  }
  return { groups: rules.flatMap((rule) => byRule.get(rule) ?? []), rules, ctx };
}

/** Unit and assignment rules: judged from their families' fact tables, once per table (see `judged`). */
function unitFindingGroups(ctx: EvaluationContext, rules: RuleDefinition[], facts: LoadedFacts, periodsOf: (rule: RuleDefinition) => Period[]): FindingGroup[] {
  const unitsById = new Map(ctx.units.map((u) => [u.id, u]));
  return rules.flatMap((rule) => {
    const source = facts.tables.get(rule.family)!;
    const memoKey = JSON.stringify([rule.code, ctx.rootUnitId, ctx.from, ctx.to, ctx.asOf, ctx.contextDigest]);
    const periods = periodsOf(rule);
    const judgementOf = judgementsOf(ctx, rule);
    if (source instanceof FactTable) {
      const subjects = rule.subject === "ASSIGNMENT" ? (period: Period) => subjectsOf(rule, ctx, unitsById, facts.assignments, period) : constant(subjectsOf(rule, ctx, unitsById, [], null));
      return judged(source, memoKey, () => groupsOf(judgeRule(ctx, rule, source, periods, subjects, judgementOf), rule, findingsOf(rule, source)));
    }
    // Facts kept per unit: each unit's findings are judged again only when its facts were recomputed.
    const groups = subjectsOf(rule, ctx, unitsById, [], null).flatMap((subject) => {
      const table = source.get(subject.unitId)!;
      return judged(table, memoKey, () => groupsOf(judgeRule(ctx, rule, table, periods, constant([subject]), judgementOf), rule, findingsOf(rule, table)));
    });
    return inReportOrder(groups, periods, ctx.units);
  });
}

/** A subject judged by a rule in a period: kept (with what judged it) until a page shows its finding. */
interface JudgedSubject extends Judged {
  judgement: PeriodJudgement;
  subject: Subject;
  /** null: exempt (a vacation month). */
  fact: Fact | null;
}

/** A rule's subjects judged in each period, from one fact table: statuses now, findings when shown. */
function judgeRule(
  ctx: EvaluationContext,
  rule: RuleDefinition,
  table: FactTable,
  periods: Period[],
  subjectsIn: (period: Period) => Subject[],
  judgementOf: (period: Period, unit: UnitRow | undefined) => PeriodJudgement,
): JudgedSubject[] {
  const judged: JudgedSubject[] = [];
  for (const period of periods) {
    const { params } = judgementOf(period, undefined);
    if (rule.code === "AWARDS_BIENNIAL" && (Number(period.key) - params.firstCycleYear) % params.everyYears !== 0) continue;
    for (const subject of subjectsIn(period)) {
      const judgement = judgementOf(period, subject.unit);
      if (rule.exemptVacationMonths && period.kind === "MONTH") {
        const kind = rule.subject === "ASSIGNMENT" ? "STUDENT" : subject.unit?.branchKind ?? null;
        if (ctx.vacationMonths(kind as never).includes(Number(period.key.slice(5, 7)))) {
          judged.push({ status: "EXEMPT", unitId: subject.unitId, period, judgement, subject, fact: null });
          continue;
        }
      }
      const fact = table.get(rule.variant ?? "ANY", subject.id, period.key);
      if (isDurationRule(rule) && !fact.items?.length) continue; // no meeting held: nothing to time (the cadence rule reports it)
      const { status } = rule.check({ fact, params: judgement.params, period, periodOver: judgement.periodOver });
      judged.push({ status, unitId: subject.unitId, period, judgement, subject, fact });
    }
  }
  return judged;
}

/** A rule's judgement of a period, made once per report for each branch kind (the settings shown differ by it). */
function judgementsOf(ctx: EvaluationContext, rule: RuleDefinition): (period: Period, unit: UnitRow | undefined) => PeriodJudgement {
  const made = new Map<string, PeriodJudgement>();
  return (period, unit) => {
    const key = `${periodId(period)}|${unit?.branchKind ?? "-"}`;
    let judgement = made.get(key);
    if (!judgement) made.set(key, (judgement = ctx.judgement(rule, period, unit)));
    return judgement;
  };
}

/**
 * The findings of judged subjects, for a page: from the table's facts, or — for a table that keeps
 * no evidence — from their facts read again with it, in one batch for the page.
 */
function findingsOf(rule: RuleDefinition, table: FactTable): (page: PageLoad, items: JudgedSubject[]) => Promise<Finding[]> {
  const variant = rule.variant ?? "ANY";
  return async (page, items) => {
    const source = table.evidenceSource;
    const loader = source && page.loader(source, factKeyId);
    const facts = await Promise.all(items.map((x) => (loader && x.fact ? loader.load({ variant, subjectId: x.subject.id, period: x.period }) : x.fact)));
    return items.map((x, i) => (facts[i] ? judge(x.judgement, x.subject, facts[i]) : exempt(x.judgement, x.subject)));
  };
}

const constant = <T>(value: T) => () => value;

/** Judged once per fact table (a new table replaces it when its records change) and request shape. */
const judgements = new WeakMap<FactTable, Map<string, FindingGroup[]>>();

function judged(table: FactTable, key: string, judge: () => FindingGroup[]): FindingGroup[] {
  let memo = judgements.get(table);
  if (!memo) judgements.set(table, (memo = new Map()));
  let groups = memo.get(key);
  if (!groups) memo.set(key, (groups = judge()));
  return groups;
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
  return assignments
    .filter((x) => !a.assignmentKinds || a.assignmentKinds.includes(x.kind))
    .filter((x) => period && x.start <= period.end && (x.end === null || x.end >= period.start))
    .map((x) => ({ id: x.id, unitId: x.unitId, memberId: null, assignmentId: x.id, label: x.label, unit: units.get(x.unitId) }));
}

/**
 * The tables each family's SQL reads: a cached fact table is dropped when any of them changes
 * (fact-cache.ts). A test runs every family's statements under EXPLAIN and fails if one reads a
 * table missing here.
 */
export const FAMILY_SOURCES: Partial<Record<FactFamily, readonly string[]>> = {
  ACTIVITIES: ["activity"], // per host unit: the tree is not read
  LIAISON_VISITS: ["liaison_assignment", "liaison_visit", "member", "org_unit", "student_class"],
  FUNDS: ["fund_allocation", "branch_year_dues", "member", "org_unit"],
  ROOMS: ["activity_room", "activity_room_user", "org_unit"],
  DOCUMENTS: ["filed_document", "org_unit"],
  RECORD_BOOKS: ["record_book_hand_in", "org_unit"],
  ALLOWANCES: ["committee_position", "party_work_allowance", "org_unit"],
  AWARDS: ["award", "org_unit"],
  STUDENT_COVERAGE: ["student_class", "class_member", "class_group", "member", "org_unit"],
};

/** Runs each needed family's aggregation once (in parallel), over the periods its unit and assignment rules need. */
interface LoadedFacts {
  /** Per family: one table for the subtree, or (for families kept per unit) one per unit. */
  tables: Map<FactFamily, FactTable | Map<string, FactTable>>;
  assignments: AssignmentRow[];
}

async function loadFacts(ctx: EvaluationContext, rules: RuleDefinition[]): Promise<LoadedFacts> {
  const byFamily = new Map<FactFamily, RuleDefinition[]>();
  for (const rule of rules) byFamily.set(rule.family, [...(byFamily.get(rule.family) ?? []), rule]);
  const periodsOf = (family: FactFamily) => uniquePeriods((byFamily.get(family) ?? []).flatMap((r) => ctx.periodsFor(r)));
  const variantsOf = (family: FactFamily) => [...new Set((byFamily.get(family) ?? []).map((r) => r.variant ?? "ANY"))];
  const snapshot = ctx.periodsFor({ period: "SNAPSHOT" } as RuleDefinition)[0];
  const tables = new Map<FactFamily, FactTable | Map<string, FactTable>>();
  let assignments: AssignmentRow[] = [];
  // Families whose facts are kept per unit (the unit-logged tables of fact-cache.ts).
  const perUnit: Partial<Record<FactFamily, (unitIds: string[]) => Promise<Map<string, FactTable>>>> = {
    ACTIVITIES: (unitIds) => activityFacts(ctx, variantsOf("ACTIVITIES"), periodsOf("ACTIVITIES"), unitIds),
  };
  const loaders: Partial<Record<FactFamily, () => Promise<FactTable | { table: FactTable; assignments: AssignmentRow[] }>>> = {
    LIAISON_VISITS: () => liaisonFacts(ctx, periodsOf("LIAISON_VISITS")),
    FUNDS: () => fundFacts(ctx, periodsOf("FUNDS"), floorOf),
    ROOMS: () => roomFacts(ctx, snapshot),
    DOCUMENTS: () => documentFacts(ctx, variantsOf("DOCUMENTS"), periodsOf("DOCUMENTS"), { GB_ANNUAL_REPORT: annualReportGrace() }),
    RECORD_BOOKS: () => recordBookFacts(ctx, periodsOf("RECORD_BOOKS")),
    ALLOWANCES: () => allowanceFacts(ctx, periodsOf("ALLOWANCES")),
    AWARDS: () => awardFacts(ctx, periodsOf("AWARDS")),
    STUDENT_COVERAGE: () => coverageFacts(ctx, snapshot, upperYearOfStudy()),
  };
  // The rule numbers and settings a family's statement uses (its key carries them; the rest are
  // applied when judging): changing another setting keeps its facts.
  const floorOf = (period: Period) => ctx.paramsFor(ruleByCode("FUNDING_FLOOR")!, period).params;
  const annualReportGrace = () => ctx.paramsFor(ruleByCode("GB_ANNUAL_REPORT")!, { start: ctx.from } as Period).params.graceDays ?? 0;
  const upperYearOfStudy = () => ctx.paramsFor(ruleByCode("STUDENT_COVERAGE")!, snapshot).params.upperFromYearOfStudy;
  const configOf: Partial<Record<FactFamily, () => unknown>> = {
    FUNDS: () =>
      periodsOf("FUNDS").map((p) => {
        const year = Number(p.start.slice(0, 4));
        return [floorOf(p), ctx.rebateShare(year), ctx.retireesAsFaculty(year)];
      }),
    DOCUMENTS: annualReportGrace,
    STUDENT_COVERAGE: upperYearOfStudy,
  };
  const cache = ctx.cache;
  await Promise.all(
    [...byFamily.keys()].map(async (family) => {
      const load = loaders[family];
      const sources = FAMILY_SOURCES[family];
      const byUnit = perUnit[family];
      if (!(load || byUnit) || !sources) throw new Error(`no unit facts for ${family}`);
      // Everything the statement depends on besides the tables: periods, dates and the numbers it uses.
      const key = shapeKey(family, variantsOf(family), periodsOf(family), ctx.snapshotDate, ctx.asOf, configOf[family]?.() ?? null);
      if (byUnit) {
        tables.set(family, await cache.perUnit(ctx.units.map((u) => u.id), (unitId) => `${unitId}|${key}`, sources, byUnit));
        return;
      }
      const loaded = await cache.get(`${ctx.rootUnitId}|${key}`, sources, null, load!);
      if (loaded instanceof FactTable) tables.set(family, loaded);
      else {
        tables.set(family, loaded.table);
        assignments = loaded.assignments;
      }
    }),
  );
  return { tables, assignments };
}


