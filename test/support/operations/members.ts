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

/** A person outside the party (the masses, a guest) kept on record. */
export const CreatePerson = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      name
      kind
    }
  }
`);

/** Links a member to a person of the masses they keep in touch with; a refusal answers its code only. */
export const LinkMassContact = graphql(`
  mutation LinkMassContact($input: LinkMassContactInput!) {
    linkMassContact(input: $input) {
      __typename
      ... on MassContact {
        id
        version
        since
        person {
          name
        }
        member {
          name
        }
      }
      ... on Refusal {
        errorCode
      }
    }
  }
`);

export const EndMassContact = graphql(`
  mutation EndMassContact($input: EndMassContactInput!) {
    endMassContact(input: $input) {
      __typename
      ... on MassContact {
        until
      }
    }
  }
`);

export const MemberMassContacts = graphql(`
  query MemberMassContacts($id: ID!) {
    member(id: $id) {
      massContacts {
        since
        until
        person {
          name
        }
      }
    }
  }
`);

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
        errors {
          field
          message
        }
        memberId
        member {
          name
          idNumber
          branch {
            name
          }
        }
      }
    }
  }
`);
