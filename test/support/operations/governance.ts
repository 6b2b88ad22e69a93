import { graphql } from "../generated";

/** Nominates a unit or a member for a biennial award. */
export const NominateAward = graphql(`
  mutation NominateAward($input: NominateAwardInput!) {
    nominateAward(input: $input) {
      __typename
      ... on Award {
        id
        version
        kind
        status
        cycleYear
        unit {
          name
        }
        nomineeMember {
          name
        }
      }
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
      }
    }
  }
`);

/** Moves an award along its workflow (nominated → reviewed → awarded). */
export const AdvanceAward = graphql(`
  mutation AdvanceAward($input: AdvanceAwardInput!) {
    advanceAward(input: $input) {
      __typename
      ... on Award {
        id
        version
        status
        reviewedOn
        decidedOn
        reviewer
      }
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
      }
    }
  }
`);
