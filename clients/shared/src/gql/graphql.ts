/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BranchKind =
  /** 二级学院教工支部 */
  | 'FACULTY'
  /** 离退休支部 */
  | 'RETIRED'
  /** 机关、教辅教职工支部 */
  | 'STAFF'
  /** 学生支部 */
  | 'STUDENT';

export type LoginInput = {
  password: string;
  username: string;
};

export type OrgUnitKind =
  /** 党支部 */
  | 'BRANCH'
  /** 党总支 */
  | 'GENERAL_BRANCH'
  /** 党小组 */
  | 'GROUP'
  /** 党委 */
  | 'PARTY_COMMITTEE';

/** What an operation requires; roles and API tokens grant sets of these. */
export type Permission =
  | 'ACCOUNT_ADMIN'
  | 'ACTIVITY_READ'
  | 'ACTIVITY_WRITE'
  | 'ASSESSMENT_READ'
  | 'ASSESSMENT_WRITE'
  | 'AUDIT_READ'
  | 'CALENDAR_WRITE'
  | 'COMPLIANCE_READ'
  | 'FUNDING_READ'
  | 'FUNDING_SETTINGS_WRITE'
  | 'FUNDING_WRITE'
  | 'GOVERNANCE_READ'
  | 'GOVERNANCE_WRITE'
  | 'LIAISON_READ'
  | 'LIAISON_WRITE'
  | 'MEMBER_READ'
  | 'MEMBER_SENSITIVE_READ'
  | 'MEMBER_WRITE'
  | 'ORG_READ'
  | 'ORG_WRITE'
  | 'PIPELINE_READ'
  | 'PIPELINE_WRITE'
  | 'ROOM_READ'
  | 'ROOM_WRITE'
  | 'RULES_WRITE'
  | 'SELF_READ'
  | 'SERVICE_READ'
  | 'SERVICE_WRITE';

/** Why a request was refused by a domain rule. */
export type RefusalCode =
  | 'ACCOUNT_LOCKED'
  | 'ALLOWANCE_ALREADY_RECORDED'
  | 'ALREADY_CONFIRMED'
  | 'ALREADY_ENDED'
  | 'ALREADY_LINKED'
  | 'ALREADY_RESOLVED'
  | 'ALREADY_REVOKED'
  | 'ASSIGNMENT_NOT_ACTIVE'
  | 'DUES_ALREADY_RECORDED'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_PARENT'
  | 'INVALID_TRANSITION'
  | 'MEMBER_NOT_ACTIVE'
  | 'MEMBER_NOT_IN_UNIT'
  | 'MOVE_INTO_OWN_SUBTREE'
  | 'NOT_ASSIGNMENT_LIAISON'
  | 'NOT_A_STUDENT'
  | 'NOT_A_TEACHER'
  | 'OUTSIDE_UNIT'
  | 'RECORD_ARCHIVED'
  | 'RECORD_BOOK_ALREADY_HANDED_IN'
  | 'RULE_NOT_MET'
  | 'SAME_BRANCH'
  | 'SEMESTER_EXISTS'
  | 'SEMESTER_OVERLAP'
  | 'UNIT_ARCHIVED'
  | 'UNIT_NOT_EMPTY'
  | 'USERNAME_TAKEN';

export type UserRole =
  /** 组织部管理员（全校） */
  | 'ADMIN'
  /** 党支部委员（本支部及党小组） */
  | 'BRANCH_COMMITTEE'
  /** 党支部书记（本支部及党小组） */
  | 'BRANCH_SECRETARY'
  /** 党总支委员（本总支） */
  | 'GENERAL_BRANCH_COMMITTEE'
  /** 党总支书记（本总支） */
  | 'GENERAL_BRANCH_SECRETARY'
  /** 校领导（全校只读） */
  | 'LEADERSHIP'
  /** 党员本人 */
  | 'MEMBER';

export type SessionUserFragment = { id: string, displayName: string, role: UserRole, permissions: Array<Permission>, memberId: string | null, scopeUnitId: string | null, scopeUnit: { id: string, name: string, kind: OrgUnitKind } | null };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { browserLogin:
    | { __typename: 'BrowserSession', accessToken: string, accessExpiresAt: string }
    | { __typename: 'LoginRefused', errorCode: RefusalCode, message: string, retryAfterSeconds: number | null }
   };

export type RenewSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RenewSessionMutation = { refreshBrowserSession: { accessToken: string, accessExpiresAt: string } };

export type SessionMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionMeQuery = { me: { id: string, displayName: string, role: UserRole, permissions: Array<Permission>, memberId: string | null, scopeUnitId: string | null, scopeUnit: { id: string, name: string, kind: OrgUnitKind } | null } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { logout: boolean };

export type UnitTreeNodeFragment = { id: string, name: string, kind: OrgUnitKind, parentId: string | null, branchKind: BranchKind | null };

export type UnitRootQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitRootQuery = { orgUnit: { id: string, name: string, kind: OrgUnitKind, parentId: string | null, branchKind: BranchKind | null } | null };

export type UnitsUnderQueryVariables = Exact<{
  underId: string | number;
  offset: number;
}>;


export type UnitsUnderQuery = { orgUnits: { totalCount: number, items: Array<{ id: string, name: string, kind: OrgUnitKind, parentId: string | null, branchKind: BranchKind | null }> } };

export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const UnitTreeNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTreeNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"branchKind"}}]}}]} as unknown as DocumentNode<UnitTreeNodeFragment, unknown>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"browserLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrowserSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessExpiresAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const RenewSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshBrowserSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessExpiresAt"}}]}}]}}]} as unknown as DocumentNode<RenewSessionMutation, RenewSessionMutationVariables>;
export const SessionMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SessionMeQuery, SessionMeQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const UnitRootDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitRoot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTreeNode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTreeNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"branchKind"}}]}}]} as unknown as DocumentNode<UnitRootQuery, UnitRootQueryVariables>;
export const UnitsUnderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsUnder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"underId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"underId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTreeNode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTreeNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"branchKind"}}]}}]} as unknown as DocumentNode<UnitsUnderQuery, UnitsUnderQueryVariables>;