import { StateMachine } from "../common/state-machine";
import type { Award } from "./award.entity";
import { AWARD_STATUS_LABELS, AwardStatus } from "./governance.enums";

/**
 * The award workflow: 推荐 → 审核 → 表彰 / 未获表彰. Final states have no way out; a wrong turn is
 * a typed refusal naming where the nomination may go, never a silent overwrite.
 */
export const AWARD_WORKFLOW = new StateMachine<AwardStatus, Award>({
  subject: "评选状态",
  transitions: {
    [AwardStatus.NOMINATED]: { to: [AwardStatus.REVIEWED] },
    [AwardStatus.REVIEWED]: { to: [AwardStatus.AWARDED, AwardStatus.NOT_AWARDED] },
    [AwardStatus.AWARDED]: { to: [] },
    [AwardStatus.NOT_AWARDED]: { to: [] },
  },
  labels: AWARD_STATUS_LABELS,
});
