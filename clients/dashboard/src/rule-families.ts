/**
 * The rule engine's families (`Rule.family`, `RuleSummary.family`: the fact family a rule is
 * judged from) in the words a leader uses, in the order the headline lists them. Labels only:
 * which rule belongs where comes from the API; a family not listed here shows under its code.
 */
export const FAMILY_LABELS: Array<[string, string]> = [
  ["ACTIVITIES", "三会一课与组织生活"],
  ["EDUCATION_HOURS", "教育学时"],
  ["LIAISON_VISITS", "三联二访"],
  ["FUNDS", "活动经费与党费返还"],
  ["ROOMS", "党员活动室"],
  ["MEMBER_DUTIES", "党费与党员义务"],
  ["DEVELOPMENT_CASES", "发展党员"],
  ["STUDENT_COVERAGE", "学生党建覆盖"],
  ["DOCUMENTS", "备案文件与发展计划"],
  ["RECORD_BOOKS", "活动记录册"],
  ["THOUGHT_REPORTS", "思想汇报"],
  ["ALLOWANCES", "党务工作补贴"],
  ["AWARDS", "评选表彰"],
  ["ASSESSMENT_APPEALS", "考核复核"],
];

export function familyLabel(family: string): string {
  return FAMILY_LABELS.find(([key]) => key === family)?.[1] ?? family;
}

export function familyRank(family: string): number {
  const i = FAMILY_LABELS.findIndex(([key]) => key === family);
  return i < 0 ? FAMILY_LABELS.length : i;
}

/** The three yearly floors the education section compares members with (rule codes of the API's rulebook). */
export const EDUCATION_CODES = { faculty: "EDU_HOURS_FACULTY", integrity: "EDU_INTEGRITY_FACULTY", student: "EDU_HOURS_STUDENT" };
