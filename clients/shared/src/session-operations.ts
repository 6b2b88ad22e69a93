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
    }
  }
`);

/**
 * The signed-in user as their own scope sees them: asked after sign-in and renewal with the new
 * token (the sign-in answer itself is given before any scope exists, so it cannot name the unit).
 */
export const SessionMe = graphql(`
  query SessionMe {
    me {
      ...SessionUser
    }
  }
`);

export const SignOut = graphql(`
  mutation SignOut {
    logout
  }
`);
