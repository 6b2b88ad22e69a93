import { graphql } from "../../gql";

export const AwardFields = graphql(`
  fragment AwardFields on Award {
    id
    cycleYear
    kind
    status
    nominatedOn
    reviewedOn
    decidedOn
    reviewer
    note
    unitId
    unit {
      id
      name
      fullName
    }
    nomineeMemberId
    nomineeMember {
      id
      name
    }
    archivedAt
    archiveReason
    version
  }
`);

export const AwardList = graphql(`
  query AwardList($filter: AwardFilter, $first: Int!, $offset: Int!) {
    awards(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...AwardFields
      }
    }
  }
`);

export const ArchiveAward = graphql(`
  mutation ArchiveAward($input: ArchiveRecordInput!) {
    archiveAward(input: $input) {
      __typename
      ... on Award {
        ...AwardFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const RecognitionFields = graphql(`
  fragment RecognitionFields on Recognition {
    id
    kind
    level
    title
    issuer
    occurredOn
    note
    unitId
    unit {
      id
      name
      fullName
    }
    archivedAt
    archiveReason
    version
  }
`);

export const RecognitionList = graphql(`
  query RecognitionList($filter: RecognitionFilter, $first: Int!, $offset: Int!) {
    recognitions(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...RecognitionFields
      }
    }
  }
`);

export const CreateRecognition = graphql(`
  mutation CreateRecognition($input: CreateRecognitionInput!) {
    createRecognition(input: $input) {
      __typename
      ... on Recognition {
        ...RecognitionFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const UpdateRecognition = graphql(`
  mutation UpdateRecognition($input: UpdateRecognitionInput!) {
    updateRecognition(input: $input) {
      __typename
      ... on Recognition {
        ...RecognitionFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ArchiveRecognition = graphql(`
  mutation ArchiveRecognition($input: ArchiveRecordInput!) {
    archiveRecognition(input: $input) {
      __typename
      ... on Recognition {
        ...RecognitionFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const NoticeFields = graphql(`
  fragment NoticeFields on PartyAffairsNotice {
    id
    title
    channel
    publishedOn
    summary
    unitId
    unit {
      id
      name
      fullName
    }
    archivedAt
    archiveReason
    version
  }
`);

export const NoticeList = graphql(`
  query NoticeList($filter: PartyAffairsNoticeFilter, $first: Int!, $offset: Int!) {
    partyAffairsNotices(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...NoticeFields
      }
    }
  }
`);

export const CreateNotice = graphql(`
  mutation CreateNotice($input: CreatePartyAffairsNoticeInput!) {
    createPartyAffairsNotice(input: $input) {
      __typename
      ... on PartyAffairsNotice {
        ...NoticeFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const UpdateNotice = graphql(`
  mutation UpdateNotice($input: UpdatePartyAffairsNoticeInput!) {
    updatePartyAffairsNotice(input: $input) {
      __typename
      ... on PartyAffairsNotice {
        ...NoticeFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ArchiveNotice = graphql(`
  mutation ArchiveNotice($input: ArchiveRecordInput!) {
    archivePartyAffairsNotice(input: $input) {
      __typename
      ... on PartyAffairsNotice {
        ...NoticeFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const DecisionFields = graphql(`
  fragment DecisionFields on MajorDecision {
    id
    title
    category
    decidedOn
    consultedOn
    consultedWith
    consultation
    unitId
    unit {
      id
      name
      fullName
    }
    archivedAt
    archiveReason
    version
  }
`);

export const DecisionList = graphql(`
  query DecisionList($filter: MajorDecisionFilter, $first: Int!, $offset: Int!) {
    majorDecisions(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...DecisionFields
      }
    }
  }
`);

export const CreateDecision = graphql(`
  mutation CreateDecision($input: CreateMajorDecisionInput!) {
    createMajorDecision(input: $input) {
      __typename
      ... on MajorDecision {
        ...DecisionFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const UpdateDecision = graphql(`
  mutation UpdateDecision($input: UpdateMajorDecisionInput!) {
    updateMajorDecision(input: $input) {
      __typename
      ... on MajorDecision {
        ...DecisionFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ArchiveDecision = graphql(`
  mutation ArchiveDecision($input: ArchiveRecordInput!) {
    archiveMajorDecision(input: $input) {
      __typename
      ... on MajorDecision {
        ...DecisionFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const RiskFields = graphql(`
  fragment RiskFields on IntegrityRisk {
    id
    riskPoint
    keyPoint
    controlMeasures
    responsiblePerson
    reviewedOn
    unitId
    unit {
      id
      name
      fullName
    }
    archivedAt
    archiveReason
    version
  }
`);

export const RiskList = graphql(`
  query RiskList($filter: IntegrityRiskFilter, $first: Int!, $offset: Int!) {
    integrityRisks(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...RiskFields
      }
    }
  }
`);

export const CreateRisk = graphql(`
  mutation CreateRisk($input: CreateIntegrityRiskInput!) {
    createIntegrityRisk(input: $input) {
      __typename
      ... on IntegrityRisk {
        ...RiskFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const UpdateRisk = graphql(`
  mutation UpdateRisk($input: UpdateIntegrityRiskInput!) {
    updateIntegrityRisk(input: $input) {
      __typename
      ... on IntegrityRisk {
        ...RiskFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ArchiveRisk = graphql(`
  mutation ArchiveRisk($input: ArchiveRecordInput!) {
    archiveIntegrityRisk(input: $input) {
      __typename
      ... on IntegrityRisk {
        ...RiskFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const NominateAward = graphql(`
  mutation NominateAward($input: NominateAwardInput!) {
    nominateAward(input: $input) {
      __typename
      ... on Award {
        ...AwardFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const AdvanceAward = graphql(`
  mutation AdvanceAward($input: AdvanceAwardInput!) {
    advanceAward(input: $input) {
      __typename
      ... on Award {
        ...AwardFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);
