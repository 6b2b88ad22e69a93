import { graphql } from "../generated";

export const ServicePostTypes = graphql(`
  query ServicePostTypes {
    servicePostTypes {
      id
      name
    }
  }
`);

export const CreateServicePost = graphql(`
  mutation CreateServicePost($input: CreateServicePostInput!) {
    createServicePost(input: $input) {
      __typename
      ... on ServicePost {
        id
        version
        name
        placeKind
        place
        duties
        termStart
        termEnd
        archivedAt
        type {
          name
          builtIn
        }
        hostUnit {
          name
        }
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

/** Appoints a student member to a post from a day on. */
export const AppointServicePostHolder = graphql(`
  mutation AppointServicePostHolder($input: AppointServicePostHolderInput!) {
    appointServicePostHolder(input: $input) {
      __typename
      ... on ServicePostHolder {
        id
        version
        startDate
        endDate
        member {
          name
        }
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const ServicePostNames = graphql(`
  query ServicePostNames($filter: ServicePostFilter, $first: Int, $offset: Int) {
    servicePosts(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        name
      }
    }
  }
`);

export const ServicePostTypeCreate = graphql(`
  mutation ServicePostTypeCreate($input: CreateServicePostTypeInput!) {
    createServicePostType(input: $input) {
      name
      builtIn
    }
  }
`);

/** A post's current holders. */
export const ServicePostHolders = graphql(`
  query ServicePostHolders($id: ID!) {
    servicePost(id: $id) {
      holders {
        id
        version
        member {
          name
        }
      }
    }
  }
`);

export const ServicePostCoverage = graphql(`
  query ServicePostCoverage($unitId: ID!, $on: LocalDate) {
    servicePostCoverage(unitId: $unitId, on: $on) {
      studentMembers
      holders
      share
      unit {
        name
      }
      branches {
        unit {
          name
        }
        studentMembers
        holders
        share
      }
    }
  }
`);

export const ServicePostHolderEnd = graphql(`
  mutation ServicePostHolderEnd($input: EndServicePostHolderInput!) {
    endServicePostHolder(input: $input) {
      __typename
      ... on ServicePostHolder {
        endDate
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const ServicePostUpdate = graphql(`
  mutation ServicePostUpdate($input: UpdateServicePostInput!) {
    updateServicePost(input: $input) {
      __typename
      ... on ServicePost {
        duties
        version
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const ServicePostArchive = graphql(`
  mutation ServicePostArchive($input: ArchiveServicePostInput!) {
    archiveServicePost(input: $input) {
      __typename
      ... on ServicePost {
        archivedAt
        holders(includeEnded: true) {
          endDate
        }
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const PledgeCreate = graphql(`
  mutation PledgeCreate($input: CreateServicePledgeInput!) {
    createServicePledge(input: $input) {
      __typename
      ... on ServicePledge {
        id
        version
        serviceWindow
        identity
        member {
          name
        }
        unit {
          name
        }
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const EvaluationRecord = graphql(`
  mutation EvaluationRecord($input: RecordServiceEvaluationInput!) {
    recordServiceEvaluation(input: $input) {
      __typename
      ... on ServiceEvaluation {
        evaluatorKind
        score
        aspect
        member {
          name
        }
        pledge {
          serviceWindow
        }
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const PledgeEvaluations = graphql(`
  query PledgeEvaluations($id: ID!) {
    servicePledge(id: $id) {
      averageScore
      evaluations {
        evaluatorKind
      }
    }
  }
`);

export const EvaluationScores = graphql(`
  query EvaluationScores($filter: ServiceEvaluationFilter, $first: Int) {
    serviceEvaluations(filter: $filter, first: $first) {
      totalCount
      items {
        score
      }
    }
  }
`);

export const PledgeTexts = graphql(`
  query PledgeTexts($filter: ServicePledgeFilter) {
    servicePledges(filter: $filter) {
      totalCount
      items {
        pledge
      }
    }
  }
`);

export const PledgeUpdate = graphql(`
  mutation PledgeUpdate($input: UpdateServicePledgeInput!) {
    updateServicePledge(input: $input) {
      __typename
      ... on ServicePledge {
        pledge
        version
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const PledgeArchive = graphql(`
  mutation PledgeArchive($input: ArchiveServicePledgeInput!) {
    archiveServicePledge(input: $input) {
      __typename
    }
  }
`);

/** Posts → holders → member → branch, for counting statements. */
export const ServicePostTree = graphql(`
  query ServicePostTree {
    servicePosts(first: 100, filter: { includeArchived: true }) {
      items {
        name
        type {
          name
        }
        hostUnit {
          name
        }
        holders(includeEnded: true) {
          member {
            name
            branch {
              name
            }
          }
        }
      }
    }
  }
`);

export const ServicePostDemoTotals = graphql(`
  query ServicePostDemoTotals {
    studentClasses(first: 1) {
      totalCount
    }
    liaisonAssignments {
      totalCount
    }
    servicePledges {
      totalCount
    }
    serviceEvaluations {
      totalCount
    }
  }
`);
