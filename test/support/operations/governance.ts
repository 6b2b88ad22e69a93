import { graphql } from "../generated";

/** Nominates a unit or a member for a biennial award. */
export const NominateAward = graphql(`
  mutation NominateAward($input: NominateAwardInput!) {
    nominateAward(input: $input) {
      __typename
      ... on Award {
        id
        version
        kind
        status
        cycleYear
        unit {
          name
        }
        nomineeMember {
          name
        }
      }
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
      }
    }
  }
`);

/** Moves an award along its workflow (nominated → reviewed → awarded). */
export const AdvanceAward = graphql(`
  mutation AdvanceAward($input: AdvanceAwardInput!) {
    advanceAward(input: $input) {
      __typename
      ... on Award {
        id
        version
        status
        reviewedOn
        decidedOn
        reviewer
      }
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
      }
    }
  }
`);

/** Awards (filtered): how many, and their nominees' names. */
export const AwardNominees = graphql(`
  query AwardNominees($filter: AwardFilter) {
    awards(filter: $filter) {
      totalCount
      items {
        nomineeMember {
          name
        }
      }
    }
  }
`);

/** A year's awards with unit, parent, nominee, the nominee's branch and its parent (for statement counts). */
export const AwardsWithBranches = graphql(`
  query AwardsWithBranches($year: Int!) {
    awards(filter: { year: $year }, first: 100) {
      totalCount
      items {
        kind
        unit {
          name
          parent {
            name
          }
        }
        nomineeMember {
          name
          branch {
            name
            parent {
              name
            }
          }
        }
      }
    }
  }
`);

/** How full each governance register is (the demo's counts). */
export const AwardRegisterTotals = graphql(`
  query AwardRegisterTotals {
    awards(filter: { year: 2026 }) {
      totalCount
    }
    national: recognitions(filter: { level: NATIONAL }) {
      totalCount
    }
    provincial: recognitions(filter: { level: PROVINCIAL }) {
      totalCount
    }
    reports: recognitions(filter: { kind: MEDIA_REPORT }) {
      totalCount
    }
    partyAffairsNotices {
      totalCount
    }
    majorDecisions {
      totalCount
    }
    integrityRisks {
      totalCount
    }
  }
`);

/** Records an honour or a media report. */
export const HonourCreate = graphql(`
  mutation HonourCreate($input: CreateRecognitionInput!) {
    createRecognition(input: $input) {
      __typename
      ... on Recognition {
        id
        version
        title
        level
        kind
      }
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
      }
    }
  }
`);

/** A page of honours and reports: how many, their titles and units. */
export const HonourList = graphql(`
  query HonourList($filter: RecognitionFilter, $first: Int! = 20) {
    recognitions(filter: $filter, first: $first) {
      totalCount
      items {
        title
        unit {
          name
        }
      }
    }
  }
`);

/** An edit of an honour: answers exactly its level, title and version. */
export const HonourUpdate = graphql(`
  mutation HonourUpdate($input: UpdateRecognitionInput!) {
    updateRecognition(input: $input) {
      ... on Recognition {
        level
        title
        version
      }
    }
  }
`);

/** An edit of an honour: the honour's level, title and version, or a refusal. */
export const HonourUpdateOrRefusal = graphql(`
  mutation HonourUpdateOrRefusal($input: UpdateRecognitionInput!) {
    updateRecognition(input: $input) {
      __typename
      ... on Recognition {
        level
        title
        version
      }
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
      }
    }
  }
`);

export const HonourArchive = graphql(`
  mutation HonourArchive($input: ArchiveRecordInput!) {
    archiveRecognition(input: $input) {
      __typename
      ... on Recognition {
        archivedAt
        archiveReason
        version
      }
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
      }
    }
  }
`);

export const NoticeCreate = graphql(`
  mutation NoticeCreate($input: CreatePartyAffairsNoticeInput!) {
    createPartyAffairsNotice(input: $input) {
      __typename
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
      }
    }
  }
`);

/** Notices (filtered): how many, with title, channel, summary and unit. */
export const NoticeList = graphql(`
  query NoticeList($filter: PartyAffairsNoticeFilter) {
    partyAffairsNotices(filter: $filter) {
      totalCount
      items {
        title
        channel
        summary
        unit {
          name
        }
      }
    }
  }
`);

export const DecisionCreate = graphql(`
  mutation DecisionCreate($input: CreateMajorDecisionInput!) {
    createMajorDecision(input: $input) {
      __typename
      ... on MajorDecision {
        id
        version
        category
        consultedWith
      }
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
      }
    }
  }
`);

export const DecisionUpdate = graphql(`
  mutation DecisionUpdate($input: UpdateMajorDecisionInput!) {
    updateMajorDecision(input: $input) {
      __typename
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
      }
    }
  }
`);

/** Decisions (filtered): how many, with decision date and version. */
export const DecisionList = graphql(`
  query DecisionList($filter: MajorDecisionFilter) {
    majorDecisions(filter: $filter) {
      totalCount
      items {
        decidedOn
        version
      }
    }
  }
`);

export const RiskCreate = graphql(`
  mutation RiskCreate($input: CreateIntegrityRiskInput!) {
    createIntegrityRisk(input: $input) {
      __typename
      ... on IntegrityRisk {
        id
        version
        riskPoint
        responsiblePerson
      }
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
      }
    }
  }
`);

export const RiskUpdate = graphql(`
  mutation RiskUpdate($input: UpdateIntegrityRiskInput!) {
    updateIntegrityRisk(input: $input) {
      __typename
      ... on IntegrityRisk {
        reviewedOn
        version
      }
      ... on Refusal {
        errorCode
        message
        field
        ruleCode
      }
    }
  }
`);

/** Risk points (filtered): how many, with key point and unit. */
export const RiskList = graphql(`
  query RiskList($filter: IntegrityRiskFilter) {
    integrityRisks(filter: $filter) {
      totalCount
      items {
        keyPoint
        unit {
          name
        }
      }
    }
  }
`);

export const RiskArchive = graphql(`
  mutation RiskArchive($input: ArchiveRecordInput!) {
    archiveIntegrityRisk(input: $input) {
      __typename
    }
  }
`);
