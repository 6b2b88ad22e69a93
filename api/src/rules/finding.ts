import type { Period } from "../common/periods";
import type {
  AppliedSetting,
  CheckResult,
  Evidence,
  Fact,
  FindingStatus,
  RuleBase,
  RuleDefinition,
  RuleParams,
  SettingValues,
} from "./rule.types";

/** One finding: which rule, about whom, for which period, expected vs actual, and why. */
export interface Finding {
  ruleCode: string;
  title: string;
  citation: string;
  status: FindingStatus;
  period: Period;
  unitId: string;
  memberId: string | null;
  assignmentId: string | null;
  subjectLabel: string;
  expected: number;
  actual: number;
  measure: string;
  /** Built when asked for: a report holds thousands of findings and shows a page of them. */
  message: () => string;
  evidence: Evidence[];
  settings: AppliedSetting[];
  /** When a PENDING obligation must be met by. */
  dueBy: string | null;
  /** Set when the committee changed the rule's numbers for this period. */
  parameterNote: string | null;
}

const STATUS_WORD: Record<Exclude<FindingStatus, "EXEMPT">, string> = { MET: "已达标", UNMET: "未达标", PENDING: "进行中" };

/** The requirement sentence with the period's numbers filled in. */
export function requirementText(rule: RuleBase, params: RuleParams): string {
  return rule.requirement.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

/** “机关一支部 2025年9月 在职教职工党支部组织生活：…；实际 0次，未达标（缺 1次）。（四(二)3(2)）” */
function findingMessage(rule: RuleDefinition, params: RuleParams, subject: string, period: Period, result: CheckResult): string {
  const detail = result.detail ? `（${result.detail}）` : "";
  return `${subject} ${period.label}｜${requirementText(rule, params)}；实际 ${format(result.actual)}${result.unit}，${STATUS_WORD[result.status]}${detail}。依据：${rule.citation}`;
}

function exemptMessage(rule: RuleDefinition, subject: string, period: Period, setting: AppliedSetting): string {
  return `${subject} ${period.label}｜${rule.title}：该月为假期月份，按设置（${setting.label}）免于检查。依据：${rule.citation}`;
}

function format(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n * 100) / 100) : "—";
}

/** Who or what a finding is about. */
export interface FindingSubject {
  unitId: string;
  memberId: string | null;
  assignmentId: string | null;
  label: string;
}

/** The numbers in force for a rule in a period, and the committee change that set them, if any. */
export interface PeriodJudgement {
  rule: RuleDefinition;
  period: Period;
  params: RuleParams;
  override: { effectiveFrom: string; note: string | null } | null;
  periodOver: boolean;
  settings: AppliedSetting[];
  /** The settings' values, as the rule's check reads them. */
  values: SettingValues;
}

/** A rule's check applied to one subject's fact: the one way every finding is made. */
export function judge(j: PeriodJudgement, subject: FindingSubject, fact: Fact): Finding {
  const result = j.rule.check({ fact, params: j.params, period: j.period, periodOver: j.periodOver, settings: j.values });
  // An object literal of one shape (no spreads): reports build thousands of these per request.
  return {
    ruleCode: j.rule.code,
    title: j.rule.title,
    citation: j.rule.citation,
    period: j.period,
    unitId: subject.unitId,
    memberId: subject.memberId,
    assignmentId: subject.assignmentId,
    subjectLabel: subject.label,
    settings: j.settings,
    parameterNote: parameterNote(j),
    status: result.status,
    expected: result.expected,
    actual: result.actual,
    measure: result.unit,
    evidence: result.evidence ?? fact.evidence,
    dueBy: result.status === "PENDING" ? j.period.end : null,
    message: () => findingMessage(j.rule, j.params, subject.label, j.period, result),
  };
}

/** A monthly obligation waived for a vacation month, as the setting says. */
export function exempt(j: PeriodJudgement, subject: FindingSubject): Finding {
  return {
    ruleCode: j.rule.code,
    title: j.rule.title,
    citation: j.rule.citation,
    period: j.period,
    unitId: subject.unitId,
    memberId: subject.memberId,
    assignmentId: subject.assignmentId,
    subjectLabel: subject.label,
    settings: j.settings,
    parameterNote: parameterNote(j),
    status: "EXEMPT",
    expected: 0,
    actual: 0,
    measure: "",
    evidence: [],
    dueBy: null,
    message: () => exemptMessage(j.rule, subject.label, j.period, j.settings[0]),
  };
}

function parameterNote(j: PeriodJudgement): string | null {
  return j.override ? `自 ${j.override.effectiveFrom} 起按党委调整后的标准${j.override.note ? `（${j.override.note}）` : ""}` : null;
}
