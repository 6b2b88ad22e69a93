import { AwardStatus } from "./governance.enums";

/**
 * The award workflow (Vendure's Transitions map): 推荐 → 审核 → 表彰 / 未获表彰. Final states
 * have no way out; a wrong turn is a typed refusal, never a silent overwrite.
 */
export const AWARD_TRANSITIONS: Record<AwardStatus, readonly AwardStatus[]> = {
  [AwardStatus.NOMINATED]: [AwardStatus.REVIEWED],
  [AwardStatus.REVIEWED]: [AwardStatus.AWARDED, AwardStatus.NOT_AWARDED],
  [AwardStatus.AWARDED]: [],
  [AwardStatus.NOT_AWARDED]: [],
};

export const AWARD_STATUS_LABELS: Record<AwardStatus, string> = {
  NOMINATED: "已推荐",
  REVIEWED: "已审核",
  AWARDED: "已表彰",
  NOT_AWARDED: "未获表彰",
};

export function canTransition(from: AwardStatus, to: AwardStatus): boolean {
  return AWARD_TRANSITIONS[from].includes(to);
}
