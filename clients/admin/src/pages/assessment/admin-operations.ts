import { graphql } from "../../gql";

/** 组织部's writes in the assessment area: new rounds, discipline cases (the veto's input), rectifications. */

export const CreateAssessmentRound = graphql(`
  mutation CreateAssessmentRound($input: CreateAssessmentRoundInput!) {
    createAssessmentRound(input: $input) {
      id
      name
    }
  }
`);

export const AssessmentPanelUsers = graphql(`
  query AssessmentPanelUsers {
    users(first: 100) {
      items {
        id
        username
        displayName
        disabledAt
      }
    }
  }
`);

export const DisciplineCaseList = graphql(`
  query DisciplineCaseList($filter: DisciplineCaseFilter, $offset: Int!) {
    disciplineCases(filter: $filter, first: 20, offset: $offset) {
      totalCount
      items {
        id
        version
        decidedOn
        level
        levelLabel
        decisionDocument
        reason
        archivedAt
        archiveReason
        member {
          id
          name
        }
        unit {
          id
          name
        }
      }
    }
  }
`);

export const RecordDisciplineCase = graphql(`
  mutation RecordDisciplineCase($input: RecordDisciplineCaseInput!) {
    recordDisciplineCase(input: $input) {
      id
    }
  }
`);

export const ArchiveDisciplineCase = graphql(`
  mutation ArchiveDisciplineCase($input: ArchiveRecordInput!) {
    archiveDisciplineCase(input: $input) {
      __typename
      ... on DisciplineCase {
        id
        version
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const RecordRectification = graphql(`
  mutation RecordRectification($input: RecordRectificationInput!) {
    recordAssessmentRectification(input: $input) {
      id
    }
  }
`);
