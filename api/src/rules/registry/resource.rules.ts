import { OrgUnitKind } from "../../org/org-unit.enums";
import { atLeast, atMost, reachesComputedFloor, round2 } from "../checks";
import type { CheckInput, CheckResult, RuleDefinition } from "../rule.types";

const GRASSROOTS = [OrgUnitKind.GENERAL_BRANCH, OrgUnitKind.BRANCH];
const yuanOf = (fen: number) => round2(fen / 100);

/** Money, rooms, allowances and awards (四(五)). Amounts in facts are fen; shown in yuan. */
export const RESOURCE_RULES: RuleDefinition[] = [
  {
    code: "FUNDING_FLOOR",
    title: "党支部活动经费",
    citation: "四(五)1",
    requirement: "党支部年度活动经费不低于：在职教职工党员每人 {perFacultyYuan} 元、学生党员每人 {perStudentYuan} 元",
    family: "FUNDS",
    variant: "FLOOR",
    subject: "UNIT",
    appliesTo: { unitKinds: [OrgUnitKind.BRANCH] },
    period: "YEAR",
    defaults: { perFacultyYuan: 100, perStudentYuan: 50 },
    settings: ["RETIREES_AS_FACULTY"],
    check: reachesComputedFloor("元", yuanOf),
  },
  {
    code: "DUES_REBATE",
    title: "党费返还",
    citation: "四(五)1",
    requirement: "按党委确定的比例将所交党费返还党支部（返还额 = 比例 × 党费收缴额）",
    family: "FUNDS",
    variant: "REBATE",
    subject: "UNIT",
    appliesTo: { unitKinds: [OrgUnitKind.BRANCH] },
    period: "YEAR",
    defaults: {},
    settings: ["REBATE_SHARE"],
    check: reachesComputedFloor("元", yuanOf),
  },
  {
    code: "PARTY_WORK_ALLOWANCE",
    title: "党务工作补贴",
    citation: "四(五)1",
    requirement: "书记、委员、党小组长的党务工作计入工作量并给予补贴：未落实的岗位不超过 {maxMissing} 个",
    family: "ALLOWANCES",
    subject: "UNIT",
    appliesTo: { unitKinds: GRASSROOTS },
    period: "YEAR",
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
    period: "SNAPSHOT",
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
    period: "SNAPSHOT",
    defaults: { minSquareMetres: 20 },
    check: ({ fact, params }: CheckInput): CheckResult => {
      if (fact.evidence.length === 0) return { status: "UNMET", expected: params.minSquareMetres, actual: 0, unit: "m²", detail: "没有活动室" };
      return atLeast("minSquareMetres", "m²")({ fact, params, periodOver: true, period: { kind: "YEAR", key: "", start: "", end: "", label: "" } });
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
    period: "YEAR",
    // Cycle years are firstCycleYear + 2k; other years produce no finding.
    defaults: { kinds: 3, firstCycleYear: 2014, everyYears: 2 },
    check: atLeast("kinds", "类"),
  },
];
