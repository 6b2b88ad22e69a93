import type { Permission } from "@party/client-shared";

/** What each permission lets a holder do (zh-CN), for the token form and the account list. */
export const PERMISSION: Record<Permission, string> = {
  ORG_READ: "查看组织",
  ORG_WRITE: "维护组织",
  MEMBER_READ: "查看党员",
  MEMBER_SENSITIVE_READ: "查看党员敏感信息",
  MEMBER_WRITE: "维护党员",
  PIPELINE_READ: "查看发展党员",
  PIPELINE_WRITE: "办理发展党员",
  ASSESSMENT_READ: "查看支部考核",
  ASSESSMENT_WRITE: "支部考核评分",
  ACTIVITY_READ: "查看组织生活",
  ACTIVITY_WRITE: "记录组织生活",
  ROOM_READ: "查看活动阵地",
  ROOM_WRITE: "维护活动阵地",
  LIAISON_READ: "查看三联二访",
  LIAISON_WRITE: "记录三联二访",
  SERVICE_READ: "查看服务岗",
  SERVICE_WRITE: "维护服务岗",
  FUNDING_READ: "查看经费与党费",
  FUNDING_WRITE: "登记经费与党费",
  FUNDING_SETTINGS_WRITE: "设置经费标准",
  GOVERNANCE_READ: "查看党务公开与表彰",
  GOVERNANCE_WRITE: "维护党务公开与表彰",
  COMPLIANCE_READ: "查看制度检查",
  RULES_WRITE: "调整规则参数",
  CALENDAR_WRITE: "维护校历",
  AUDIT_READ: "查看操作日志",
  ACCOUNT_ADMIN: "管理账号",
  SELF_READ: "查看本人信息",
};

/** A token is for an integration: never account administration, never a person's own view (the API refuses them too). */
export const TOKEN_PERMISSIONS = (Object.keys(PERMISSION) as Permission[]).filter((p) => p !== "ACCOUNT_ADMIN" && p !== "SELF_READ");
