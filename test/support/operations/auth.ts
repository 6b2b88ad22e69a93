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
