import type { Period } from "../common/periods";
import type { AppliedSetting, CheckResult, Evidence, FindingStatus, RuleDefinition, RuleParams } from "./rule.types";

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
export function requirementText(rule: RuleDefinition, params: RuleParams): string {
  return rule.requirement.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

/** “机关一支部 2025年9月 在职教职工党支部组织生活：…；实际 0次，未达标（缺 1次）。（四(二)3(2)）” */
export function findingMessage(rule: RuleDefinition, params: RuleParams, subject: string, period: Period, result: CheckResult): string {
  const detail = result.detail ? `（${result.detail}）` : "";
  return `${subject} ${period.label}｜${requirementText(rule, params)}；实际 ${format(result.actual)}${result.unit}，${STATUS_WORD[result.status]}${detail}。依据：${rule.citation}`;
}

export function exemptMessage(rule: RuleDefinition, subject: string, period: Period, setting: AppliedSetting): string {
  return `${subject} ${period.label}｜${rule.title}：该月为假期月份，按设置（${setting.label}）免于检查。依据：${rule.citation}`;
}

function format(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n * 100) / 100) : "—";
}
