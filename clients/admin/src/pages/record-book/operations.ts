import { graphql } from "../../gql";

export const RecordBookSemesters = graphql(`
  query RecordBookSemesters {
    semesters {
      id
      label
      startsOn
      endsOn
    }
  }
`);

export const RecordBookView = graphql(`
  query RecordBook($branchId: ID!, $semesterId: ID!) {
    recordBook(branchId: $branchId, semesterId: $semesterId) {
      branchId
      activityCount
      handedIn
      branch {
        id
        name
      }
      semester {
        id
        label
        startsOn
        endsOn
      }
      handIn {
        id
        handedInOn
        receivedBy
        note
      }
      activities {
        id
        type
        topic
        heldOn
        startsAt
        endsAt
        durationMinutes
        educationHours
        integrityHours
        isOnline
        place
        summary
        room {
          id
          name
        }
        hostUnit {
          id
          name
        }
        attendanceSummary {
          expected
          present
          excused
          absent
          guests
        }
        attendance {
          id
          status
          reason
          isGuest
          member {
            id
            name
          }
        }
      }
    }
  }
`);

export const HandInRecordBook = graphql(`
  mutation HandInRecordBook($input: RecordBookHandInInput!) {
    recordBookHandIn(input: $input) {
      __typename
      ... on RecordBookHandIn {
        id
        handedInOn
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
