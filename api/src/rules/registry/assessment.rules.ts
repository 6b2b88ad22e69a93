import { addDays, daysBetween } from "../../common/periods";
import { atLeast } from "../checks";
import type { GuardDefinition, RuleDefinition } from "../rule.types";

/*
 * Branch assessment's deadlines (附件 四(二)): the branch may appeal within a week of the written
 * notice; the panel answers within 10 days of the appeal. The score sheet itself (maxima, grades,
 * the veto) is data of its own: api/src/assessment/sheet-definition.ts.
 */

/** What an appeal step is about: the sheet's notice date and the day the appeal came in. */
export interface AppealStep {
  collegeId: string;
  label: string;
  notifiedOn: string;
  appealedOn: string;
}

/** 支部对考核结果如有异议，可在接到通知之日起一周内向考核领导小组申请复核 — day 7 after the notice is the last. */
export const ASSESSMENT_APPEAL_WINDOW: GuardDefinition<{ days: number }, AppealStep> = {
  code: "ASSESSMENT_APPEAL_WINDOW",
  title: "考核结果复核申请期限",
  citation: "附件 四(二)",
  requirement: "支部可在接到考核结果通知之日起 {days} 天内申请复核",
  subject: "SHEET",
  step: "申请复核",
  defaults: { days: 7 },
  check: ({ subject, params }) => {
    const elapsed = daysBetween(subject.notifiedOn, subject.appealedOn);
    if (elapsed <= params.days) return { allowed: true };
    return {
      allowed: false,
      expected: params.days,
      actual: elapsed,
      unit: "天",
      detail: `通知日 ${subject.notifiedOn}，申请日 ${subject.appealedOn}，期限至 ${addDays(subject.notifiedOn, params.days)}`,
      field: "on",
    };
  },
};

/**
 * 考核领导小组接到复核申请后10日之内提出复核意见: the span runs from the day after the appeal for
 * `days` days (appealed 12-01 → due 12-11), PENDING — due soon — until then, UNMET once past it
 * without a review. The span's length is the rule's number: the source's 10 days.
 */
const REVIEW_DUE = { reviews: 1, days: 10 };
export const ASSESSMENT_REVIEW_DUE: RuleDefinition<typeof REVIEW_DUE> = {
  code: "ASSESSMENT_REVIEW_DUE",
  title: "复核意见期限",
  citation: "附件 四(二)",
  requirement: "考核领导小组接到复核申请后 {days} 日之内提出复核意见",
  family: "ASSESSMENT_APPEALS",
  subject: "APPEAL",
  appliesTo: {},
  period: {
    kind: "subject",
    from: (s) => (s.dates?.appealedOn ? addDays(s.dates.appealedOn, 1) : null),
    length: { days: REVIEW_DUE.days },
  },
  defaults: REVIEW_DUE,
  check: atLeast("reviews", "份"),
};

export const ASSESSMENT_RULES: RuleDefinition[] = [ASSESSMENT_REVIEW_DUE as unknown as RuleDefinition];
export const ASSESSMENT_GUARDS: GuardDefinition[] = [ASSESSMENT_APPEAL_WINDOW as unknown as GuardDefinition];
