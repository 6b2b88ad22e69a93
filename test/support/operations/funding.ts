import { graphql } from "../generated";

export const CreateFundAllocation = graphql(`
  mutation CreateFundAllocation($input: CreateFundAllocationInput!) {
    createFundAllocation(input: $input) {
      __typename
      ... on FundAllocation {
        id
        version
        amount
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

/** One member's dues for one month. */
export const RecordDues = graphql(`
  mutation RecordDues($input: RecordDuesInput!) {
    recordDues(input: $input) {
      __typename
      ... on DuesRecord {
        id
        version
        amountDue
        amountPaid
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

/** A branch's month of dues in one batch, with every record written. */
export const RecordBranchDues = graphql(`
  mutation RecordBranchDues($input: RecordBranchDuesInput!) {
    recordBranchDues(input: $input) {
      __typename
      ... on DuesBatch {
        month
        totalDue
        totalPaid
        branch {
          name
        }
        records {
          id
          version
          month
          amountDue
          amountPaid
          paidOn
          collectedBy
          member {
            name
          }
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

/** A correction of one record: answers what it changes (paid, paid on, version). */
export const AdjustDues = graphql(`
  mutation AdjustDues($input: AdjustDuesInput!) {
    adjustDues(input: $input) {
      ... on DuesRecord {
        amountPaid
        paidOn
        version
      }
    }
  }
`);

export const CreatePartyWorkAllowance = graphql(`
  mutation CreatePartyWorkAllowance($input: CreatePartyWorkAllowanceInput!) {
    createPartyWorkAllowance(input: $input) {
      __typename
      ... on PartyWorkAllowance {
        id
        version
        amount
        workloadCredit
        post
        member {
          name
        }
        committeePosition {
          role
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

/** An edit of an allowance: answers its amount and version. */
export const UpdatePartyWorkAllowance = graphql(`
  mutation UpdatePartyWorkAllowance($input: UpdatePartyWorkAllowanceInput!) {
    updatePartyWorkAllowance(input: $input) {
      ... on PartyWorkAllowance {
        amount
        version
      }
    }
  }
`);

/** A unit's allocations (filtered): how many, and their amounts. */
export const FundAllocationsOfUnit = graphql(`
  query FundAllocationsOfUnit($filter: FundAllocationFilter) {
    fundAllocations(filter: $filter) {
      totalCount
      items {
        amount
      }
    }
  }
`);

/** Archives an allocation: answers when and why, or a refusal. */
export const FundArchiveAllocation = graphql(`
  mutation FundArchiveAllocation($input: ArchiveRecordInput!) {
    archiveFundAllocation(input: $input) {
      __typename
      ... on FundAllocation {
        archivedAt
        archiveReason
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

export const FundCreateSpending = graphql(`
  mutation FundCreateSpending($input: CreateFundSpendingInput!) {
    createFundSpending(input: $input) {
      __typename
      ... on FundSpending {
        id
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

/** An edit of a spending: answers exactly its amount, version and purpose. */
export const FundUpdateSpending = graphql(`
  mutation FundUpdateSpending($input: UpdateFundSpendingInput!) {
    updateFundSpending(input: $input) {
      ... on FundSpending {
        amount
        version
        purpose
      }
    }
  }
`);

/** Each branch's funds for a year against the floor (the whole row, as the floor test compares it). */
export const FundSummary = graphql(`
  query FundSummary($unitId: ID!, $year: Int!) {
    fundSummary(unitId: $unitId, year: $year) {
      branch {
        name
      }
      allocated
      spent
      balance
      facultyMembers
      studentMembers
      retiredMembers
      retireesAsFaculty
      floor
      meetsFloor
      ruleCode
      citation
    }
  }
`);

/** Which branches meet the floor in a year. */
export const FundFloorCompliance = graphql(`
  query FundFloorCompliance($unitId: ID!, $year: Int!) {
    fundSummary(unitId: $unitId, year: $year) {
      branchId
      meetsFloor
      allocated
      floor
      spent
    }
  }
`);

/** The committee's funding setting for a year: the whole setting. */
export const FundingSetSetting = graphql(`
  mutation FundingSetSetting($input: SetFundingSettingInput!) {
    setFundingSetting(input: $input) {
      id
      version
      year
      rebateShare
      retireesAsFaculty
      setBy
    }
  }
`);

/** The committee's funding setting for a year: answers exactly whether retirees count as faculty, and the version. */
export const FundingSetRetireesAsFaculty = graphql(`
  mutation FundingSetRetireesAsFaculty($input: SetFundingSettingInput!) {
    setFundingSetting(input: $input) {
      retireesAsFaculty
      version
    }
  }
`);

/** A page of dues records: month, amounts and member. */
export const DuesList = graphql(`
  query DuesList($filter: DuesFilter, $first: Int!) {
    dues(filter: $filter, first: $first) {
      totalCount
      items {
        month
        amountDue
        amountPaid
        member {
          name
        }
      }
    }
  }
`);

/** Dues with their member, the member's branch and its parent, and the record's branch (for statement counts). */
export const DuesWithBranches = graphql(`
  query DuesWithBranches($unitId: ID!) {
    dues(filter: { unitId: $unitId }, first: 100) {
      totalCount
      items {
        amountPaid
        member {
          name
          branch {
            name
            parent {
              name
            }
          }
        }
        branch {
          name
        }
      }
    }
  }
`);

/** A year's dues per branch: due, paid, members, fully paid and in arrears. */
export const DuesSummary = graphql(`
  query DuesSummary($unitId: ID!, $year: Int!) {
    duesSummary(unitId: $unitId, year: $year) {
      branchId
      due
      paid
      members
      membersFullyPaid
      membersWithArrears
    }
  }
`);

/** A year's dues per branch: only what is due and how many members. */
export const DuesSummaryTotals = graphql(`
  query DuesSummaryTotals($unitId: ID!, $year: Int!) {
    duesSummary(unitId: $unitId, year: $year) {
      due
      members
    }
  }
`);

/** A year's rebates per branch, with the branch's name. */
export const DuesRebates = graphql(`
  query DuesRebates($unitId: ID!, $year: Int!) {
    duesRebates(unitId: $unitId, year: $year) {
      collected
      share
      rebate
      branch {
        name
      }
    }
  }
`);

/** A year's rebates per branch: only the amounts. */
export const DuesRebateAmounts = graphql(`
  query DuesRebateAmounts($unitId: ID!, $year: Int!) {
    duesRebates(unitId: $unitId, year: $year) {
      collected
      share
      rebate
    }
  }
`);

/** Appoints a committee member: answers the position's id, or a refusal. */
export const AllowanceAppointCommitteeMember = graphql(`
  mutation AllowanceAppointCommitteeMember($input: AppointCommitteeMemberInput!) {
    appointCommitteeMember(input: $input) {
      __typename
      ... on CommitteePosition {
        id
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

/** Committee posts with no allowance recorded for a year. */
export const AllowanceMissing = graphql(`
  query AllowanceMissing($unitId: ID!, $year: Int!) {
    committeePositionsWithoutAllowance(unitId: $unitId, year: $year) {
      totalCount
      items {
        role
        member {
          name
        }
      }
    }
  }
`);

/** Allowances (filtered): how many, their amounts and units. */
export const AllowanceList = graphql(`
  query AllowanceList($filter: PartyWorkAllowanceFilter) {
    partyWorkAllowances(filter: $filter) {
      totalCount
      items {
        amount
        unit {
          name
        }
      }
    }
  }
`);
