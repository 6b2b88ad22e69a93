import { graphql } from "../../gql";

export const PostFields = graphql(`
  fragment PostFields on ServicePost {
    id
    name
    typeId
    type {
      id
      name
    }
    place
    placeKind
    duties
    termStart
    termEnd
    hostUnitId
    hostUnit {
      id
      fullName
    }
    holders(includeEnded: true) {
      id
      memberId
      member {
        id
        name
      }
      startDate
      endDate
      version
    }
    archivedAt
    archiveReason
    version
  }
`);

export const PostList = graphql(`
  query PostList($filter: ServicePostFilter, $first: Int!, $offset: Int!) {
    servicePosts(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...PostFields
      }
    }
  }
`);

export const PostTypes = graphql(`
  query PostTypes {
    servicePostTypes {
      id
      name
      description
    }
  }
`);

export const CreatePost = graphql(`
  mutation CreatePost($input: CreateServicePostInput!) {
    createServicePost(input: $input) {
      __typename
      ... on ServicePost {
        ...PostFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const UpdatePost = graphql(`
  mutation UpdatePost($input: UpdateServicePostInput!) {
    updateServicePost(input: $input) {
      __typename
      ... on ServicePost {
        ...PostFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ArchivePost = graphql(`
  mutation ArchivePost($input: ArchiveServicePostInput!) {
    archiveServicePost(input: $input) {
      __typename
      ... on ServicePost {
        id
        archivedAt
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const AppointHolder = graphql(`
  mutation AppointHolder($input: AppointServicePostHolderInput!) {
    appointServicePostHolder(input: $input) {
      __typename
      ... on ServicePostHolder {
        id
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const EndHolder = graphql(`
  mutation EndHolder($input: EndServicePostHolderInput!) {
    endServicePostHolder(input: $input) {
      __typename
      ... on ServicePostHolder {
        id
        endDate
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const PledgeFields = graphql(`
  fragment PledgeFields on ServicePledge {
    id
    memberId
    member {
      id
      name
    }
    unit {
      id
      fullName
    }
    serviceWindow
    identity
    pledge
    standard
    pledgedOn
    averageScore
    archivedAt
    archiveReason
    version
  }
`);

export const PledgeList = graphql(`
  query PledgeList($filter: ServicePledgeFilter, $first: Int!, $offset: Int!) {
    servicePledges(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...PledgeFields
      }
    }
  }
`);

export const CreatePledge = graphql(`
  mutation CreatePledge($input: CreateServicePledgeInput!) {
    createServicePledge(input: $input) {
      __typename
      ... on ServicePledge {
        ...PledgeFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const UpdatePledge = graphql(`
  mutation UpdatePledge($input: UpdateServicePledgeInput!) {
    updateServicePledge(input: $input) {
      __typename
      ... on ServicePledge {
        ...PledgeFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ArchivePledge = graphql(`
  mutation ArchivePledge($input: ArchiveServicePledgeInput!) {
    archiveServicePledge(input: $input) {
      __typename
      ... on ServicePledge {
        id
        archivedAt
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const EvaluationList = graphql(`
  query EvaluationList($filter: ServiceEvaluationFilter, $first: Int!, $offset: Int!) {
    serviceEvaluations(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        id
        evaluatedOn
        evaluatorKind
        evaluatorLabel
        aspect
        score
        comment
        member {
          id
          name
        }
        pledge {
          id
          serviceWindow
        }
      }
    }
  }
`);

export const RecordEvaluation = graphql(`
  mutation RecordEvaluation($input: RecordServiceEvaluationInput!) {
    recordServiceEvaluation(input: $input) {
      __typename
      ... on ServiceEvaluation {
        id
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const PostCoverage = graphql(`
  query PostCoverage($unitId: ID!) {
    servicePostCoverage(unitId: $unitId) {
      on
      holders
      studentMembers
      share
      branches {
        unitId
        unit {
          id
          fullName
        }
        holders
        studentMembers
        share
      }
    }
  }
`);
