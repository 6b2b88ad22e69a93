import type { UserRole } from "@party/client-shared";

/** Display names of the API's enums; the API's own descriptions in zh-CN, kept in one place. */
export const ROLE_LABELS: Record<UserRole, string> = {
  ADMIN: "组织部管理员",
  LEADERSHIP: "校领导",
  GENERAL_BRANCH_SECRETARY: "党总支书记",
  GENERAL_BRANCH_COMMITTEE: "党总支委员",
  BRANCH_SECRETARY: "党支部书记",
  BRANCH_COMMITTEE: "党支部委员",
  MEMBER: "党员",
};
