import { isRefusal, Refusal } from "../common/refusal";
import type {
  ComplianceResult,
  ComplianceSettingResult,
  FindingPageResult,
  RuleWithVersions,
  SilentUnitResult,
  StatusTotals,
} from "./compliance.results";
import {
  ComplianceReport,
  ComplianceSetting,
  FindingPage,
  FindingStatusEnum,
  FindingView,
  Rule,
  RuleSummary,
  SilentUnit,
  StatusCounts,
  UnitSummary,
} from "./compliance.views";
import { requirementText } from "./finding";
import type { Finding } from "./finding";
import { periodKindOf, SOURCE_EFFECTIVE_FROM } from "./rule.types";

/** The GraphQL views of the compliance service's results: built here, for the resolvers, and nowhere else. */

export function ruleView({ kind, rule, versions }: RuleWithVersions): Rule {
  const own = versions.filter((v) => v.ruleCode === rule.code);
  return Object.assign(new Rule(), {
    code: rule.code,
    kind,
    title: rule.title,
    citation: rule.citation,
    requirement: requirementText(rule, { ...rule.defaults, ...(own.at(-1)?.params ?? {}) }),
    subject: rule.subject,
    periodKind: kind === "GUARD" ? "STEP" : periodKindOf(rule.period),
    appliesTo: kind === "GUARD" ? "ALL" : describeAppliesTo(rule.appliesTo),
    settings: kind === "GUARD" ? [] : (rule.settings ?? []),
    family: kind === "GUARD" ? null : rule.family,
    parameters: [
      { effectiveFrom: SOURCE_EFFECTIVE_FROM, params: rule.defaults, source: "SOURCE", note: "原文标准" },
      ...own.map((o) => ({ effectiveFrom: o.effectiveFrom, params: o.params, source: "COMMITTEE", note: o.note })),
    ],
  });
}

export function reportView(result: ComplianceResult): ComplianceReport {
  return Object.assign(new ComplianceReport(), {
    unitId: result.unitId,
    from: result.from,
    to: result.to,
    asOf: result.asOf,
    totals: countsView(result.totals),
    byRule: result.byRule.map((r) => Object.assign(new RuleSummary(), r)),
    byUnit: result.byUnit.map((u) => Object.assign(new UnitSummary(), u)),
    result,
  });
}

export function findingPageView(page: FindingPageResult): FindingPage {
  return Object.assign(new FindingPage(), { items: page.items.map(findingView), totalCount: page.totalCount });
}

export function findingView(f: Finding): FindingView {
  const show = (n: number, unit: string) => (Number.isFinite(n) ? `${Math.round(n * 100) / 100}${unit}` : "未设定");
  return Object.assign(new FindingView(), {
    ruleCode: f.ruleCode,
    title: f.title,
    citation: f.citation,
    status: f.status as FindingStatusEnum,
    periodKind: f.period.kind,
    periodKey: f.period.key,
    periodLabel: f.period.label,
    periodStart: f.period.start,
    periodEnd: f.period.end,
    expected: show(f.expected, f.measure),
    actual: show(f.actual, f.measure),
    expectedValue: Number.isFinite(f.expected) ? f.expected : -1,
    actualValue: Number.isFinite(f.actual) ? f.actual : null,
    measure: f.measure,
    unitId: f.unitId,
    memberId: f.memberId,
    assignmentId: f.assignmentId,
    subjectLabel: f.subjectLabel,
    messageOf: f.message,
    evidence: f.evidence,
    settings: f.settings,
    dueBy: f.dueBy,
    parameterNote: f.parameterNote,
  });
}

export function silentUnitView(unit: SilentUnitResult): SilentUnit {
  return Object.assign(new SilentUnit(), unit);
}

export function settingView(result: ComplianceSettingResult | Refusal): ComplianceSetting | Refusal {
  return isRefusal(result) ? result : Object.assign(new ComplianceSetting(), result);
}

function countsView(totals: StatusTotals): StatusCounts {
  return Object.assign(new StatusCounts(), totals);
}

function describeAppliesTo(a: object): string {
  const parts = Object.entries(a).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join("/") : String(v)}`);
  return parts.length ? parts.join("; ") : "ALL";
}
