import { registerEnumType } from "type-graphql";
import { Permission as P } from "./permissions";

/** Who a user is in the organisation; each role is a fixed set of permissions (DOMAIN §2 Roles). */
export enum UserRole {
  ADMIN = "ADMIN",
  GENERAL_BRANCH_SECRETARY = "GENERAL_BRANCH_SECRETARY",
  GENERAL_BRANCH_COMMITTEE = "GENERAL_BRANCH_COMMITTEE",
  BRANCH_SECRETARY = "BRANCH_SECRETARY",
  BRANCH_COMMITTEE = "BRANCH_COMMITTEE",
  LEADERSHIP = "LEADERSHIP",
  MEMBER = "MEMBER",
}

registerEnumType(UserRole, {
  name: "UserRole",
  valuesConfig: {
    ADMIN: { description: "组织部管理员（全校）" },
    GENERAL_BRANCH_SECRETARY: { description: "党总支书记（本总支）" },
    GENERAL_BRANCH_COMMITTEE: { description: "党总支委员（本总支）" },
    BRANCH_SECRETARY: { description: "党支部书记（本支部及党小组）" },
    BRANCH_COMMITTEE: { description: "党支部委员（本支部及党小组）" },
    LEADERSHIP: { description: "校领导（全校只读）" },
    MEMBER: { description: "党员本人" },
  },
});

const READ = [
  P.ORG_READ,
  P.MEMBER_READ,
  P.ACTIVITY_READ,
  P.ROOM_READ,
  P.LIAISON_READ,
  P.SERVICE_READ,
  P.FUNDING_READ,
  P.GOVERNANCE_READ,
  P.COMPLIANCE_READ,
  P.PIPELINE_READ,
];
const WRITE = [
  P.ORG_WRITE,
  P.MEMBER_WRITE,
  P.ACTIVITY_WRITE,
  P.ROOM_WRITE,
  P.LIAISON_WRITE,
  P.SERVICE_WRITE,
  P.FUNDING_WRITE,
  P.GOVERNANCE_WRITE,
  P.PIPELINE_WRITE,
];
/** Every signed-in person may read their own account and member record. */
const SELF = [P.SELF_READ];

export const ROLE_PERMISSIONS: Record<UserRole, readonly P[]> = {
  ADMIN: Object.values(P),
  GENERAL_BRANCH_SECRETARY: [...SELF, ...READ, ...WRITE, P.MEMBER_SENSITIVE_READ, P.ASSESSMENT_READ],
  GENERAL_BRANCH_COMMITTEE: [...SELF, ...READ, ...WRITE],
  BRANCH_SECRETARY: [...SELF, ...READ, ...WRITE, P.MEMBER_SENSITIVE_READ, P.ASSESSMENT_READ],
  BRANCH_COMMITTEE: [...SELF, ...READ, ...WRITE],
  LEADERSHIP: [...SELF, ...READ, P.ASSESSMENT_READ],
  MEMBER: [...SELF],
};

/** Permissions an integration token may carry: never account administration. */
export const TOKEN_GRANTABLE: readonly P[] = Object.values(P).filter((p) => p !== P.ACCOUNT_ADMIN && p !== P.SELF_READ);
