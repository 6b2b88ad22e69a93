import { graphql } from "../../gql";

export const UserList = graphql(`
  query UserList($first: Int!, $offset: Int!) {
    users(first: $first, offset: $offset) {
      totalCount
      items {
        id
        username
        displayName
        role
        scopeUnitId
        scopeUnit {
          id
          name
          fullName
        }
        member {
          id
          name
        }
        disabledAt
        lastLoginAt
        lockedUntil
        createdAt
        version
      }
    }
  }
`);

export const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      __typename
      ... on User {
        id
      }
      ... on Refusal {
        errorCode
        message
        ruleCode
        citation
        field
      }
    }
  }
`);

export const UpdateUser = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      __typename
      ... on User {
        id
        version
      }
      ... on Refusal {
        errorCode
        message
        ruleCode
        citation
        field
      }
    }
  }
`);

export const ApiTokenList = graphql(`
  query ApiTokenList($first: Int!, $offset: Int!) {
    apiTokens(first: $first, offset: $offset) {
      totalCount
      items {
        id
        name
        tokenPrefix
        permissions
        scopeUnitId
        createdAt
        expiresAt
        lastUsedAt
        revokedAt
        version
      }
    }
  }
`);

export const CreateApiToken = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
      }
    }
  }
`);

export const RevokeApiToken = graphql(`
  mutation RevokeApiToken($id: ID!, $version: Int!) {
    revokeApiToken(id: $id, version: $version) {
      __typename
      ... on ApiToken {
        id
        revokedAt
      }
      ... on Refusal {
        errorCode
        message
        ruleCode
        citation
        field
      }
    }
  }
`);

export const MemberOptions = graphql(`
  query AccountMemberOptions($name: String) {
    members(filter: { nameContains: $name }, first: 20) {
      items {
        id
        name
        branch {
          id
          fullName
        }
      }
    }
  }
`);
