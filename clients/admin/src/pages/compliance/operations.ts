import { graphql } from "../../gql";

export const FindingRow = graphql(`
  fragment FindingRow on FindingView {
    ruleCode
    title
    citation
    status
    periodKey
    periodLabel
    periodStart
    periodEnd
    expected
    actual
    message
    dueBy
    subjectLabel
    unitId
    memberId
    assignmentId
    parameterNote
    unit {
      id
      name
      kind
    }
    evidence {
      kind
      id
      label
    }
    settings {
      key
      label
      value
    }
  }
`);

export const ComplianceFindings = graphql(`
  query ComplianceFindings(
    $unitId: ID!
    $from: LocalDate!
    $to: LocalDate!
    $status: [FindingStatus!]
    $ruleCode: String
    $findingUnitId: ID
    $first: Int!
    $offset: Int!
  ) {
    compliance(unitId: $unitId, from: $from, to: $to, status: $status) {
      asOf
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
        title
        citation
        met
        unmet
        pending
        exempt
        total
        complianceRate
      }
      byUnit {
        unitId
        unitName
        unitKind
        met
        unmet
        pending
        exempt
        total
        complianceRate
      }
      findings(first: $first, offset: $offset, ruleCode: $ruleCode, unitId: $findingUnitId) {
        totalCount
        items {
          ...FindingRow
        }
      }
    }
  }
`);

export const ComplianceDueSoon = graphql(`
  query ComplianceDueSoon($unitId: ID!, $withinDays: Int!, $first: Int!, $offset: Int!) {
    dueSoon(unitId: $unitId, withinDays: $withinDays, first: $first, offset: $offset) {
      totalCount
      items {
        ...FindingRow
      }
    }
  }
`);

export const ComplianceRules = graphql(`
  query ComplianceRules {
    rules {
      code
      family
      title
      citation
      requirement
      kind
      periodKind
      subject
      appliesTo
      settings
      parameters {
        effectiveFrom
        params
        note
        source
      }
    }
  }
`);

export const ComplianceSemesters = graphql(`
  query ComplianceSemesters {
    semesters {
      id
      label
      startsOn
      endsOn
    }
  }
`);

export const SetRuleParameters = graphql(`
  mutation SetRuleParameters($input: SetRuleParametersInput!) {
    setRuleParameters(input: $input) {
      code
      parameters {
        effectiveFrom
        params
      }
    }
  }
`);

export const ComplianceVacationMonths = graphql(`
  query ComplianceVacationMonths {
    vacationMonths {
      id
      branchKind
      months
      note
      setAt
      setByLabel
      version
    }
  }
`);

export const SetVacationMonths = graphql(`
  mutation SetVacationMonths($input: SetVacationMonthsInput!) {
    setVacationMonths(input: $input) {
      id
      months
      version
    }
  }
`);
