import { Period, periodId, uniquePeriods } from "../common/periods";
import type { EvaluationContext, UnitRow } from "./evaluation-context";
import { shapeKey } from "./fact-cache";
import type { FamilyNeed, TableFamily } from "./family.types";
import { EvidenceSource, factKeyId, FactTable } from "./facts/fact-table";
import { exempt, Finding, judge, PeriodJudgement } from "./finding";
import { groupsOf, inReportOrder, Judged, PageLoad, FindingGroup } from "./finding-groups";
import type { Fact, RuleDefinition, Subject } from "./rule.types";

/** The periods a rule judges for a subject (none without one, for a subject-dated rule), begun by the evaluation date. */
export type PeriodsOf = (rule: RuleDefinition, subject?: Subject) => Period[];

/**
 * The rules of a family judged in memory, subject by subject (units, assignments, cases: a few
 * thousand at most): its facts loaded — or taken from the cache — once for all of them, then each
 * rule's subjects judged in each of its periods, once per fact table (see `judged`).
 */
export async function tableFindingGroups(
  ctx: EvaluationContext,
  family: TableFamily,
  rules: RuleDefinition[],
  periodsOf: PeriodsOf,
): Promise<FindingGroup[]> {
  const need = familyNeed(ctx, rules);
  const key = shapeKey(
    family.name,
    need.variants,
    need.periods,
    ctx.snapshotDate,
    ctx.asOf,
    family.key?.(ctx, need) ?? null,
    subjectDated(ctx, rules),
  );
  const unitSubjects = ctx.units.map(unitSubject);
  const judgeIn = (rule: RuleDefinition) => {
    const memoKey = JSON.stringify([rule.code, ctx.rootUnitId, ctx.from, ctx.to, ctx.asOf, ctx.contextDigest]);
    const judgementOf = judgementsOf(ctx, rule);
    return (table: FactTable, subjects: () => Subject[]) =>
      judged(table, memoKey, () => {
        const groups = groupsOf(
          judgeRule(ctx, family, rule, table, subjects(), periodsOf, judgementOf),
          rule,
          findingsOf(rule, family.evidence),
        );
        return rule.period.kind === "subject" ? inReportOrder(groups, periodsByDate(groups), ctx.units) : groups;
      });
  };
  if (family.keptPer === "UNIT") {
    // Facts kept per unit: each unit's findings are judged again only when its facts were recomputed.
    const tables = await ctx.cache.perUnit(
      ctx.units.map((u) => u.id),
      (unitId) => `${unitId}|${key}`,
      family.sources,
      (unitIds) => family.load(ctx, need, unitIds),
    );
    return rules.flatMap((rule) => {
      const judgeRuleIn = judgeIn(rule);
      const groups = unitSubjects
        .filter((s) => appliesToUnit(rule, s.unit))
        .flatMap((subject) => judgeRuleIn(tables.get(subject.unitId)!, () => [subject]));
      return inReportOrder(groups, periodsOf(rule), ctx.units);
    });
  }
  const loaded = await ctx.cache.get(`${ctx.rootUnitId}|${key}`, family.sources, null, () => family.load(ctx, need));
  if (loaded instanceof FactTable) return rules.flatMap((rule) => judgeIn(rule)(loaded, () => unitSubjects));
  // Loaded subjects are kept with the facts; their units are this request's (built only when judging).
  let subjects: Subject[] | null = null;
  const ofThisRequest = () => (subjects ??= loaded.subjects.map((s) => ({ ...s, unit: ctx.unit(s.unitId) })));
  return rules.flatMap((rule) => judgeIn(rule)(loaded.table, ofThisRequest));
}

/** What the family's SQL is asked for: its rules' variants and periods, and their numbers. */
function familyNeed(ctx: EvaluationContext, rules: RuleDefinition[]): FamilyNeed {
  const periods = uniquePeriods(rules.flatMap((rule) => ctx.periodsFor(rule)));
  const dated = rules.filter((rule) => rule.period.kind === "subject");
  return {
    rules,
    variants: [...new Set(rules.map((r) => r.variant ?? "ANY"))],
    periods,
    periodsOf: (subject) =>
      dated.length ? uniquePeriods([...periods, ...dated.flatMap((rule) => ctx.periodsFor(rule, subject))]) : periods,
    paramsOn: (rule, date) => ctx.paramsFor(rule, { start: date }).params,
  };
}

/** Subject-dated periods depend on the range and on the rules' own period definitions: part of the key. */
function subjectDated(ctx: EvaluationContext, rules: RuleDefinition[]): unknown {
  const dated = rules.filter((rule) => rule.period.kind === "subject").map((rule) => rule.code);
  return dated.length ? [ctx.from, ctx.to, dated] : null;
}

const unitSubject = (u: UnitRow): Subject => ({
  id: u.id,
  unitId: u.id,
  memberId: null,
  assignmentId: null,
  label: u.fullName,
  unit: u,
  vacationKind: u.branchKind,
});

/** The periods of subject-dated groups, in order of their dates (the report's order for them). */
function periodsByDate(groups: FindingGroup[]): Period[] {
  return uniquePeriods(groups.map((g) => g.period)).sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0,
  );
}

/** A subject judged by a rule in a period: kept (with what judged it) until a page shows its finding. */
interface JudgedSubject extends Judged {
  judgement: PeriodJudgement;
  subject: Subject;
  /** null: exempt (a vacation month). */
  fact: Fact | null;
}

/** A rule's subjects judged in each of its periods, from one fact table: statuses now, findings when shown. */
function judgeRule(
  ctx: EvaluationContext,
  family: TableFamily,
  rule: RuleDefinition,
  table: FactTable,
  subjects: Subject[],
  periodsOf: PeriodsOf,
  judgementOf: (period: Period, unit: UnitRow | undefined) => PeriodJudgement,
): JudgedSubject[] {
  const judged: JudgedSubject[] = [];
  const judgeOne = (subject: Subject, period: Period) => {
    if (!applies(family, rule, subject, period)) return;
    const judgement = judgementOf(period, subject.unit);
    if (
      rule.exemptVacationMonths &&
      period.kind === "MONTH" &&
      ctx.vacationMonths(subject.vacationKind ?? null).includes(Number(period.key.slice(5, 7)))
    ) {
      judged.push({ status: "EXEMPT", unitId: subject.unitId, period, judgement, subject, fact: null });
      return;
    }
    const fact = table.get(rule.variant ?? "ANY", subject.id, period.key);
    if (rule.judgesFact && !rule.judgesFact(fact)) return;
    const { status } = rule.check({ fact, params: judgement.params, period, periodOver: judgement.periodOver, settings: judgement.values });
    judged.push({ status, unitId: subject.unitId, period, judgement, subject, fact });
  };
  const judgesPeriod = (period: Period) => !rule.judgesPeriod || rule.judgesPeriod(period, judgementOf(period, undefined).params);
  if (rule.period.kind === "subject") {
    for (const subject of subjects) for (const period of periodsOf(rule, subject)) if (judgesPeriod(period)) judgeOne(subject, period);
  } else {
    for (const period of periodsOf(rule)) if (judgesPeriod(period)) for (const subject of subjects) judgeOne(subject, period);
  }
  return judged;
}

/**
 * Whether a rule judges a subject in a period: the unit filters of its `appliesTo` (on the
 * subject's unit), the family's own test, and the subject's span overlapping the period.
 */
function applies(family: TableFamily, rule: RuleDefinition, subject: Subject, period: Period): boolean {
  if (!appliesToUnit(rule, subject.unit)) return false;
  if (subject.start && (subject.start > period.end || (subject.end && subject.end < period.start))) return false;
  return !family.applies || family.applies(rule, subject, period);
}

function appliesToUnit(rule: RuleDefinition, unit: UnitRow | undefined): boolean {
  const a = rule.appliesTo;
  if (!unit) return !(a.unitKinds || a.branchKinds || a.secondaryCollegesOnly);
  if (a.unitKinds && !a.unitKinds.includes(unit.kind)) return false;
  if (a.branchKinds && !(unit.branchKind && a.branchKinds.includes(unit.branchKind))) return false;
  return !a.secondaryCollegesOnly || unit.secondaryCollege;
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
 * The findings of judged subjects, for a page: from the table's facts, or — for a family whose
 * tables keep no evidence — from their facts read again with it, in one batch for the page.
 */
function findingsOf(
  rule: RuleDefinition,
  source: EvidenceSource | undefined,
): (page: PageLoad, items: JudgedSubject[]) => Promise<Finding[]> {
  const variant = rule.variant ?? "ANY";
  return async (page, items) => {
    const loader = source && page.loader(source, factKeyId);
    const facts = await Promise.all(
      items.map((x) => (loader && x.fact ? loader.load({ variant, subjectId: x.subject.id, period: x.period }) : x.fact)),
    );
    return items.map((x, i) => (facts[i] ? judge(x.judgement, x.subject, facts[i]) : exempt(x.judgement, x.subject)));
  };
}

/** Judged once per fact table (a new table replaces it when its records change) and request shape. */
const judgements = new WeakMap<FactTable, Map<string, FindingGroup[]>>();

function judged(table: FactTable, key: string, judge: () => FindingGroup[]): FindingGroup[] {
  let memo = judgements.get(table);
  if (!memo) judgements.set(table, (memo = new Map()));
  let groups = memo.get(key);
  if (!groups) memo.set(key, (groups = judge()));
  return groups;
}
