import { graphql } from "../../gql";

/** What the assessment area asks the API; kept beside its pages (codegen types them into ../../gql). */

export const AssessmentRoundList = graphql(`
  query AssessmentRoundList($year: Int) {
    assessmentRounds(year: $year) {
      id
      name
      year
      kind
      periodFrom
      periodTo
      deadline
      sheetVersion
      sheets {
        id
        status
        grade
      }
    }
  }
`);

export const AssessmentSheetSummary = graphql(`
  fragment AssessmentSheetSummary on AssessmentSheet {
    id
    version
    status
    unitId
    unit {
      id
      name
    }
    baseScore
    bonusScore
    total
    grade
    gradeLabel
    vetoed
    vetoNote
    submittedOn
    notifiedOn
    appealedOn
    reviewedOn
    finalOn
  }
`);

export const AssessmentRoundDetail = graphql(`
  query AssessmentRoundDetail($id: ID!) {
    assessmentRound(id: $id) {
      id
      name
      year
      kind
      periodFrom
      periodTo
      deadline
      sheetVersion
      note
    }
    assessmentRanking(roundId: $id) {
      rank
      unitName
      generalBranchName
      total
      grade
      sheet {
        ...AssessmentSheetSummary
      }
    }
    assessmentGradeDistribution(roundId: $id) {
      generalBranchId
      generalBranchName
      excellent
      good
      pass
      fail
      ungraded
      total
    }
    failedAssessmentSheets(roundId: $id) {
      id
      unit {
        id
        name
      }
      vetoed
      vetoNote
      total
      rectifications {
        id
        recordedOn
        measures
        dueOn
        completedOn
      }
    }
  }
`);

export const AssessmentSheetPage = graphql(`
  query AssessmentSheetPage($id: ID!) {
    assessmentSheet(id: $id) {
      ...AssessmentSheetSummary
      proposedAt
      appealReason
      reviewOpinion
      updatedAt
      round {
        id
        name
        year
        panelUserIds
        periodFrom
        periodTo
        deadline
        definition {
          version
          title
          citation
          conversionRule
          gradeRounding
          gradeCitation
          step
          gradeBands {
            grade
            label
            min
          }
          veto {
            code
            text
            citation
          }
          firstLevels {
            name
            max
            indicators {
              number
              title
              max
              method
              bonusRule
            }
          }
        }
      }
      scores {
        id
        key
        indicator
        label
        max
        proposedValue
        proposalHow
        proposalEvidence {
          kind
          ref
          label
        }
        score
        overridden
        reason
        assessedByLabel
        assessedAt
      }
      rectifications {
        id
        recordedOn
        measures
        dueOn
        completedOn
      }
    }
  }
`);

export const AssessmentReproposalPreview = graphql(`
  query AssessmentReproposalPreview($sheetId: ID!) {
    assessmentReproposal(sheetId: $sheetId) {
      key
      label
      storedValue
      freshValue
      score
      freshHow
      freshEvidence {
        kind
        ref
        label
      }
    }
  }
`);

export const ScoreElement = graphql(`
  mutation ScoreElement($input: ScoreAssessmentElementInput!) {
    scoreAssessmentElement(input: $input) {
      __typename
      ... on AssessmentSheet {
        id
        version
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const AdvanceSheet = graphql(`
  mutation AdvanceSheet($input: AdvanceAssessmentSheetInput!) {
    advanceAssessmentSheet(input: $input) {
      __typename
      ... on AssessmentSheet {
        id
        version
        status
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ReproposeSheet = graphql(`
  mutation ReproposeSheet($input: ReproposeAssessmentSheetInput!) {
    reproposeAssessmentSheet(input: $input) {
      __typename
      ... on AssessmentSheet {
        id
        version
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);
