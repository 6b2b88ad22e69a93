import { applyShare, Fen } from "../../common/money";
import { OrgUnitKind } from "../../org/org-unit.enums";
import { atLeast, atMost, reachesComputedFloor, round2 } from "../checks";
import type { CheckInput, CheckResult, RuleDefinition, RuleParams } from "../rule.types";

const GRASSROOTS = [OrgUnitKind.GENERAL_BRANCH, OrgUnitKind.BRANCH];
const yuanOf = (fen: number) => round2(fen / 100);

/**
 * FUNDING_FLOOR's formula, written once: the branch's active faculty members (and its retirees,
 * when the year's setting counts them as faculty) at the faculty rate, its students at the
 * student rate, in fen. The compliance check and the funding summary (fundSummary) both use it.
 */
export function fundingFloorFen(
  members: { faculty: number; student: number; retired: number },
  retireesAsFaculty: boolean,
  params: RuleParams,
): Fen {
  const faculty = members.faculty + (retireesAsFaculty ? members.retired : 0);
  return faculty * fenOf(params.perFacultyYuan) + members.student * fenOf(params.perStudentYuan);
}

/** Yuan per head in fen; a committee's number may have more than two decimals. */
const fenOf = (yuanPerHead: number) => Math.round(yuanPerHead * 100);

export const FUNDING_FLOOR: RuleDefinition = {
  code: "FUNDING_FLOOR",
  title: "党支部活动经费",
  citation: "四(五)1",
  requirement: "党支部年度活动经费不低于：在职教职工党员每人 {perFacultyYuan} 元、学生党员每人 {perStudentYuan} 元",
  family: "FUNDS",
  variant: "FLOOR",
  subject: "UNIT",
  appliesTo: { unitKinds: [OrgUnitKind.BRANCH] },
  period: { kind: "calendar", every: "YEAR" },
  defaults: { perFacultyYuan: 100, perStudentYuan: 50 },
  settings: ["RETIREES_AS_FACULTY"],
  // The fact is the year's allocations, with the branch's members by category.
  check: reachesComputedFloor("元", yuanOf, ({ fact, params, settings }) =>
    fundingFloorFen({ faculty: 0, student: 0, retired: 0, ...fact.measures }, settings.RETIREES_AS_FACULTY !== "false", params),
  ),
};

/** Money, rooms, allowances and awards (四(五)). Amounts in facts are fen; shown in yuan. */
export const RESOURCE_RULES: RuleDefinition[] = [
  FUNDING_FLOOR,
  {
    code: "DUES_REBATE",
    title: "党费返还",
    citation: "四(五)1",
    requirement: "按党委确定的比例将所交党费返还党支部（返还额 = 比例 × 党费收缴额）",
    family: "FUNDS",
    variant: "REBATE",
    subject: "UNIT",
    appliesTo: { unitKinds: [OrgUnitKind.BRANCH] },
    period: { kind: "calendar", every: "YEAR" },
    defaults: {},
    settings: ["REBATE_SHARE"],
    // The fact is the rebate received, with the dues collected in the year; no share set: nothing can meet it.
    check: reachesComputedFloor("元", yuanOf, ({ fact, settings }) =>
      settings.REBATE_SHARE ? applyShare(fact.measures?.collected ?? 0, settings.REBATE_SHARE) : Number.POSITIVE_INFINITY,
    ),
  },
  {
    code: "PARTY_WORK_ALLOWANCE",
    title: "党务工作补贴",
    citation: "四(五)1",
    requirement: "书记、委员、党小组长的党务工作计入工作量并给予补贴：未落实的岗位不超过 {maxMissing} 个",
    family: "ALLOWANCES",
    subject: "UNIT",
    appliesTo: { unitKinds: GRASSROOTS },
    period: { kind: "calendar", every: "YEAR" },
    defaults: { maxMissing: 0 },
    check: atMost("maxMissing", "个"),
  },
  {
    code: "ROOM_PRESENT",
    title: "党员活动室",
    citation: "四(五)2",
    requirement: "每个基层党组织有党员活动室（至少 {min} 间，可共用）",
    family: "ROOMS",
    variant: "COUNT",
    subject: "UNIT",
    appliesTo: { unitKinds: GRASSROOTS },
    period: { kind: "snapshot" },
    defaults: { min: 1 },
    check: atLeast("min", "间"),
  },
  {
    code: "ROOM_MIN_AREA",
    title: "党员活动室面积",
    citation: "四(五)2",
    requirement: "党员活动室面积不少于 {minSquareMetres} 平方米（共用时须有一间达标）",
    family: "ROOMS",
    variant: "LARGEST_AREA",
    subject: "UNIT",
    appliesTo: { unitKinds: GRASSROOTS },
    period: { kind: "snapshot" },
    defaults: { minSquareMetres: 20 },
    check: (input: CheckInput): CheckResult => {
      if (input.fact.evidence.length === 0)
        return { status: "UNMET", expected: input.params.minSquareMetres, actual: 0, unit: "m²", detail: "没有活动室" };
      return atLeast("minSquareMetres", "m²")({ ...input, periodOver: true });
    },
  },
  {
    code: "AWARDS_BIENNIAL",
    title: "两年一次评选表彰",
    citation: "四(五)3(1)",
    requirement: "每两年评选表彰先进基层党组织、优秀党务工作者、优秀共产党员（{kinds} 类均有表彰）",
    family: "AWARDS",
    subject: "UNIT",
    appliesTo: { unitKinds: [OrgUnitKind.PARTY_COMMITTEE] },
    period: { kind: "calendar", every: "YEAR" },
    defaults: { kinds: 3, firstCycleYear: 2014, everyYears: 2 },
    // Cycle years are firstCycleYear + everyYears × k; other years produce no finding.
    judgesPeriod: (year, params) => (Number(year.key) - params.firstCycleYear) % params.everyYears === 0,
    check: atLeast("kinds", "类"),
  },
];
