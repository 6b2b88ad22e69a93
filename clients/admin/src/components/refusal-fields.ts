import { graphql } from "../gql";

/** What every mutation's Refusal carries to the page: its sentence, rule and citation (see ErrorAlert). */
export const RefusalFields = graphql(`
  fragment RefusalFields on Refusal {
    errorCode
    message
    ruleCode
    citation
    field
    allowedNext
  }
`);
