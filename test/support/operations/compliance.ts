import { graphql } from "../generated";

/** A unit's compliance over a range: totals, per rule, and every finding with its evidence. */
export const ComplianceReport = graphql(`
  query ComplianceReport(
    $unitId: ID!
    $from: LocalDate!
    $to: LocalDate!
    $ruleCodes: [String!]
    $asOf: LocalDate
    $status: [FindingStatus!]
  ) {
    compliance(unitId: $unitId, from: $from, to: $to, ruleCodes: $ruleCodes, asOf: $asOf, status: $status) {
      totals {
        met
        unmet
        pending
        exempt
        total
        complianceRate
      }
      byRule {
        ruleCode
        met
        unmet
        pending
        exempt
      }
      findings(first: 500) {
        totalCount
        items {
          ruleCode
          citation
          status
          periodKey
          periodEnd
          expected
          actual
          expectedValue
          actualValue
          unitId
          memberId
          message
          dueBy
          parameterNote
          evidence {
            kind
            id
            label
          }
          settings {
            key
            label
          }
          unit {
            id
            name
          }
          member {
            name
          }
        }
      }
    }
  }
`);

/** A page of the MET staff organisational-life findings of Sep–Dec 2025, with their evidence. */
export const ComplianceFindingPage = graphql(`
  query ComplianceFindingPage($unitId: ID!, $first: Int!) {
    compliance(unitId: $unitId, from: "2025-09-01", to: "2025-12-31", ruleCodes: ["ORG_LIFE_STAFF"], asOf: "2026-01-10", status: [MET]) {
      findings(first: $first) {
        items {
          unitId
          periodKey
          evidence {
            kind
            id
          }
        }
      }
    }
  }
`);

export const RuleParametersSet = graphql(`
  mutation RuleParametersSet($input: SetRuleParametersInput!) {
    setRuleParameters(input: $input) {
      code
      parameters {
        effectiveFrom
        params
        source
      }
    }
  }
`);

export const RuleBook = graphql(`
  query RuleBook {
    rules {
      code
      citation
      requirement
      periodKind
    }
  }
`);

export const ComplianceStudyRecordCreate = graphql(`
  mutation ComplianceStudyRecordCreate($input: CreateStudyRecordInput!) {
    createStudyRecord(input: $input) {
      __typename
    }
  }
`);

/** What is due within 60 days, a page at a time. */
export const ComplianceDueSoonPage = graphql(`
  query ComplianceDueSoonPage($unitId: ID!, $first: Int!, $offset: Int!) {
    dueSoon(unitId: $unitId, withinDays: 60, first: $first, offset: $offset) {
      totalCount
      items {
        ruleCode
        status
        periodEnd
        unitId
        memberId
      }
    }
  }
`);

/** What is due within 40 days, with its warnings. */
export const ComplianceDueSoonWarnings = graphql(`
  query ComplianceDueSoonWarnings($unitId: ID!) {
    dueSoon(unitId: $unitId, withinDays: 40) {
      totalCount
      items {
        ruleCode
        status
        dueBy
        message
      }
    }
  }
`);

export const ComplianceSilentUnits = graphql(`
  query ComplianceSilentUnits($unitId: ID!) {
    silentUnits(unitId: $unitId) {
      unitName
      daysSilent
      message
    }
  }
`);

export const ComplianceSettingSet = graphql(`
  mutation ComplianceSettingSet($input: SetComplianceSettingInput!) {
    setComplianceSetting(input: $input) {
      __typename
      ... on ComplianceSetting {
        key
        value
        note
        setByLabel
        version
      }
      ... on Refusal {
        errorCode
        ruleCode
        field
        message
      }
    }
  }
`);

/** The compliance matrix: units × periods, counts only. */
export const ComplianceMatrixCounts = graphql(`
  query ComplianceMatrixCounts(
    $unitId: ID!
    $from: LocalDate!
    $to: LocalDate!
    $periodKind: PeriodKind!
    $ruleCodes: [String!]
    $asOf: LocalDate
  ) {
    complianceMatrix(unitId: $unitId, from: $from, to: $to, periodKind: $periodKind, ruleCodes: $ruleCodes, asOf: $asOf) {
      unitId
      periodKind
      asOf
      totals {
        met
        unmet
        pending
        exempt
        total
        complianceRate
      }
      periods {
        key
        label
        start
        end
        met
        unmet
        pending
        exempt
        total
        complianceRate
      }
      rows {
        unitId
        unitName
        unitKind
        parentId
        met
        unmet
        pending
        exempt
        total
        complianceRate
        cells {
          periodKey
          met
          unmet
          pending
          exempt
          total
          complianceRate
        }
      }
      byFamily {
        family
        met
        unmet
        pending
        exempt
        total
        complianceRate
      }
    }
  }
`);

/** A report's summaries only (no findings): totals, per rule with its family, per unit. */
export const ComplianceSummaries = graphql(`
  query ComplianceSummaries($unitId: ID!, $from: LocalDate!, $to: LocalDate!, $ruleCodes: [String!], $asOf: LocalDate) {
    compliance(unitId: $unitId, from: $from, to: $to, ruleCodes: $ruleCodes, asOf: $asOf) {
      totals {
        met
        unmet
        pending
        exempt
        total
        complianceRate
      }
      byRule {
        ruleCode
        family
        met
        unmet
        pending
        exempt
        total
        complianceRate
      }
      byUnit {
        unitId
        met
        unmet
        pending
        exempt
        total
        complianceRate
      }
    }
  }
`);

export const RuleFamilies = graphql(`
  query RuleFamilies {
    rules {
      code
      kind
      family
    }
  }
`);
