import { graphql } from "../generated";

/* Bursts (test/concurrency.e2e-spec.ts): each selects only what the burst reads back. */

export const BurstRecordDues = graphql(`
  mutation BurstRecordDues($input: RecordDuesInput!) {
    recordDues(input: $input) {
      __typename
      ... on DuesRecord {
        id
      }
    }
  }
`);

export const BurstCreateActivity = graphql(`
  mutation BurstCreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      __typename
      ... on Activity {
        id
        attendanceSummary {
          present
        }
      }
    }
  }
`);

export const BurstUpdateMember = graphql(`
  mutation BurstUpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      __typename
      ... on Member {
        id
        version
      }
    }
  }
`);

export const BurstRead = graphql(`
  query BurstRead {
    orgUnits {
      totalCount
    }
    members(first: 50) {
      totalCount
      items {
        id
        branch {
          name
        }
      }
    }
  }
`);

export const BurstEditMember = graphql(`
  mutation BurstEditMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      __typename
      ... on Member {
        version
        department
      }
    }
  }
`);

export const BurstWaitingUpdate = graphql(`
  mutation BurstWaitingUpdate($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      __typename
    }
  }
`);

export const BurstRecoveredUpdate = graphql(`
  mutation BurstRecoveredUpdate($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      ... on Member {
        version
        department
      }
    }
  }
`);
