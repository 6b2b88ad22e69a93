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
    browserLogin(input: $input) {
      __typename
      ... on BrowserSession {
        accessToken
        accessExpiresAt
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
  mutation RenewSession {
    refreshBrowserSession {
      accessToken
      accessExpiresAt
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
