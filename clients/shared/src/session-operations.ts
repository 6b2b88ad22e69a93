import { graphql } from "./gql";

export const SessionUserFields = graphql(`
  fragment SessionUser on User {
    id
    displayName
    role
    permissions
    memberId
    scopeUnitId
    scopeUnit {
      id
      name
      kind
    }
  }
`);

export const SignIn = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on AuthSession {
        accessToken
        accessExpiresAt
        refreshToken
        user {
          ...SessionUser
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

export const RenewSession = graphql(`
  mutation RenewSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      accessExpiresAt
      refreshToken
      user {
        ...SessionUser
      }
    }
  }
`);

export const SignOut = graphql(`
  mutation SignOut {
    logout
  }
`);
