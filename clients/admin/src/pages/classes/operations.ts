import { graphql } from "../../gql";

export const ClassFields = graphql(`
  fragment ClassFields on StudentClass {
    id
    name
    major
    gradeYear
    headTeacher
    collegeUnitId
    collegeUnit {
      id
      fullName
    }
    members {
      id
      memberId
      member {
        id
        name
      }
      since
      version
    }
    partyGroups {
      id
      groupUnitId
      group {
        id
        name
      }
      since
      version
    }
    archivedAt
    archiveReason
    version
  }
`);

export const ClassList = graphql(`
  query ClassList($filter: StudentClassFilter, $first: Int!, $offset: Int!) {
    studentClasses(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...ClassFields
      }
    }
  }
`);

export const CreateClass = graphql(`
  mutation CreateClass($input: CreateStudentClassInput!) {
    createStudentClass(input: $input) {
      __typename
      ... on StudentClass {
        ...ClassFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const UpdateClass = graphql(`
  mutation UpdateClass($input: UpdateStudentClassInput!) {
    updateStudentClass(input: $input) {
      __typename
      ... on StudentClass {
        ...ClassFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ArchiveClass = graphql(`
  mutation ArchiveClass($input: ArchiveStudentClassInput!) {
    archiveStudentClass(input: $input) {
      __typename
      ... on StudentClass {
        id
        archivedAt
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const LinkGroup = graphql(`
  mutation LinkGroup($input: LinkClassGroupInput!) {
    linkClassGroup(input: $input) {
      __typename
      ... on ClassGroup {
        id
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const EndGroupLink = graphql(`
  mutation EndGroupLink($input: EndClassLinkInput!) {
    endClassGroup(input: $input) {
      __typename
      ... on ClassGroup {
        id
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const AddToClass = graphql(`
  mutation AddToClass($input: AddClassMemberInput!) {
    addClassMember(input: $input) {
      __typename
      ... on ClassMember {
        id
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const EndClassMembership = graphql(`
  mutation EndClassMembership($input: EndClassLinkInput!) {
    endClassMember(input: $input) {
      __typename
      ... on ClassMember {
        id
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const GroupList = graphql(`
  query GroupList($underId: ID, $nameContains: String, $first: Int!, $offset: Int!) {
    orgUnits(filter: { underId: $underId, kind: GROUP, nameContains: $nameContains }, first: $first, offset: $offset) {
      totalCount
      items {
        id
        name
        groupPurpose
        location
        parent {
          id
          fullName
        }
        memberCounts {
          total
          student
          mobile
        }
      }
    }
  }
`);

export const ClassCoverageList = graphql(`
  query ClassCoverageList($collegeUnitId: ID!) {
    classCoverage(collegeUnitId: $collegeUnitId) {
      classId
      gradeYear
      studentMembers
      partyGroups
      hasPartyGroup
      studentClass {
        id
        name
        major
        collegeUnit {
          id
          fullName
        }
      }
    }
  }
`);
