import { graphql } from "../../gql";

/** What the activities area asks the API; kept beside its pages (codegen types them into ../../gql). */

export const ActivityRow = graphql(`
  fragment ActivityRow on Activity {
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
    archivedAt
    hostUnit {
      id
      name
    }
    room {
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
  }
`);

export const ActivityList = graphql(`
  query ActivityList($filter: ActivityFilter, $first: Int!, $offset: Int!) {
    activities(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...ActivityRow
      }
    }
  }
`);

export const ActivityDetail = graphql(`
  query ActivityDetail($id: ID!) {
    activity(id: $id) {
      ...ActivityRow
      version
      summary
      forCadres
      roomId
      hostUnitId
      archiveReason
      updatedAt
      attendance {
        id
        memberId
        status
        reason
        isGuest
        confirmedAt
        member {
          id
          name
        }
      }
    }
  }
`);

export const UnitMembers = graphql(`
  query UnitMembers($unitId: ID!, $offset: Int!) {
    members(filter: { unitId: $unitId }, first: 100, offset: $offset) {
      totalCount
      items {
        id
        name
        category
        group {
          id
          name
        }
      }
    }
  }
`);

export const MemberSearch = graphql(`
  query MemberSearch($name: String!) {
    members(filter: { nameContains: $name }, first: 20) {
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

export const UnitRooms = graphql(`
  query UnitRooms($unitId: ID!) {
    rooms(filter: { unitId: $unitId }, first: 100) {
      items {
        id
        name
        location
      }
    }
  }
`);

export const CreateActivity = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      __typename
      ... on Activity {
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

export const UpdateActivity = graphql(`
  mutation UpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      __typename
      ... on Activity {
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

export const SetActivityAttendance = graphql(`
  mutation SetActivityAttendance($input: SetActivityAttendanceInput!) {
    setActivityAttendance(input: $input) {
      __typename
      ... on Activity {
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

export const ArchiveActivity = graphql(`
  mutation ArchiveActivity($input: ArchiveActivityInput!) {
    archiveActivity(input: $input) {
      __typename
      ... on Activity {
        id
        version
        archivedAt
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

export const StudyRecordList = graphql(`
  query StudyRecordList($filter: StudyRecordFilter, $first: Int!, $offset: Int!) {
    studyRecords(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        id
        version
        kind
        title
        studiedOn
        hours
        integrityHours
        provider
        note
        member {
          id
          name
        }
      }
    }
  }
`);

export const CreateStudyRecord = graphql(`
  mutation CreateStudyRecord($input: CreateStudyRecordInput!) {
    createStudyRecord(input: $input) {
      id
    }
  }
`);

export const ArchiveStudyRecord = graphql(`
  mutation ArchiveStudyRecord($input: ArchiveStudyRecordInput!) {
    archiveStudyRecord(input: $input) {
      __typename
      ... on StudyRecord {
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
