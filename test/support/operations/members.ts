import { graphql } from "../generated";

graphql(`
  fragment MemberFields on Member {
    id
    name
    version
    category
    standing
    status
    mobileStatus
    branch {
      id
      name
    }
    group {
      id
      name
    }
  }
`);

/** A member entered in a branch's register: the member, or a refusal. */
export const CreateMember = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      __typename
      ...MemberFields
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const TransferMember = graphql(`
  mutation TransferMember($input: TransferMemberInput!) {
    transferMember(input: $input) {
      __typename
      ...MemberFields
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const RemoveMember = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      __typename
      ...MemberFields
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const UpdateMember = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      __typename
      ...MemberFields
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

/** A page of members: how many match, and their names. */
export const MemberNames = graphql(`
  query MemberNames($filter: MemberFilter, $first: Int, $offset: Int) {
    members(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        name
      }
    }
  }
`);

/** A member's register history: entries and transfers. */
export const MemberRegister = graphql(`
  query MemberRegister($id: ID!) {
    member(id: $id) {
      idNumber
      phone
      registerEntries {
        kind
        reason
        occurredOn
        branch {
          name
        }
      }
      transfers {
        fromBranch {
          name
        }
        toBranch {
          name
        }
        transferredOn
      }
    }
  }
`);
