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
