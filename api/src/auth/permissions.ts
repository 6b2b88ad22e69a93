import { registerEnumType } from "type-graphql";

/**
 * Every query and mutation names the permission it needs with `@Authorized(Permission.X)`;
 * an operation without one fails the permission-coverage test (deny by default). Roles are sets
 * of these (auth/roles.ts); the subtree a user may touch is their scope, applied in services.
 */
export enum Permission {
  /** One's own account, member record, hours and reports. */
  SELF_READ = "SELF_READ",
  ORG_READ = "ORG_READ",
  ORG_WRITE = "ORG_WRITE",
  MEMBER_READ = "MEMBER_READ",
  MEMBER_WRITE = "MEMBER_WRITE",
  /** ID numbers, phones, addresses, discipline, individual votes: masked without it. */
  MEMBER_SENSITIVE_READ = "MEMBER_SENSITIVE_READ",
  ACTIVITY_READ = "ACTIVITY_READ",
  ACTIVITY_WRITE = "ACTIVITY_WRITE",
  /** The academic calendar and college-wide settings such as vacation months. */
  CALENDAR_WRITE = "CALENDAR_WRITE",
  ROOM_READ = "ROOM_READ",
  ROOM_WRITE = "ROOM_WRITE",
  LIAISON_READ = "LIAISON_READ",
  LIAISON_WRITE = "LIAISON_WRITE",
  SERVICE_READ = "SERVICE_READ",
  SERVICE_WRITE = "SERVICE_WRITE",
  FUNDING_READ = "FUNDING_READ",
  FUNDING_WRITE = "FUNDING_WRITE",
  /** Committee-level money settings: the yearly dues-rebate share, allowance rates. */
  FUNDING_SETTINGS_WRITE = "FUNDING_SETTINGS_WRITE",
  /** Awards, honours, media reports, 党务公开 notices, 三重一大 decisions, integrity risk register. */
  GOVERNANCE_READ = "GOVERNANCE_READ",
  GOVERNANCE_WRITE = "GOVERNANCE_WRITE",
  COMPLIANCE_READ = "COMPLIANCE_READ",
  /** Member development (入党申请人至转正): applicants' cases, votes, notices, probation reports. */
  PIPELINE_READ = "PIPELINE_READ",
  PIPELINE_WRITE = "PIPELINE_WRITE",
  RULES_WRITE = "RULES_WRITE",
  AUDIT_READ = "AUDIT_READ",
  ACCOUNT_ADMIN = "ACCOUNT_ADMIN",
  /** Branch assessment: rounds, score sheets, grades, discipline cases (details masked without MEMBER_SENSITIVE_READ), rectifications. */
  ASSESSMENT_READ = "ASSESSMENT_READ",
  /** The assessment panel's writes (组织部): rounds, scores, steps, discipline cases, rectifications. */
  ASSESSMENT_WRITE = "ASSESSMENT_WRITE",
}

registerEnumType(Permission, { name: "Permission", description: "What an operation requires; roles and API tokens grant sets of these." });
