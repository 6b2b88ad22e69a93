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
};
const documents: Documents = {
    "\n  fragment ActivityFields on Activity {\n    id\n    version\n    type\n    topic\n    heldOn\n    durationMinutes\n    educationHours\n    integrityHours\n    place\n    isOnline\n    archivedAt\n    hostUnit {\n      name\n    }\n    room {\n      name\n    }\n    attendanceSummary {\n      expected\n      present\n      absent\n      excused\n      guests\n    }\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ...ActivityFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ...ActivityFields\n      ... on Refusal {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation UpdateActivityRoom($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ... on Activity {\n        room {\n          name\n        }\n      }\n    }\n  }\n": types.UpdateActivityRoomDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthSession {\n        accessToken\n      }\n      ... on LoginRefused {\n        errorCode\n        message\n      }\n    }\n  }\n": types.LoginDocument,
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;