import { graphql } from "../generated";

graphql(`
  fragment AssessmentSheetFields on AssessmentSheet {
    id
    version
    status
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
    appealReason
    reviewedOn
    reviewOpinion
    finalOn
    unit {
      id
      name
    }
  }
`);

graphql(`
  fragment AssessmentRefusalFields on Refusal {
    errorCode
    message
    field
    ruleCode
    citation
    allowedNext
  }
`);

/** The score sheet in force, whole. */
export const AssessmentDefinition = graphql(`
  query AssessmentDefinition {
    assessmentSheetDefinition {
      version
      effectiveFrom
      title
      citation
      gradeCitation
      gradeRounding
      conversionRule
      step
      gradeBands {
        grade
        min
        label
      }
      recognitionPoints {
        level
        points
      }
      veto {
        code
        citation
        text
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
          note
          elements {
            key
            label
            max
            how
          }
        }
      }
    }
  }
`);

/** Opens a round: its sheets (the caller's view) with their units. */
export const CreateAssessmentRound = graphql(`
  mutation CreateAssessmentRound($input: CreateAssessmentRoundInput!) {
    createAssessmentRound(input: $input) {
      id
      version
      year
      kind
      name
      sheetVersion
      periodFrom
      periodTo
      deadline
      panelUserIds
      sheets {
        id
        version
        status
        unit {
          id
          name
        }
      }
    }
  }
`);

/** Rounds of the caller's college, with how many sheets the caller sees. */
export const AssessmentRounds = graphql(`
  query AssessmentRounds($year: Int) {
    assessmentRounds(year: $year) {
      id
      year
      kind
      name
      deadline
      definition {
        version
      }
      sheets {
        id
      }
    }
  }
`);

/** A sheet with every line: proposal, how, evidence, the panel's score. */
export const AssessmentSheetDetail = graphql(`
  query AssessmentSheetDetail($id: ID!) {
    assessmentSheet(id: $id) {
      ...AssessmentSheetFields
      proposedAt
      round {
        id
        name
      }
      scores {
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
    }
  }
`);

/** Confirms (no score) or overrides a sub-element. */
export const ScoreAssessmentElement = graphql(`
  mutation ScoreAssessmentElement($input: ScoreAssessmentElementInput!) {
    scoreAssessmentElement(input: $input) {
      __typename
      ...AssessmentSheetFields
      ...AssessmentRefusalFields
    }
  }
`);

/** Moves a sheet along its workflow. */
export const AdvanceAssessmentSheet = graphql(`
  mutation AdvanceAssessmentSheet($input: AdvanceAssessmentSheetInput!) {
    advanceAssessmentSheet(input: $input) {
      __typename
      ...AssessmentSheetFields
      ...AssessmentRefusalFields
    }
  }
`);

/** What re-proposing would change (nothing written). */
export const AssessmentReproposal = graphql(`
  query AssessmentReproposal($sheetId: ID!) {
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

export const ReproposeAssessmentSheet = graphql(`
  mutation ReproposeAssessmentSheet($input: ReproposeAssessmentSheetInput!) {
    reproposeAssessmentSheet(input: $input) {
      __typename
      ...AssessmentSheetFields
      ...AssessmentRefusalFields
    }
  }
`);

/** Sheets in the caller's scope. */
export const AssessmentSheetList = graphql(`
  query AssessmentSheetList($filter: AssessmentSheetFilter) {
    assessmentSheets(filter: $filter, first: 100) {
      totalCount
      items {
        id
        status
        grade
        total
        unit {
          name
        }
      }
    }
  }
`);

export const AssessmentRanking = graphql(`
  query AssessmentRanking($roundId: ID!, $underUnitId: ID) {
    assessmentRanking(roundId: $roundId, underUnitId: $underUnitId) {
      rank
      unitName
      generalBranchName
      total
      grade
      sheet {
        id
      }
    }
  }
`);

export const AssessmentDistribution = graphql(`
  query AssessmentDistribution($roundId: ID!) {
    assessmentGradeDistribution(roundId: $roundId) {
      generalBranchId
      generalBranchName
      excellent
      good
      pass
      fail
      ungraded
      total
    }
  }
`);

export const BranchAssessmentHistory = graphql(`
  query BranchAssessmentHistory($unitId: ID!) {
    branchAssessmentHistory(unitId: $unitId) {
      id
      grade
      total
      status
      round {
        year
        kind
      }
    }
  }
`);

export const FailedAssessmentSheets = graphql(`
  query FailedAssessmentSheets($roundId: ID!) {
    failedAssessmentSheets(roundId: $roundId) {
      id
      grade
      vetoed
      vetoNote
      unit {
        name
      }
      rectifications {
        recordedOn
        measures
        dueOn
        completedOn
      }
    }
  }
`);

export const RecordDisciplineCase = graphql(`
  mutation RecordDisciplineCase($input: RecordDisciplineCaseInput!) {
    recordDisciplineCase(input: $input) {
      id
      version
      decidedOn
      level
      decisionDocument
      unit {
        name
      }
    }
  }
`);

export const ArchiveDisciplineCase = graphql(`
  mutation ArchiveDisciplineCase($input: ArchiveRecordInput!) {
    archiveDisciplineCase(input: $input) {
      __typename
      ... on DisciplineCase {
        id
        archivedAt
      }
      ... on Refusal {
        errorCode
      }
    }
  }
`);

/** Discipline cases as the caller may see them (details masked without MEMBER_SENSITIVE_READ). */
export const DisciplineCaseList = graphql(`
  query DisciplineCaseList($filter: DisciplineCaseFilter) {
    disciplineCases(filter: $filter) {
      totalCount
      items {
        id
        decidedOn
        level
        levelLabel
        decisionDocument
        reason
        unit {
          name
        }
      }
    }
  }
`);

export const RecordAssessmentRectification = graphql(`
  mutation RecordAssessmentRectification($input: RecordRectificationInput!) {
    recordAssessmentRectification(input: $input) {
      id
      recordedOn
      measures
      sheet {
        id
      }
    }
  }
`);

/** The grade beside a unit and beside a fund allocation. */
export const UnitLatestAssessment = graphql(`
  query UnitLatestAssessment($id: ID!) {
    orgUnit(id: $id) {
      latestAssessment {
        grade
        round {
          year
        }
      }
    }
  }
`);

/** Appeals whose review is due (ASSESSMENT_REVIEW_DUE), with their dates. */
export const AssessmentReviewDue = graphql(`
  query AssessmentReviewDue($unitId: ID!, $withinDays: Int!) {
    dueSoon(unitId: $unitId, withinDays: $withinDays) {
      totalCount
      items {
        ruleCode
        status
        periodEnd
        citation
        message
      }
    }
  }
`);

export const CreateAllocationForGrade = graphql(`
  mutation CreateAllocationForGrade($input: CreateFundAllocationInput!) {
    createFundAllocation(input: $input) {
      __typename
    }
  }
`);

/** A branch's fund allocations with the grade they are made on. */
export const AllocationsWithGrade = graphql(`
  query AllocationsWithGrade($unitId: ID!) {
    fundAllocations(filter: { unitId: $unitId }) {
      items {
        year
        branchAssessment {
          grade
          round {
            year
          }
        }
      }
    }
  }
`);

/** A round's sheets with every relation field (for statement counts). */
export const AssessmentRoundNested = graphql(`
  query AssessmentRoundNested($id: ID!) {
    assessmentRound(id: $id) {
      sheets {
        id
        unit {
          name
          parent {
            name
          }
          latestAssessment {
            grade
          }
        }
        round {
          name
        }
        scores {
          key
          score
          proposalEvidence {
            kind
          }
        }
        rectifications {
          measures
        }
      }
    }
  }
`);
