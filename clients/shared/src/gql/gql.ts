/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    permissions\n    memberId\n    scopeUnitId\n    scopeUnit {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    browserLogin(input: $input) {\n      __typename\n      ... on BrowserSession {\n        accessToken\n        accessExpiresAt\n      }\n      ... on LoginRefused {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RenewSession {\n    refreshBrowserSession {\n      accessToken\n      accessExpiresAt\n    }\n  }\n": typeof types.RenewSessionDocument,
    "\n  query SessionMe {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.SessionMeDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  fragment UnitTreeNode on OrgUnit {\n    id\n    name\n    kind\n    parentId\n    branchKind\n  }\n": typeof types.UnitTreeNodeFragmentDoc,
    "\n  query UnitRoot($id: ID!) {\n    orgUnit(id: $id) {\n      ...UnitTreeNode\n    }\n  }\n": typeof types.UnitRootDocument,
    "\n  query UnitsUnder($underId: ID!, $offset: Int!) {\n    orgUnits(filter: { underId: $underId }, first: 100, offset: $offset) {\n      totalCount\n      items {\n        ...UnitTreeNode\n      }\n    }\n  }\n": typeof types.UnitsUnderDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    permissions\n    memberId\n    scopeUnitId\n    scopeUnit {\n      id\n      name\n      kind\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    browserLogin(input: $input) {\n      __typename\n      ... on BrowserSession {\n        accessToken\n        accessExpiresAt\n      }\n      ... on LoginRefused {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RenewSession {\n    refreshBrowserSession {\n      accessToken\n      accessExpiresAt\n    }\n  }\n": types.RenewSessionDocument,
    "\n  query SessionMe {\n    me {\n      ...SessionUser\n    }\n  }\n": types.SessionMeDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  fragment UnitTreeNode on OrgUnit {\n    id\n    name\n    kind\n    parentId\n    branchKind\n  }\n": types.UnitTreeNodeFragmentDoc,
    "\n  query UnitRoot($id: ID!) {\n    orgUnit(id: $id) {\n      ...UnitTreeNode\n    }\n  }\n": types.UnitRootDocument,
    "\n  query UnitsUnder($underId: ID!, $offset: Int!) {\n    orgUnits(filter: { underId: $underId }, first: 100, offset: $offset) {\n      totalCount\n      items {\n        ...UnitTreeNode\n      }\n    }\n  }\n": types.UnitsUnderDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    permissions\n    memberId\n    scopeUnitId\n    scopeUnit {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    displayName\n    role\n    permissions\n    memberId\n    scopeUnitId\n    scopeUnit {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    browserLogin(input: $input) {\n      __typename\n      ... on BrowserSession {\n        accessToken\n        accessExpiresAt\n      }\n      ... on LoginRefused {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    browserLogin(input: $input) {\n      __typename\n      ... on BrowserSession {\n        accessToken\n        accessExpiresAt\n      }\n      ... on LoginRefused {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewSession {\n    refreshBrowserSession {\n      accessToken\n      accessExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RenewSession {\n    refreshBrowserSession {\n      accessToken\n      accessExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionMe {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query SessionMe {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitTreeNode on OrgUnit {\n    id\n    name\n    kind\n    parentId\n    branchKind\n  }\n"): (typeof documents)["\n  fragment UnitTreeNode on OrgUnit {\n    id\n    name\n    kind\n    parentId\n    branchKind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitRoot($id: ID!) {\n    orgUnit(id: $id) {\n      ...UnitTreeNode\n    }\n  }\n"): (typeof documents)["\n  query UnitRoot($id: ID!) {\n    orgUnit(id: $id) {\n      ...UnitTreeNode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsUnder($underId: ID!, $offset: Int!) {\n    orgUnits(filter: { underId: $underId }, first: 100, offset: $offset) {\n      totalCount\n      items {\n        ...UnitTreeNode\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsUnder($underId: ID!, $offset: Int!) {\n    orgUnits(filter: { underId: $underId }, first: 100, offset: $offset) {\n      totalCount\n      items {\n        ...UnitTreeNode\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;