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

/** The academic years with their semesters. */
export const CalendarAcademicYears = graphql(`
  query CalendarAcademicYears {
    academicYears {
      label
      startsOn
      endsOn
      semesters {
        term
        label
        startsOn
        endsOn
      }
    }
  }
`);

/** The academic years' labels only. */
export const CalendarAcademicYearLabels = graphql(`
  query CalendarAcademicYearLabels {
    academicYears {
      label
    }
  }
`);

/** The semesters overlapping a range of days. */
export const CalendarSemesters = graphql(`
  query CalendarSemesters($from: LocalDate, $to: LocalDate) {
    semesters(from: $from, to: $to) {
      id
      label
    }
  }
`);

/** Every period a day falls in. */
export const CalendarPeriodsOf = graphql(`
  query CalendarPeriodsOf($date: LocalDate!) {
    periodsOf(date: $date) {
      month {
        key
        label
      }
      quarter {
        key
        end
      }
      halfYear {
        key
      }
      year {
        key
      }
      semester {
        key
        label
      }
      inVacation
    }
  }
`);

/** Whether a day is in a semester or in the vacation. */
export const CalendarVacationCheck = graphql(`
  query CalendarVacationCheck($date: LocalDate!) {
    periodsOf(date: $date) {
      semester {
        key
      }
      inVacation
    }
  }
`);

export const CalendarPeriodGrid = graphql(`
  query CalendarPeriodGrid($input: PeriodGridInput!) {
    periodGrid(input: $input) {
      kind
      key
    }
  }
`);

export const CalendarVacationMonths = graphql(`
  query CalendarVacationMonths {
    vacationMonths {
      branchKind
      months
      setByLabel
      version
    }
  }
`);

export const CalendarSetVacationMonths = graphql(`
  mutation CalendarSetVacationMonths($input: SetVacationMonthsInput!) {
    setVacationMonths(input: $input) {
      months
      setByLabel
      setAt
      note
      version
    }
  }
`);

/** Creates a semester; a refusal answers its code and message. */
export const SemesterCreate = graphql(`
  mutation SemesterCreate($input: CreateSemesterInput!) {
    createSemester(input: $input) {
      __typename
      ... on Semester {
        id
        version
        label
      }
      ... on Refusal {
        errorCode
        message
      }
    }
  }
`);

/** Creates a semester; answers only the type and, for a refusal, its code. */
export const SemesterCreateCode = graphql(`
  mutation SemesterCreateCode($input: CreateSemesterInput!) {
    createSemester(input: $input) {
      __typename
      ... on Refusal {
        errorCode
      }
    }
  }
`);

/** Edits a semester; answers exactly its end and version. */
export const SemesterUpdate = graphql(`
  mutation SemesterUpdate($input: UpdateSemesterInput!) {
    updateSemester(input: $input) {
      ... on Semester {
        endsOn
        version
      }
    }
  }
`);

/** An activity's attendance list. */
export const ActivityAttendanceList = graphql(`
  query ActivityAttendanceList($id: ID!) {
    activity(id: $id) {
      attendance {
        status
        reason
        isGuest
        member {
          name
        }
      }
    }
  }
`);

/** Replaces an activity's attendance. */
export const ActivitySetAttendance = graphql(`
  mutation ActivitySetAttendance($input: SetActivityAttendanceInput!) {
    setActivityAttendance(input: $input) {
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

export const ActivityArchive = graphql(`
  mutation ActivityArchive($input: ArchiveActivityInput!) {
    archiveActivity(input: $input) {
      __typename
      ...ActivityFields
      ... on Activity {
        archiveReason
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

/** The ids of the activities a filter finds (first 100). */
export const ActivityIds = graphql(`
  query ActivityIds($filter: ActivityFilter) {
    activities(filter: $filter, first: 100) {
      items {
        id
      }
    }
  }
`);

/** A page of activities: topic and day. */
export const ActivityPage = graphql(`
  query ActivityPage($filter: ActivityFilter, $first: Int, $offset: Int) {
    activities(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        topic
        heldOn
      }
    }
  }
`);

/** How many activities the caller sees. */
export const ActivityCount = graphql(`
  query ActivityCount {
    activities(first: 100) {
      totalCount
    }
  }
`);

/** A unit's activities down to each attendee's branch (for counting statements). */
export const ActivityAttendanceTree = graphql(`
  query ActivityAttendanceTree($unitId: ID!, $first: Int) {
    activities(filter: { unitId: $unitId }, first: $first) {
      totalCount
      items {
        topic
        hostUnit {
          name
        }
        attendance {
          status
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

/** A member's attendance from a day on: status and topic. */
export const AttendanceOfMember = graphql(`
  query AttendanceOfMember($memberId: ID!, $from: LocalDate, $first: Int) {
    memberAttendance(memberId: $memberId, from: $from, first: $first) {
      totalCount
      items {
        status
        activity {
          topic
        }
      }
    }
  }
`);

/** A member's attendance rows with their confirmation. */
export const AttendanceRowsOfMember = graphql(`
  query AttendanceRowsOfMember($memberId: ID!) {
    memberAttendance(memberId: $memberId) {
      items {
        id
        version
        status
        isGuest
        confirmedAt
        confirmedBy
        activity {
          topic
        }
      }
    }
  }
`);

/** Guest attendance awaiting the caller's confirmation. */
export const AttendanceToConfirm = graphql(`
  query AttendanceToConfirm {
    guestAttendanceToConfirm {
      totalCount
      items {
        id
        version
        memberId
        memberName
        status
        activityId
        activityTopic
        activityType
        heldOn
        educationHours
        integrityHours
        hostUnitName
      }
    }
  }
`);

export const AttendanceConfirmGuest = graphql(`
  mutation AttendanceConfirmGuest($input: ConfirmGuestAttendanceInput!) {
    confirmGuestAttendance(input: $input) {
      __typename
      ... on ActivityAttendance {
        id
        version
        status
        isGuest
        confirmedAt
        confirmedBy
      }
      ... on Refusal {
        errorCode
        message
      }
    }
  }
`);

export const StudyRecordCreate = graphql(`
  mutation StudyRecordCreate($input: CreateStudyRecordInput!) {
    createStudyRecord(input: $input) {
      id
      version
      title
      hours
      member {
        name
      }
    }
  }
`);

/** Edits a study record; answers exactly its hours, version and provider. */
export const StudyRecordUpdate = graphql(`
  mutation StudyRecordUpdate($input: UpdateStudyRecordInput!) {
    updateStudyRecord(input: $input) {
      ... on StudyRecord {
        hours
        version
        provider
      }
    }
  }
`);

export const StudyRecordArchive = graphql(`
  mutation StudyRecordArchive($input: ArchiveStudyRecordInput!) {
    archiveStudyRecord(input: $input) {
      __typename
      ... on StudyRecord {
        archivedAt
      }
    }
  }
`);

/** A subtree's study records of one kind: titles. */
export const StudyRecordTitles = graphql(`
  query StudyRecordTitles($unitId: ID!, $kind: StudyKind) {
    studyRecords(filter: { unitId: $unitId, kind: $kind }) {
      totalCount
      items {
        title
      }
    }
  }
`);

/** A member's education hours over a range, with the line items. */
export const HoursOfMember = graphql(`
  query HoursOfMember($memberId: ID!, $from: LocalDate!, $to: LocalDate!) {
    memberEducationHours(memberId: $memberId, from: $from, to: $to) {
      totalHours
      integrityHours
      activityHours
      studyHours
      activityCount
      studyCount
      items {
        source
        date
        title
        hours
        integrityHours
        activityType
        studyKind
      }
    }
  }
`);

/** A member's activity hours and count over a range, nothing else. */
export const HoursOfMemberActivities = graphql(`
  query HoursOfMemberActivities($memberId: ID!, $from: LocalDate!, $to: LocalDate!) {
    memberEducationHours(memberId: $memberId, from: $from, to: $to) {
      activityHours
      activityCount
    }
  }
`);

/** Per-member totals for a subtree, shortest first. */
export const HoursOfUnit = graphql(`
  query HoursOfUnit($unitId: ID!, $from: LocalDate!, $to: LocalDate!) {
    educationHours(unitId: $unitId, from: $from, to: $to, shortestFirst: true) {
      totalCount
      items {
        totalHours
        integrityHours
        member {
          name
        }
      }
    }
  }
`);

/** Member.educationHours for a unit's members. */
export const HoursOfUnitMembers = graphql(`
  query HoursOfUnitMembers($unitId: ID!, $from: LocalDate!, $to: LocalDate!) {
    members(filter: { unitId: $unitId }) {
      items {
        name
        educationHours(from: $from, to: $to) {
          totalHours
        }
      }
    }
  }
`);

/** The findings of the compliance rules given, for a unit and range. */
export const HoursComplianceFindings = graphql(`
  query HoursComplianceFindings($unitId: ID!, $from: LocalDate!, $to: LocalDate!, $ruleCodes: [String!], $asOf: LocalDate) {
    compliance(unitId: $unitId, from: $from, to: $to, ruleCodes: $ruleCodes, asOf: $asOf) {
      findings(first: 500) {
        items {
          memberId
          status
          actual
        }
      }
    }
  }
`);

export const RecordBookOfSemester = graphql(`
  query RecordBookOfSemester($branchId: ID!, $semesterId: ID!) {
    recordBook(branchId: $branchId, semesterId: $semesterId) {
      branch {
        name
      }
      semester {
        label
      }
      activityCount
      handedIn
      handIn {
        handedInOn
      }
      activities {
        heldOn
        type
      }
    }
  }
`);

/** Whether a branch handed its record book in for a semester, and to whom. */
export const RecordBookHandedIn = graphql(`
  query RecordBookHandedIn($branchId: ID!, $semesterId: ID!) {
    recordBook(branchId: $branchId, semesterId: $semesterId) {
      handedIn
      handIn {
        receivedBy
      }
    }
  }
`);

export const RecordBookRecordHandIn = graphql(`
  mutation RecordBookRecordHandIn($input: RecordBookHandInInput!) {
    recordBookHandIn(input: $input) {
      __typename
      ... on RecordBookHandIn {
        handedInOn
        receivedBy
        semester {
          label
        }
      }
      ... on Refusal {
        errorCode
        message
        ruleCode
      }
    }
  }
`);

/** How a subtree's members' hours are spread, per general branch and category. */
export const HoursDistribution = graphql(`
  query HoursDistribution($unitId: ID!, $from: LocalDate!, $to: LocalDate!, $binHours: Int!, $bins: Int!) {
    educationHoursDistribution(unitId: $unitId, from: $from, to: $to, binHours: $binHours, bins: $bins) {
      unitId
      unitName
      category
      members
      totalBins
      integrityBins
    }
  }
`);

/** Every member's totals in a subtree, with their branch: the oracle of the distribution. */
export const HoursOfUnitPage = graphql(`
  query HoursOfUnitPage($unitId: ID!, $from: LocalDate!, $to: LocalDate!, $offset: Int!) {
    educationHours(unitId: $unitId, from: $from, to: $to, first: 100, offset: $offset) {
      totalCount
      items {
        memberId
        totalHours
        integrityHours
      }
    }
  }
`);
