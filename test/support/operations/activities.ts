import { graphql } from "../generated";

graphql(`
  fragment ActivityFields on Activity {
    id
    version
    type
    topic
    heldOn
    durationMinutes
    educationHours
    integrityHours
    place
    isOnline
    archivedAt
    hostUnit {
      name
    }
    room {
      name
    }
    attendanceSummary {
      expected
      present
      absent
      excused
      guests
    }
  }
`);

export const CreateActivity = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      __typename
      ...ActivityFields
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const UpdateActivity = graphql(`
  mutation UpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      __typename
      ...ActivityFields
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

/** An edit that answers only the activity's room. */
export const UpdateActivityRoom = graphql(`
  mutation UpdateActivityRoom($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      __typename
      ... on Activity {
        room {
          name
        }
      }
    }
  }
`);
