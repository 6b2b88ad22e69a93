import { AssessmentGrade, GRADE_LABELS } from "./assessment.enums";

/*
 * The score sheet (附件 党支部工作目标管理考核办法 and its 考核评分表) as data, written once with its
 * citations: 6 first-level and 20 second-level indicators, their maxima and sub-elements, the bonus
 * rules of indicators 17–20, the grades and how a proposal turns records into points. Effective-dated
 * like the rule parameters: a round keeps the version in force on its first day (`sheetVersion`), so a
 * later sheet never re-grades an earlier round. A new version is a new entry in SHEET_DEFINITIONS.
 */

/** Where a proposed score comes from (assessment-proposals.ts implements each kind). */
export type ProposalBasis =
  | { kind: "COMMITTEE_COMPLETE" }
  | { kind: "COMMITTEE_DUTIES" }
  | { kind: "COMMITTEE_REELECTION" }
  | { kind: "DOCUMENT"; documentKind: "DEV_PLAN" | "GB_ANNUAL_REPORT"; filedBy: "BRANCH" | "GENERAL_BRANCH" }
  | { kind: "NOTICES_KEPT" }
  | { kind: "NOTICES_RECORDED" }
  | { kind: "FINDINGS"; ruleCodes: readonly string[] }
  | { kind: "RECOGNITIONS"; recognitionKind: "HONOUR" | "MEDIA_REPORT" };

export interface SheetElement {
  /** Stable key: “indicator.n” (“1.2”), or the indicator's number for a bonus indicator or one without sub-elements. */
  key: string;
  /** The source's 测评要素 (健全, 分工 …). */
  label: string;
  /** Points; null for a bonus indicator (no maximum in the source). */
  max: number | null;
  basis?: ProposalBasis;
  /** How the proposal is computed, shown to the panel (zh-CN); absent where nothing is proposed. */
  how?: string;
}

export interface SheetIndicator {
  number: number;
  title: string;
  /** Null for the bonus indicators 17–20. */
  max: number | null;
  /** The source's 评分方法 (听汇报、看材料 …). */
  method: string;
  elements: SheetElement[];
  /** Bonus indicators: the source's points rule, verbatim in substance. */
  bonusRule?: string;
  /** Why the indicator's elements are left to the panel, where the records could be expected to speak (zh-CN). */
  note?: string;
}

export interface SheetFirstLevel {
  name: string;
  /** Null for 支部工作特色 (附加分). */
  max: number | null;
  indicators: SheetIndicator[];
}

export interface GradeBand {
  grade: AssessmentGrade;
  /** Lowest total of the band (inclusive). */
  min: number;
  label: string;
}

export interface SheetDefinition {
  version: string;
  effectiveFrom: string;
  title: string;
  citation: string;
  firstLevels: SheetFirstLevel[];
  /** Highest first: a total takes the first band whose `min` it reaches. */
  gradeBands: GradeBand[];
  gradeCitation: string;
  /** How fractional totals are graded (the source's bands are written in whole points). */
  gradeRounding: string;
  /** How a compliance rate becomes points. */
  conversionRule: string;
  /** Step of every proposed score. */
  step: number;
  /** Points per honour or media report by level (指标17/18). */
  recognitionPoints: Record<"NATIONAL" | "PROVINCIAL" | "DISTRICT" | "SCHOOL", number>;
  veto: { code: string; citation: string; text: string };
}

const RATE = "达标率 × 该要素分值，按 0.5 分四舍五入";
const FINDINGS_HOW = (what: string) =>
  `${what}：考核期内该支部（及其党小组、党员）的合规结论中，达标（MET）÷（达标 + 未达标），${RATE}；进行中、豁免的结论不计；没有可判定的结论时不提出建议分`;

const CADENCE_CODES = [
  "ORG_LIFE_STUDENT",
  "ORG_LIFE_STAFF",
  "ORG_LIFE_RETIRED",
  "ORG_LIFE_MIN_DURATION",
  "BRANCH_COMMITTEE_MONTHLY",
  "BRANCH_DEMOCRATIC_LIFE_YEARLY",
  "BRANCH_PARTY_LECTURE_SEMESTER",
  "BRANCH_PARTY_DAY_SEMESTER",
  "FORUM_HALF_YEAR",
  "THOUGHT_ANALYSIS_HALF_YEAR",
  "ACTIVIST_REVIEW_HALF_YEAR",
  "MEMBER_APPRAISAL_YEARLY",
] as const;
const EDUCATION_CODES = ["EDU_HOURS_FACULTY", "EDU_INTEGRITY_FACULTY", "EDU_HOURS_STUDENT"] as const;

const findings = (ruleCodes: readonly string[], what: string) => ({
  basis: { kind: "FINDINGS" as const, ruleCodes },
  how: FINDINGS_HOW(what),
});
/** 发展党员 findings are judged per case (档案) of the branch: 指标11–13 read them like the others. */
const ACTIVIST_CODES = ["ACTIVIST_REVIEW_PERSONAL", "REQUIRED_TRAINING_ACTIVIST"] as const;
const PROBATION_REPORT_CODES = ["PROBATION_REPORT_BIMONTHLY", "PROBATION_REPORT_QUARTERLY"] as const;
const CONVERSION_CODES = ["PROBATION_DECISION_DUE", "CONVERSION_APPLY_EARLY"] as const;

const SHEET_2014: SheetDefinition = {
  version: "2014",
  effectiveFrom: "2014-01-01",
  title: "重庆工业职业技术学院基层党支部工作目标管理考核评分表",
  citation: "附件 党支部工作目标管理考核办法（试行）及考核评分表",
  firstLevels: [
    {
      name: "支部建设",
      max: 25,
      indicators: [
        {
          number: 1,
          title: "班子健全，分工明确，定期改选",
          max: 5,
          method: "听汇报、看材料",
          elements: [
            {
              key: "1.1",
              label: "健全",
              max: 2,
              basis: { kind: "COMMITTEE_COMPLETE" },
              how: "考核期末有在任书记，且支委会在任委员（含书记）不少于 3 人得满分；有书记但不足 3 人得一半；无书记不得分",
            },
            {
              key: "1.2",
              label: "分工",
              max: 2,
              basis: { kind: "COMMITTEE_DUTIES" },
              how: `考核期末在任委员中登记了分工的比例 × 2，按 0.5 分四舍五入；无在任委员不得分`,
            },
            {
              key: "1.3",
              label: "改选",
              max: 1,
              basis: { kind: "COMMITTEE_REELECTION" },
              how: "考核期末没有届满未换届的在任委员得 1 分，否则不得分",
            },
          ],
        },
        {
          number: 2,
          title: "参与本单位行政重要问题的讨论和决策，积极支持行政负责人的工作",
          max: 5,
          method: "听汇报、看材料",
          elements: [
            { key: "2.1", label: "参与", max: 3 },
            { key: "2.2", label: "支持", max: 2 },
          ],
        },
        {
          number: 3,
          title: "年初有计划，年末有总结",
          max: 5,
          method: "看材料",
          elements: [
            {
              key: "3.1",
              label: "计划",
              max: 2,
              basis: { kind: "DOCUMENT", documentKind: "DEV_PLAN", filedBy: "BRANCH" },
              how: "考核期内本支部报送了培养发展计划（未作废）得满分，否则不得分",
            },
            {
              key: "3.2",
              label: "总结",
              max: 3,
              basis: { kind: "DOCUMENT", documentKind: "GB_ANNUAL_REPORT", filedBy: "GENERAL_BRANCH" },
              how: "考核期内所属党总支报送了年度工作报告（未作废）得满分，否则不得分（支部年终总结另无备案，评委可据材料调整）",
            },
          ],
        },
        {
          number: 4,
          title: "坚持党务公开制度",
          max: 5,
          method: "听汇报、查记录",
          elements: [
            {
              key: "4.1",
              label: "坚持",
              max: 2,
              basis: { kind: "NOTICES_KEPT" },
              how: `考核期各半年中有党务公开记录的半年所占比例 × 2，按 0.5 分四舍五入`,
            },
            {
              key: "4.2",
              label: "记录",
              max: 3,
              basis: { kind: "NOTICES_RECORDED" },
              how: "党务公开记录（有内容摘要）与三重一大决策记录（事前酝酿沟通不晚于决策）中记录完整的比例 × 3，按 0.5 分四舍五入；没有任何记录不得分",
            },
          ],
        },
        {
          number: 5,
          title: "经费有保障，场地有落实",
          max: 5,
          method: "听汇报、查记录",
          elements: [
            { key: "5.1", label: "保障", max: 3, ...findings(["FUNDING_FLOOR"], "经费保障（FUNDING_FLOOR）") },
            {
              key: "5.2",
              label: "落实",
              max: 2,
              ...findings(["ROOM_PRESENT", "ROOM_MIN_AREA"], "活动场地（ROOM_PRESENT、ROOM_MIN_AREA）"),
            },
          ],
        },
      ],
    },
    {
      name: "党员教育管理",
      max: 35,
      indicators: [
        {
          number: 6,
          title: "坚持组织党员参加教育活动，教职工累计不少于24学时/年（其中廉政教育学时不少于4学时），学生累计不少于16学时/年",
          max: 10,
          method: "听汇报、看材料",
          elements: [
            { key: "6.1", label: "坚持", max: 2, ...findings(EDUCATION_CODES, "教育学时（EDU_HOURS_*、EDU_INTEGRITY_FACULTY）") },
            { key: "6.2", label: "记录", max: 8, ...findings(EDUCATION_CODES, "教育学时（EDU_HOURS_*、EDU_INTEGRITY_FACULTY）") },
          ],
        },
        {
          number: 7,
          title: "坚持“三会一课”、民主评议等制度",
          max: 10,
          method: "听汇报、查记录",
          elements: [
            { key: "7.1", label: "坚持", max: 2, ...findings(CADENCE_CODES, "三会一课等制度的频次与时长") },
            { key: "7.2", label: "记录", max: 8, ...findings(CADENCE_CODES, "三会一课等制度的频次与时长") },
          ],
        },
        {
          number: 8,
          title: "加强对流动党员管理，建立档案，保持联系",
          max: 3,
          method: "听汇报、看材料",
          elements: [
            { key: "8.1", label: "建档", max: 1, ...findings(["MOBILE_MEMBER_GROUPED"], "流动党员编入党小组（MOBILE_MEMBER_GROUPED）") },
            { key: "8.2", label: "联系", max: 2, ...findings(["MOBILE_MEMBER_GROUPED"], "流动党员编入党小组（MOBILE_MEMBER_GROUPED）") },
          ],
        },
        {
          number: 9,
          title: "党员积极联系群众和为群众服务，帮助群众解决实际困难",
          max: 10,
          method: "座谈、看材料",
          elements: [
            { key: "9.1", label: "联系", max: 2 },
            { key: "9.2", label: "效果", max: 8 },
          ],
        },
        {
          number: 10,
          title: "按规定缴纳党费",
          max: 2,
          method: "看清单",
          // The source lists no sub-elements: the indicator is one element.
          elements: [{ key: "10", label: "按规定缴纳党费", max: 2, ...findings(["DUES_PAID"], "党费按月缴纳（DUES_PAID）") }],
        },
      ],
    },
    {
      name: "党员发展工作",
      max: 15,
      indicators: [
        {
          number: 11,
          title: "建立入党积极分子联系人制度，积极培养入党积极分子",
          max: 5,
          method: "听汇报、看材料",
          elements: [
            {
              key: "11.1",
              label: "制度",
              max: 2,
              basis: { kind: "DOCUMENT", documentKind: "DEV_PLAN", filedBy: "BRANCH" },
              how:
                "考核期内本支部报送了培养发展计划（四(二)4(4)：确定培养对象和工作进度，未作废）得满分，否则不得分；" +
                "培养人、入党介绍人的指定由发展党员各步骤的校验保证（未指定无法进行下一步），不另计分",
            },
            {
              key: "11.2",
              label: "培养",
              max: 3,
              ...findings(
                ACTIVIST_CODES,
                "入党积极分子逐人考察分析与必训（ACTIVIST_REVIEW_PERSONAL、REQUIRED_TRAINING_ACTIVIST），按发展党员档案判定",
              ),
            },
          ],
        },
        {
          number: 12,
          title: "坚持党员发展标准，程序规范，手续完备，材料齐全，发展党员质量好",
          max: 5,
          method: "听汇报",
          note:
            "不由记录提出建议分，由评委评定：标准、质量是评价；程序、手续由发展党员各步骤的校验保证（不符合的步骤无法登记），" +
            "由记录提出只会一律满分，不能区分支部；材料：原文未规定各步骤须附哪些材料，记录无从判定是否齐全",
          elements: [
            { key: "12.1", label: "标准", max: 1 },
            { key: "12.2", label: "程序", max: 1 },
            { key: "12.3", label: "手续", max: 1 },
            { key: "12.4", label: "材料", max: 1 },
            { key: "12.5", label: "质量", max: 1 },
          ],
        },
        {
          number: 13,
          title: "及时做好预备党员教育、考察及转正工作",
          max: 5,
          method: "听汇报、看材料",
          elements: [
            {
              key: "13.1",
              label: "考察",
              max: 2,
              ...findings(
                PROBATION_REPORT_CODES,
                "预备党员按期汇报（PROBATION_REPORT_BIMONTHLY、PROBATION_REPORT_QUARTERLY），按发展党员档案判定",
              ),
            },
            {
              key: "13.2",
              label: "材料",
              max: 3,
              ...findings(CONVERSION_CODES, "转正申请与期满讨论（CONVERSION_APPLY_EARLY、PROBATION_DECISION_DUE），按发展党员档案判定"),
            },
          ],
        },
      ],
    },
    {
      name: "党员作用",
      max: 15,
      indicators: [
        {
          number: 14,
          title: "党员关心集体，爱岗敬业，遵守纪律、廉洁奉公，团结合作",
          max: 5,
          method: "座谈、看材料",
          elements: [
            { key: "14.1", label: "带头", max: 2 },
            { key: "14.2", label: "效果", max: 3 },
          ],
        },
        {
          number: 15,
          title: "教职工党员坚持开展教书、管理、服务育人活动，学生党员坚持开展自我教育、管理、服务活动",
          max: 10,
          method: "座谈、看材料",
          elements: [
            { key: "15.1", label: "坚持", max: 2 },
            { key: "15.2", label: "效果", max: 8 },
          ],
        },
      ],
    },
    {
      name: "群众满意度",
      max: 10,
      indicators: [
        {
          number: 16,
          title: "对党支部工作进行满意度测评",
          max: 10,
          method: "根据测评结果给分",
          elements: [{ key: "16", label: "根据测评结果给分", max: 10 }],
        },
      ],
    },
    {
      name: "党支部工作特色（附加分）",
      max: null,
      indicators: [
        {
          number: 17,
          title: "本支部或下属部门受到上级表彰",
          max: null,
          method: "看材料",
          bonusRule: "国家级 3 分/项，省部级 2 分/项，区级 1 分/项，校级 0.5 分/项",
          elements: [
            {
              key: "17",
              label: "上级表彰",
              max: null,
              basis: { kind: "RECOGNITIONS", recognitionKind: "HONOUR" },
              how: "考核期内本支部登记的荣誉（未作废）逐项按级别计分后相加",
            },
          ],
        },
        {
          number: 18,
          title: "党员先进事迹经新闻媒体报道",
          max: null,
          method: "看材料",
          bonusRule: "国家级 3 分/项，省部级 2 分/项，区级 1 分/项，校级 0.5 分/项",
          elements: [
            {
              key: "18",
              label: "媒体报道",
              max: null,
              basis: { kind: "RECOGNITIONS", recognitionKind: "MEDIA_REPORT" },
              how: "考核期内本支部登记的媒体报道（未作废）逐项按级别计分后相加",
            },
          ],
        },
        {
          number: 19,
          title: "支部先进工作经验在一定范围内有推广价值",
          max: null,
          method: "看材料",
          bonusRule: "每项加 1 分",
          elements: [{ key: "19", label: "经验推广", max: null }],
        },
        {
          number: 20,
          title: "在公开发行的报刊或学院及以上思想政治工作研讨会上发表党建工作方面的论文；立项校级及以上党建课题",
          max: null,
          method: "看材料",
          bonusRule: "论文每篇加 1 分，获奖另加 1 分；立项校级及以上党建课题的，每项加 2 分",
          elements: [{ key: "20", label: "论文与课题", max: null }],
        },
      ],
    },
  ],
  gradeBands: [
    { grade: AssessmentGrade.EXCELLENT, min: 90, label: GRADE_LABELS.EXCELLENT },
    { grade: AssessmentGrade.GOOD, min: 75, label: GRADE_LABELS.GOOD },
    { grade: AssessmentGrade.PASS, min: 60, label: GRADE_LABELS.PASS },
    { grade: AssessmentGrade.FAIL, min: 0, label: GRADE_LABELS.FAIL },
  ],
  gradeCitation: "附件 二",
  gradeRounding:
    "总分（基础分 + 附加分）不取整，按下限定级：90 分及以上为优秀，75 分及以上为良好，60 分及以上为合格，其余为不合格。原文各档以整数分写出（75—89、60—74），" +
    "介于两档之间的小数总分（如 89.5、74.5、59.5）未达到上一档的下限，归入下一档",
  conversionRule: `由记录提出建议分：${RATE}；考核期为本轮的考核期间，判定日为考核期末与今天中较早者`,
  step: 0.5,
  recognitionPoints: { NATIONAL: 3, PROVINCIAL: 2, DISTRICT: 1, SCHOOL: 0.5 },
  veto: {
    code: "ASSESSMENT_VETO",
    citation: "附件 六(二)",
    text: "支部党员因违纪违法而受到处分的，不论得分高低，均为不合格支部",
  },
};

/** Every version of the sheet, oldest first. */
export const SHEET_DEFINITIONS: readonly SheetDefinition[] = [SHEET_2014];

/** The sheet in force on a date: the latest version effective by then. */
export function sheetInForce(date: string): SheetDefinition {
  let found = SHEET_DEFINITIONS[0];
  for (const sheet of SHEET_DEFINITIONS) if (sheet.effectiveFrom <= date) found = sheet;
  return found;
}

export function sheetVersion(version: string): SheetDefinition {
  const sheet = SHEET_DEFINITIONS.find((s) => s.version === version);
  if (!sheet) throw new Error(`no score sheet version ${version}`);
  return sheet;
}

export function indicatorsOf(sheet: SheetDefinition): SheetIndicator[] {
  return sheet.firstLevels.flatMap((f) => f.indicators);
}

export function elementsOf(sheet: SheetDefinition): Array<SheetElement & { indicator: number; bonus: boolean }> {
  return indicatorsOf(sheet).flatMap((i) => i.elements.map((e) => ({ ...e, indicator: i.number, bonus: i.max === null })));
}

/** A value on the sheet's step (0.5), half up: 3.75 → 4, 3.7 → 3.5. */
export function toStep(value: number, step = SHEET_2014.step): number {
  return Math.round(value / step + 1e-9) * step;
}

/** The grade of a total (no rounding: see gradeRounding). */
export function gradeOf(sheet: SheetDefinition, total: number): AssessmentGrade {
  for (const band of sheet.gradeBands) if (total >= band.min) return band.grade;
  return AssessmentGrade.FAIL;
}
