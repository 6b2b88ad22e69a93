import { graphql } from "../../gql";

export const MemberRow = graphql(`
  fragment MemberRow on Member {
    id
    name
    gender
    category
    standing
    status
    mobileStatus
    mobileLocation
    department
    className
    birthMonth
    joinedOn
    fullSince
    phone
    idNumber
    branchId
    branch {
      id
      name
      fullName
    }
    group {
      id
      name
    }
  }
`);

export const MemberList = graphql(`
  query MemberList($filter: MemberFilter, $first: Int!, $offset: Int!) {
    members(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...MemberRow
      }
    }
  }
`);

/** A member's record without the people they contact: what a member may read of their own record. */
export const MemberSelfFields = graphql(`
  fragment MemberSelf on Member {
    ...MemberRow
    version
    birthDate
    probationEndsOn
    createdAt
    updatedAt
    registerEntries {
      id
      kind
      reason
      occurredOn
      counterpart
      note
      branch {
        id
        name
      }
    }
    transfers {
      id
      transferredOn
      note
      fromBranch {
        id
        name
      }
      toBranch {
        id
        name
      }
    }
    massContacts {
      id
      since
      until
      note
      version
    }
  }
`);

export const MemberDetailFields = graphql(`
  fragment MemberDetail on Member {
    ...MemberSelf
    massContacts {
      id
      person {
        id
        name
        kind
        department
        className
        phone
      }
    }
  }
`);

export const MemberDetailQuery = graphql(`
  query MemberDetail($id: ID!) {
    member(id: $id) {
      ...MemberDetail
    }
  }
`);

export const MyMemberRecord = graphql(`
  query MyMemberRecord {
    me {
      id
      member {
        ...MemberSelf
      }
    }
  }
`);

export const CreateMember = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      __typename
      ... on Member {
        id
      }
      ... on Refusal {
        errorCode
        message
        ruleCode
        citation
        field
      }
    }
  }
`);

export const UpdateMember = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      __typename
      ... on Member {
        ...MemberDetail
      }
      ... on Refusal {
        errorCode
        message
        ruleCode
        citation
        field
      }
    }
  }
`);

export const TransferMember = graphql(`
  mutation TransferMember($input: TransferMemberInput!) {
    transferMember(input: $input) {
      __typename
      ... on Member {
        id
        version
      }
      ... on Refusal {
        errorCode
        message
        ruleCode
        citation
        field
      }
    }
  }
`);

export const RemoveMember = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      __typename
      ... on Member {
        id
        version
      }
      ... on Refusal {
        errorCode
        message
        ruleCode
        citation
        field
      }
    }
  }
`);

export const PeopleSearch = graphql(`
  query PeopleSearch($filter: PersonFilter, $first: Int!) {
    people(filter: $filter, first: $first) {
      totalCount
      items {
        id
        name
        kind
        department
        className
      }
    }
  }
`);

export const CreatePerson = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      name
    }
  }
`);

export const LinkMassContact = graphql(`
  mutation LinkMassContact($input: LinkMassContactInput!) {
    linkMassContact(input: $input) {
      __typename
      ... on MassContact {
        id
      }
      ... on Refusal {
        errorCode
        message
        ruleCode
        citation
        field
      }
    }
  }
`);

export const EndMassContact = graphql(`
  mutation EndMassContact($input: EndMassContactInput!) {
    endMassContact(input: $input) {
      __typename
      ... on MassContact {
        id
      }
      ... on Refusal {
        errorCode
        message
        ruleCode
        citation
        field
      }
    }
  }
`);

/** The roster import: every row checked like createMember; a dry run writes nothing. */
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
