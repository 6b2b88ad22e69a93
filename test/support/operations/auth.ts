import { graphql } from "../generated";

export const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on AuthSession {
        accessToken
      }
      ... on LoginRefused {
        errorCode
        message
      }
    }
  }
`);

export const AuthLogin = graphql(`
  mutation AuthLogin($i: LoginInput!) {
    login(input: $i) {
      __typename
      ... on AuthSession {
        accessToken
        refreshToken
        user {
          username
          role
        }
      }
      ... on LoginRefused {
        errorCode
        message
        retryAfterSeconds
      }
    }
  }
`);

export const SessionRefresh = graphql(`
  mutation SessionRefresh($t: String!) {
    refreshSession(refreshToken: $t) {
      accessToken
      refreshToken
    }
  }
`);

export const AuthChangePassword = graphql(`
  mutation AuthChangePassword($i: ChangePasswordInput!) {
    changeMyPassword(input: $i) {
      __typename
      ... on User {
        username
      }
      ... on LoginRefused {
        errorCode
        message
        retryAfterSeconds
      }
    }
  }
`);

export const SessionLogout = graphql(`
  mutation SessionLogout {
    logout
  }
`);

export const MeUsername = graphql(`
  query MeUsername {
    me {
      username
    }
  }
`);

export const MeUsernameRole = graphql(`
  query MeUsernameRole {
    me {
      username
      role
    }
  }
`);

export const MeMemberRecord = graphql(`
  query MeMemberRecord {
    me {
      role
      member {
        id
        phone
        idNumber
        birthDate
        birthMonth
        branch {
          name
        }
      }
    }
  }
`);

export const TokenCreate = graphql(`
  mutation TokenCreate($i: CreateApiTokenInput!) {
    createApiToken(input: $i) {
      token
      apiToken {
        id
        version
        tokenPrefix
        permissions
        lastUsedAt
      }
    }
  }
`);

export const TokenCreateTokenOnly = graphql(`
  mutation TokenCreateTokenOnly($i: CreateApiTokenInput!) {
    createApiToken(input: $i) {
      token
    }
  }
`);

export const TokenRevoke = graphql(`
  mutation TokenRevoke($id: ID!, $v: Int!) {
    revokeApiToken(id: $id, version: $v) {
      __typename
      ... on ApiToken {
        revokedAt
      }
    }
  }
`);

export const AuditEntriesOfMember = graphql(`
  query AuditEntriesOfMember($id: ID!) {
    auditEntries(filter: { entityType: "Member", entityId: $id }) {
      totalCount
      items {
        operation
        actorLabel
        after
      }
    }
  }
`);

export const AuditEntriesTotal = graphql(`
  query AuditEntriesTotal {
    auditEntries {
      totalCount
    }
  }
`);

export const BrowserSignIn = graphql(`
  mutation BrowserSignIn($i: LoginInput!) {
    browserLogin(input: $i) {
      __typename
      ... on BrowserSession {
        accessToken
        accessExpiresAt
        refreshExpiresAt
        user {
          username
        }
      }
      ... on LoginRefused {
        errorCode
        message
      }
    }
  }
`);

export const BrowserRefresh = graphql(`
  mutation BrowserRefresh {
    refreshBrowserSession {
      accessToken
      refreshExpiresAt
      user {
        username
      }
    }
  }
`);
