import { graphql } from "../generated";

export const CreateFundAllocation = graphql(`
  mutation CreateFundAllocation($input: CreateFundAllocationInput!) {
    createFundAllocation(input: $input) {
      __typename
      ... on FundAllocation {
        id
        version
        amount
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

/** One member's dues for one month. */
export const RecordDues = graphql(`
  mutation RecordDues($input: RecordDuesInput!) {
    recordDues(input: $input) {
      __typename
      ... on DuesRecord {
        id
        version
        amountDue
        amountPaid
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

/** A branch's month of dues in one batch, with every record written. */
export const RecordBranchDues = graphql(`
  mutation RecordBranchDues($input: RecordBranchDuesInput!) {
    recordBranchDues(input: $input) {
      __typename
      ... on DuesBatch {
        month
        totalDue
        totalPaid
        branch {
          name
        }
        records {
          id
          version
          month
          amountDue
          amountPaid
          paidOn
          collectedBy
          member {
            name
          }
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

/** A correction of one record: answers what it changes (paid, paid on, version). */
export const AdjustDues = graphql(`
  mutation AdjustDues($input: AdjustDuesInput!) {
    adjustDues(input: $input) {
      ... on DuesRecord {
        amountPaid
        paidOn
        version
      }
    }
  }
`);

export const CreatePartyWorkAllowance = graphql(`
  mutation CreatePartyWorkAllowance($input: CreatePartyWorkAllowanceInput!) {
    createPartyWorkAllowance(input: $input) {
      __typename
      ... on PartyWorkAllowance {
        id
        version
        amount
        workloadCredit
        post
        member {
          name
        }
        committeePosition {
          role
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

/** An edit of an allowance: answers its amount and version. */
export const UpdatePartyWorkAllowance = graphql(`
  mutation UpdatePartyWorkAllowance($input: UpdatePartyWorkAllowanceInput!) {
    updatePartyWorkAllowance(input: $input) {
      ... on PartyWorkAllowance {
        amount
        version
      }
    }
  }
`);
