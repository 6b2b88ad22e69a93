/**
 * The rulebook's numbers as the source states them — written by hand from
 * ../shared/seed/implementation-opinion-2014.txt (the 2014 implementation opinion and its annex, the
 * branch assessment method), NOT read from api/src/rules/registry. test/source-rules.e2e-spec.ts
 * compares the registry's source parameters (the `SOURCE` version the API lists) with this table, so
 * a number changed in the registry — `ORG_LIFE_RETIRED` 1 → 2, `BRANCH_COMMITTEE_MONTHLY` 1 → 3 — fails
 * a test that quotes the sentence it came from.
 *
 * Each entry: the section marks the rule is written under (四(二)3(2), 附件 指标7 …; the citation the
 * registry gives must name each of them), the source's own words, the period those words name, who
 * or what is checked, and every parameter with its value. A number the source does not write (a
 * grace period, a first cycle year) is still pinned here — so it cannot drift silently either — and
 * listed in `notInSource` with what the source says instead.
 */

/** SUBJECT: periods from a subject's own date (an appeal's day); STEP: a guard, checked when its step is tried. */
export type SourcePeriod = "MONTH" | "QUARTER" | "HALF_YEAR" | "YEAR" | "SEMESTER" | "ACADEMIC_YEAR" | "SNAPSHOT" | "SUBJECT" | "STEP";

export interface SourceRule {
  /** Section marks of the source; the registry's citation must contain each. */
  cites: string[];
  /** The source's words, verbatim (several passages joined by “ / ”). */
  words: string;
  period: SourcePeriod;
  subject: "UNIT" | "MEMBER" | "ASSIGNMENT" | "CASE" | "APPEAL" | "SHEET";
  /** Every parameter of the rule and its value, in the registry's units (次, minutes, 学时, yuan, m², %). */
  params: Record<string, number>;
  /** Parameters whose value is not written in the source: why the value is what it is. */
  notInSource?: Record<string, string>;
}

export const SOURCE_RULES: Record<string, SourceRule> = {
  // ── 四(二)3(2) 支部组织生活 ────────────────────────────────────────────────────────────────────
  ORG_LIFE_STUDENT: {
    cites: ["四(二)3(2)"],
    words: "学生党支部每月不少于二次组织生活",
    period: "MONTH",
    subject: "UNIT",
    params: { min: 2 },
  },
  ORG_LIFE_STAFF: {
    cites: ["四(二)3(2)"],
    words: "在职教职工党支部应坚持每月至少一次组织生活",
    period: "MONTH",
    subject: "UNIT",
    params: { min: 1 },
  },
  ORG_LIFE_RETIRED: {
    cites: ["四(二)3(2)"],
    words: "离退休党支部每月一次组织生活",
    period: "MONTH",
    subject: "UNIT",
    params: { min: 1 },
  },
  ORG_LIFE_MIN_DURATION: {
    cites: ["四(二)3(2)"],
    words: "每次组织生活不少于2个小时",
    period: "MONTH",
    subject: "UNIT",
    params: { minMinutes: 2 * 60 },
  },
  RECORD_BOOK_SEMESTER: {
    cites: ["四(二)3(2)"],
    words: "认真填写《重庆工业职业技术学院党支部活动记录册》，于每学期期末上交学院组织部",
    period: "SEMESTER",
    subject: "UNIT",
    params: { min: 1, graceDays: 14 },
    notInSource: { graceDays: "the source says “于每学期期末” (at the end of each semester) and gives no number of days after it" },
  },

  // ── 四(二)3(3)(4), 附件 指标7 支部委员会、民主生活会、党课、党日、座谈、思想分析、积极分子考察 ──────────
  BRANCH_COMMITTEE_MONTHLY: {
    cites: ["四(二)3(3)", "附件 指标7"],
    words: "党支部委员会一般每月开一次 / 每月召开1次党支部委员会",
    period: "MONTH",
    subject: "UNIT",
    params: { min: 1 },
  },
  BRANCH_DEMOCRATIC_LIFE_YEARLY: {
    cites: ["四(二)3(4)", "附件 指标7"],
    words: "一般每年至少召开一次党支部民主生活会 / 每年召开1次民主生活会",
    period: "YEAR",
    subject: "UNIT",
    params: { min: 1 },
  },
  BRANCH_PARTY_LECTURE_SEMESTER: {
    cites: ["附件 指标7"],
    words: "每期上1次党课",
    period: "SEMESTER",
    subject: "UNIT",
    params: { min: 1 },
  },
  BRANCH_PARTY_DAY_SEMESTER: {
    cites: ["附件 指标7"],
    words: "每学期开展1次党日活动",
    period: "SEMESTER",
    subject: "UNIT",
    params: { min: 1 },
  },
  FORUM_HALF_YEAR: {
    cites: ["四(二)3(1)", "附件 指标7"],
    words: "组织各支部每半年召开1次师生员工座谈会 / 每半年召开1次师生员工座谈会",
    period: "HALF_YEAR",
    subject: "UNIT",
    params: { min: 1 },
  },
  THOUGHT_ANALYSIS_HALF_YEAR: {
    cites: ["四(二)3(1)", "附件 指标7"],
    words: "每半年认真分析1次师生员工的思想状况",
    period: "HALF_YEAR",
    subject: "UNIT",
    params: { min: 1 },
  },
  ACTIVIST_REVIEW_HALF_YEAR: {
    cites: ["四(二)3(1)", "附件 指标7"],
    words: "每半年对入党积极分子进行1次全面考察分析",
    period: "HALF_YEAR",
    subject: "UNIT",
    params: { min: 1 },
  },

  // ── 四(二)3(1) 党总支 ───────────────────────────────────────────────────────────────────────────
  GB_CADRE_DEMOCRATIC_LIFE_YEARLY: {
    cites: ["四(二)3(1)"],
    words: "各党总支每年至少组织开好一次有各方代表参加的本单位科级以上（含教研室主任）干部民主生活会",
    period: "YEAR",
    subject: "UNIT",
    params: { min: 1 },
  },
  GB_PARTY_LECTURE_HALF_YEAR: {
    cites: ["四(二)3(1)"],
    words: "每半年组织1次党课",
    period: "HALF_YEAR",
    subject: "UNIT",
    params: { min: 1 },
  },
  GB_COMMITTEE_MONTHLY: {
    cites: ["四(二)3(1)"],
    // The sentence is about 各党总支; DOMAIN.md reads it as the general branch's own committee.
    words: "每月召开1次党支部委员会",
    period: "MONTH",
    subject: "UNIT",
    params: { min: 1 },
  },
  GB_PARTY_DAY_SEMESTER: {
    cites: ["四(二)3(1)"],
    words: "每学期开展1次党日活动",
    period: "SEMESTER",
    subject: "UNIT",
    params: { min: 1 },
  },
  GB_MIN_DURATION: {
    cites: ["四(二)3(1)"],
    words: "每次活动不得少于1个小时",
    period: "MONTH",
    subject: "UNIT",
    params: { minMinutes: 1 * 60 },
  },

  // ── 四(二)2, 4(4), 7; 四(六)1 制度与报告 ──────────────────────────────────────────────────────
  JOINT_MEETING_RULES: {
    cites: ["四(二)2"],
    words: "各二级学院必须坚持和完善党政联席会议制度。要建立议事规则 … 将党政联席会议制度执行情况作为年度考核的内容",
    period: "YEAR",
    subject: "UNIT",
    params: { min: 1 },
  },
  GB_ANNUAL_REPORT: {
    cites: ["四(二)7"],
    words: "各党总支每年应书面向学院党委报告本总支工作计划、工作进度、教职工入党积极分子培养和党员发展情况",
    period: "YEAR",
    subject: "UNIT",
    params: { min: 1, graceDays: 31 },
    notInSource: {
      graceDays: "the source says only “每年” (each year); the report written in the following January is the system's reading",
    },
  },
  DEV_PLAN_ACADEMIC_YEAR: {
    cites: ["四(二)4(4)"],
    words: "每学年初要讨论确定党员培养计划和发展计划，确定培养对象以及工作进度，并报党委组织部备案",
    period: "ACADEMIC_YEAR",
    subject: "UNIT",
    params: { min: 1 },
  },
  COMMITTEE_YEARLY_STUDY: {
    cites: ["四(六)1"],
    words: "学院党委每年专题研究一次基层党建工作",
    period: "YEAR",
    subject: "UNIT",
    params: { min: 1 },
  },

  // ── 四(二)1, 附件 指标6 学时 ───────────────────────────────────────────────────────────────────
  EDU_HOURS_FACULTY: {
    cites: ["四(二)1", "附件 指标6"],
    words: "教职工党员每年参加教育活动不少于24学时",
    period: "YEAR",
    subject: "MEMBER",
    params: { minHours: 24 },
  },
  EDU_INTEGRITY_FACULTY: {
    cites: ["四(二)1", "附件 指标6"],
    words: "（其中廉政教育学时不少于4学时）",
    period: "YEAR",
    subject: "MEMBER",
    params: { minHours: 4 },
  },
  EDU_HOURS_STUDENT: {
    cites: ["四(二)1", "附件 指标6"],
    words: "学生党员每年参加教育活动不少于16学时",
    period: "YEAR",
    subject: "MEMBER",
    params: { minHours: 16 },
  },
  REQUIRED_TRAINING: {
    cites: ["四(三)2(1)"],
    words: "切实落实入党积极分子、预备党员、毕业离校党员必训制度，做到定学时、定主题、有考核",
    period: "YEAR",
    subject: "MEMBER",
    params: { minSessions: 1 },
    notInSource: { minSessions: "the source requires the training (定学时、定主题、有考核) but states no number of sessions per year" },
  },

  // ── 四(二)4, 四(三)2(3), 四(一)3 党员 ───────────────────────────────────────────────────────────
  MASS_CONTACTS: {
    cites: ["四(二)4(2)"],
    words: "每个党员都要联系1～3名党外群众",
    period: "SNAPSHOT",
    subject: "MEMBER",
    params: { min: 1, max: 3 },
  },
  MEMBER_APPRAISAL_YEARLY: {
    cites: ["四(二)4(3)"],
    words: "党支部要按照有关规定和程序广泛听取党内外群众的意见,进行民主评议",
    period: "YEAR",
    subject: "UNIT",
    params: { min: 1 },
    notInSource: {
      min: "the source names the appraisal (and 附件 指标7 “民主评议等制度”) without a frequency; once a year is DOMAIN.md's",
    },
  },
  MEMBER_REPORTS: {
    cites: ["四(二)4(1)"],
    words: "党员要定期或不定期地向党组织汇报思想、工作和学习的情况",
    period: "YEAR",
    subject: "MEMBER",
    params: { min: 1 },
    notInSource: {
      min: "the source says “定期或不定期” (regularly or not) without a number; at least one written report a year is the system's",
    },
  },
  DUES_PAID: {
    cites: ["四(三)2(3)", "附件 指标10"],
    words: "认真执行党费收缴 … / 按规定缴纳党费",
    period: "YEAR",
    subject: "MEMBER",
    // “按规定” (as required: every month): no month may stay unpaid.
    params: { maxUnpaidMonths: 0 },
  },
  MOBILE_MEMBER_GROUPED: {
    cites: ["四(一)3", "四(三)2(3)"],
    words:
      "针对顶岗实习学生党员，应根据顶岗实习单位地点就近原则，成立若干党小组 / 根据外出挂职、学习、支教等教师党员工作地就近原则 … 成立若干党小组",
    period: "SNAPSHOT",
    subject: "MEMBER",
    params: { min: 1 },
  },

  // ── 四(四)1 三联二访 ────────────────────────────────────────────────────────────────────────────
  LIAISON_SCHOOL_LEADER: {
    cites: ["四(四)1"],
    words: "校领导每学期至少1次深入所联系的二级学院",
    period: "SEMESTER",
    subject: "ASSIGNMENT",
    params: { min: 1 },
  },
  LIAISON_COLLEGE_LEADER: {
    cites: ["四(四)1"],
    words: "二级学院领导每季度至少1次深入所联系的班级",
    period: "QUARTER",
    subject: "ASSIGNMENT",
    params: { min: 1 },
  },
  LIAISON_TEACHER: {
    cites: ["四(四)1"],
    words: "党员教师每月至少1次深入所联系学生的宿舍",
    period: "MONTH",
    subject: "ASSIGNMENT",
    params: { min: 1 },
  },

  // ── 四(五) 保障 ─────────────────────────────────────────────────────────────────────────────────
  FUNDING_FLOOR: {
    cites: ["四(五)1"],
    words: "按照教职工党员每年不少于100元、学生党员每人每年不少于50元的标准配备支部活动经费",
    period: "YEAR",
    subject: "UNIT",
    params: { perFacultyYuan: 100, perStudentYuan: 50 },
  },
  DUES_REBATE: {
    cites: ["四(五)1"],
    // The share is “一定比例”: a yearly setting of the committee, so the rule itself has no number.
    words: "建立党费拨返制度，党员缴纳的党费按一定比例返还基层党支部",
    period: "YEAR",
    subject: "UNIT",
    params: {},
  },
  PARTY_WORK_ALLOWANCE: {
    cites: ["四(五)1"],
    words: "党总支支部书记、总支、支部委员、党小组长等党务工作者的党务工作记入工作量，并给予适当工作补贴",
    period: "YEAR",
    subject: "UNIT",
    // Every post gets its allowance: none may be missing.
    params: { maxMissing: 0 },
  },
  ROOM_PRESENT: {
    cites: ["四(五)2"],
    words: "确保每个基层党组织都有一个党员活动室",
    period: "SNAPSHOT",
    subject: "UNIT",
    params: { min: 1 },
  },
  ROOM_MIN_AREA: {
    cites: ["四(五)2"],
    words: "（面积不小于20平方米）",
    period: "SNAPSHOT",
    subject: "UNIT",
    params: { minSquareMetres: 20 },
  },
  AWARDS_BIENNIAL: {
    cites: ["四(五)3(1)"],
    words: "每两年开展先进基层党组织、优秀党务工作者和优秀共产党员的评选、表彰活动",
    period: "YEAR",
    subject: "UNIT",
    // Three kinds: 先进基层党组织、优秀党务工作者、优秀共产党员; every two years.
    params: { kinds: 3, everyYears: 2, firstCycleYear: 2014 },
    notInSource: {
      firstCycleYear: "the source says “每两年” without a starting year; 2014, the year of the opinion (dated 2014-12-17), is the system's",
    },
  },

  // ── 四(三)2(2) 学生党建全覆盖 ──────────────────────────────────────────────────────────────────
  STUDENT_COVERAGE: {
    cites: ["四(三)2(2)"],
    words: "努力实现大学生党建工作全覆盖 … 实现“低年级有党员、高年级有党小组”的目标",
    period: "SNAPSHOT",
    subject: "UNIT",
    params: { minPercent: 100, upperFromYearOfStudy: 3 },
    notInSource: {
      upperFromYearOfStudy: "the source does not say which grades are “高年级”; from the third year of study is the system's reading",
    },
  },

  // ── 四(三)1 发展党员 (member development): guards checked when a step is tried, per STEP ─────────────
  DEV_MIN_AGE: {
    cites: ["四(三)1(1)"],
    words: "要求入党的学生年龄必须在18岁以上",
    period: "STEP",
    subject: "CASE",
    params: { minAge: 18 },
  },
  DEV_PARTY_SCHOOL: {
    cites: ["四(三)1(3)"],
    words: "通过党校考试且合格的入党积极分子，进行民主推荐和评议，拟定培养考察对象",
    period: "STEP",
    subject: "CASE",
    params: { minPassed: 1 },
  },
  DEV_PUBLIC_NOTICE: {
    cites: ["四(三)1(3)", "(4)", "(5)", "(10)"],
    words: "名单报党总支审议后向全体师生进行公示 / 公示结束后无异议的，指定培养人 / 经党总支审议后予以公示 / 报党总支审查→公示",
    period: "STEP",
    subject: "CASE",
    params: {},
  },
  DEV_TRAINER: {
    cites: ["四(三)1(4)"],
    words: "公示结束后无异议的，指定培养人，按规定程序和要求进行培养考察",
    period: "STEP",
    subject: "CASE",
    params: { minTrainers: 1 },
  },
  DEV_INSPECTION_YEAR: {
    cites: ["四(三)1(5)"],
    words: "培养考察对象在经过一年以上培养考察后 … 拟定发展对象名单",
    period: "STEP",
    subject: "CASE",
    params: { minYears: 1 },
  },
  DEV_INTRODUCERS: {
    cites: ["四(三)1(5)"],
    words: "同时确定两名正式党员担任入党介绍人",
    period: "STEP",
    subject: "CASE",
    params: { count: 2 },
  },
  DEV_VOTE_QUORUM: {
    cites: ["四(三)1(6)"],
    words: "到会有表决权的正式党员须达到应到会的正式党员半数以上",
    period: "STEP",
    subject: "CASE",
    params: { share: 0.5 },
  },
  DEV_VOTE_MAJORITY: {
    cites: ["四(三)1(6)"],
    words: "赞成人数须超过应到会有表决权的正式党员的半数",
    period: "STEP",
    subject: "CASE",
    params: { share: 0.5 },
  },
  DEV_TALK: {
    cites: ["四(三)1(7)"],
    words: "学院党总支在审批前要指派专人对《入党志愿书》和有关材料进行审核，并同申请人谈话",
    period: "STEP",
    subject: "CASE",
    params: { minTalks: 1 },
  },
  PROBATION_YEAR: {
    cites: ["四(三)1(9)"],
    words: "预备党员预备期为一年，从学生支部大会通过预备党员之日算起",
    period: "STEP",
    subject: "CASE",
    params: { years: 1 },
  },
  PROBATION_EXTENSION_MAX: {
    cites: ["四(三)1(9)"],
    words: "预备党员预备期为一年",
    period: "STEP",
    subject: "CASE",
    params: { maxYears: 1 },
    notInSource: { maxYears: "the source does not speak of extending probation; the Party constitution (art. 7) allows at most a year" },
  },
  CONVERSION_CHAIN: {
    cites: ["四(三)1(10)"],
    words:
      "本人在预备期满前一个月向学生党支部提出书面转正申请→学生党支部征求党内外师生意见→召开支委会讨论评议→报党总支审查→公示→学生党支部大会讨论、表决通过→报党总支审批→报学院党委组织部审核备案→公布",
    period: "STEP",
    subject: "CASE",
    params: {},
  },

  // ── 四(三)1(9)(10), 四(二)3(1), 四(三)2(1): the obligations of open development cases ──────────────
  PROBATION_REPORT_BIMONTHLY: {
    cites: ["四(三)1(9)"],
    words: "预备党员应做到每两个月主动找入党介绍人汇报自己的思想、工作和学习情况",
    period: "SUBJECT",
    subject: "CASE",
    params: { min: 1 },
  },
  PROBATION_REPORT_QUARTERLY: {
    cites: ["四(三)1(9)"],
    words: "每季度要向学生党支部书面汇报思想一次",
    period: "SUBJECT",
    subject: "CASE",
    params: { min: 1 },
  },
  PROBATION_DECISION_DUE: {
    cites: ["四(三)1(9)", "(10)"],
    words: "预备党员预备期为一年 / 预备党员预备期满转正",
    period: "SUBJECT",
    subject: "CASE",
    params: {},
  },
  CONVERSION_APPLY_EARLY: {
    cites: ["四(三)1(10)"],
    words: "本人在预备期满前一个月向学生党支部提出书面转正申请",
    period: "SUBJECT",
    subject: "CASE",
    params: { monthsBefore: 1 },
  },
  ACTIVIST_REVIEW_PERSONAL: {
    cites: ["四(二)3(1)", "附件 指标7"],
    words: "每半年对入党积极分子进行1次全面考察分析",
    period: "HALF_YEAR",
    subject: "CASE",
    params: { min: 1 },
  },
  REQUIRED_TRAINING_ACTIVIST: {
    cites: ["四(三)2(1)"],
    words: "切实落实入党积极分子、预备党员、毕业离校党员必训制度，做到定学时、定主题、有考核",
    period: "YEAR",
    subject: "CASE",
    params: { minSessions: 1 },
    notInSource: { minSessions: "the source asks for 必训 with set hours but gives no number of sessions; once a year is the system's" },
  },
  // ── 附件 四(二) 考核结果的反馈 ──────────────────────────────────────────────────────────────────
  ASSESSMENT_APPEAL_WINDOW: {
    cites: ["附件 四(二)"],
    words: "支部对考核结果如有异议，可在接到通知之日起一周内向考核领导小组申请复核",
    period: "STEP",
    subject: "SHEET",
    params: { days: 7 },
  },
  ASSESSMENT_REVIEW_DUE: {
    cites: ["附件 四(二)"],
    words: "考核领导小组接到复核申请后10日之内提出复核意见，以书面形式通知申请复核单位",
    period: "SUBJECT",
    subject: "APPEAL",
    // One review per appeal: the source asks for “复核意见”, one answer.
    params: { reviews: 1, days: 10 },
    notInSource: { reviews: "the source asks for an answer (复核意见) without a count; one review per appeal is the system's reading" },
  },
};
