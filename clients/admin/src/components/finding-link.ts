/**
 * Where a compliance finding is fixed in the console: a member's own finding → the member; a
 * liaison assignment → 三联二访; otherwise by the rule's area, and for meeting cadence the form
 * that records the missing meeting for that unit. Navigation only: the finding itself (what is
 * expected, why) comes from the API.
 */
export interface FindingTarget {
  ruleCode: string;
  unitId: string;
  memberId?: string | null;
  assignmentId?: string | null;
}

const BY_PREFIX: Array<[RegExp, (f: FindingTarget) => string]> = [
  [/^LIAISON_/, () => "/liaison"],
  [/^(DUES_|FUNDING_|PARTY_WORK_ALLOWANCE)/, () => "/funding"],
  [/^ROOM_/, () => "/rooms"],
  [/^RECORD_BOOK_/, () => "/record-book"],
  [/^AWARDS_/, () => "/governance"],
  [/^(GB_ANNUAL_REPORT|JOINT_MEETING_RULES|DEV_PLAN_|COMMITTEE_YEARLY_STUDY)/, () => "/documents"],
  [/^STUDENT_COVERAGE/, () => "/classes"],
  [/^(MASS_CONTACTS|MOBILE_MEMBER_GROUPED|MEMBER_REPORTS)/, (f) => `/members?unitId=${f.unitId}`],
  [/^(EDU_|REQUIRED_TRAINING)/, (f) => `/activities?unitId=${f.unitId}`],
];

export function findingLink(f: FindingTarget): string {
  if (f.memberId) return `/members/${f.memberId}`;
  if (f.assignmentId) return "/liaison";
  const match = BY_PREFIX.find(([pattern]) => pattern.test(f.ruleCode));
  return match ? match[1](f) : `/activities/new?unitId=${f.unitId}`;
}
