import { registerEnumType } from "type-graphql";

/** 附件 三: assessed normally once every two years (REGULAR), plus special assessments when needed. */
export enum AssessmentRoundKind {
  REGULAR = "REGULAR",
  SPECIAL = "SPECIAL",
}

/** A score sheet's way through the round (sheet-workflow.ts). */
export enum AssessmentSheetStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  NOTIFIED = "NOTIFIED",
  APPEALED = "APPEALED",
  REVIEWED = "REVIEWED",
  FINAL = "FINAL",
}

/** 附件 二: the four grades. */
export enum AssessmentGrade {
  EXCELLENT = "EXCELLENT",
  GOOD = "GOOD",
  PASS = "PASS",
  FAIL = "FAIL",
}

/** The five party disciplinary measures (《中国共产党纪律处分条例》), the veto's evidence (附件 六(二)). */
export enum DisciplineLevel {
  WARNING = "WARNING",
  SERIOUS_WARNING = "SERIOUS_WARNING",
  REMOVAL_FROM_POST = "REMOVAL_FROM_POST",
  PROBATION = "PROBATION",
  EXPULSION = "EXPULSION",
}

export const SHEET_STATUS_LABELS: Record<AssessmentSheetStatus, string> = {
  DRAFT: "评分中",
  SUBMITTED: "已报党委审定",
  NOTIFIED: "已书面通知",
  APPEALED: "已申请复核",
  REVIEWED: "已复核",
  FINAL: "已定级",
};

export const GRADE_LABELS: Record<AssessmentGrade, string> = {
  EXCELLENT: "优秀",
  GOOD: "良好",
  PASS: "合格",
  FAIL: "不合格",
};

export const DISCIPLINE_LEVEL_LABELS: Record<DisciplineLevel, string> = {
  WARNING: "警告",
  SERIOUS_WARNING: "严重警告",
  REMOVAL_FROM_POST: "撤销党内职务",
  PROBATION: "留党察看",
  EXPULSION: "开除党籍",
};

const described = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v }]));

registerEnumType(AssessmentRoundKind, {
  name: "AssessmentRoundKind",
  description: "考核类型（附件 三）",
  valuesConfig: { REGULAR: { description: "常规考核（原则上两年一次）" }, SPECIAL: { description: "专项考核" } },
});
registerEnumType(AssessmentSheetStatus, { name: "AssessmentSheetStatus", valuesConfig: described(SHEET_STATUS_LABELS) });
registerEnumType(AssessmentGrade, { name: "AssessmentGrade", description: "考核等级（附件 二）", valuesConfig: described(GRADE_LABELS) });
registerEnumType(DisciplineLevel, {
  name: "DisciplineLevel",
  description: "党纪处分种类",
  valuesConfig: described(DISCIPLINE_LEVEL_LABELS),
});
