import type { EntityManager } from "typeorm";
import { StateMachine } from "../common/state-machine";
import { checkGuard } from "../rules/guard";
import { ASSESSMENT_APPEAL_WINDOW } from "../rules/registry/assessment.rules";
import { AssessmentSheetStatus as S, SHEET_STATUS_LABELS } from "./assessment.enums";
import type { AssessmentSheet } from "./assessment-sheet.entity";

/** What the guards of a step look at. */
export interface SheetStep {
  em: EntityManager;
  sheet: AssessmentSheet;
  label: string;
  /** The day the step takes effect. */
  on: string;
  /** Keys of base sub-elements (指标1–16) without a score yet. */
  unscored: string[];
}

/**
 * A score sheet's way (附件 四): the panel scores (DRAFT), submits the result for the committee's
 * approval (SUBMITTED; it may come back to DRAFT), notifies the branch in writing (NOTIFIED); the
 * branch may appeal within the window (APPEALED), the panel answers (REVIEWED); the grade is final
 * (FINAL) after the review or when no appeal is made.
 */
export const SHEET_WORKFLOW = new StateMachine<S, SheetStep>({
  subject: "考核评分表状态",
  transitions: {
    [S.DRAFT]: { to: [S.SUBMITTED] },
    [S.SUBMITTED]: { to: [S.NOTIFIED, S.DRAFT] },
    [S.NOTIFIED]: { to: [S.APPEALED, S.FINAL] },
    [S.APPEALED]: { to: [S.REVIEWED] },
    [S.REVIEWED]: { to: [S.FINAL] },
    [S.FINAL]: { to: [] },
  },
  labels: SHEET_STATUS_LABELS,
  guards: [
    (_from, to, step) =>
      to === S.SUBMITTED && step.unscored.length
        ? `尚有 ${step.unscored.length} 个测评要素未评分（${step.unscored.join("、")}），不能报送审定`
        : null,
    (_from, to, step) =>
      to === S.APPEALED
        ? checkGuard(
            { em: step.em },
            ASSESSMENT_APPEAL_WINDOW,
            { collegeId: step.sheet.collegeId, label: step.label, notifiedOn: step.sheet.notifiedOn!, appealedOn: step.on },
            step.on,
          )
        : null,
  ],
});
