import { graphql } from "../generated";

graphql(`
  fragment DevCaseFields on DevelopmentCase {
    id
    version
    name
    stage
    stageSince
    track
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
    memberId
    personId
    branchId
  }
`);

/** Applies for membership: a new development case (DEV_MIN_AGE). */
export const DevApply = graphql(`
  mutation DevApply($input: ApplyForMembershipInput!) {
    applyForMembership(input: $input) {
      __typename
      ...DevCaseFields
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
        citation
        allowedNext
      }
    }
  }
`);

/** Moves a case to another stage (the stage guards). */
export const DevAdvance = graphql(`
  mutation DevAdvance($input: AdvanceDevelopmentCaseInput!) {
    advanceDevelopmentCase(input: $input) {
      __typename
      ...DevCaseFields
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
        citation
        allowedNext
      }
    }
  }
`);

/** Records a procedural step (exam, review, talk, the conversion chain). */
export const DevProcedure = graphql(`
  mutation DevProcedure($input: RecordDevelopmentProcedureInput!) {
    recordDevelopmentProcedure(input: $input) {
      __typename
      ...DevCaseFields
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
        citation
        allowedNext
      }
    }
  }
`);

/** Opens a public notice (公示). */
export const DevOpenNotice = graphql(`
  mutation DevOpenNotice($input: OpenDevelopmentNoticeInput!) {
    openDevelopmentNotice(input: $input) {
      __typename
      ...DevCaseFields
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
        citation
        allowedNext
      }
    }
  }
`);

/** Registers the outcome of the open notice. */
export const DevCloseNotice = graphql(`
  mutation DevCloseNotice($input: CloseDevelopmentNoticeInput!) {
    closeDevelopmentNotice(input: $input) {
      __typename
      ...DevCaseFields
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
        citation
        allowedNext
      }
    }
  }
`);

/** Assigns a trainer or an introducer. */
export const DevAssignContact = graphql(`
  mutation DevAssignContact($input: AssignDevelopmentContactInput!) {
    assignDevelopmentContact(input: $input) {
      __typename
      ...DevCaseFields
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
        citation
        allowedNext
      }
    }
  }
`);

/** Records a branch assembly's vote (quorum, majority, introducers, probation year). */
export const DevVote = graphql(`
  mutation DevVote($input: RecordDevelopmentVoteInput!) {
    recordDevelopmentVote(input: $input) {
      __typename
      ...DevCaseFields
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
        citation
        allowedNext
      }
    }
  }
`);

/** The general branch admits the person as a probationary member. */
export const DevApproveAdmission = graphql(`
  mutation DevApproveAdmission($input: ApproveDevelopmentInput!) {
    approveAdmission(input: $input) {
      __typename
      ...DevCaseFields
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
        citation
        allowedNext
      }
    }
  }
`);

/** Records a probationer's report. */
export const DevReport = graphql(`
  mutation DevReport($input: RecordProbationReportInput!) {
    recordProbationReport(input: $input) {
      __typename
      ...DevCaseFields
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
        citation
        allowedNext
      }
    }
  }
`);

/** Records the written application for conversion. */
export const DevApplyConversion = graphql(`
  mutation DevApplyConversion($input: ApplyForConversionInput!) {
    applyForConversion(input: $input) {
      __typename
      ...DevCaseFields
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
        citation
        allowedNext
      }
    }
  }
`);

/** The general branch approves the conversion to full membership. */
export const DevApproveConversion = graphql(`
  mutation DevApproveConversion($input: ApproveDevelopmentInput!) {
    approveConversion(input: $input) {
      __typename
      ...DevCaseFields
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
        citation
        allowedNext
      }
    }
  }
`);

/** Extends the probation. */
export const DevExtendProbation = graphql(`
  mutation DevExtendProbation($input: ExtendProbationInput!) {
    extendProbation(input: $input) {
      __typename
      ...DevCaseFields
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
        citation
        allowedNext
      }
    }
  }
`);

/** Corrects a step (the original kept). */
export const DevCorrect = graphql(`
  mutation DevCorrect($input: CorrectDevelopmentStepInput!) {
    correctDevelopmentStep(input: $input) {
      __typename
      ...DevCaseFields
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
        citation
        allowedNext
      }
    }
  }
`);

/** One case with its whole history, records and next steps. */
export const DevCase = graphql(`
  query DevCase($id: ID!) {
    developmentCase(id: $id) {
      ...DevCaseFields
      branch {
        name
      }
      person {
        name
      }
      member {
        id
        name
        standing
        joinedOn
        fullSince
        probationEndsOn
      }
      steps {
        id
        kind
        procedure
        occurredOn
        stageFrom
        stageTo
        recordId
        documentIds
        note
        correctsStepId
        recordedBy
        corrections {
          id
          occurredOn
          note
        }
      }
      notices {
        id
        purpose
        startsOn
        endsOn
        closedOn
        outcome
      }
      contacts {
        role
        since
        member {
          name
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
          reason
          member {
            name
          }
        }
      }
      reports {
        kind
        reportedOn
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
    }
  }
`);

/** Cases (filtered, paged), with their next steps. */
export const DevCases = graphql(`
  query DevCases($filter: DevelopmentCaseFilter, $first: Int, $offset: Int) {
    developmentCases(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...DevCaseFields
        branch {
          name
        }
        person {
          name
        }
        member {
          name
        }
        contacts {
          role
          member {
            name
          }
        }
        nextSteps {
          action
          earliestOn
          ruleCode
        }
      }
    }
  }
`);

/** The development funnel of a unit for a year. */
export const DevFunnel = graphql(`
  query DevFunnel($unitId: ID!, $year: Int!) {
    developmentFunnel(unitId: $unitId, year: $year) {
      stage
      entered
      left
      current
    }
  }
`);

/** What is due within some days under a unit (development obligations among them). */
export const DevDueSoon = graphql(`
  query DevDueSoon($unitId: ID!, $withinDays: Int!) {
    dueSoon(unitId: $unitId, withinDays: $withinDays, first: 500) {
      totalCount
      items {
        ruleCode
        status
        periodStart
        periodEnd
        subjectLabel
        memberId
        message
      }
    }
  }
`);

/** The development rules' findings over a range. */
export const DevCompliance = graphql(`
  query DevCompliance($unitId: ID!, $from: LocalDate!, $to: LocalDate!, $ruleCodes: [String!], $asOf: LocalDate) {
    compliance(unitId: $unitId, from: $from, to: $to, ruleCodes: $ruleCodes, asOf: $asOf) {
      findings(first: 500) {
        totalCount
        items {
          ruleCode
          status
          periodKey
          subjectLabel
          memberId
          expected
          actual
          message
          evidence {
            kind
            id
          }
        }
      }
    }
  }
`);
