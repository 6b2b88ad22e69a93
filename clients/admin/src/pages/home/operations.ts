import { graphql } from "../../gql";

export const HomeFinding = graphql(`
  fragment HomeFinding on FindingView {
    ruleCode
    title
    status
    message
    citation
    subjectLabel
    expected
    actual
    periodLabel
    dueBy
    unitId
    memberId
    assignmentId
    unit {
      id
      name
    }
  }
`);

export const HomeDueSoon = graphql(`
  query HomeDueSoon($unitId: ID!) {
    dueSoon(unitId: $unitId, withinDays: 30, first: 8) {
      totalCount
      items {
        ...HomeFinding
      }
    }
  }
`);

export const HomeUnmet = graphql(`
  query HomeUnmet($unitId: ID!, $from: LocalDate!, $to: LocalDate!) {
    compliance(unitId: $unitId, from: $from, to: $to, status: [UNMET]) {
      totals {
        unmet
      }
      findings(first: 8) {
        totalCount
        items {
          ...HomeFinding
        }
      }
    }
  }
`);

export const HomeRate = graphql(`
  query HomeRate($unitId: ID!, $from: LocalDate!, $to: LocalDate!) {
    compliance(unitId: $unitId, from: $from, to: $to, status: [UNMET]) {
      unit {
        id
        name
      }
      totals {
        complianceRate
        met
        unmet
        pending
        exempt
        total
      }
      byUnit {
        unitId
        unitName
        unitKind
        complianceRate
        met
        unmet
      }
    }
  }
`);

export const HomeSilent = graphql(`
  query HomeSilent($unitId: ID!) {
    silentUnits(unitId: $unitId) {
      unitId
      unitName
      unitKind
      daysSilent
      lastActivityOn
      message
    }
  }
`);
