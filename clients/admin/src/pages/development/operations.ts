import { graphql } from "../../gql";

/** What the development area asks the API; kept beside its pages (codegen types them into ../../gql). */

export const DevelopmentCaseRow = graphql(`
  fragment DevelopmentCaseRow on DevelopmentCase {
    id
    version
    name
    gender
    track
    stage
    stageSince
    appliedOn
    activistOn
    candidateOn
    inspectionFrom
    targetOn
    probationStartsOn
    probationEndsOn
    conversionAppliedOn
    fullSince
    closedOn
    branchId
    branch {
      id
      name
    }
  }
`);

export const DevelopmentCaseList = graphql(`
  query DevelopmentCaseList($filter: DevelopmentCaseFilter, $first: Int!, $offset: Int!) {
    developmentCases(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...DevelopmentCaseRow
        nextSteps {
          label
          earliestOn
          latestOn
          missing
        }
      }
    }
  }
`);

export const DevelopmentFunnel = graphql(`
  query DevelopmentFunnel($unitId: ID!, $year: Int!) {
    developmentFunnel(unitId: $unitId, year: $year) {
      stage
      entered
      left
      current
    }
  }
`);

export const DevelopmentStepFields = graphql(`
  fragment DevelopmentStepFields on DevelopmentStep {
    id
    kind
    procedure
    occurredOn
    stageFrom
    stageTo
    recordId
    recordedBy
    createdAt
    note
    documentIds
    correctsStepId
  }
`);

export const DevelopmentCaseDetail = graphql(`
  query DevelopmentCaseDetail($id: ID!) {
    developmentCase(id: $id) {
      ...DevelopmentCaseRow
      personId
      memberId
      createdAt
      updatedAt
      person {
        id
        name
        kind
        department
        className
        phone
      }
      member {
        id
        name
        standing
      }
      nextSteps {
        action
        label
        toStage
        procedure
        noticePurpose
        votePurpose
        earliestOn
        latestOn
        ruleCode
        citation
        missing
      }
      steps {
        ...DevelopmentStepFields
        corrections {
          ...DevelopmentStepFields
        }
      }
      notices {
        id
        purpose
        startsOn
        endsOn
        closedOn
        outcome
        outcomeNote
      }
      contacts {
        id
        role
        since
        memberId
        member {
          id
          name
          standing
        }
      }
      votes {
        id
        purpose
        heldOn
        fullMembers
        excluded
        shouldAttend
        present
        votesFor
        votesAgainst
        abstentions
        passed
        exclusions {
          memberId
          reason
          member {
            id
            name
          }
        }
      }
      reports {
        id
        kind
        reportedOn
        introducerMemberId
        documentId
      }
    }
  }
`);

export const BranchDocuments = graphql(`
  query BranchDocuments($unitId: ID!) {
    filedDocuments(filter: { unitId: $unitId }, first: 100) {
      totalCount
      items {
        id
        kind
        title
        filedOn
      }
    }
  }
`);

export const ApplyForMembership = graphql(`
  mutation ApplyForMembership($input: ApplyForMembershipInput!) {
    applyForMembership(input: $input) {
      __typename
      ... on DevelopmentCase {
        id
        version
        stage
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const AdvanceDevelopmentCase = graphql(`
  mutation AdvanceDevelopmentCase($input: AdvanceDevelopmentCaseInput!) {
    advanceDevelopmentCase(input: $input) {
      __typename
      ... on DevelopmentCase {
        id
        version
        stage
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const RecordDevelopmentProcedure = graphql(`
  mutation RecordDevelopmentProcedure($input: RecordDevelopmentProcedureInput!) {
    recordDevelopmentProcedure(input: $input) {
      __typename
      ... on DevelopmentCase {
        id
        version
        stage
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const OpenDevelopmentNotice = graphql(`
  mutation OpenDevelopmentNotice($input: OpenDevelopmentNoticeInput!) {
    openDevelopmentNotice(input: $input) {
      __typename
      ... on DevelopmentCase {
        id
        version
        stage
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const CloseDevelopmentNotice = graphql(`
  mutation CloseDevelopmentNotice($input: CloseDevelopmentNoticeInput!) {
    closeDevelopmentNotice(input: $input) {
      __typename
      ... on DevelopmentCase {
        id
        version
        stage
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const AssignDevelopmentContact = graphql(`
  mutation AssignDevelopmentContact($input: AssignDevelopmentContactInput!) {
    assignDevelopmentContact(input: $input) {
      __typename
      ... on DevelopmentCase {
        id
        version
        stage
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const RecordDevelopmentVote = graphql(`
  mutation RecordDevelopmentVote($input: RecordDevelopmentVoteInput!) {
    recordDevelopmentVote(input: $input) {
      __typename
      ... on DevelopmentCase {
        id
        version
        stage
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ApproveAdmission = graphql(`
  mutation ApproveAdmission($input: ApproveDevelopmentInput!) {
    approveAdmission(input: $input) {
      __typename
      ... on DevelopmentCase {
        id
        version
        stage
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const RecordProbationReport = graphql(`
  mutation RecordProbationReport($input: RecordProbationReportInput!) {
    recordProbationReport(input: $input) {
      __typename
      ... on DevelopmentCase {
        id
        version
        stage
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ApplyForConversion = graphql(`
  mutation ApplyForConversion($input: ApplyForConversionInput!) {
    applyForConversion(input: $input) {
      __typename
      ... on DevelopmentCase {
        id
        version
        stage
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ApproveConversion = graphql(`
  mutation ApproveConversion($input: ApproveDevelopmentInput!) {
    approveConversion(input: $input) {
      __typename
      ... on DevelopmentCase {
        id
        version
        stage
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ExtendProbation = graphql(`
  mutation ExtendProbation($input: ExtendProbationInput!) {
    extendProbation(input: $input) {
      __typename
      ... on DevelopmentCase {
        id
        version
        stage
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const CorrectDevelopmentStep = graphql(`
  mutation CorrectDevelopmentStep($input: CorrectDevelopmentStepInput!) {
    correctDevelopmentStep(input: $input) {
      __typename
      ... on DevelopmentCase {
        id
        version
        stage
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);
