import { BranchKind, OrgUnitKind } from "../../org/org-unit.enums";
import { atLeast, eachAtLeast } from "../checks";
import type { CalendarPeriodKind, Fact, RuleDefinition } from "../rule.types";

/**
 * 三会一课 and the other meeting cadences (DOMAIN §3; source 四(二)3, 附件 指标7). Facts: activities
 * hosted by the unit, of the rule's types (`variant`), held in the period, not archived.
 */
const BRANCH = [OrgUnitKind.BRANCH];
const GENERAL_BRANCH = [OrgUnitKind.GENERAL_BRANCH];

const cadence = (
  code: string,
  title: string,
  citation: string,
  variant: string,
  unitKinds: OrgUnitKind[],
  every: CalendarPeriodKind,
  min: number,
  extra: Partial<RuleDefinition> = {},
): RuleDefinition => ({
  code,
  title,
  citation,
  requirement: `${title}：每${PERIOD_WORD[every]}不少于 {min} 次`,
  family: "ACTIVITIES",
  variant,
  subject: "UNIT",
  appliesTo: { unitKinds },
  period: { kind: "calendar", every },
  defaults: { min },
  check: atLeast("min", "次"),
  ...extra,
});

const PERIOD_WORD: Record<CalendarPeriodKind, string> = {
  MONTH: "月",
  QUARTER: "季度",
  HALF_YEAR: "半年",
  YEAR: "年",
  SEMESTER: "学期",
  ACADEMIC_YEAR: "学年",
};

/** No meeting held: nothing to time (the cadence rule reports the missing meeting). */
const heldAny = (fact: Fact) => (fact.items?.length ?? 0) > 0;

export const MEETING_CADENCE_RULES: RuleDefinition[] = [
  cadence("ORG_LIFE_STUDENT", "学生党支部组织生活", "四(二)3(2)", "ORGANISATIONAL_LIFE", BRANCH, "MONTH", 2, {
    appliesTo: { unitKinds: BRANCH, branchKinds: [BranchKind.STUDENT] },
    exemptVacationMonths: true,
    settings: ["VACATION_MONTHS"],
  }),
  cadence("ORG_LIFE_STAFF", "在职教职工党支部组织生活", "四(二)3(2)", "ORGANISATIONAL_LIFE", BRANCH, "MONTH", 1, {
    appliesTo: { unitKinds: BRANCH, branchKinds: [BranchKind.STAFF, BranchKind.FACULTY] },
    exemptVacationMonths: true,
    settings: ["VACATION_MONTHS"],
  }),
  cadence("ORG_LIFE_RETIRED", "离退休党支部组织生活", "四(二)3(2)", "ORGANISATIONAL_LIFE", BRANCH, "MONTH", 1, {
    appliesTo: { unitKinds: BRANCH, branchKinds: [BranchKind.RETIRED] },
    exemptVacationMonths: true,
    settings: ["VACATION_MONTHS"],
  }),
  cadence("BRANCH_COMMITTEE_MONTHLY", "党支部委员会例会", "四(二)3(3)；附件 指标7", "BRANCH_COMMITTEE_MEETING", BRANCH, "MONTH", 1, {
    exemptVacationMonths: true,
    settings: ["VACATION_MONTHS"],
  }),
  cadence("BRANCH_DEMOCRATIC_LIFE_YEARLY", "党支部民主生活会", "四(二)3(4)；附件 指标7", "DEMOCRATIC_LIFE", BRANCH, "YEAR", 1),
  cadence("BRANCH_PARTY_LECTURE_SEMESTER", "党支部党课", "附件 指标7", "PARTY_LECTURE", BRANCH, "SEMESTER", 1),
  cadence("BRANCH_PARTY_DAY_SEMESTER", "党支部党日活动", "附件 指标7", "PARTY_DAY", BRANCH, "SEMESTER", 1),
  cadence("FORUM_HALF_YEAR", "师生员工座谈会", "四(二)3(1)；附件 指标7", "FORUM", BRANCH, "HALF_YEAR", 1),
  cadence("THOUGHT_ANALYSIS_HALF_YEAR", "师生员工思想状况分析", "四(二)3(1)；附件 指标7", "THOUGHT_ANALYSIS", BRANCH, "HALF_YEAR", 1),
  cadence("ACTIVIST_REVIEW_HALF_YEAR", "入党积极分子全面考察分析", "四(二)3(1)；附件 指标7", "ACTIVIST_REVIEW", BRANCH, "HALF_YEAR", 1),
  cadence("MEMBER_APPRAISAL_YEARLY", "民主评议党员", "四(二)4(3)", "MEMBER_APPRAISAL", BRANCH, "YEAR", 1),
  cadence(
    "GB_CADRE_DEMOCRATIC_LIFE_YEARLY",
    "党总支科级以上干部民主生活会",
    "四(二)3(1)",
    "DEMOCRATIC_LIFE_CADRES",
    GENERAL_BRANCH,
    "YEAR",
    1,
  ),
  cadence("GB_PARTY_LECTURE_HALF_YEAR", "党总支党课", "四(二)3(1)", "PARTY_LECTURE", GENERAL_BRANCH, "HALF_YEAR", 1),
  cadence("GB_COMMITTEE_MONTHLY", "党总支委员会", "四(二)3(1)", "BRANCH_COMMITTEE_MEETING", GENERAL_BRANCH, "MONTH", 1),
  cadence("GB_PARTY_DAY_SEMESTER", "党总支党日活动", "四(二)3(1)", "PARTY_DAY", GENERAL_BRANCH, "SEMESTER", 1),
  {
    code: "ORG_LIFE_MIN_DURATION",
    title: "组织生活时长",
    citation: "四(二)3(2)",
    requirement: "每次组织生活不少于 {minMinutes} 分钟",
    family: "ACTIVITIES",
    variant: "ORGANISATIONAL_LIFE",
    subject: "UNIT",
    appliesTo: { unitKinds: BRANCH },
    period: { kind: "calendar", every: "MONTH" },
    defaults: { minMinutes: 120 },
    judgesFact: heldAny,
    check: eachAtLeast("minMinutes", "分钟"),
  },
  {
    code: "GB_MIN_DURATION",
    title: "党总支组织活动时长",
    citation: "四(二)3(1)",
    requirement: "党总支的民主生活会、党课、委员会、党日活动每次不少于 {minMinutes} 分钟",
    family: "ACTIVITIES",
    variant: "GB_CADENCE",
    subject: "UNIT",
    appliesTo: { unitKinds: GENERAL_BRANCH },
    period: { kind: "calendar", every: "MONTH" },
    defaults: { minMinutes: 60 },
    judgesFact: heldAny,
    check: eachAtLeast("minMinutes", "分钟"),
  },
];

/** Which activity types each variant counts (the GB duration rule covers all four GB cadences). */
export const ACTIVITY_VARIANTS: Record<string, { types: string[]; forCadres?: boolean }> = {
  ORGANISATIONAL_LIFE: { types: ["ORGANISATIONAL_LIFE"] },
  BRANCH_COMMITTEE_MEETING: { types: ["BRANCH_COMMITTEE_MEETING"] },
  DEMOCRATIC_LIFE: { types: ["DEMOCRATIC_LIFE"] },
  DEMOCRATIC_LIFE_CADRES: { types: ["DEMOCRATIC_LIFE"], forCadres: true },
  PARTY_LECTURE: { types: ["PARTY_LECTURE"] },
  PARTY_DAY: { types: ["PARTY_DAY"] },
  FORUM: { types: ["FORUM"] },
  THOUGHT_ANALYSIS: { types: ["THOUGHT_ANALYSIS"] },
  ACTIVIST_REVIEW: { types: ["ACTIVIST_REVIEW"] },
  MEMBER_APPRAISAL: { types: ["MEMBER_APPRAISAL"] },
  JOINT_MEETING: { types: ["JOINT_MEETING"] },
  GB_CADENCE: { types: ["DEMOCRATIC_LIFE", "PARTY_LECTURE", "BRANCH_COMMITTEE_MEETING", "PARTY_DAY"] },
};
