/**
 * How the headline groups the rule engine's rules into the families a leader asks about. The API
 * reports per rule (`byRule`, with its title and citation) but does not name a rule's family, so
 * this grouping — presentation only, no number or threshold — lives here; a rule not listed falls
 * under 其他制度 and still counts.
 */
export interface RuleFamily {
  key: string;
  label: string;
  codes: string[];
}

export const RULE_FAMILIES: RuleFamily[] = [
  {
    key: "MEETINGS",
    label: "三会一课与组织生活",
    codes: [
      "ORG_LIFE_STUDENT",
      "ORG_LIFE_STAFF",
      "ORG_LIFE_RETIRED",
      "BRANCH_COMMITTEE_MONTHLY",
      "BRANCH_DEMOCRATIC_LIFE_YEARLY",
      "BRANCH_PARTY_LECTURE_SEMESTER",
      "BRANCH_PARTY_DAY_SEMESTER",
      "FORUM_HALF_YEAR",
      "THOUGHT_ANALYSIS_HALF_YEAR",
      "ACTIVIST_REVIEW_HALF_YEAR",
      "MEMBER_APPRAISAL_YEARLY",
      "GB_CADRE_DEMOCRATIC_LIFE_YEARLY",
      "GB_PARTY_LECTURE_HALF_YEAR",
      "GB_COMMITTEE_MONTHLY",
      "GB_PARTY_DAY_SEMESTER",
      "ORG_LIFE_MIN_DURATION",
      "GB_MIN_DURATION",
    ],
  },
  { key: "EDUCATION", label: "教育学时", codes: ["EDU_HOURS_FACULTY", "EDU_INTEGRITY_FACULTY", "EDU_HOURS_STUDENT", "REQUIRED_TRAINING"] },
  { key: "LIAISON", label: "三联二访", codes: ["LIAISON_SCHOOL_LEADER", "LIAISON_COLLEGE_LEADER", "LIAISON_TEACHER"] },
  {
    key: "RESOURCES",
    label: "经费与活动室",
    codes: ["FUNDING_FLOOR", "DUES_REBATE", "PARTY_WORK_ALLOWANCE", "ROOM_PRESENT", "ROOM_MIN_AREA"],
  },
  { key: "DUES", label: "党费", codes: ["DUES_PAID"] },
  { key: "DEVELOPMENT", label: "党员发展", codes: ["DEV_PLAN_ACADEMIC_YEAR", "STUDENT_COVERAGE"] },
];

export const OTHER_FAMILY = { key: "OTHER", label: "其他制度" };

export function familyOf(ruleCode: string): { key: string; label: string } {
  return RULE_FAMILIES.find((f) => f.codes.includes(ruleCode)) ?? OTHER_FAMILY;
}

/** The rule codes each section asks the compliance report about. */
export const EDUCATION_CODES = { faculty: "EDU_HOURS_FACULTY", integrity: "EDU_INTEGRITY_FACULTY", student: "EDU_HOURS_STUDENT" };
export const LIAISON_CODES = ["LIAISON_SCHOOL_LEADER", "LIAISON_COLLEGE_LEADER", "LIAISON_TEACHER"];
export const ROOM_CODES = ["ROOM_PRESENT", "ROOM_MIN_AREA"];
