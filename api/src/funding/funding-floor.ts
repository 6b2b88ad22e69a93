import { MemberCategory } from "../member/member.enums";
import { yuan, type Fen } from "../common/money";

/**
 * FUNDING_FLOOR (四(五)1): a branch's yearly activity fund should reach at least
 * 100 yuan × faculty members + 50 yuan × student members; retirees count as faculty unless the
 * committee's yearly setting (`funding_setting.retirees_as_faculty`) says otherwise.
 *
 * The one place these numbers live. The rules engine (a later issue) absorbs this definition into
 * its registry; until then fundSummary reads the parameters from here and passes them to SQL.
 */
export const FUNDING_FLOOR = {
  code: "FUNDING_FLOOR",
  citation: "四(五)1",
  description: "党支部年度活动经费不低于：在职教职工党员每人每年 100 元，学生党员每人每年 50 元（离退休党员默认按教职工计）",
  params: {
    perFacultyMember: yuan(100),
    perStudentMember: yuan(50),
  },
} as const;

/** The floor for given member counts, in fen (the same formula fundSummary runs in SQL). */
export function fundingFloor(counts: Record<MemberCategory, number>, retireesAsFaculty: boolean): Fen {
  const faculty = counts.FACULTY + (retireesAsFaculty ? counts.RETIRED : 0);
  return faculty * FUNDING_FLOOR.params.perFacultyMember + counts.STUDENT * FUNDING_FLOOR.params.perStudentMember;
}
