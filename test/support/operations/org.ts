import { graphql } from "../generated";

/** Every unit (up to 100), with what tests key them by. */
export const OrgUnits = graphql(`
  query OrgUnits($filter: OrgUnitFilter, $first: Int) {
    orgUnits(filter: $filter, first: $first) {
      items {
        id
        name
        fullName
        kind
        version
      }
    }
  }
`);

graphql(`
  fragment OrgUnitFields on OrgUnit {
    id
    name
    fullName
    kind
    branchKind
    covers
    version
    parent {
      id
      name
    }
  }
`);

/** Units matching a filter, each with its kind, coverage and parent. */
export const OrgUnitsDetailed = graphql(`
  query OrgUnitsDetailed($filter: OrgUnitFilter, $first: Int) {
    orgUnits(filter: $filter, first: $first) {
      totalCount
      items {
        ...OrgUnitFields
      }
    }
  }
`);

/** The general branches (or other units) with their children, in order. */
export const OrgUnitsWithChildren = graphql(`
  query OrgUnitsWithChildren($filter: OrgUnitFilter, $first: Int) {
    orgUnits(filter: $filter, first: $first) {
      totalCount
      items {
        name
        children {
          name
          branchKind
          covers
        }
      }
    }
  }
`);

/** One unit's place in the tree: its parent and ancestors, its children with theirs. */
export const OrgUnitTree = graphql(`
  query OrgUnitTree($id: ID!) {
    orgUnit(id: $id) {
      name
      archivedAt
      parent {
        id
      }
      children {
        id
        fullName
        ancestors {
          name
          kind
        }
        parent {
          name
        }
      }
      ancestors {
        name
      }
    }
  }
`);

export const CreateOrgUnit = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      __typename
      ...OrgUnitFields
      ... on Refusal {
        errorCode
        message
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
        version
        parent {
          name
        }
      }
      ... on Refusal {
        errorCode
        message
      }
    }
  }
`);

/** A rename answers the unit's new name and version (a stale version is a CONFLICT error). */
export const RenameOrgUnit = graphql(`
  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {
    renameOrgUnit(input: $input) {
      ... on OrgUnit {
        name
        version
      }
    }
  }
`);

export const ArchiveOrgUnit = graphql(`
  mutation ArchiveOrgUnit($input: ArchiveOrgUnitInput!) {
    archiveOrgUnit(input: $input) {
      __typename
      ... on OrgUnit {
        archivedAt
      }
      ... on Refusal {
        errorCode
        message
      }
    }
  }
`);

/** A page of a unit's own members. */
export const UnitMembers = graphql(`
  query UnitMembers($id: ID!, $first: Int! = 20, $offset: Int! = 0) {
    orgUnit(id: $id) {
      members(first: $first, offset: $offset) {
        totalCount
        items {
          name
        }
      }
    }
  }
`);

export const UnitMemberCounts = graphql(`
  query UnitMemberCounts($id: ID!) {
    orgUnit(id: $id) {
      memberCounts {
        total
        student
        mobile
      }
    }
  }
`);

/** A unit's current committee: each seat's role and holder. */
export const UnitCommittee = graphql(`
  query UnitCommittee($id: ID!) {
    orgUnit(id: $id) {
      committee {
        role
        member {
          name
        }
      }
    }
  }
`);

/** Seats a member on a unit's committee; a refusal answers its code only. */
export const AppointCommitteeMember = graphql(`
  mutation AppointCommitteeMember($input: AppointCommitteeMemberInput!) {
    appointCommitteeMember(input: $input) {
      __typename
      ... on CommitteePosition {
        role
        termEnd
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
