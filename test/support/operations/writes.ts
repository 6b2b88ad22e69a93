import { graphql } from "../generated";

/* Bursts (test/concurrency.e2e-spec.ts): each selects only what the burst reads back. */

export const BurstRecordDues = graphql(`
  mutation BurstRecordDues($input: RecordDuesInput!) {
    recordDues(input: $input) {
      __typename
      ... on DuesRecord {
        id
      }
    }
  }
`);

export const BurstCreateActivity = graphql(`
  mutation BurstCreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      __typename
      ... on Activity {
        id
        attendanceSummary {
          present
        }
      }
    }
  }
`);

export const BurstUpdateMember = graphql(`
  mutation BurstUpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      __typename
      ... on Member {
        id
        version
      }
    }
  }
`);

export const BurstRead = graphql(`
  query BurstRead {
    orgUnits {
      totalCount
    }
    members(first: 50) {
      totalCount
      items {
        id
        branch {
          name
        }
      }
    }
  }
`);

export const BurstEditMember = graphql(`
  mutation BurstEditMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      __typename
      ... on Member {
        version
        department
      }
    }
  }
`);

export const BurstWaitingUpdate = graphql(`
  mutation BurstWaitingUpdate($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      __typename
    }
  }
`);

export const BurstRecoveredUpdate = graphql(`
  mutation BurstRecoveredUpdate($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      ... on Member {
        version
        department
      }
    }
  }
`);

/* Writes naming records outside the caller's scope (test/scope-writes.e2e-spec.ts). */

export const ScopeCreateActivity = graphql(`
  mutation ScopeCreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      __typename
      ... on Refusal {
        message
      }
    }
  }
`);

export const ScopeAppointServicePostHolder = graphql(`
  mutation ScopeAppointServicePostHolder($input: AppointServicePostHolderInput!) {
    appointServicePostHolder(input: $input) {
      __typename
      ... on Refusal {
        message
      }
    }
  }
`);

export const ScopeAddClassMember = graphql(`
  mutation ScopeAddClassMember($input: AddClassMemberInput!) {
    addClassMember(input: $input) {
      __typename
      ... on Refusal {
        message
      }
    }
  }
`);

export const ScopeCreatePartyWorkAllowance = graphql(`
  mutation ScopeCreatePartyWorkAllowance($input: CreatePartyWorkAllowanceInput!) {
    createPartyWorkAllowance(input: $input) {
      __typename
      ... on Refusal {
        message
      }
    }
  }
`);

export const ScopeCreateLiaisonAssignment = graphql(`
  mutation ScopeCreateLiaisonAssignment($input: CreateLiaisonAssignmentInput!) {
    createLiaisonAssignment(input: $input) {
      __typename
      ... on Refusal {
        message
      }
    }
  }
`);

/** Refused inside the scope: the refusal names the member. */
export const ScopeAppointCommitteeMember = graphql(`
  mutation ScopeAppointCommitteeMember($input: AppointCommitteeMemberInput!) {
    appointCommitteeMember(input: $input) {
      __typename
      ... on Refusal {
        errorCode
        message
      }
    }
  }
`);

export const ScopeRemoveMember = graphql(`
  mutation ScopeRemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      __typename
    }
  }
`);

export const ScopeCreateStudentClass = graphql(`
  mutation ScopeCreateStudentClass($input: CreateStudentClassInput!) {
    createStudentClass(input: $input) {
      __typename
      ... on StudentClass {
        id
        version
      }
    }
  }
`);

export const ScopeCreateServicePost = graphql(`
  mutation ScopeCreateServicePost($input: CreateServicePostInput!) {
    createServicePost(input: $input) {
      __typename
      ... on ServicePost {
        id
        version
      }
    }
  }
`);

export const ScopeCreateForeignActivity = graphql(`
  mutation ScopeCreateForeignActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      __typename
      ... on Activity {
        id
        version
      }
    }
  }
`);

export const ScopeCreateRoom = graphql(`
  mutation ScopeCreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      __typename
      ... on ActivityRoom {
        id
        version
      }
    }
  }
`);

export const ScopeCreateCommitteeSeat = graphql(`
  mutation ScopeCreateCommitteeSeat($input: AppointCommitteeMemberInput!) {
    appointCommitteeMember(input: $input) {
      __typename
      ... on CommitteePosition {
        id
        version
      }
    }
  }
`);

export const ScopeRecordDues = graphql(`
  mutation ScopeRecordDues($input: RecordDuesInput!) {
    recordDues(input: $input) {
      __typename
      ... on DuesRecord {
        id
        version
      }
    }
  }
`);

export const ScopeCreateFundAllocation = graphql(`
  mutation ScopeCreateFundAllocation($input: CreateFundAllocationInput!) {
    createFundAllocation(input: $input) {
      __typename
      ... on FundAllocation {
        id
        version
      }
    }
  }
`);

export const ScopeCreateStudyRecord = graphql(`
  mutation ScopeCreateStudyRecord($input: CreateStudyRecordInput!) {
    createStudyRecord(input: $input) {
      id
      version
    }
  }
`);

export const ScopeUpdateMember = graphql(`
  mutation ScopeUpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      __typename
    }
  }
`);

export const ScopeUpdateActivity = graphql(`
  mutation ScopeUpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      __typename
    }
  }
`);

export const ScopeUpdateStudyRecord = graphql(`
  mutation ScopeUpdateStudyRecord($input: UpdateStudyRecordInput!) {
    updateStudyRecord(input: $input) {
      __typename
    }
  }
`);

export const ScopeUpdateRoom = graphql(`
  mutation ScopeUpdateRoom($input: UpdateRoomInput!) {
    updateRoom(input: $input) {
      __typename
    }
  }
`);

export const ScopeEndCommitteeTerm = graphql(`
  mutation ScopeEndCommitteeTerm($input: EndCommitteeTermInput!) {
    endCommitteeTerm(input: $input) {
      __typename
    }
  }
`);

export const ScopeAdjustDues = graphql(`
  mutation ScopeAdjustDues($input: AdjustDuesInput!) {
    adjustDues(input: $input) {
      __typename
    }
  }
`);

export const ScopeUpdateFundAllocation = graphql(`
  mutation ScopeUpdateFundAllocation($input: UpdateFundAllocationInput!) {
    updateFundAllocation(input: $input) {
      __typename
    }
  }
`);

export const ScopeUpdateServicePost = graphql(`
  mutation ScopeUpdateServicePost($input: UpdateServicePostInput!) {
    updateServicePost(input: $input) {
      __typename
    }
  }
`);

export const ScopeRenameOrgUnit = graphql(`
  mutation ScopeRenameOrgUnit($input: RenameOrgUnitInput!) {
    renameOrgUnit(input: $input) {
      __typename
    }
  }
`);

/* Writes the yearly fact summaries follow (test/fact-summaries.e2e-spec.ts). */

export const SummaryCreateMember = graphql(`
  mutation SummaryCreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      __typename
      ... on Member {
        id
      }
    }
  }
`);

export const SummaryCreateActivity = graphql(`
  mutation SummaryCreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      __typename
      ... on Activity {
        id
        version
        heldOn
      }
      ... on Refusal {
        errorCode
        message
      }
    }
  }
`);

export const SummarySetActivityAttendance = graphql(`
  mutation SummarySetActivityAttendance($input: SetActivityAttendanceInput!) {
    setActivityAttendance(input: $input) {
      __typename
      ... on Activity {
        id
        version
        heldOn
      }
      ... on Refusal {
        errorCode
        message
      }
    }
  }
`);

export const SummaryUpdateActivity = graphql(`
  mutation SummaryUpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      __typename
      ... on Activity {
        id
        version
        heldOn
      }
      ... on Refusal {
        errorCode
        message
      }
    }
  }
`);

export const SummaryArchiveActivity = graphql(`
  mutation SummaryArchiveActivity($input: ArchiveActivityInput!) {
    archiveActivity(input: $input) {
      __typename
      ... on Activity {
        id
        version
        heldOn
      }
      ... on Refusal {
        errorCode
        message
      }
    }
  }
`);

export const SummaryCreateStudyRecord = graphql(`
  mutation SummaryCreateStudyRecord($input: CreateStudyRecordInput!) {
    createStudyRecord(input: $input) {
      id
      version
    }
  }
`);

export const SummaryUpdateStudyRecord = graphql(`
  mutation SummaryUpdateStudyRecord($input: UpdateStudyRecordInput!) {
    updateStudyRecord(input: $input) {
      __typename
      ... on StudyRecord {
        id
        version
      }
    }
  }
`);

export const SummaryArchiveStudyRecord = graphql(`
  mutation SummaryArchiveStudyRecord($input: ArchiveStudyRecordInput!) {
    archiveStudyRecord(input: $input) {
      __typename
    }
  }
`);

export const SummaryRecordDues = graphql(`
  mutation SummaryRecordDues($input: RecordDuesInput!) {
    recordDues(input: $input) {
      __typename
      ... on DuesRecord {
        id
        version
      }
    }
  }
`);

export const SummaryRecordBranchDues = graphql(`
  mutation SummaryRecordBranchDues($input: RecordBranchDuesInput!) {
    recordBranchDues(input: $input) {
      __typename
    }
  }
`);

export const SummaryAdjustDues = graphql(`
  mutation SummaryAdjustDues($input: AdjustDuesInput!) {
    adjustDues(input: $input) {
      __typename
      ... on DuesRecord {
        id
        version
      }
    }
  }
`);

export const SummaryFileDocument = graphql(`
  mutation SummaryFileDocument($input: FileDocumentInput!) {
    fileDocument(input: $input) {
      __typename
      ... on FiledDocument {
        id
        version
      }
      ... on Refusal {
        errorCode
        message
      }
    }
  }
`);

export const SummaryUpdateFiledDocument = graphql(`
  mutation SummaryUpdateFiledDocument($input: UpdateFiledDocumentInput!) {
    updateFiledDocument(input: $input) {
      __typename
      ... on FiledDocument {
        id
        version
      }
      ... on Refusal {
        errorCode
        message
      }
    }
  }
`);

export const SummaryArchiveFiledDocument = graphql(`
  mutation SummaryArchiveFiledDocument($input: ArchiveFiledDocumentInput!) {
    archiveFiledDocument(input: $input) {
      __typename
    }
  }
`);
