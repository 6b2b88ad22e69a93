/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ActivityFields on Activity {\n    id\n    version\n    type\n    topic\n    heldOn\n    durationMinutes\n    educationHours\n    integrityHours\n    place\n    isOnline\n    archivedAt\n    hostUnit {\n      name\n    }\n    room {\n      name\n    }\n    attendanceSummary {\n      expected\n      present\n      absent\n      excused\n      guests\n    }\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ...ActivityFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ...ActivityFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation UpdateActivityRoom($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ... on Activity {\n        room {\n          name\n        }\n      }\n    }\n  }\n": typeof types.UpdateActivityRoomDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        accessToken\n      }\n      ... on LoginRefused {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query ComplianceReport(\n    $unitId: ID!\n    $from: LocalDate!\n    $to: LocalDate!\n    $ruleCodes: [String!]\n    $asOf: LocalDate\n    $status: [FindingStatus!]\n  ) {\n    compliance(unitId: $unitId, from: $from, to: $to, ruleCodes: $ruleCodes, asOf: $asOf, status: $status) {\n      totals {\n        met\n        unmet\n        pending\n        exempt\n        total\n        complianceRate\n      }\n      byRule {\n        ruleCode\n        met\n        unmet\n        pending\n        exempt\n      }\n      findings(first: 500) {\n        totalCount\n        items {\n          ruleCode\n          citation\n          status\n          periodKey\n          periodEnd\n          expected\n          actual\n          expectedValue\n          actualValue\n          unitId\n          memberId\n          message\n          dueBy\n          parameterNote\n          evidence {\n            kind\n            id\n            label\n          }\n          settings {\n            key\n            label\n          }\n          unit {\n            id\n            name\n          }\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ComplianceReportDocument,
    "\n  query ComplianceFindingPage($unitId: ID!, $first: Int!) {\n    compliance(unitId: $unitId, from: \"2025-09-01\", to: \"2025-12-31\", ruleCodes: [\"ORG_LIFE_STAFF\"], asOf: \"2026-01-10\", status: [MET]) {\n      findings(first: $first) {\n        items {\n          unitId\n          periodKey\n          evidence {\n            kind\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ComplianceFindingPageDocument,
    "\n  mutation RuleParametersSet($input: SetRuleParametersInput!) {\n    setRuleParameters(input: $input) {\n      code\n      parameters {\n        effectiveFrom\n        params\n        source\n      }\n    }\n  }\n": typeof types.RuleParametersSetDocument,
    "\n  query RuleBook {\n    rules {\n      code\n      citation\n      requirement\n      periodKind\n    }\n  }\n": typeof types.RuleBookDocument,
    "\n  mutation ComplianceStudyRecordCreate($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ComplianceStudyRecordCreateDocument,
    "\n  query ComplianceDueSoonPage($unitId: ID!, $first: Int!, $offset: Int!) {\n    dueSoon(unitId: $unitId, withinDays: 60, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ruleCode\n        status\n        periodEnd\n        unitId\n        memberId\n      }\n    }\n  }\n": typeof types.ComplianceDueSoonPageDocument,
    "\n  query ComplianceDueSoonWarnings($unitId: ID!) {\n    dueSoon(unitId: $unitId, withinDays: 40) {\n      totalCount\n      items {\n        ruleCode\n        status\n        dueBy\n        message\n      }\n    }\n  }\n": typeof types.ComplianceDueSoonWarningsDocument,
    "\n  query ComplianceSilentUnits($unitId: ID!) {\n    silentUnits(unitId: $unitId) {\n      unitName\n      daysSilent\n      message\n    }\n  }\n": typeof types.ComplianceSilentUnitsDocument,
    "\n  mutation ComplianceSettingSet($input: SetComplianceSettingInput!) {\n    setComplianceSetting(input: $input) {\n      __typename\n      ... on ComplianceSetting {\n        key\n        value\n        note\n        setByLabel\n        version\n      }\n      ... on Refusal {\n        errorCode\n        ruleCode\n        field\n        message\n      }\n    }\n  }\n": typeof types.ComplianceSettingSetDocument,
    "\n  mutation CreateFundAllocation($input: CreateFundAllocationInput!) {\n    createFundAllocation(input: $input) {\n      __typename\n      ... on FundAllocation {\n        id\n        version\n        amount\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n": typeof types.CreateFundAllocationDocument,
    "\n  mutation RecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n        amountDue\n        amountPaid\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n": typeof types.RecordDuesDocument,
    "\n  mutation RecordBranchDues($input: RecordBranchDuesInput!) {\n    recordBranchDues(input: $input) {\n      __typename\n      ... on DuesBatch {\n        month\n        totalDue\n        totalPaid\n        branch {\n          name\n        }\n        records {\n          id\n          version\n          month\n          amountDue\n          amountPaid\n          paidOn\n          collectedBy\n          member {\n            name\n          }\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n": typeof types.RecordBranchDuesDocument,
    "\n  mutation AdjustDues($input: AdjustDuesInput!) {\n    adjustDues(input: $input) {\n      ... on DuesRecord {\n        amountPaid\n        paidOn\n        version\n      }\n    }\n  }\n": typeof types.AdjustDuesDocument,
    "\n  mutation CreatePartyWorkAllowance($input: CreatePartyWorkAllowanceInput!) {\n    createPartyWorkAllowance(input: $input) {\n      __typename\n      ... on PartyWorkAllowance {\n        id\n        version\n        amount\n        workloadCredit\n        post\n        member {\n          name\n        }\n        committeePosition {\n          role\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n": typeof types.CreatePartyWorkAllowanceDocument,
    "\n  mutation UpdatePartyWorkAllowance($input: UpdatePartyWorkAllowanceInput!) {\n    updatePartyWorkAllowance(input: $input) {\n      ... on PartyWorkAllowance {\n        amount\n        version\n      }\n    }\n  }\n": typeof types.UpdatePartyWorkAllowanceDocument,
    "\n  mutation NominateAward($input: NominateAwardInput!) {\n    nominateAward(input: $input) {\n      __typename\n      ... on Award {\n        id\n        version\n        kind\n        status\n        cycleYear\n        unit {\n          name\n        }\n        nomineeMember {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n": typeof types.NominateAwardDocument,
    "\n  mutation AdvanceAward($input: AdvanceAwardInput!) {\n    advanceAward(input: $input) {\n      __typename\n      ... on Award {\n        id\n        version\n        status\n        reviewedOn\n        decidedOn\n        reviewer\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n": typeof types.AdvanceAwardDocument,
    "\n  fragment MemberFields on Member {\n    id\n    name\n    version\n    category\n    standing\n    status\n    mobileStatus\n    branch {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateMemberDocument,
    "\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.TransferMemberDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  query MemberNames($filter: MemberFilter, $first: Int, $offset: Int) {\n    members(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        name\n      }\n    }\n  }\n": typeof types.MemberNamesDocument,
    "\n  query MemberRegister($id: ID!) {\n    member(id: $id) {\n      idNumber\n      phone\n      registerEntries {\n        kind\n        reason\n        occurredOn\n        branch {\n          name\n        }\n      }\n      transfers {\n        fromBranch {\n          name\n        }\n        toBranch {\n          name\n        }\n        transferredOn\n      }\n    }\n  }\n": typeof types.MemberRegisterDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation LinkMassContact($input: LinkMassContactInput!) {\n    linkMassContact(input: $input) {\n      __typename\n      ... on MassContact {\n        id\n        version\n        since\n        person {\n          name\n        }\n        member {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n      }\n    }\n  }\n": typeof types.LinkMassContactDocument,
    "\n  mutation EndMassContact($input: EndMassContactInput!) {\n    endMassContact(input: $input) {\n      __typename\n      ... on MassContact {\n        until\n      }\n    }\n  }\n": typeof types.EndMassContactDocument,
    "\n  query MemberMassContacts($id: ID!) {\n    member(id: $id) {\n      massContacts {\n        since\n        until\n        person {\n          name\n        }\n      }\n    }\n  }\n": typeof types.MemberMassContactsDocument,
    "\n  query OrgUnits($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      items {\n        id\n        name\n        fullName\n        kind\n        version\n      }\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    fullName\n    kind\n    branchKind\n    covers\n    version\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.OrgUnitFieldsFragmentDoc,
    "\n  query OrgUnitsDetailed($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      totalCount\n      items {\n        ...OrgUnitFields\n      }\n    }\n  }\n": typeof types.OrgUnitsDetailedDocument,
    "\n  query OrgUnitsWithChildren($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      totalCount\n      items {\n        name\n        children {\n          name\n          branchKind\n          covers\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitsWithChildrenDocument,
    "\n  query OrgUnitTree($id: ID!) {\n    orgUnit(id: $id) {\n      name\n      archivedAt\n      parent {\n        id\n      }\n      children {\n        id\n        fullName\n        ancestors {\n          name\n          kind\n        }\n        parent {\n          name\n        }\n      }\n      ancestors {\n        name\n      }\n    }\n  }\n": typeof types.OrgUnitTreeDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      __typename\n      ...OrgUnitFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      __typename\n      ... on OrgUnit {\n        version\n        parent {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.MoveOrgUnitDocument,
    "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      ... on OrgUnit {\n        name\n        version\n      }\n    }\n  }\n": typeof types.RenameOrgUnitDocument,
    "\n  mutation ArchiveOrgUnit($input: ArchiveOrgUnitInput!) {\n    archiveOrgUnit(input: $input) {\n      __typename\n      ... on OrgUnit {\n        archivedAt\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.ArchiveOrgUnitDocument,
    "\n  query UnitMembers($id: ID!, $first: Int! = 20, $offset: Int! = 0) {\n    orgUnit(id: $id) {\n      members(first: $first, offset: $offset) {\n        totalCount\n        items {\n          name\n        }\n      }\n    }\n  }\n": typeof types.UnitMembersDocument,
    "\n  query UnitMemberCounts($id: ID!) {\n    orgUnit(id: $id) {\n      memberCounts {\n        total\n        student\n        mobile\n      }\n    }\n  }\n": typeof types.UnitMemberCountsDocument,
    "\n  query UnitCommittee($id: ID!) {\n    orgUnit(id: $id) {\n      committee {\n        role\n        member {\n          name\n        }\n      }\n    }\n  }\n": typeof types.UnitCommitteeDocument,
    "\n  mutation AppointCommitteeMember($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      __typename\n      ... on CommitteePosition {\n        role\n        termEnd\n        member {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n      }\n    }\n  }\n": typeof types.AppointCommitteeMemberDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        id\n        version\n        name\n        location\n        area\n        facilities\n        archivedAt\n        ownerUnit {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateRoomDocument,
    "\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        area\n        version\n        location\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.UpdateRoomDocument,
    "\n  mutation ArchiveRoom($input: ArchiveRoomInput!) {\n    archiveRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        archivedAt\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.ArchiveRoomDocument,
    "\n  mutation AssignRoom($input: AssignRoomInput!) {\n    assignRoom(input: $input) {\n      __typename\n      ... on ActivityRoomUser {\n        id\n        version\n        since\n        until\n        unit {\n          name\n        }\n        room {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.AssignRoomDocument,
    "\n  mutation UnassignRoom($input: UnassignRoomInput!) {\n    unassignRoom(input: $input) {\n      __typename\n      ... on ActivityRoomUser {\n        until\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.UnassignRoomDocument,
    "\n  query RoomUsers($id: ID!) {\n    room(id: $id) {\n      users {\n        id\n        version\n        unit {\n          name\n        }\n        until\n      }\n    }\n  }\n": typeof types.RoomUsersDocument,
    "\n  query UnitRooms($id: ID!) {\n    orgUnit(id: $id) {\n      rooms {\n        name\n        area\n      }\n    }\n  }\n": typeof types.UnitRoomsDocument,
    "\n  query RoomNames($filter: RoomFilter, $first: Int, $offset: Int) {\n    rooms(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        name\n      }\n    }\n  }\n": typeof types.RoomNamesDocument,
    "\n  query UnitsRoomsUsers($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      items {\n        id\n        name\n        rooms {\n          name\n          area\n          users {\n            unit {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitsRoomsUsersDocument,
    "\n  query ServicePostTypes {\n    servicePostTypes {\n      id\n      name\n    }\n  }\n": typeof types.ServicePostTypesDocument,
    "\n  mutation CreateServicePost($input: CreateServicePostInput!) {\n    createServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        id\n        version\n        name\n        placeKind\n        place\n        duties\n        termStart\n        termEnd\n        archivedAt\n        type {\n          name\n          builtIn\n        }\n        hostUnit {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateServicePostDocument,
    "\n  mutation AppointServicePostHolder($input: AppointServicePostHolderInput!) {\n    appointServicePostHolder(input: $input) {\n      __typename\n      ... on ServicePostHolder {\n        id\n        version\n        startDate\n        endDate\n        member {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.AppointServicePostHolderDocument,
    "\n  query ServicePostNames($filter: ServicePostFilter, $first: Int, $offset: Int) {\n    servicePosts(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        name\n      }\n    }\n  }\n": typeof types.ServicePostNamesDocument,
    "\n  mutation ServicePostTypeCreate($input: CreateServicePostTypeInput!) {\n    createServicePostType(input: $input) {\n      name\n      builtIn\n    }\n  }\n": typeof types.ServicePostTypeCreateDocument,
    "\n  query ServicePostHolders($id: ID!) {\n    servicePost(id: $id) {\n      holders {\n        id\n        version\n        member {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ServicePostHoldersDocument,
    "\n  query ServicePostCoverage($unitId: ID!, $on: LocalDate) {\n    servicePostCoverage(unitId: $unitId, on: $on) {\n      studentMembers\n      holders\n      share\n      unit {\n        name\n      }\n      branches {\n        unit {\n          name\n        }\n        studentMembers\n        holders\n        share\n      }\n    }\n  }\n": typeof types.ServicePostCoverageDocument,
    "\n  mutation ServicePostHolderEnd($input: EndServicePostHolderInput!) {\n    endServicePostHolder(input: $input) {\n      __typename\n      ... on ServicePostHolder {\n        endDate\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.ServicePostHolderEndDocument,
    "\n  mutation ServicePostUpdate($input: UpdateServicePostInput!) {\n    updateServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        duties\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.ServicePostUpdateDocument,
    "\n  mutation ServicePostArchive($input: ArchiveServicePostInput!) {\n    archiveServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        archivedAt\n        holders(includeEnded: true) {\n          endDate\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.ServicePostArchiveDocument,
    "\n  mutation PledgeCreate($input: CreateServicePledgeInput!) {\n    createServicePledge(input: $input) {\n      __typename\n      ... on ServicePledge {\n        id\n        version\n        serviceWindow\n        identity\n        member {\n          name\n        }\n        unit {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.PledgeCreateDocument,
    "\n  mutation EvaluationRecord($input: RecordServiceEvaluationInput!) {\n    recordServiceEvaluation(input: $input) {\n      __typename\n      ... on ServiceEvaluation {\n        evaluatorKind\n        score\n        aspect\n        member {\n          name\n        }\n        pledge {\n          serviceWindow\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.EvaluationRecordDocument,
    "\n  query PledgeEvaluations($id: ID!) {\n    servicePledge(id: $id) {\n      averageScore\n      evaluations {\n        evaluatorKind\n      }\n    }\n  }\n": typeof types.PledgeEvaluationsDocument,
    "\n  query EvaluationScores($filter: ServiceEvaluationFilter, $first: Int) {\n    serviceEvaluations(filter: $filter, first: $first) {\n      totalCount\n      items {\n        score\n      }\n    }\n  }\n": typeof types.EvaluationScoresDocument,
    "\n  query PledgeTexts($filter: ServicePledgeFilter) {\n    servicePledges(filter: $filter) {\n      totalCount\n      items {\n        pledge\n      }\n    }\n  }\n": typeof types.PledgeTextsDocument,
    "\n  mutation PledgeUpdate($input: UpdateServicePledgeInput!) {\n    updateServicePledge(input: $input) {\n      __typename\n      ... on ServicePledge {\n        pledge\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.PledgeUpdateDocument,
    "\n  mutation PledgeArchive($input: ArchiveServicePledgeInput!) {\n    archiveServicePledge(input: $input) {\n      __typename\n    }\n  }\n": typeof types.PledgeArchiveDocument,
    "\n  query ServicePostTree {\n    servicePosts(first: 100, filter: { includeArchived: true }) {\n      items {\n        name\n        type {\n          name\n        }\n        hostUnit {\n          name\n        }\n        holders(includeEnded: true) {\n          member {\n            name\n            branch {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ServicePostTreeDocument,
    "\n  query ServicePostDemoTotals {\n    studentClasses(first: 1) {\n      totalCount\n    }\n    liaisonAssignments {\n      totalCount\n    }\n    servicePledges {\n      totalCount\n    }\n    serviceEvaluations {\n      totalCount\n    }\n  }\n": typeof types.ServicePostDemoTotalsDocument,
    "\n  mutation BurstRecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n      }\n    }\n  }\n": typeof types.BurstRecordDuesDocument,
    "\n  mutation BurstCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        attendanceSummary {\n          present\n        }\n      }\n    }\n  }\n": typeof types.BurstCreateActivityDocument,
    "\n  mutation BurstUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n      ... on Member {\n        id\n        version\n      }\n    }\n  }\n": typeof types.BurstUpdateMemberDocument,
    "\n  query BurstRead {\n    orgUnits {\n      totalCount\n    }\n    members(first: 50) {\n      totalCount\n      items {\n        id\n        branch {\n          name\n        }\n      }\n    }\n  }\n": typeof types.BurstReadDocument,
    "\n  mutation BurstEditMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n      ... on Member {\n        version\n        department\n      }\n    }\n  }\n": typeof types.BurstEditMemberDocument,
    "\n  mutation BurstWaitingUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n    }\n  }\n": typeof types.BurstWaitingUpdateDocument,
    "\n  mutation BurstRecoveredUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ... on Member {\n        version\n        department\n      }\n    }\n  }\n": typeof types.BurstRecoveredUpdateDocument,
    "\n  mutation ScopeCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n": typeof types.ScopeCreateActivityDocument,
    "\n  mutation ScopeAppointServicePostHolder($input: AppointServicePostHolderInput!) {\n    appointServicePostHolder(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n": typeof types.ScopeAppointServicePostHolderDocument,
    "\n  mutation ScopeAddClassMember($input: AddClassMemberInput!) {\n    addClassMember(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n": typeof types.ScopeAddClassMemberDocument,
    "\n  mutation ScopeCreatePartyWorkAllowance($input: CreatePartyWorkAllowanceInput!) {\n    createPartyWorkAllowance(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n": typeof types.ScopeCreatePartyWorkAllowanceDocument,
    "\n  mutation ScopeCreateLiaisonAssignment($input: CreateLiaisonAssignmentInput!) {\n    createLiaisonAssignment(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n": typeof types.ScopeCreateLiaisonAssignmentDocument,
    "\n  mutation ScopeAppointCommitteeMember($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      __typename\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.ScopeAppointCommitteeMemberDocument,
    "\n  mutation ScopeRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ScopeRemoveMemberDocument,
    "\n  mutation ScopeCreateStudentClass($input: CreateStudentClassInput!) {\n    createStudentClass(input: $input) {\n      __typename\n      ... on StudentClass {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ScopeCreateStudentClassDocument,
    "\n  mutation ScopeCreateServicePost($input: CreateServicePostInput!) {\n    createServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ScopeCreateServicePostDocument,
    "\n  mutation ScopeCreateForeignActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ScopeCreateForeignActivityDocument,
    "\n  mutation ScopeCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ScopeCreateRoomDocument,
    "\n  mutation ScopeCreateCommitteeSeat($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      __typename\n      ... on CommitteePosition {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ScopeCreateCommitteeSeatDocument,
    "\n  mutation ScopeRecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ScopeRecordDuesDocument,
    "\n  mutation ScopeCreateFundAllocation($input: CreateFundAllocationInput!) {\n    createFundAllocation(input: $input) {\n      __typename\n      ... on FundAllocation {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ScopeCreateFundAllocationDocument,
    "\n  mutation ScopeCreateStudyRecord($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ScopeCreateStudyRecordDocument,
    "\n  mutation ScopeUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ScopeUpdateMemberDocument,
    "\n  mutation ScopeUpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ScopeUpdateActivityDocument,
    "\n  mutation ScopeUpdateStudyRecord($input: UpdateStudyRecordInput!) {\n    updateStudyRecord(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ScopeUpdateStudyRecordDocument,
    "\n  mutation ScopeUpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ScopeUpdateRoomDocument,
    "\n  mutation ScopeEndCommitteeTerm($input: EndCommitteeTermInput!) {\n    endCommitteeTerm(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ScopeEndCommitteeTermDocument,
    "\n  mutation ScopeAdjustDues($input: AdjustDuesInput!) {\n    adjustDues(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ScopeAdjustDuesDocument,
    "\n  mutation ScopeUpdateFundAllocation($input: UpdateFundAllocationInput!) {\n    updateFundAllocation(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ScopeUpdateFundAllocationDocument,
    "\n  mutation ScopeUpdateServicePost($input: UpdateServicePostInput!) {\n    updateServicePost(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ScopeUpdateServicePostDocument,
    "\n  mutation ScopeRenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ScopeRenameOrgUnitDocument,
    "\n  mutation SummaryCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      __typename\n      ... on Member {\n        id\n      }\n    }\n  }\n": typeof types.SummaryCreateMemberDocument,
    "\n  mutation SummaryCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.SummaryCreateActivityDocument,
    "\n  mutation SummarySetActivityAttendance($input: SetActivityAttendanceInput!) {\n    setActivityAttendance(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.SummarySetActivityAttendanceDocument,
    "\n  mutation SummaryUpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.SummaryUpdateActivityDocument,
    "\n  mutation SummaryArchiveActivity($input: ArchiveActivityInput!) {\n    archiveActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.SummaryArchiveActivityDocument,
    "\n  mutation SummaryCreateStudyRecord($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.SummaryCreateStudyRecordDocument,
    "\n  mutation SummaryUpdateStudyRecord($input: UpdateStudyRecordInput!) {\n    updateStudyRecord(input: $input) {\n      __typename\n      ... on StudyRecord {\n        id\n        version\n      }\n    }\n  }\n": typeof types.SummaryUpdateStudyRecordDocument,
    "\n  mutation SummaryArchiveStudyRecord($input: ArchiveStudyRecordInput!) {\n    archiveStudyRecord(input: $input) {\n      __typename\n    }\n  }\n": typeof types.SummaryArchiveStudyRecordDocument,
    "\n  mutation SummaryRecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n      }\n    }\n  }\n": typeof types.SummaryRecordDuesDocument,
    "\n  mutation SummaryRecordBranchDues($input: RecordBranchDuesInput!) {\n    recordBranchDues(input: $input) {\n      __typename\n    }\n  }\n": typeof types.SummaryRecordBranchDuesDocument,
    "\n  mutation SummaryAdjustDues($input: AdjustDuesInput!) {\n    adjustDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n      }\n    }\n  }\n": typeof types.SummaryAdjustDuesDocument,
    "\n  mutation SummaryFileDocument($input: FileDocumentInput!) {\n    fileDocument(input: $input) {\n      __typename\n      ... on FiledDocument {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.SummaryFileDocumentDocument,
    "\n  mutation SummaryUpdateFiledDocument($input: UpdateFiledDocumentInput!) {\n    updateFiledDocument(input: $input) {\n      __typename\n      ... on FiledDocument {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.SummaryUpdateFiledDocumentDocument,
    "\n  mutation SummaryArchiveFiledDocument($input: ArchiveFiledDocumentInput!) {\n    archiveFiledDocument(input: $input) {\n      __typename\n    }\n  }\n": typeof types.SummaryArchiveFiledDocumentDocument,
};
const documents: Documents = {
    "\n  fragment ActivityFields on Activity {\n    id\n    version\n    type\n    topic\n    heldOn\n    durationMinutes\n    educationHours\n    integrityHours\n    place\n    isOnline\n    archivedAt\n    hostUnit {\n      name\n    }\n    room {\n      name\n    }\n    attendanceSummary {\n      expected\n      present\n      absent\n      excused\n      guests\n    }\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ...ActivityFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ...ActivityFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation UpdateActivityRoom($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ... on Activity {\n        room {\n          name\n        }\n      }\n    }\n  }\n": types.UpdateActivityRoomDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        accessToken\n      }\n      ... on LoginRefused {\n        errorCode\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query ComplianceReport(\n    $unitId: ID!\n    $from: LocalDate!\n    $to: LocalDate!\n    $ruleCodes: [String!]\n    $asOf: LocalDate\n    $status: [FindingStatus!]\n  ) {\n    compliance(unitId: $unitId, from: $from, to: $to, ruleCodes: $ruleCodes, asOf: $asOf, status: $status) {\n      totals {\n        met\n        unmet\n        pending\n        exempt\n        total\n        complianceRate\n      }\n      byRule {\n        ruleCode\n        met\n        unmet\n        pending\n        exempt\n      }\n      findings(first: 500) {\n        totalCount\n        items {\n          ruleCode\n          citation\n          status\n          periodKey\n          periodEnd\n          expected\n          actual\n          expectedValue\n          actualValue\n          unitId\n          memberId\n          message\n          dueBy\n          parameterNote\n          evidence {\n            kind\n            id\n            label\n          }\n          settings {\n            key\n            label\n          }\n          unit {\n            id\n            name\n          }\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ComplianceReportDocument,
    "\n  query ComplianceFindingPage($unitId: ID!, $first: Int!) {\n    compliance(unitId: $unitId, from: \"2025-09-01\", to: \"2025-12-31\", ruleCodes: [\"ORG_LIFE_STAFF\"], asOf: \"2026-01-10\", status: [MET]) {\n      findings(first: $first) {\n        items {\n          unitId\n          periodKey\n          evidence {\n            kind\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ComplianceFindingPageDocument,
    "\n  mutation RuleParametersSet($input: SetRuleParametersInput!) {\n    setRuleParameters(input: $input) {\n      code\n      parameters {\n        effectiveFrom\n        params\n        source\n      }\n    }\n  }\n": types.RuleParametersSetDocument,
    "\n  query RuleBook {\n    rules {\n      code\n      citation\n      requirement\n      periodKind\n    }\n  }\n": types.RuleBookDocument,
    "\n  mutation ComplianceStudyRecordCreate($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      __typename\n    }\n  }\n": types.ComplianceStudyRecordCreateDocument,
    "\n  query ComplianceDueSoonPage($unitId: ID!, $first: Int!, $offset: Int!) {\n    dueSoon(unitId: $unitId, withinDays: 60, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ruleCode\n        status\n        periodEnd\n        unitId\n        memberId\n      }\n    }\n  }\n": types.ComplianceDueSoonPageDocument,
    "\n  query ComplianceDueSoonWarnings($unitId: ID!) {\n    dueSoon(unitId: $unitId, withinDays: 40) {\n      totalCount\n      items {\n        ruleCode\n        status\n        dueBy\n        message\n      }\n    }\n  }\n": types.ComplianceDueSoonWarningsDocument,
    "\n  query ComplianceSilentUnits($unitId: ID!) {\n    silentUnits(unitId: $unitId) {\n      unitName\n      daysSilent\n      message\n    }\n  }\n": types.ComplianceSilentUnitsDocument,
    "\n  mutation ComplianceSettingSet($input: SetComplianceSettingInput!) {\n    setComplianceSetting(input: $input) {\n      __typename\n      ... on ComplianceSetting {\n        key\n        value\n        note\n        setByLabel\n        version\n      }\n      ... on Refusal {\n        errorCode\n        ruleCode\n        field\n        message\n      }\n    }\n  }\n": types.ComplianceSettingSetDocument,
    "\n  mutation CreateFundAllocation($input: CreateFundAllocationInput!) {\n    createFundAllocation(input: $input) {\n      __typename\n      ... on FundAllocation {\n        id\n        version\n        amount\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n": types.CreateFundAllocationDocument,
    "\n  mutation RecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n        amountDue\n        amountPaid\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n": types.RecordDuesDocument,
    "\n  mutation RecordBranchDues($input: RecordBranchDuesInput!) {\n    recordBranchDues(input: $input) {\n      __typename\n      ... on DuesBatch {\n        month\n        totalDue\n        totalPaid\n        branch {\n          name\n        }\n        records {\n          id\n          version\n          month\n          amountDue\n          amountPaid\n          paidOn\n          collectedBy\n          member {\n            name\n          }\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n": types.RecordBranchDuesDocument,
    "\n  mutation AdjustDues($input: AdjustDuesInput!) {\n    adjustDues(input: $input) {\n      ... on DuesRecord {\n        amountPaid\n        paidOn\n        version\n      }\n    }\n  }\n": types.AdjustDuesDocument,
    "\n  mutation CreatePartyWorkAllowance($input: CreatePartyWorkAllowanceInput!) {\n    createPartyWorkAllowance(input: $input) {\n      __typename\n      ... on PartyWorkAllowance {\n        id\n        version\n        amount\n        workloadCredit\n        post\n        member {\n          name\n        }\n        committeePosition {\n          role\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n": types.CreatePartyWorkAllowanceDocument,
    "\n  mutation UpdatePartyWorkAllowance($input: UpdatePartyWorkAllowanceInput!) {\n    updatePartyWorkAllowance(input: $input) {\n      ... on PartyWorkAllowance {\n        amount\n        version\n      }\n    }\n  }\n": types.UpdatePartyWorkAllowanceDocument,
    "\n  mutation NominateAward($input: NominateAwardInput!) {\n    nominateAward(input: $input) {\n      __typename\n      ... on Award {\n        id\n        version\n        kind\n        status\n        cycleYear\n        unit {\n          name\n        }\n        nomineeMember {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n": types.NominateAwardDocument,
    "\n  mutation AdvanceAward($input: AdvanceAwardInput!) {\n    advanceAward(input: $input) {\n      __typename\n      ... on Award {\n        id\n        version\n        status\n        reviewedOn\n        decidedOn\n        reviewer\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n": types.AdvanceAwardDocument,
    "\n  fragment MemberFields on Member {\n    id\n    name\n    version\n    category\n    standing\n    status\n    mobileStatus\n    branch {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.CreateMemberDocument,
    "\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.TransferMemberDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  query MemberNames($filter: MemberFilter, $first: Int, $offset: Int) {\n    members(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        name\n      }\n    }\n  }\n": types.MemberNamesDocument,
    "\n  query MemberRegister($id: ID!) {\n    member(id: $id) {\n      idNumber\n      phone\n      registerEntries {\n        kind\n        reason\n        occurredOn\n        branch {\n          name\n        }\n      }\n      transfers {\n        fromBranch {\n          name\n        }\n        toBranch {\n          name\n        }\n        transferredOn\n      }\n    }\n  }\n": types.MemberRegisterDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation LinkMassContact($input: LinkMassContactInput!) {\n    linkMassContact(input: $input) {\n      __typename\n      ... on MassContact {\n        id\n        version\n        since\n        person {\n          name\n        }\n        member {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n      }\n    }\n  }\n": types.LinkMassContactDocument,
    "\n  mutation EndMassContact($input: EndMassContactInput!) {\n    endMassContact(input: $input) {\n      __typename\n      ... on MassContact {\n        until\n      }\n    }\n  }\n": types.EndMassContactDocument,
    "\n  query MemberMassContacts($id: ID!) {\n    member(id: $id) {\n      massContacts {\n        since\n        until\n        person {\n          name\n        }\n      }\n    }\n  }\n": types.MemberMassContactsDocument,
    "\n  query OrgUnits($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      items {\n        id\n        name\n        fullName\n        kind\n        version\n      }\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    fullName\n    kind\n    branchKind\n    covers\n    version\n    parent {\n      id\n      name\n    }\n  }\n": types.OrgUnitFieldsFragmentDoc,
    "\n  query OrgUnitsDetailed($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      totalCount\n      items {\n        ...OrgUnitFields\n      }\n    }\n  }\n": types.OrgUnitsDetailedDocument,
    "\n  query OrgUnitsWithChildren($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      totalCount\n      items {\n        name\n        children {\n          name\n          branchKind\n          covers\n        }\n      }\n    }\n  }\n": types.OrgUnitsWithChildrenDocument,
    "\n  query OrgUnitTree($id: ID!) {\n    orgUnit(id: $id) {\n      name\n      archivedAt\n      parent {\n        id\n      }\n      children {\n        id\n        fullName\n        ancestors {\n          name\n          kind\n        }\n        parent {\n          name\n        }\n      }\n      ancestors {\n        name\n      }\n    }\n  }\n": types.OrgUnitTreeDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      __typename\n      ...OrgUnitFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      __typename\n      ... on OrgUnit {\n        version\n        parent {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": types.MoveOrgUnitDocument,
    "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      ... on OrgUnit {\n        name\n        version\n      }\n    }\n  }\n": types.RenameOrgUnitDocument,
    "\n  mutation ArchiveOrgUnit($input: ArchiveOrgUnitInput!) {\n    archiveOrgUnit(input: $input) {\n      __typename\n      ... on OrgUnit {\n        archivedAt\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": types.ArchiveOrgUnitDocument,
    "\n  query UnitMembers($id: ID!, $first: Int! = 20, $offset: Int! = 0) {\n    orgUnit(id: $id) {\n      members(first: $first, offset: $offset) {\n        totalCount\n        items {\n          name\n        }\n      }\n    }\n  }\n": types.UnitMembersDocument,
    "\n  query UnitMemberCounts($id: ID!) {\n    orgUnit(id: $id) {\n      memberCounts {\n        total\n        student\n        mobile\n      }\n    }\n  }\n": types.UnitMemberCountsDocument,
    "\n  query UnitCommittee($id: ID!) {\n    orgUnit(id: $id) {\n      committee {\n        role\n        member {\n          name\n        }\n      }\n    }\n  }\n": types.UnitCommitteeDocument,
    "\n  mutation AppointCommitteeMember($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      __typename\n      ... on CommitteePosition {\n        role\n        termEnd\n        member {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n      }\n    }\n  }\n": types.AppointCommitteeMemberDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        id\n        version\n        name\n        location\n        area\n        facilities\n        archivedAt\n        ownerUnit {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.CreateRoomDocument,
    "\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        area\n        version\n        location\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.UpdateRoomDocument,
    "\n  mutation ArchiveRoom($input: ArchiveRoomInput!) {\n    archiveRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        archivedAt\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.ArchiveRoomDocument,
    "\n  mutation AssignRoom($input: AssignRoomInput!) {\n    assignRoom(input: $input) {\n      __typename\n      ... on ActivityRoomUser {\n        id\n        version\n        since\n        until\n        unit {\n          name\n        }\n        room {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.AssignRoomDocument,
    "\n  mutation UnassignRoom($input: UnassignRoomInput!) {\n    unassignRoom(input: $input) {\n      __typename\n      ... on ActivityRoomUser {\n        until\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.UnassignRoomDocument,
    "\n  query RoomUsers($id: ID!) {\n    room(id: $id) {\n      users {\n        id\n        version\n        unit {\n          name\n        }\n        until\n      }\n    }\n  }\n": types.RoomUsersDocument,
    "\n  query UnitRooms($id: ID!) {\n    orgUnit(id: $id) {\n      rooms {\n        name\n        area\n      }\n    }\n  }\n": types.UnitRoomsDocument,
    "\n  query RoomNames($filter: RoomFilter, $first: Int, $offset: Int) {\n    rooms(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        name\n      }\n    }\n  }\n": types.RoomNamesDocument,
    "\n  query UnitsRoomsUsers($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      items {\n        id\n        name\n        rooms {\n          name\n          area\n          users {\n            unit {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.UnitsRoomsUsersDocument,
    "\n  query ServicePostTypes {\n    servicePostTypes {\n      id\n      name\n    }\n  }\n": types.ServicePostTypesDocument,
    "\n  mutation CreateServicePost($input: CreateServicePostInput!) {\n    createServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        id\n        version\n        name\n        placeKind\n        place\n        duties\n        termStart\n        termEnd\n        archivedAt\n        type {\n          name\n          builtIn\n        }\n        hostUnit {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.CreateServicePostDocument,
    "\n  mutation AppointServicePostHolder($input: AppointServicePostHolderInput!) {\n    appointServicePostHolder(input: $input) {\n      __typename\n      ... on ServicePostHolder {\n        id\n        version\n        startDate\n        endDate\n        member {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.AppointServicePostHolderDocument,
    "\n  query ServicePostNames($filter: ServicePostFilter, $first: Int, $offset: Int) {\n    servicePosts(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        name\n      }\n    }\n  }\n": types.ServicePostNamesDocument,
    "\n  mutation ServicePostTypeCreate($input: CreateServicePostTypeInput!) {\n    createServicePostType(input: $input) {\n      name\n      builtIn\n    }\n  }\n": types.ServicePostTypeCreateDocument,
    "\n  query ServicePostHolders($id: ID!) {\n    servicePost(id: $id) {\n      holders {\n        id\n        version\n        member {\n          name\n        }\n      }\n    }\n  }\n": types.ServicePostHoldersDocument,
    "\n  query ServicePostCoverage($unitId: ID!, $on: LocalDate) {\n    servicePostCoverage(unitId: $unitId, on: $on) {\n      studentMembers\n      holders\n      share\n      unit {\n        name\n      }\n      branches {\n        unit {\n          name\n        }\n        studentMembers\n        holders\n        share\n      }\n    }\n  }\n": types.ServicePostCoverageDocument,
    "\n  mutation ServicePostHolderEnd($input: EndServicePostHolderInput!) {\n    endServicePostHolder(input: $input) {\n      __typename\n      ... on ServicePostHolder {\n        endDate\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.ServicePostHolderEndDocument,
    "\n  mutation ServicePostUpdate($input: UpdateServicePostInput!) {\n    updateServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        duties\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.ServicePostUpdateDocument,
    "\n  mutation ServicePostArchive($input: ArchiveServicePostInput!) {\n    archiveServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        archivedAt\n        holders(includeEnded: true) {\n          endDate\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.ServicePostArchiveDocument,
    "\n  mutation PledgeCreate($input: CreateServicePledgeInput!) {\n    createServicePledge(input: $input) {\n      __typename\n      ... on ServicePledge {\n        id\n        version\n        serviceWindow\n        identity\n        member {\n          name\n        }\n        unit {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.PledgeCreateDocument,
    "\n  mutation EvaluationRecord($input: RecordServiceEvaluationInput!) {\n    recordServiceEvaluation(input: $input) {\n      __typename\n      ... on ServiceEvaluation {\n        evaluatorKind\n        score\n        aspect\n        member {\n          name\n        }\n        pledge {\n          serviceWindow\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.EvaluationRecordDocument,
    "\n  query PledgeEvaluations($id: ID!) {\n    servicePledge(id: $id) {\n      averageScore\n      evaluations {\n        evaluatorKind\n      }\n    }\n  }\n": types.PledgeEvaluationsDocument,
    "\n  query EvaluationScores($filter: ServiceEvaluationFilter, $first: Int) {\n    serviceEvaluations(filter: $filter, first: $first) {\n      totalCount\n      items {\n        score\n      }\n    }\n  }\n": types.EvaluationScoresDocument,
    "\n  query PledgeTexts($filter: ServicePledgeFilter) {\n    servicePledges(filter: $filter) {\n      totalCount\n      items {\n        pledge\n      }\n    }\n  }\n": types.PledgeTextsDocument,
    "\n  mutation PledgeUpdate($input: UpdateServicePledgeInput!) {\n    updateServicePledge(input: $input) {\n      __typename\n      ... on ServicePledge {\n        pledge\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.PledgeUpdateDocument,
    "\n  mutation PledgeArchive($input: ArchiveServicePledgeInput!) {\n    archiveServicePledge(input: $input) {\n      __typename\n    }\n  }\n": types.PledgeArchiveDocument,
    "\n  query ServicePostTree {\n    servicePosts(first: 100, filter: { includeArchived: true }) {\n      items {\n        name\n        type {\n          name\n        }\n        hostUnit {\n          name\n        }\n        holders(includeEnded: true) {\n          member {\n            name\n            branch {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ServicePostTreeDocument,
    "\n  query ServicePostDemoTotals {\n    studentClasses(first: 1) {\n      totalCount\n    }\n    liaisonAssignments {\n      totalCount\n    }\n    servicePledges {\n      totalCount\n    }\n    serviceEvaluations {\n      totalCount\n    }\n  }\n": types.ServicePostDemoTotalsDocument,
    "\n  mutation BurstRecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n      }\n    }\n  }\n": types.BurstRecordDuesDocument,
    "\n  mutation BurstCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        attendanceSummary {\n          present\n        }\n      }\n    }\n  }\n": types.BurstCreateActivityDocument,
    "\n  mutation BurstUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n      ... on Member {\n        id\n        version\n      }\n    }\n  }\n": types.BurstUpdateMemberDocument,
    "\n  query BurstRead {\n    orgUnits {\n      totalCount\n    }\n    members(first: 50) {\n      totalCount\n      items {\n        id\n        branch {\n          name\n        }\n      }\n    }\n  }\n": types.BurstReadDocument,
    "\n  mutation BurstEditMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n      ... on Member {\n        version\n        department\n      }\n    }\n  }\n": types.BurstEditMemberDocument,
    "\n  mutation BurstWaitingUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n    }\n  }\n": types.BurstWaitingUpdateDocument,
    "\n  mutation BurstRecoveredUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ... on Member {\n        version\n        department\n      }\n    }\n  }\n": types.BurstRecoveredUpdateDocument,
    "\n  mutation ScopeCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n": types.ScopeCreateActivityDocument,
    "\n  mutation ScopeAppointServicePostHolder($input: AppointServicePostHolderInput!) {\n    appointServicePostHolder(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n": types.ScopeAppointServicePostHolderDocument,
    "\n  mutation ScopeAddClassMember($input: AddClassMemberInput!) {\n    addClassMember(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n": types.ScopeAddClassMemberDocument,
    "\n  mutation ScopeCreatePartyWorkAllowance($input: CreatePartyWorkAllowanceInput!) {\n    createPartyWorkAllowance(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n": types.ScopeCreatePartyWorkAllowanceDocument,
    "\n  mutation ScopeCreateLiaisonAssignment($input: CreateLiaisonAssignmentInput!) {\n    createLiaisonAssignment(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n": types.ScopeCreateLiaisonAssignmentDocument,
    "\n  mutation ScopeAppointCommitteeMember($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      __typename\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": types.ScopeAppointCommitteeMemberDocument,
    "\n  mutation ScopeRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      __typename\n    }\n  }\n": types.ScopeRemoveMemberDocument,
    "\n  mutation ScopeCreateStudentClass($input: CreateStudentClassInput!) {\n    createStudentClass(input: $input) {\n      __typename\n      ... on StudentClass {\n        id\n        version\n      }\n    }\n  }\n": types.ScopeCreateStudentClassDocument,
    "\n  mutation ScopeCreateServicePost($input: CreateServicePostInput!) {\n    createServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        id\n        version\n      }\n    }\n  }\n": types.ScopeCreateServicePostDocument,
    "\n  mutation ScopeCreateForeignActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n    }\n  }\n": types.ScopeCreateForeignActivityDocument,
    "\n  mutation ScopeCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        id\n        version\n      }\n    }\n  }\n": types.ScopeCreateRoomDocument,
    "\n  mutation ScopeCreateCommitteeSeat($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      __typename\n      ... on CommitteePosition {\n        id\n        version\n      }\n    }\n  }\n": types.ScopeCreateCommitteeSeatDocument,
    "\n  mutation ScopeRecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n      }\n    }\n  }\n": types.ScopeRecordDuesDocument,
    "\n  mutation ScopeCreateFundAllocation($input: CreateFundAllocationInput!) {\n    createFundAllocation(input: $input) {\n      __typename\n      ... on FundAllocation {\n        id\n        version\n      }\n    }\n  }\n": types.ScopeCreateFundAllocationDocument,
    "\n  mutation ScopeCreateStudyRecord($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      id\n      version\n    }\n  }\n": types.ScopeCreateStudyRecordDocument,
    "\n  mutation ScopeUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n    }\n  }\n": types.ScopeUpdateMemberDocument,
    "\n  mutation ScopeUpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n    }\n  }\n": types.ScopeUpdateActivityDocument,
    "\n  mutation ScopeUpdateStudyRecord($input: UpdateStudyRecordInput!) {\n    updateStudyRecord(input: $input) {\n      __typename\n    }\n  }\n": types.ScopeUpdateStudyRecordDocument,
    "\n  mutation ScopeUpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      __typename\n    }\n  }\n": types.ScopeUpdateRoomDocument,
    "\n  mutation ScopeEndCommitteeTerm($input: EndCommitteeTermInput!) {\n    endCommitteeTerm(input: $input) {\n      __typename\n    }\n  }\n": types.ScopeEndCommitteeTermDocument,
    "\n  mutation ScopeAdjustDues($input: AdjustDuesInput!) {\n    adjustDues(input: $input) {\n      __typename\n    }\n  }\n": types.ScopeAdjustDuesDocument,
    "\n  mutation ScopeUpdateFundAllocation($input: UpdateFundAllocationInput!) {\n    updateFundAllocation(input: $input) {\n      __typename\n    }\n  }\n": types.ScopeUpdateFundAllocationDocument,
    "\n  mutation ScopeUpdateServicePost($input: UpdateServicePostInput!) {\n    updateServicePost(input: $input) {\n      __typename\n    }\n  }\n": types.ScopeUpdateServicePostDocument,
    "\n  mutation ScopeRenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      __typename\n    }\n  }\n": types.ScopeRenameOrgUnitDocument,
    "\n  mutation SummaryCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      __typename\n      ... on Member {\n        id\n      }\n    }\n  }\n": types.SummaryCreateMemberDocument,
    "\n  mutation SummaryCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": types.SummaryCreateActivityDocument,
    "\n  mutation SummarySetActivityAttendance($input: SetActivityAttendanceInput!) {\n    setActivityAttendance(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": types.SummarySetActivityAttendanceDocument,
    "\n  mutation SummaryUpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": types.SummaryUpdateActivityDocument,
    "\n  mutation SummaryArchiveActivity($input: ArchiveActivityInput!) {\n    archiveActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": types.SummaryArchiveActivityDocument,
    "\n  mutation SummaryCreateStudyRecord($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      id\n      version\n    }\n  }\n": types.SummaryCreateStudyRecordDocument,
    "\n  mutation SummaryUpdateStudyRecord($input: UpdateStudyRecordInput!) {\n    updateStudyRecord(input: $input) {\n      __typename\n      ... on StudyRecord {\n        id\n        version\n      }\n    }\n  }\n": types.SummaryUpdateStudyRecordDocument,
    "\n  mutation SummaryArchiveStudyRecord($input: ArchiveStudyRecordInput!) {\n    archiveStudyRecord(input: $input) {\n      __typename\n    }\n  }\n": types.SummaryArchiveStudyRecordDocument,
    "\n  mutation SummaryRecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n      }\n    }\n  }\n": types.SummaryRecordDuesDocument,
    "\n  mutation SummaryRecordBranchDues($input: RecordBranchDuesInput!) {\n    recordBranchDues(input: $input) {\n      __typename\n    }\n  }\n": types.SummaryRecordBranchDuesDocument,
    "\n  mutation SummaryAdjustDues($input: AdjustDuesInput!) {\n    adjustDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n      }\n    }\n  }\n": types.SummaryAdjustDuesDocument,
    "\n  mutation SummaryFileDocument($input: FileDocumentInput!) {\n    fileDocument(input: $input) {\n      __typename\n      ... on FiledDocument {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": types.SummaryFileDocumentDocument,
    "\n  mutation SummaryUpdateFiledDocument($input: UpdateFiledDocumentInput!) {\n    updateFiledDocument(input: $input) {\n      __typename\n      ... on FiledDocument {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n": types.SummaryUpdateFiledDocumentDocument,
    "\n  mutation SummaryArchiveFiledDocument($input: ArchiveFiledDocumentInput!) {\n    archiveFiledDocument(input: $input) {\n      __typename\n    }\n  }\n": types.SummaryArchiveFiledDocumentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on Activity {\n    id\n    version\n    type\n    topic\n    heldOn\n    durationMinutes\n    educationHours\n    integrityHours\n    place\n    isOnline\n    archivedAt\n    hostUnit {\n      name\n    }\n    room {\n      name\n    }\n    attendanceSummary {\n      expected\n      present\n      absent\n      excused\n      guests\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityFields on Activity {\n    id\n    version\n    type\n    topic\n    heldOn\n    durationMinutes\n    educationHours\n    integrityHours\n    place\n    isOnline\n    archivedAt\n    hostUnit {\n      name\n    }\n    room {\n      name\n    }\n    attendanceSummary {\n      expected\n      present\n      absent\n      excused\n      guests\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ...ActivityFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ...ActivityFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ...ActivityFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ...ActivityFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivityRoom($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ... on Activity {\n        room {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivityRoom($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ... on Activity {\n        room {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        accessToken\n      }\n      ... on LoginRefused {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        accessToken\n      }\n      ... on LoginRefused {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceReport(\n    $unitId: ID!\n    $from: LocalDate!\n    $to: LocalDate!\n    $ruleCodes: [String!]\n    $asOf: LocalDate\n    $status: [FindingStatus!]\n  ) {\n    compliance(unitId: $unitId, from: $from, to: $to, ruleCodes: $ruleCodes, asOf: $asOf, status: $status) {\n      totals {\n        met\n        unmet\n        pending\n        exempt\n        total\n        complianceRate\n      }\n      byRule {\n        ruleCode\n        met\n        unmet\n        pending\n        exempt\n      }\n      findings(first: 500) {\n        totalCount\n        items {\n          ruleCode\n          citation\n          status\n          periodKey\n          periodEnd\n          expected\n          actual\n          expectedValue\n          actualValue\n          unitId\n          memberId\n          message\n          dueBy\n          parameterNote\n          evidence {\n            kind\n            id\n            label\n          }\n          settings {\n            key\n            label\n          }\n          unit {\n            id\n            name\n          }\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplianceReport(\n    $unitId: ID!\n    $from: LocalDate!\n    $to: LocalDate!\n    $ruleCodes: [String!]\n    $asOf: LocalDate\n    $status: [FindingStatus!]\n  ) {\n    compliance(unitId: $unitId, from: $from, to: $to, ruleCodes: $ruleCodes, asOf: $asOf, status: $status) {\n      totals {\n        met\n        unmet\n        pending\n        exempt\n        total\n        complianceRate\n      }\n      byRule {\n        ruleCode\n        met\n        unmet\n        pending\n        exempt\n      }\n      findings(first: 500) {\n        totalCount\n        items {\n          ruleCode\n          citation\n          status\n          periodKey\n          periodEnd\n          expected\n          actual\n          expectedValue\n          actualValue\n          unitId\n          memberId\n          message\n          dueBy\n          parameterNote\n          evidence {\n            kind\n            id\n            label\n          }\n          settings {\n            key\n            label\n          }\n          unit {\n            id\n            name\n          }\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceFindingPage($unitId: ID!, $first: Int!) {\n    compliance(unitId: $unitId, from: \"2025-09-01\", to: \"2025-12-31\", ruleCodes: [\"ORG_LIFE_STAFF\"], asOf: \"2026-01-10\", status: [MET]) {\n      findings(first: $first) {\n        items {\n          unitId\n          periodKey\n          evidence {\n            kind\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplianceFindingPage($unitId: ID!, $first: Int!) {\n    compliance(unitId: $unitId, from: \"2025-09-01\", to: \"2025-12-31\", ruleCodes: [\"ORG_LIFE_STAFF\"], asOf: \"2026-01-10\", status: [MET]) {\n      findings(first: $first) {\n        items {\n          unitId\n          periodKey\n          evidence {\n            kind\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RuleParametersSet($input: SetRuleParametersInput!) {\n    setRuleParameters(input: $input) {\n      code\n      parameters {\n        effectiveFrom\n        params\n        source\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RuleParametersSet($input: SetRuleParametersInput!) {\n    setRuleParameters(input: $input) {\n      code\n      parameters {\n        effectiveFrom\n        params\n        source\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleBook {\n    rules {\n      code\n      citation\n      requirement\n      periodKind\n    }\n  }\n"): (typeof documents)["\n  query RuleBook {\n    rules {\n      code\n      citation\n      requirement\n      periodKind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ComplianceStudyRecordCreate($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ComplianceStudyRecordCreate($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceDueSoonPage($unitId: ID!, $first: Int!, $offset: Int!) {\n    dueSoon(unitId: $unitId, withinDays: 60, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ruleCode\n        status\n        periodEnd\n        unitId\n        memberId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplianceDueSoonPage($unitId: ID!, $first: Int!, $offset: Int!) {\n    dueSoon(unitId: $unitId, withinDays: 60, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ruleCode\n        status\n        periodEnd\n        unitId\n        memberId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceDueSoonWarnings($unitId: ID!) {\n    dueSoon(unitId: $unitId, withinDays: 40) {\n      totalCount\n      items {\n        ruleCode\n        status\n        dueBy\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplianceDueSoonWarnings($unitId: ID!) {\n    dueSoon(unitId: $unitId, withinDays: 40) {\n      totalCount\n      items {\n        ruleCode\n        status\n        dueBy\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceSilentUnits($unitId: ID!) {\n    silentUnits(unitId: $unitId) {\n      unitName\n      daysSilent\n      message\n    }\n  }\n"): (typeof documents)["\n  query ComplianceSilentUnits($unitId: ID!) {\n    silentUnits(unitId: $unitId) {\n      unitName\n      daysSilent\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ComplianceSettingSet($input: SetComplianceSettingInput!) {\n    setComplianceSetting(input: $input) {\n      __typename\n      ... on ComplianceSetting {\n        key\n        value\n        note\n        setByLabel\n        version\n      }\n      ... on Refusal {\n        errorCode\n        ruleCode\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ComplianceSettingSet($input: SetComplianceSettingInput!) {\n    setComplianceSetting(input: $input) {\n      __typename\n      ... on ComplianceSetting {\n        key\n        value\n        note\n        setByLabel\n        version\n      }\n      ... on Refusal {\n        errorCode\n        ruleCode\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFundAllocation($input: CreateFundAllocationInput!) {\n    createFundAllocation(input: $input) {\n      __typename\n      ... on FundAllocation {\n        id\n        version\n        amount\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFundAllocation($input: CreateFundAllocationInput!) {\n    createFundAllocation(input: $input) {\n      __typename\n      ... on FundAllocation {\n        id\n        version\n        amount\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n        amountDue\n        amountPaid\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n        amountDue\n        amountPaid\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordBranchDues($input: RecordBranchDuesInput!) {\n    recordBranchDues(input: $input) {\n      __typename\n      ... on DuesBatch {\n        month\n        totalDue\n        totalPaid\n        branch {\n          name\n        }\n        records {\n          id\n          version\n          month\n          amountDue\n          amountPaid\n          paidOn\n          collectedBy\n          member {\n            name\n          }\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordBranchDues($input: RecordBranchDuesInput!) {\n    recordBranchDues(input: $input) {\n      __typename\n      ... on DuesBatch {\n        month\n        totalDue\n        totalPaid\n        branch {\n          name\n        }\n        records {\n          id\n          version\n          month\n          amountDue\n          amountPaid\n          paidOn\n          collectedBy\n          member {\n            name\n          }\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustDues($input: AdjustDuesInput!) {\n    adjustDues(input: $input) {\n      ... on DuesRecord {\n        amountPaid\n        paidOn\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustDues($input: AdjustDuesInput!) {\n    adjustDues(input: $input) {\n      ... on DuesRecord {\n        amountPaid\n        paidOn\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartyWorkAllowance($input: CreatePartyWorkAllowanceInput!) {\n    createPartyWorkAllowance(input: $input) {\n      __typename\n      ... on PartyWorkAllowance {\n        id\n        version\n        amount\n        workloadCredit\n        post\n        member {\n          name\n        }\n        committeePosition {\n          role\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartyWorkAllowance($input: CreatePartyWorkAllowanceInput!) {\n    createPartyWorkAllowance(input: $input) {\n      __typename\n      ... on PartyWorkAllowance {\n        id\n        version\n        amount\n        workloadCredit\n        post\n        member {\n          name\n        }\n        committeePosition {\n          role\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartyWorkAllowance($input: UpdatePartyWorkAllowanceInput!) {\n    updatePartyWorkAllowance(input: $input) {\n      ... on PartyWorkAllowance {\n        amount\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartyWorkAllowance($input: UpdatePartyWorkAllowanceInput!) {\n    updatePartyWorkAllowance(input: $input) {\n      ... on PartyWorkAllowance {\n        amount\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominateAward($input: NominateAwardInput!) {\n    nominateAward(input: $input) {\n      __typename\n      ... on Award {\n        id\n        version\n        kind\n        status\n        cycleYear\n        unit {\n          name\n        }\n        nomineeMember {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NominateAward($input: NominateAwardInput!) {\n    nominateAward(input: $input) {\n      __typename\n      ... on Award {\n        id\n        version\n        kind\n        status\n        cycleYear\n        unit {\n          name\n        }\n        nomineeMember {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceAward($input: AdvanceAwardInput!) {\n    advanceAward(input: $input) {\n      __typename\n      ... on Award {\n        id\n        version\n        status\n        reviewedOn\n        decidedOn\n        reviewer\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceAward($input: AdvanceAwardInput!) {\n    advanceAward(input: $input) {\n      __typename\n      ... on Award {\n        id\n        version\n        status\n        reviewedOn\n        decidedOn\n        reviewer\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n        ruleCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    name\n    version\n    category\n    standing\n    status\n    mobileStatus\n    branch {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    id\n    name\n    version\n    category\n    standing\n    status\n    mobileStatus\n    branch {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n      ...MemberFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberNames($filter: MemberFilter, $first: Int, $offset: Int) {\n    members(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberNames($filter: MemberFilter, $first: Int, $offset: Int) {\n    members(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberRegister($id: ID!) {\n    member(id: $id) {\n      idNumber\n      phone\n      registerEntries {\n        kind\n        reason\n        occurredOn\n        branch {\n          name\n        }\n      }\n      transfers {\n        fromBranch {\n          name\n        }\n        toBranch {\n          name\n        }\n        transferredOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberRegister($id: ID!) {\n    member(id: $id) {\n      idNumber\n      phone\n      registerEntries {\n        kind\n        reason\n        occurredOn\n        branch {\n          name\n        }\n      }\n      transfers {\n        fromBranch {\n          name\n        }\n        toBranch {\n          name\n        }\n        transferredOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkMassContact($input: LinkMassContactInput!) {\n    linkMassContact(input: $input) {\n      __typename\n      ... on MassContact {\n        id\n        version\n        since\n        person {\n          name\n        }\n        member {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkMassContact($input: LinkMassContactInput!) {\n    linkMassContact(input: $input) {\n      __typename\n      ... on MassContact {\n        id\n        version\n        since\n        person {\n          name\n        }\n        member {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMassContact($input: EndMassContactInput!) {\n    endMassContact(input: $input) {\n      __typename\n      ... on MassContact {\n        until\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndMassContact($input: EndMassContactInput!) {\n    endMassContact(input: $input) {\n      __typename\n      ... on MassContact {\n        until\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberMassContacts($id: ID!) {\n    member(id: $id) {\n      massContacts {\n        since\n        until\n        person {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberMassContacts($id: ID!) {\n    member(id: $id) {\n      massContacts {\n        since\n        until\n        person {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      items {\n        id\n        name\n        fullName\n        kind\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnits($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      items {\n        id\n        name\n        fullName\n        kind\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    fullName\n    kind\n    branchKind\n    covers\n    version\n    parent {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    fullName\n    kind\n    branchKind\n    covers\n    version\n    parent {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitsDetailed($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      totalCount\n      items {\n        ...OrgUnitFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitsDetailed($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      totalCount\n      items {\n        ...OrgUnitFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitsWithChildren($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      totalCount\n      items {\n        name\n        children {\n          name\n          branchKind\n          covers\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitsWithChildren($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      totalCount\n      items {\n        name\n        children {\n          name\n          branchKind\n          covers\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitTree($id: ID!) {\n    orgUnit(id: $id) {\n      name\n      archivedAt\n      parent {\n        id\n      }\n      children {\n        id\n        fullName\n        ancestors {\n          name\n          kind\n        }\n        parent {\n          name\n        }\n      }\n      ancestors {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitTree($id: ID!) {\n    orgUnit(id: $id) {\n      name\n      archivedAt\n      parent {\n        id\n      }\n      children {\n        id\n        fullName\n        ancestors {\n          name\n          kind\n        }\n        parent {\n          name\n        }\n      }\n      ancestors {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      __typename\n      ...OrgUnitFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      __typename\n      ...OrgUnitFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      __typename\n      ... on OrgUnit {\n        version\n        parent {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      __typename\n      ... on OrgUnit {\n        version\n        parent {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      ... on OrgUnit {\n        name\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      ... on OrgUnit {\n        name\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOrgUnit($input: ArchiveOrgUnitInput!) {\n    archiveOrgUnit(input: $input) {\n      __typename\n      ... on OrgUnit {\n        archivedAt\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveOrgUnit($input: ArchiveOrgUnitInput!) {\n    archiveOrgUnit(input: $input) {\n      __typename\n      ... on OrgUnit {\n        archivedAt\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitMembers($id: ID!, $first: Int! = 20, $offset: Int! = 0) {\n    orgUnit(id: $id) {\n      members(first: $first, offset: $offset) {\n        totalCount\n        items {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitMembers($id: ID!, $first: Int! = 20, $offset: Int! = 0) {\n    orgUnit(id: $id) {\n      members(first: $first, offset: $offset) {\n        totalCount\n        items {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitMemberCounts($id: ID!) {\n    orgUnit(id: $id) {\n      memberCounts {\n        total\n        student\n        mobile\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitMemberCounts($id: ID!) {\n    orgUnit(id: $id) {\n      memberCounts {\n        total\n        student\n        mobile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitCommittee($id: ID!) {\n    orgUnit(id: $id) {\n      committee {\n        role\n        member {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitCommittee($id: ID!) {\n    orgUnit(id: $id) {\n      committee {\n        role\n        member {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointCommitteeMember($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      __typename\n      ... on CommitteePosition {\n        role\n        termEnd\n        member {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AppointCommitteeMember($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      __typename\n      ... on CommitteePosition {\n        role\n        termEnd\n        member {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        id\n        version\n        name\n        location\n        area\n        facilities\n        archivedAt\n        ownerUnit {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        id\n        version\n        name\n        location\n        area\n        facilities\n        archivedAt\n        ownerUnit {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        area\n        version\n        location\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        area\n        version\n        location\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveRoom($input: ArchiveRoomInput!) {\n    archiveRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        archivedAt\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveRoom($input: ArchiveRoomInput!) {\n    archiveRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        archivedAt\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRoom($input: AssignRoomInput!) {\n    assignRoom(input: $input) {\n      __typename\n      ... on ActivityRoomUser {\n        id\n        version\n        since\n        until\n        unit {\n          name\n        }\n        room {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRoom($input: AssignRoomInput!) {\n    assignRoom(input: $input) {\n      __typename\n      ... on ActivityRoomUser {\n        id\n        version\n        since\n        until\n        unit {\n          name\n        }\n        room {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnassignRoom($input: UnassignRoomInput!) {\n    unassignRoom(input: $input) {\n      __typename\n      ... on ActivityRoomUser {\n        until\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnassignRoom($input: UnassignRoomInput!) {\n    unassignRoom(input: $input) {\n      __typename\n      ... on ActivityRoomUser {\n        until\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomUsers($id: ID!) {\n    room(id: $id) {\n      users {\n        id\n        version\n        unit {\n          name\n        }\n        until\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomUsers($id: ID!) {\n    room(id: $id) {\n      users {\n        id\n        version\n        unit {\n          name\n        }\n        until\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitRooms($id: ID!) {\n    orgUnit(id: $id) {\n      rooms {\n        name\n        area\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitRooms($id: ID!) {\n    orgUnit(id: $id) {\n      rooms {\n        name\n        area\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomNames($filter: RoomFilter, $first: Int, $offset: Int) {\n    rooms(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomNames($filter: RoomFilter, $first: Int, $offset: Int) {\n    rooms(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsRoomsUsers($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      items {\n        id\n        name\n        rooms {\n          name\n          area\n          users {\n            unit {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsRoomsUsers($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      items {\n        id\n        name\n        rooms {\n          name\n          area\n          users {\n            unit {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePostTypes {\n    servicePostTypes {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ServicePostTypes {\n    servicePostTypes {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServicePost($input: CreateServicePostInput!) {\n    createServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        id\n        version\n        name\n        placeKind\n        place\n        duties\n        termStart\n        termEnd\n        archivedAt\n        type {\n          name\n          builtIn\n        }\n        hostUnit {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServicePost($input: CreateServicePostInput!) {\n    createServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        id\n        version\n        name\n        placeKind\n        place\n        duties\n        termStart\n        termEnd\n        archivedAt\n        type {\n          name\n          builtIn\n        }\n        hostUnit {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointServicePostHolder($input: AppointServicePostHolderInput!) {\n    appointServicePostHolder(input: $input) {\n      __typename\n      ... on ServicePostHolder {\n        id\n        version\n        startDate\n        endDate\n        member {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AppointServicePostHolder($input: AppointServicePostHolderInput!) {\n    appointServicePostHolder(input: $input) {\n      __typename\n      ... on ServicePostHolder {\n        id\n        version\n        startDate\n        endDate\n        member {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePostNames($filter: ServicePostFilter, $first: Int, $offset: Int) {\n    servicePosts(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServicePostNames($filter: ServicePostFilter, $first: Int, $offset: Int) {\n    servicePosts(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServicePostTypeCreate($input: CreateServicePostTypeInput!) {\n    createServicePostType(input: $input) {\n      name\n      builtIn\n    }\n  }\n"): (typeof documents)["\n  mutation ServicePostTypeCreate($input: CreateServicePostTypeInput!) {\n    createServicePostType(input: $input) {\n      name\n      builtIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePostHolders($id: ID!) {\n    servicePost(id: $id) {\n      holders {\n        id\n        version\n        member {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServicePostHolders($id: ID!) {\n    servicePost(id: $id) {\n      holders {\n        id\n        version\n        member {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePostCoverage($unitId: ID!, $on: LocalDate) {\n    servicePostCoverage(unitId: $unitId, on: $on) {\n      studentMembers\n      holders\n      share\n      unit {\n        name\n      }\n      branches {\n        unit {\n          name\n        }\n        studentMembers\n        holders\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServicePostCoverage($unitId: ID!, $on: LocalDate) {\n    servicePostCoverage(unitId: $unitId, on: $on) {\n      studentMembers\n      holders\n      share\n      unit {\n        name\n      }\n      branches {\n        unit {\n          name\n        }\n        studentMembers\n        holders\n        share\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServicePostHolderEnd($input: EndServicePostHolderInput!) {\n    endServicePostHolder(input: $input) {\n      __typename\n      ... on ServicePostHolder {\n        endDate\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ServicePostHolderEnd($input: EndServicePostHolderInput!) {\n    endServicePostHolder(input: $input) {\n      __typename\n      ... on ServicePostHolder {\n        endDate\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServicePostUpdate($input: UpdateServicePostInput!) {\n    updateServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        duties\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ServicePostUpdate($input: UpdateServicePostInput!) {\n    updateServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        duties\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServicePostArchive($input: ArchiveServicePostInput!) {\n    archiveServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        archivedAt\n        holders(includeEnded: true) {\n          endDate\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ServicePostArchive($input: ArchiveServicePostInput!) {\n    archiveServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        archivedAt\n        holders(includeEnded: true) {\n          endDate\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeCreate($input: CreateServicePledgeInput!) {\n    createServicePledge(input: $input) {\n      __typename\n      ... on ServicePledge {\n        id\n        version\n        serviceWindow\n        identity\n        member {\n          name\n        }\n        unit {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeCreate($input: CreateServicePledgeInput!) {\n    createServicePledge(input: $input) {\n      __typename\n      ... on ServicePledge {\n        id\n        version\n        serviceWindow\n        identity\n        member {\n          name\n        }\n        unit {\n          name\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluationRecord($input: RecordServiceEvaluationInput!) {\n    recordServiceEvaluation(input: $input) {\n      __typename\n      ... on ServiceEvaluation {\n        evaluatorKind\n        score\n        aspect\n        member {\n          name\n        }\n        pledge {\n          serviceWindow\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvaluationRecord($input: RecordServiceEvaluationInput!) {\n    recordServiceEvaluation(input: $input) {\n      __typename\n      ... on ServiceEvaluation {\n        evaluatorKind\n        score\n        aspect\n        member {\n          name\n        }\n        pledge {\n          serviceWindow\n        }\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PledgeEvaluations($id: ID!) {\n    servicePledge(id: $id) {\n      averageScore\n      evaluations {\n        evaluatorKind\n      }\n    }\n  }\n"): (typeof documents)["\n  query PledgeEvaluations($id: ID!) {\n    servicePledge(id: $id) {\n      averageScore\n      evaluations {\n        evaluatorKind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationScores($filter: ServiceEvaluationFilter, $first: Int) {\n    serviceEvaluations(filter: $filter, first: $first) {\n      totalCount\n      items {\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvaluationScores($filter: ServiceEvaluationFilter, $first: Int) {\n    serviceEvaluations(filter: $filter, first: $first) {\n      totalCount\n      items {\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PledgeTexts($filter: ServicePledgeFilter) {\n    servicePledges(filter: $filter) {\n      totalCount\n      items {\n        pledge\n      }\n    }\n  }\n"): (typeof documents)["\n  query PledgeTexts($filter: ServicePledgeFilter) {\n    servicePledges(filter: $filter) {\n      totalCount\n      items {\n        pledge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeUpdate($input: UpdateServicePledgeInput!) {\n    updateServicePledge(input: $input) {\n      __typename\n      ... on ServicePledge {\n        pledge\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeUpdate($input: UpdateServicePledgeInput!) {\n    updateServicePledge(input: $input) {\n      __typename\n      ... on ServicePledge {\n        pledge\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeArchive($input: ArchiveServicePledgeInput!) {\n    archiveServicePledge(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeArchive($input: ArchiveServicePledgeInput!) {\n    archiveServicePledge(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePostTree {\n    servicePosts(first: 100, filter: { includeArchived: true }) {\n      items {\n        name\n        type {\n          name\n        }\n        hostUnit {\n          name\n        }\n        holders(includeEnded: true) {\n          member {\n            name\n            branch {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServicePostTree {\n    servicePosts(first: 100, filter: { includeArchived: true }) {\n      items {\n        name\n        type {\n          name\n        }\n        hostUnit {\n          name\n        }\n        holders(includeEnded: true) {\n          member {\n            name\n            branch {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePostDemoTotals {\n    studentClasses(first: 1) {\n      totalCount\n    }\n    liaisonAssignments {\n      totalCount\n    }\n    servicePledges {\n      totalCount\n    }\n    serviceEvaluations {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ServicePostDemoTotals {\n    studentClasses(first: 1) {\n      totalCount\n    }\n    liaisonAssignments {\n      totalCount\n    }\n    servicePledges {\n      totalCount\n    }\n    serviceEvaluations {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BurstRecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BurstRecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BurstCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        attendanceSummary {\n          present\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BurstCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        attendanceSummary {\n          present\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BurstUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n      ... on Member {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BurstUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n      ... on Member {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BurstRead {\n    orgUnits {\n      totalCount\n    }\n    members(first: 50) {\n      totalCount\n      items {\n        id\n        branch {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BurstRead {\n    orgUnits {\n      totalCount\n    }\n    members(first: 50) {\n      totalCount\n      items {\n        id\n        branch {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BurstEditMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n      ... on Member {\n        version\n        department\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BurstEditMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n      ... on Member {\n        version\n        department\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BurstWaitingUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation BurstWaitingUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BurstRecoveredUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ... on Member {\n        version\n        department\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BurstRecoveredUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ... on Member {\n        version\n        department\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeAppointServicePostHolder($input: AppointServicePostHolderInput!) {\n    appointServicePostHolder(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeAppointServicePostHolder($input: AppointServicePostHolderInput!) {\n    appointServicePostHolder(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeAddClassMember($input: AddClassMemberInput!) {\n    addClassMember(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeAddClassMember($input: AddClassMemberInput!) {\n    addClassMember(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCreatePartyWorkAllowance($input: CreatePartyWorkAllowanceInput!) {\n    createPartyWorkAllowance(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeCreatePartyWorkAllowance($input: CreatePartyWorkAllowanceInput!) {\n    createPartyWorkAllowance(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCreateLiaisonAssignment($input: CreateLiaisonAssignmentInput!) {\n    createLiaisonAssignment(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeCreateLiaisonAssignment($input: CreateLiaisonAssignmentInput!) {\n    createLiaisonAssignment(input: $input) {\n      __typename\n      ... on Refusal {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeAppointCommitteeMember($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      __typename\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeAppointCommitteeMember($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      __typename\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCreateStudentClass($input: CreateStudentClassInput!) {\n    createStudentClass(input: $input) {\n      __typename\n      ... on StudentClass {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeCreateStudentClass($input: CreateStudentClassInput!) {\n    createStudentClass(input: $input) {\n      __typename\n      ... on StudentClass {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCreateServicePost($input: CreateServicePostInput!) {\n    createServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeCreateServicePost($input: CreateServicePostInput!) {\n    createServicePost(input: $input) {\n      __typename\n      ... on ServicePost {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCreateForeignActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeCreateForeignActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      __typename\n      ... on ActivityRoom {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCreateCommitteeSeat($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      __typename\n      ... on CommitteePosition {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeCreateCommitteeSeat($input: AppointCommitteeMemberInput!) {\n    appointCommitteeMember(input: $input) {\n      __typename\n      ... on CommitteePosition {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeRecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeRecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCreateFundAllocation($input: CreateFundAllocationInput!) {\n    createFundAllocation(input: $input) {\n      __typename\n      ... on FundAllocation {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeCreateFundAllocation($input: CreateFundAllocationInput!) {\n    createFundAllocation(input: $input) {\n      __typename\n      ... on FundAllocation {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeCreateStudyRecord($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeCreateStudyRecord($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeUpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeUpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeUpdateStudyRecord($input: UpdateStudyRecordInput!) {\n    updateStudyRecord(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeUpdateStudyRecord($input: UpdateStudyRecordInput!) {\n    updateStudyRecord(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeUpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeUpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeEndCommitteeTerm($input: EndCommitteeTermInput!) {\n    endCommitteeTerm(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeEndCommitteeTerm($input: EndCommitteeTermInput!) {\n    endCommitteeTerm(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeAdjustDues($input: AdjustDuesInput!) {\n    adjustDues(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeAdjustDues($input: AdjustDuesInput!) {\n    adjustDues(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeUpdateFundAllocation($input: UpdateFundAllocationInput!) {\n    updateFundAllocation(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeUpdateFundAllocation($input: UpdateFundAllocationInput!) {\n    updateFundAllocation(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeUpdateServicePost($input: UpdateServicePostInput!) {\n    updateServicePost(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeUpdateServicePost($input: UpdateServicePostInput!) {\n    updateServicePost(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopeRenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ScopeRenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummaryCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      __typename\n      ... on Member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SummaryCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      __typename\n      ... on Member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummaryCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SummaryCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummarySetActivityAttendance($input: SetActivityAttendanceInput!) {\n    setActivityAttendance(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SummarySetActivityAttendance($input: SetActivityAttendanceInput!) {\n    setActivityAttendance(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummaryUpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SummaryUpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummaryArchiveActivity($input: ArchiveActivityInput!) {\n    archiveActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SummaryArchiveActivity($input: ArchiveActivityInput!) {\n    archiveActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        heldOn\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummaryCreateStudyRecord($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SummaryCreateStudyRecord($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummaryUpdateStudyRecord($input: UpdateStudyRecordInput!) {\n    updateStudyRecord(input: $input) {\n      __typename\n      ... on StudyRecord {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SummaryUpdateStudyRecord($input: UpdateStudyRecordInput!) {\n    updateStudyRecord(input: $input) {\n      __typename\n      ... on StudyRecord {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummaryArchiveStudyRecord($input: ArchiveStudyRecordInput!) {\n    archiveStudyRecord(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation SummaryArchiveStudyRecord($input: ArchiveStudyRecordInput!) {\n    archiveStudyRecord(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummaryRecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SummaryRecordDues($input: RecordDuesInput!) {\n    recordDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummaryRecordBranchDues($input: RecordBranchDuesInput!) {\n    recordBranchDues(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation SummaryRecordBranchDues($input: RecordBranchDuesInput!) {\n    recordBranchDues(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummaryAdjustDues($input: AdjustDuesInput!) {\n    adjustDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SummaryAdjustDues($input: AdjustDuesInput!) {\n    adjustDues(input: $input) {\n      __typename\n      ... on DuesRecord {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummaryFileDocument($input: FileDocumentInput!) {\n    fileDocument(input: $input) {\n      __typename\n      ... on FiledDocument {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SummaryFileDocument($input: FileDocumentInput!) {\n    fileDocument(input: $input) {\n      __typename\n      ... on FiledDocument {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummaryUpdateFiledDocument($input: UpdateFiledDocumentInput!) {\n    updateFiledDocument(input: $input) {\n      __typename\n      ... on FiledDocument {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SummaryUpdateFiledDocument($input: UpdateFiledDocumentInput!) {\n    updateFiledDocument(input: $input) {\n      __typename\n      ... on FiledDocument {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummaryArchiveFiledDocument($input: ArchiveFiledDocumentInput!) {\n    archiveFiledDocument(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation SummaryArchiveFiledDocument($input: ArchiveFiledDocumentInput!) {\n    archiveFiledDocument(input: $input) {\n      __typename\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;