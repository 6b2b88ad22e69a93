import { atLeast, atMost } from "../checks";
import type { CheckInput, CheckResult, RuleDefinition } from "../rule.types";

/** Members' own duties (四(二)4, 四(三)2(3), 四(一)3): one finding per member. */
export const MEMBER_DUTY_RULES: RuleDefinition[] = [
  {
    code: "MASS_CONTACTS",
    title: "党员联系群众",
    citation: "四(二)4(2)",
    requirement: "每名党员联系 {min}–{max} 名党外群众",
    family: "MEMBER_DUTIES",
    variant: "CONTACTS",
    subject: "MEMBER",
    appliesTo: {},
    period: { kind: "snapshot" },
    defaults: { min: 1, max: 3 },
    check: ({ fact, params }: CheckInput): CheckResult => {
      if (fact.value < params.min)
        return { status: "UNMET", expected: params.min, actual: fact.value, unit: "人", detail: "尚未联系党外群众" };
      // More than the upper bound is noted, not a failure: the source asks for 1–3.
      const detail = fact.value > params.max ? `联系 ${fact.value} 人，超过 ${params.max} 人（记录在案）` : undefined;
      return { status: "MET", expected: params.min, actual: fact.value, unit: "人", detail };
    },
  },
  {
    code: "DUES_PAID",
    title: "按月交纳党费",
    citation: "四(三)2(3)；附件 指标10",
    requirement: "按月足额交纳党费，欠交月数不超过 {maxUnpaidMonths} 个月",
    family: "MEMBER_DUTIES",
    variant: "DUES",
    subject: "MEMBER",
    appliesTo: {},
    period: { kind: "calendar", every: "YEAR" },
    defaults: { maxUnpaidMonths: 0 },
    check: atMost("maxUnpaidMonths", "个月"),
  },
  {
    code: "MOBILE_MEMBER_GROUPED",
    title: "流动党员编入党小组",
    citation: "四(一)3；四(三)2(3)",
    requirement: "顶岗实习、挂职学习支教的党员编入就近的党小组（至少 {min} 个）",
    family: "MEMBER_DUTIES",
    variant: "GROUPED",
    subject: "MEMBER",
    appliesTo: { mobileOnly: true },
    period: { kind: "snapshot" },
    defaults: { min: 1 },
    check: atLeast("min", "个"),
  },
  {
    code: "MEMBER_REPORTS",
    title: "党员向党组织汇报",
    citation: "四(二)4(1)",
    requirement: "党员每年向党组织书面汇报思想、工作和学习情况不少于 {min} 次",
    family: "THOUGHT_REPORTS",
    variant: "THOUGHT_REPORT",
    subject: "MEMBER",
    appliesTo: {},
    period: { kind: "calendar", every: "YEAR" },
    defaults: { min: 1 },
    check: atLeast("min", "次"),
  },
];
