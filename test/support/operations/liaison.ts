import { graphql } from "../generated";

/** Registers a students' class of a secondary college. */
export const ClassCreate = graphql(`
  mutation ClassCreate($input: CreateStudentClassInput!) {
    createStudentClass(input: $input) {
      __typename
      ... on StudentClass {
        id
        name
        major
        gradeYear
        headTeacher
        version
        archivedAt
        collegeUnit {
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

export const ClassUpdate = graphql(`
  mutation ClassUpdate($input: UpdateStudentClassInput!) {
    updateStudentClass(input: $input) {
      __typename
      ... on StudentClass {
        id
        name
        major
        gradeYear
        headTeacher
        version
        archivedAt
        collegeUnit {
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

export const ClassArchive = graphql(`
  mutation ClassArchive($input: ArchiveStudentClassInput!) {
    archiveStudentClass(input: $input) {
      __typename
      ... on StudentClass {
        archivedAt
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

export const ClassNames = graphql(`
  query ClassNames($filter: StudentClassFilter, $first: Int, $offset: Int) {
    studentClasses(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        name
      }
    }
  }
`);

export const ClassIds = graphql(`
  query ClassIds($filter: StudentClassFilter) {
    studentClasses(filter: $filter) {
      items {
        id
      }
    }
  }
`);

/** How many classes there are with and without the archived ones. */
export const ClassCountsWithArchived = graphql(`
  query ClassCountsWithArchived($gradeYear: Int) {
    a: studentClasses(filter: { gradeYear: $gradeYear }) {
      totalCount
    }
    b: studentClasses(filter: { gradeYear: $gradeYear, includeArchived: true }) {
      totalCount
    }
  }
`);

/** Puts a student member in a class. */
export const ClassAddMember = graphql(`
  mutation ClassAddMember($input: AddClassMemberInput!) {
    addClassMember(input: $input) {
      __typename
      ... on ClassMember {
        id
        since
        until
        member {
          name
          studentClass {
            name
          }
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

/** Links a class with the party group of its students. */
export const ClassLinkGroup = graphql(`
  mutation ClassLinkGroup($input: LinkClassGroupInput!) {
    linkClassGroup(input: $input) {
      __typename
      ... on ClassGroup {
        group {
          name
        }
        studentClass {
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

/** Student members and party groups per class of a college on a day. */
export const ClassCoverage = graphql(`
  query ClassCoverage($collegeUnitId: ID!, $on: LocalDate) {
    classCoverage(collegeUnitId: $collegeUnitId, on: $on) {
      studentClass {
        name
      }
      gradeYear
      studentMembers
      partyGroups
      hasPartyGroup
    }
  }
`);

/** The compliance findings of some rules: the value and evidence labels of each. */
export const ClassComplianceFindings = graphql(`
  query ClassComplianceFindings($unitId: ID!, $from: LocalDate!, $to: LocalDate!, $ruleCodes: [String!]) {
    compliance(unitId: $unitId, from: $from, to: $to, ruleCodes: $ruleCodes) {
      findings {
        items {
          actualValue
          evidence {
            label
          }
        }
      }
    }
  }
`);

export const ClassSetRuleParameters = graphql(`
  mutation ClassSetRuleParameters($input: SetRuleParametersInput!) {
    setRuleParameters(input: $input) {
      code
    }
  }
`);

/** Creates a 三联二访 link. */
export const LiaisonCreateAssignment = graphql(`
  mutation LiaisonCreateAssignment($input: CreateLiaisonAssignmentInput!) {
    createLiaisonAssignment(input: $input) {
      __typename
      ... on LiaisonAssignment {
        id
        version
        kind
        liaisonName
        leaderTitle
        startDate
        endDate
        targetUnit {
          name
        }
        targetClass {
          name
        }
        liaisonMember {
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

/** A link's students and unit. */
export const LiaisonAssignmentStudents = graphql(`
  query LiaisonAssignmentStudents($id: ID!) {
    liaisonAssignment(id: $id) {
      students {
        person {
          name
        }
        member {
          name
        }
      }
      unit {
        name
      }
    }
  }
`);

export const LiaisonAssignmentVersion = graphql(`
  query LiaisonAssignmentVersion($id: ID!) {
    liaisonAssignment(id: $id) {
      version
    }
  }
`);

export const LiaisonAssignmentNames = graphql(`
  query LiaisonAssignmentNames($filter: LiaisonAssignmentFilter, $first: Int) {
    liaisonAssignments(filter: $filter, first: $first) {
      totalCount
      items {
        liaisonName
        kind
      }
    }
  }
`);

export const LiaisonEndAssignment = graphql(`
  mutation LiaisonEndAssignment($input: EndLiaisonAssignmentInput!) {
    endLiaisonAssignment(input: $input) {
      __typename
      ... on LiaisonAssignment {
        endDate
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

/** The links and visits a user sees. */
export const LiaisonOverview = graphql(`
  query LiaisonOverview {
    liaisonAssignments {
      totalCount
      items {
        liaisonName
      }
    }
    liaisonVisits(filter: { includeArchived: true }) {
      totalCount
    }
  }
`);

/** Links → visits → visitor → branch, people met and follow-ups: a nested read whose statement count must not grow. */
export const LiaisonNested = graphql(`
  query LiaisonNested {
    liaisonAssignments(first: 100) {
      totalCount
      items {
        liaisonName
        targetUnit {
          name
        }
        targetClass {
          name
        }
        visits {
          visitedOn
          visitor {
            name
            branch {
              name
            }
          }
          peopleMet {
            name
          }
          followUps {
            content
          }
        }
      }
    }
  }
`);

/** Records a visit of a link. */
export const VisitCreate = graphql(`
  mutation VisitCreate($input: CreateLiaisonVisitInput!) {
    createLiaisonVisit(input: $input) {
      __typename
      ... on LiaisonVisit {
        id
        version
        kind
        visitorName
        visitedOn
        place
        notes
        peopleMet {
          name
          person {
            name
          }
          member {
            name
          }
        }
        followUps {
          id
          version
          content
          dueOn
          resolvedOn
          resolution
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

export const VisitUpdate = graphql(`
  mutation VisitUpdate($input: UpdateLiaisonVisitInput!) {
    updateLiaisonVisit(input: $input) {
      __typename
      ... on LiaisonVisit {
        notes
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

export const VisitArchive = graphql(`
  mutation VisitArchive($input: ArchiveLiaisonVisitInput!) {
    archiveLiaisonVisit(input: $input) {
      __typename
      ... on LiaisonVisit {
        archivedAt
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const VisitResolveFollowUp = graphql(`
  mutation VisitResolveFollowUp($input: ResolveFollowUpInput!) {
    resolveLiaisonFollowUp(input: $input) {
      __typename
      ... on LiaisonFollowUp {
        resolvedOn
        resolution
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

export const VisitDates = graphql(`
  query VisitDates($filter: LiaisonVisitFilter, $first: Int, $offset: Int) {
    liaisonVisits(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        visitedOn
        visitorName
      }
    }
  }
`);
