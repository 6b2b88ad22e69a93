import { graphql } from "../generated";

/** Small reads and writes the access checks send: their answers or refusals are what the specs assert. */

export const CheckOrgUnitsTotal = graphql(`
  query CheckOrgUnitsTotal {
    orgUnits {
      totalCount
    }
  }
`);

export const CheckOrgUnitsTotalFirst100 = graphql(`
  query CheckOrgUnitsTotalFirst100 {
    orgUnits(first: 100) {
      totalCount
    }
  }
`);

export const CheckMembersTotal = graphql(`
  query CheckMembersTotal {
    members {
      totalCount
    }
  }
`);

export const CheckOrgUnitsAndMembersTotals = graphql(`
  query CheckOrgUnitsAndMembersTotals {
    orgUnits(first: 100) {
      totalCount
    }
    members {
      totalCount
    }
  }
`);

export const CheckMembersBranches = graphql(`
  query CheckMembersBranches {
    members(first: 100) {
      totalCount
      items {
        id
        branch {
          id
        }
      }
    }
  }
`);

export const CheckMemberAndUnit = graphql(`
  query CheckMemberAndUnit($m: ID!, $u: ID!) {
    member(id: $m) {
      id
    }
    orgUnit(id: $u) {
      id
    }
  }
`);

export const CheckMembersInUnit = graphql(`
  query CheckMembersInUnit($u: ID!) {
    members(filter: { unitId: $u }) {
      totalCount
    }
  }
`);

export const CheckOrgUnitFullNames = graphql(`
  query CheckOrgUnitFullNames {
    orgUnits(first: 100) {
      items {
        fullName
      }
    }
  }
`);

export const CheckUpdateMember = graphql(`
  mutation CheckUpdateMember($i: UpdateMemberInput!) {
    updateMember(input: $i) {
      __typename
    }
  }
`);

export const CheckCreateMember = graphql(`
  mutation CheckCreateMember($i: CreateMemberInput!) {
    createMember(input: $i) {
      __typename
    }
  }
`);

export const CheckRenameOrgUnit = graphql(`
  mutation CheckRenameOrgUnit($i: RenameOrgUnitInput!) {
    renameOrgUnit(input: $i) {
      __typename
    }
  }
`);

export const CheckMemberMasked = graphql(`
  query CheckMemberMasked($id: ID!) {
    member(id: $id) {
      idNumber
      phone
      birthDate
      birthMonth
    }
  }
`);

export const CheckMembersMasked = graphql(`
  query CheckMembersMasked {
    members(first: 100) {
      items {
        id
        idNumber
        birthDate
      }
    }
  }
`);

export const CheckMutationNames = graphql(`
  query CheckMutationNames {
    __schema {
      mutationType {
        fields {
          name
        }
      }
    }
  }
`);

export const CheckCreateFundAllocationId = graphql(`
  mutation CheckCreateFundAllocationId($i: CreateFundAllocationInput!) {
    createFundAllocation(input: $i) {
      ... on FundAllocation {
        id
      }
    }
  }
`);

export const CheckFundFloor2025 = graphql(`
  query CheckFundFloor2025($u: ID!) {
    fundSummary(unitId: $u, year: 2025) {
      floor
    }
  }
`);

export const CheckFundFloor2026 = graphql(`
  query CheckFundFloor2026($u: ID!) {
    fundSummary(unitId: $u, year: 2026) {
      floor
    }
  }
`);

export const CheckFundingFloorCompliance2025 = graphql(`
  query CheckFundingFloorCompliance2025($u: ID!) {
    compliance(unitId: $u, from: "2025-01-01", to: "2025-12-31", asOf: "2026-01-10", ruleCodes: ["FUNDING_FLOOR"]) {
      findings {
        items {
          status
          expected
          actual
          message
        }
      }
    }
  }
`);

export const CheckSetRuleParametersCode = graphql(`
  mutation CheckSetRuleParametersCode($i: SetRuleParametersInput!) {
    setRuleParameters(input: $i) {
      code
    }
  }
`);

export const AuditCreateMassPerson = graphql(`
  mutation AuditCreateMassPerson($u: ID!, $name: String!) {
    createPerson(input: { name: $name, kind: MASS, unitId: $u }) {
      id
    }
  }
`);

export const CheckMassPeopleNamed = graphql(`
  query CheckMassPeopleNamed($name: String!) {
    people(filter: { kind: MASS, nameContains: $name }) {
      totalCount
      items {
        name
        contacts {
          since
        }
      }
    }
  }
`);

export const CheckRemoveMemberStatus = graphql(`
  mutation CheckRemoveMemberStatus($i: RemoveMemberInput!) {
    removeMember(input: $i) {
      __typename
      ... on Member {
        status
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const CheckCollegeMemberCounts = graphql(`
  query CheckCollegeMemberCounts {
    orgUnits(filter: { kind: PARTY_COMMITTEE }) {
      items {
        name
        memberCounts {
          total
          faculty
          student
          retired
          probationary
          mobile
        }
      }
    }
  }
`);

export const CheckPlacementStudents = graphql(`
  query CheckPlacementStudents {
    members(filter: { category: STUDENT, mobileStatus: PLACEMENT }, first: 100) {
      totalCount
      items {
        group {
          groupPurpose
          parent {
            branchKind
          }
        }
      }
    }
  }
`);

export const CheckBranchCommitteeRoles = graphql(`
  query CheckBranchCommitteeRoles {
    orgUnits(filter: { kind: BRANCH }, first: 100) {
      items {
        committee {
          role
        }
      }
    }
  }
`);

export const CheckProbationReportCompliance = graphql(`
  query CheckProbationReportCompliance($u: ID!) {
    compliance(unitId: $u, from: "2025-01-01", to: "2025-12-31", asOf: "2025-11-20", ruleCodes: ["TEST_PROBATION_QUARTERLY_REPORT"]) {
      totals {
        met
        unmet
        pending
        exempt
      }
      byUnit {
        unitId
        met
        unmet
      }
      findings(first: 50) {
        totalCount
        items {
          ruleCode
          status
          periodKind
          periodKey
          periodStart
          periodEnd
          expected
          actual
          memberId
          subjectLabel
          evidence {
            kind
            id
          }
          message
          member {
            name
          }
        }
      }
    }
  }
`);

export const CheckFileDocumentId = graphql(`
  mutation CheckFileDocumentId($i: FileDocumentInput!) {
    fileDocument(input: $i) {
      ... on FiledDocument {
        id
      }
    }
  }
`);

export const CheckSetRuleParameters = graphql(`
  mutation CheckSetRuleParameters($i: SetRuleParametersInput!) {
    setRuleParameters(input: $i) {
      code
      kind
      periodKind
      requirement
      parameters {
        effectiveFrom
        params
        source
      }
    }
  }
`);

export const CheckRuleKinds = graphql(`
  query CheckRuleKinds {
    rules {
      code
      kind
    }
  }
`);

export const CheckComplianceFindings = graphql(`
  query CheckComplianceFindings($u: ID!, $from: LocalDate!, $to: LocalDate!, $codes: [String!], $asOf: LocalDate) {
    compliance(unitId: $u, from: $from, to: $to, ruleCodes: $codes, asOf: $asOf) {
      findings(first: 500) {
        totalCount
        items {
          ruleCode
          status
          periodKey
          unitId
          memberId
          expected
          actual
          expectedValue
          actualValue
          evidence {
            kind
            id
          }
        }
      }
    }
  }
`);

export const CheckComplianceEvidenceLabels = graphql(`
  query CheckComplianceEvidenceLabels($u: ID!, $from: LocalDate!, $to: LocalDate!, $codes: [String!], $asOf: LocalDate) {
    compliance(unitId: $u, from: $from, to: $to, ruleCodes: $codes, asOf: $asOf) {
      findings(first: 10) {
        items {
          unitId
          evidence {
            label
          }
        }
      }
    }
  }
`);

export const CheckSeatAppoint = graphql(`
  mutation CheckSeatAppoint($i: AppointCommitteeMemberInput!) {
    appointCommitteeMember(input: $i) {
      __typename
      ... on Refusal {
        message
      }
      ... on CommitteePosition {
        id
        version
      }
    }
  }
`);

export const CheckSeatEnd = graphql(`
  mutation CheckSeatEnd($i: EndCommitteeTermInput!) {
    endCommitteeTerm(input: $i) {
      __typename
      ... on Refusal {
        message
      }
      ... on CommitteePosition {
        id
      }
    }
  }
`);

export const CheckLiaisonCreate = graphql(`
  mutation CheckLiaisonCreate($i: CreateLiaisonAssignmentInput!) {
    createLiaisonAssignment(input: $i) {
      __typename
      ... on Refusal {
        message
      }
      ... on LiaisonAssignment {
        id
        version
      }
    }
  }
`);

export const CheckMassContactLink = graphql(`
  mutation CheckMassContactLink($i: LinkMassContactInput!) {
    linkMassContact(input: $i) {
      __typename
      ... on Refusal {
        message
      }
      ... on MassContact {
        id
        version
      }
    }
  }
`);

export const CheckServicePostCreate = graphql(`
  mutation CheckServicePostCreate($i: CreateServicePostInput!) {
    createServicePost(input: $i) {
      __typename
      ... on Refusal {
        message
      }
      ... on ServicePost {
        id
      }
    }
  }
`);

export const CheckServicePostHolderAppoint = graphql(`
  mutation CheckServicePostHolderAppoint($i: AppointServicePostHolderInput!) {
    appointServicePostHolder(input: $i) {
      __typename
      ... on Refusal {
        message
      }
      ... on ServicePostHolder {
        id
      }
    }
  }
`);

export const CheckStudentClassCreate = graphql(`
  mutation CheckStudentClassCreate($i: CreateStudentClassInput!) {
    createStudentClass(input: $i) {
      __typename
      ... on Refusal {
        message
      }
      ... on StudentClass {
        id
      }
    }
  }
`);

export const CheckClassMemberAdd = graphql(`
  mutation CheckClassMemberAdd($i: AddClassMemberInput!) {
    addClassMember(input: $i) {
      __typename
      ... on Refusal {
        message
      }
      ... on ClassMember {
        id
      }
    }
  }
`);
