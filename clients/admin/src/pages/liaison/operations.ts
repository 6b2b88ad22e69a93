import { graphql } from "../../gql";

export const AssignmentFields = graphql(`
  fragment AssignmentFields on LiaisonAssignment {
    id
    kind
    liaisonName
    leaderName
    leaderTitle
    liaisonMemberId
    startDate
    endDate
    note
    unitId
    unit {
      id
      name
      fullName
    }
    targetUnit {
      id
      fullName
    }
    targetClass {
      id
      name
    }
    students {
      id
      member {
        id
        name
      }
      person {
        id
        name
      }
    }
    version
  }
`);

export const AssignmentList = graphql(`
  query AssignmentList($filter: LiaisonAssignmentFilter, $first: Int!, $offset: Int!) {
    liaisonAssignments(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...AssignmentFields
      }
    }
  }
`);

export const AssignmentOptions = graphql(`
  query AssignmentOptions($unitId: ID, $activeOn: LocalDate) {
    liaisonAssignments(filter: { unitId: $unitId, activeOn: $activeOn }, first: 100) {
      items {
        ...AssignmentFields
      }
    }
  }
`);

export const CreateAssignment = graphql(`
  mutation CreateAssignment($input: CreateLiaisonAssignmentInput!) {
    createLiaisonAssignment(input: $input) {
      __typename
      ... on LiaisonAssignment {
        ...AssignmentFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const UpdateAssignment = graphql(`
  mutation UpdateAssignment($input: UpdateLiaisonAssignmentInput!) {
    updateLiaisonAssignment(input: $input) {
      ...AssignmentFields
    }
  }
`);

export const EndAssignment = graphql(`
  mutation EndAssignment($input: EndLiaisonAssignmentInput!) {
    endLiaisonAssignment(input: $input) {
      __typename
      ... on LiaisonAssignment {
        ...AssignmentFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const VisitFields = graphql(`
  fragment VisitFields on LiaisonVisit {
    id
    kind
    visitedOn
    visitorName
    visitorMemberId
    place
    notes
    unit {
      id
      fullName
    }
    assignment {
      id
      kind
      liaisonName
      targetUnit {
        id
        fullName
      }
      targetClass {
        id
        name
      }
    }
    peopleMet {
      id
      name
    }
    followUps {
      id
      content
      dueOn
      resolution
      resolvedOn
      version
    }
    archivedAt
    archiveReason
    version
  }
`);

export const VisitList = graphql(`
  query VisitList($filter: LiaisonVisitFilter, $first: Int!, $offset: Int!) {
    liaisonVisits(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...VisitFields
      }
    }
  }
`);

export const CreateVisit = graphql(`
  mutation CreateVisit($input: CreateLiaisonVisitInput!) {
    createLiaisonVisit(input: $input) {
      __typename
      ... on LiaisonVisit {
        ...VisitFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const UpdateVisit = graphql(`
  mutation UpdateVisit($input: UpdateLiaisonVisitInput!) {
    updateLiaisonVisit(input: $input) {
      __typename
      ... on LiaisonVisit {
        ...VisitFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ArchiveVisit = graphql(`
  mutation ArchiveVisit($input: ArchiveLiaisonVisitInput!) {
    archiveLiaisonVisit(input: $input) {
      __typename
      ... on LiaisonVisit {
        id
        archivedAt
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const AddFollowUp = graphql(`
  mutation AddFollowUp($input: AddFollowUpInput!) {
    addLiaisonFollowUp(input: $input) {
      __typename
      ... on LiaisonFollowUp {
        id
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ResolveFollowUp = graphql(`
  mutation ResolveFollowUp($input: ResolveFollowUpInput!) {
    resolveLiaisonFollowUp(input: $input) {
      __typename
      ... on LiaisonFollowUp {
        id
        resolvedOn
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);
