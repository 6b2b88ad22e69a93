import { graphql } from "../../gql";

export const OrgUnitDetail = graphql(`
  query OrgUnitDetail($id: ID!) {
    orgUnit(id: $id) {
      id
      name
      fullName
      kind
      branchKind
      groupPurpose
      isOnline
      location
      covers
      sortOrder
      parentId
      archivedAt
      version
      ancestors {
        id
        name
      }
      memberCounts {
        total
        full
        probationary
        faculty
        student
        retired
        mobile
      }
      committee(includeEnded: true) {
        id
        role
        duty
        termStart
        termEnd
        endedOn
        version
        member {
          id
          name
        }
      }
      rooms {
        id
        name
        area
        location
        ownerUnitId
      }
      filedDocuments {
        id
        title
        kind
        filedOn
        member {
          id
          name
        }
      }
      children {
        id
        name
        kind
      }
    }
  }
`);

export const CreateOrgUnit = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      __typename
      ... on OrgUnit {
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

export const UpdateOrgUnit = graphql(`
  mutation UpdateOrgUnit($input: UpdateOrgUnitInput!) {
    updateOrgUnit(input: $input) {
      __typename
      ... on OrgUnit {
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

export const RenameOrgUnit = graphql(`
  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {
    renameOrgUnit(input: $input) {
      __typename
      ... on OrgUnit {
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

export const MoveOrgUnit = graphql(`
  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {
    moveOrgUnit(input: $input) {
      __typename
      ... on OrgUnit {
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

export const ArchiveOrgUnit = graphql(`
  mutation ArchiveOrgUnit($input: ArchiveOrgUnitInput!) {
    archiveOrgUnit(input: $input) {
      __typename
      ... on OrgUnit {
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

export const AppointCommitteeMember = graphql(`
  mutation AppointCommitteeMember($input: AppointCommitteeMemberInput!) {
    appointCommitteeMember(input: $input) {
      __typename
      ... on CommitteePosition {
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

export const EndCommitteeTerm = graphql(`
  mutation EndCommitteeTerm($input: EndCommitteeTermInput!) {
    endCommitteeTerm(input: $input) {
      __typename
      ... on CommitteePosition {
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

export const UnitMemberOptions = graphql(`
  query UnitMemberOptions($unitId: ID!, $name: String) {
    members(filter: { unitId: $unitId, nameContains: $name }, first: 30) {
      items {
        id
        name
        branch {
          id
          name
        }
      }
    }
  }
`);
