import { graphql } from "../../gql";

export const ImportMembers = graphql(`
  mutation ImportMembers($input: ImportMembersInput!) {
    importMembers(input: $input) {
      dryRun
      validRows
      invalidRows
      written
      rows {
        row
        ok
        memberId
        errors {
          field
          message
        }
      }
    }
  }
`);
