import { MemberCategory } from "../member/member.enums";
import { yuan, type Fen } from "../common/money";
import { ruleByCode } from "../rules/registry";

/**
 * FUNDING_FLOOR (四(五)1) as the funding area uses it: the numbers are the rulebook's (one place,
 * api/src/rules/registry/resource.rules.ts), read here in fen for SQL and the demo.
 */
const rule = ruleByCode("FUNDING_FLOOR")!;

export const FUNDING_FLOOR = {
  code: rule.code,
  citation: rule.citation,
  description: rule.requirement,
  params: {
    perFacultyMember: yuan(rule.defaults.perFacultyYuan),
    perStudentMember: yuan(rule.defaults.perStudentYuan),
  },
} as const;

/** The floor for given member counts, in fen (the same formula fundSummary runs in SQL). */
export function fundingFloor(counts: Record<MemberCategory, number>, retireesAsFaculty: boolean): Fen {
  const faculty = counts.FACULTY + (retireesAsFaculty ? counts.RETIRED : 0);
  return faculty * FUNDING_FLOOR.params.perFacultyMember + counts.STUDENT * FUNDING_FLOOR.params.perStudentMember;
}
