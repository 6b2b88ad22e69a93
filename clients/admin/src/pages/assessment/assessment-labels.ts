import type { AssessmentGrade, AssessmentRoundKind, AssessmentSheetStatus } from "../../gql/graphql";

/** The assessment area's enum labels (the schema's zh-CN descriptions). */

export const SHEET_STATUS_LABELS: Record<AssessmentSheetStatus, string> = {
  DRAFT: "评分中",
  SUBMITTED: "已报党委审定",
  NOTIFIED: "已书面通知",
  APPEALED: "已申请复核",
  REVIEWED: "已复核",
  FINAL: "已定级",
};

export const SHEET_STATUS_COLORS: Record<AssessmentSheetStatus, string> = {
  DRAFT: "processing",
  SUBMITTED: "blue",
  NOTIFIED: "cyan",
  APPEALED: "orange",
  REVIEWED: "purple",
  FINAL: "green",
};

export const GRADE_LABELS: Record<AssessmentGrade, string> = { EXCELLENT: "优秀", GOOD: "良好", PASS: "合格", FAIL: "不合格" };
export const GRADE_COLORS: Record<AssessmentGrade, string> = { EXCELLENT: "red", GOOD: "green", PASS: "blue", FAIL: "default" };

export const ROUND_KIND_LABELS: Record<AssessmentRoundKind, string> = { REGULAR: "常规考核", SPECIAL: "专项考核" };

/** The steps of a sheet's way (the API's state machine decides which are allowed; these are the buttons shown per status). */
export const SHEET_STEPS: Record<AssessmentSheetStatus, Array<{ to: AssessmentSheetStatus; label: string; note?: string }>> = {
  DRAFT: [{ to: "SUBMITTED", label: "报党委审定" }],
  SUBMITTED: [
    { to: "NOTIFIED", label: "书面通知支部" },
    { to: "DRAFT", label: "退回评分" },
  ],
  NOTIFIED: [
    { to: "APPEALED", label: "登记复核申请", note: "申请复核的理由" },
    { to: "FINAL", label: "定级" },
  ],
  APPEALED: [{ to: "REVIEWED", label: "登记复核意见", note: "复核意见" }],
  REVIEWED: [{ to: "FINAL", label: "定级" }],
  FINAL: [],
};

/** The day-field label of each step. */
export const STEP_DATE_LABELS: Record<AssessmentSheetStatus, string> = {
  DRAFT: "退回日期",
  SUBMITTED: "报送日期",
  NOTIFIED: "通知日期",
  APPEALED: "申请复核日期",
  REVIEWED: "复核意见日期",
  FINAL: "定级日期",
};

/** A score as the sheet prints it (points in steps of 0.5). */
export function points(value: number | null | undefined): string {
  return value == null ? "—" : String(Number(value.toFixed(2)));
}
