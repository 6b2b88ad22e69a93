import { graphql } from "../../gql";

export const FundSummaryList = graphql(`
  query FundSummaryList($unitId: ID!, $year: Int!) {
    fundSummary(unitId: $unitId, year: $year) {
      branchId
      branch {
        id
        name
        fullName
        fullName
      }
      facultyMembers
      studentMembers
      retiredMembers
      retireesAsFaculty
      floor
      allocated
      meetsFloor
      spent
      balance
      ruleCode
      citation
    }
  }
`);

export const FundAllocationFields = graphql(`
  fragment FundAllocationFields on FundAllocation {
    id
    branchId
    branch {
      id
      name
      fullName
    }
    year
    allocatedOn
    amount
    source
    note
    archivedAt
    archiveReason
    version
  }
`);

export const FundAllocationList = graphql(`
  query FundAllocationList($filter: FundAllocationFilter, $first: Int!, $offset: Int!) {
    fundAllocations(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...FundAllocationFields
      }
    }
  }
`);

export const CreateFundAllocation = graphql(`
  mutation CreateFundAllocation($input: CreateFundAllocationInput!) {
    createFundAllocation(input: $input) {
      __typename
      ... on FundAllocation {
        ...FundAllocationFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const UpdateFundAllocation = graphql(`
  mutation UpdateFundAllocation($input: UpdateFundAllocationInput!) {
    updateFundAllocation(input: $input) {
      __typename
      ... on FundAllocation {
        ...FundAllocationFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ArchiveFundAllocation = graphql(`
  mutation ArchiveFundAllocation($input: ArchiveRecordInput!) {
    archiveFundAllocation(input: $input) {
      __typename
      ... on FundAllocation {
        id
        archivedAt
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const FundSpendingFields = graphql(`
  fragment FundSpendingFields on FundSpending {
    id
    branchId
    branch {
      id
      name
      fullName
    }
    spentOn
    amount
    purpose
    receiptNumber
    archivedAt
    archiveReason
    version
  }
`);

export const FundSpendingList = graphql(`
  query FundSpendingList($filter: FundFilter, $first: Int!, $offset: Int!) {
    fundSpendings(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...FundSpendingFields
      }
    }
  }
`);

export const CreateFundSpending = graphql(`
  mutation CreateFundSpending($input: CreateFundSpendingInput!) {
    createFundSpending(input: $input) {
      __typename
      ... on FundSpending {
        ...FundSpendingFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const UpdateFundSpending = graphql(`
  mutation UpdateFundSpending($input: UpdateFundSpendingInput!) {
    updateFundSpending(input: $input) {
      __typename
      ... on FundSpending {
        ...FundSpendingFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ArchiveFundSpending = graphql(`
  mutation ArchiveFundSpending($input: ArchiveRecordInput!) {
    archiveFundSpending(input: $input) {
      __typename
      ... on FundSpending {
        id
        archivedAt
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const DuesFields = graphql(`
  fragment DuesFields on DuesRecord {
    id
    memberId
    member {
      id
      name
    }
    branchId
    branch {
      id
      name
      fullName
    }
    month
    amountDue
    amountPaid
    paidOn
    collectedBy
    note
    version
  }
`);

export const DuesList = graphql(`
  query DuesList($filter: DuesFilter, $first: Int!, $offset: Int!) {
    dues(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...DuesFields
      }
    }
  }
`);

export const AdjustDues = graphql(`
  mutation AdjustDues($input: AdjustDuesInput!) {
    adjustDues(input: $input) {
      __typename
      ... on DuesRecord {
        ...DuesFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const BranchDuesSheet = graphql(`
  query BranchDuesSheet($branchId: ID!, $offset: Int!, $previousMonth: String!) {
    members(filter: { unitId: $branchId }, first: 100, offset: $offset) {
      totalCount
      items {
        id
        name
        category
        branchId
      }
    }
    dues(filter: { unitId: $branchId, fromMonth: $previousMonth, toMonth: $previousMonth }, first: 100, offset: $offset) {
      totalCount
      items {
        memberId
        amountDue
      }
    }
  }
`);

export const RecordBranchDues = graphql(`
  mutation RecordBranchDues($input: RecordBranchDuesInput!) {
    recordBranchDues(input: $input) {
      __typename
      ... on DuesBatch {
        month
        totalDue
        totalPaid
        records {
          id
        }
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const DuesSummaryList = graphql(`
  query DuesSummaryList($unitId: ID!, $year: Int!) {
    duesSummary(unitId: $unitId, year: $year) {
      branchId
      branch {
        id
        name
        fullName
      }
      members
      membersFullyPaid
      membersWithArrears
      due
      paid
    }
    duesRebates(unitId: $unitId, year: $year) {
      branchId
      branch {
        id
        name
        fullName
      }
      collected
      share
      rebate
    }
  }
`);

export const AllowanceFields = graphql(`
  fragment AllowanceFields on PartyWorkAllowance {
    id
    year
    unitId
    unit {
      id
      name
      fullName
    }
    memberId
    member {
      id
      name
    }
    postKind
    post
    amount
    workloadCredit
    archivedAt
    archiveReason
    version
  }
`);

export const AllowanceList = graphql(`
  query AllowanceList($filter: PartyWorkAllowanceFilter, $first: Int!, $offset: Int!) {
    partyWorkAllowances(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...AllowanceFields
      }
    }
  }
`);

export const CreateAllowance = graphql(`
  mutation CreateAllowance($input: CreatePartyWorkAllowanceInput!) {
    createPartyWorkAllowance(input: $input) {
      __typename
      ... on PartyWorkAllowance {
        ...AllowanceFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const UpdateAllowance = graphql(`
  mutation UpdateAllowance($input: UpdatePartyWorkAllowanceInput!) {
    updatePartyWorkAllowance(input: $input) {
      __typename
      ... on PartyWorkAllowance {
        ...AllowanceFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ArchiveAllowance = graphql(`
  mutation ArchiveAllowance($input: ArchiveRecordInput!) {
    archivePartyWorkAllowance(input: $input) {
      __typename
      ... on PartyWorkAllowance {
        id
        archivedAt
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);
