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
    "\n  fragment ActivityRow on Activity {\n    id\n    type\n    topic\n    heldOn\n    startsAt\n    endsAt\n    durationMinutes\n    educationHours\n    integrityHours\n    isOnline\n    place\n    archivedAt\n    hostUnit {\n      id\n      name\n    }\n    room {\n      id\n      name\n    }\n    attendanceSummary {\n      expected\n      present\n      excused\n      absent\n      guests\n    }\n  }\n": typeof types.ActivityRowFragmentDoc,
    "\n  query ActivityList($filter: ActivityFilter, $first: Int!, $offset: Int!) {\n    activities(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...ActivityRow\n      }\n    }\n  }\n": typeof types.ActivityListDocument,
    "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      ...ActivityRow\n      version\n      summary\n      forCadres\n      roomId\n      hostUnitId\n      archiveReason\n      updatedAt\n      attendance {\n        id\n        memberId\n        status\n        reason\n        isGuest\n        confirmedAt\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ActivityDetailDocument,
    "\n  query UnitMembers($unitId: ID!, $offset: Int!) {\n    members(filter: { unitId: $unitId }, first: 100, offset: $offset) {\n      totalCount\n      items {\n        id\n        name\n        category\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UnitMembersDocument,
    "\n  query MemberSearch($name: String!) {\n    members(filter: { nameContains: $name }, first: 20) {\n      items {\n        id\n        name\n        branch {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MemberSearchDocument,
    "\n  query UnitRooms($unitId: ID!) {\n    rooms(filter: { unitId: $unitId }, first: 100) {\n      items {\n        id\n        name\n        location\n      }\n    }\n  }\n": typeof types.UnitRoomsDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation SetActivityAttendance($input: SetActivityAttendanceInput!) {\n    setActivityAttendance(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n": typeof types.SetActivityAttendanceDocument,
    "\n  mutation ArchiveActivity($input: ArchiveActivityInput!) {\n    archiveActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        archivedAt\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n": typeof types.ArchiveActivityDocument,
    "\n  query StudyRecordList($filter: StudyRecordFilter, $first: Int!, $offset: Int!) {\n    studyRecords(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        version\n        kind\n        title\n        studiedOn\n        hours\n        integrityHours\n        provider\n        note\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.StudyRecordListDocument,
    "\n  mutation CreateStudyRecord($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateStudyRecordDocument,
    "\n  mutation ArchiveStudyRecord($input: ArchiveStudyRecordInput!) {\n    archiveStudyRecord(input: $input) {\n      __typename\n      ... on StudyRecord {\n        id\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n": typeof types.ArchiveStudyRecordDocument,
};
const documents: Documents = {
    "\n  fragment ActivityRow on Activity {\n    id\n    type\n    topic\n    heldOn\n    startsAt\n    endsAt\n    durationMinutes\n    educationHours\n    integrityHours\n    isOnline\n    place\n    archivedAt\n    hostUnit {\n      id\n      name\n    }\n    room {\n      id\n      name\n    }\n    attendanceSummary {\n      expected\n      present\n      excused\n      absent\n      guests\n    }\n  }\n": types.ActivityRowFragmentDoc,
    "\n  query ActivityList($filter: ActivityFilter, $first: Int!, $offset: Int!) {\n    activities(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...ActivityRow\n      }\n    }\n  }\n": types.ActivityListDocument,
    "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      ...ActivityRow\n      version\n      summary\n      forCadres\n      roomId\n      hostUnitId\n      archiveReason\n      updatedAt\n      attendance {\n        id\n        memberId\n        status\n        reason\n        isGuest\n        confirmedAt\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ActivityDetailDocument,
    "\n  query UnitMembers($unitId: ID!, $offset: Int!) {\n    members(filter: { unitId: $unitId }, first: 100, offset: $offset) {\n      totalCount\n      items {\n        id\n        name\n        category\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UnitMembersDocument,
    "\n  query MemberSearch($name: String!) {\n    members(filter: { nameContains: $name }, first: 20) {\n      items {\n        id\n        name\n        branch {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MemberSearchDocument,
    "\n  query UnitRooms($unitId: ID!) {\n    rooms(filter: { unitId: $unitId }, first: 100) {\n      items {\n        id\n        name\n        location\n      }\n    }\n  }\n": types.UnitRoomsDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation SetActivityAttendance($input: SetActivityAttendanceInput!) {\n    setActivityAttendance(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n": types.SetActivityAttendanceDocument,
    "\n  mutation ArchiveActivity($input: ArchiveActivityInput!) {\n    archiveActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        archivedAt\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n": types.ArchiveActivityDocument,
    "\n  query StudyRecordList($filter: StudyRecordFilter, $first: Int!, $offset: Int!) {\n    studyRecords(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        version\n        kind\n        title\n        studiedOn\n        hours\n        integrityHours\n        provider\n        note\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.StudyRecordListDocument,
    "\n  mutation CreateStudyRecord($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      id\n    }\n  }\n": types.CreateStudyRecordDocument,
    "\n  mutation ArchiveStudyRecord($input: ArchiveStudyRecordInput!) {\n    archiveStudyRecord(input: $input) {\n      __typename\n      ... on StudyRecord {\n        id\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n": types.ArchiveStudyRecordDocument,
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
export function graphql(source: "\n  fragment ActivityRow on Activity {\n    id\n    type\n    topic\n    heldOn\n    startsAt\n    endsAt\n    durationMinutes\n    educationHours\n    integrityHours\n    isOnline\n    place\n    archivedAt\n    hostUnit {\n      id\n      name\n    }\n    room {\n      id\n      name\n    }\n    attendanceSummary {\n      expected\n      present\n      excused\n      absent\n      guests\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityRow on Activity {\n    id\n    type\n    topic\n    heldOn\n    startsAt\n    endsAt\n    durationMinutes\n    educationHours\n    integrityHours\n    isOnline\n    place\n    archivedAt\n    hostUnit {\n      id\n      name\n    }\n    room {\n      id\n      name\n    }\n    attendanceSummary {\n      expected\n      present\n      excused\n      absent\n      guests\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityList($filter: ActivityFilter, $first: Int!, $offset: Int!) {\n    activities(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...ActivityRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityList($filter: ActivityFilter, $first: Int!, $offset: Int!) {\n    activities(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...ActivityRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      ...ActivityRow\n      version\n      summary\n      forCadres\n      roomId\n      hostUnitId\n      archiveReason\n      updatedAt\n      attendance {\n        id\n        memberId\n        status\n        reason\n        isGuest\n        confirmedAt\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      ...ActivityRow\n      version\n      summary\n      forCadres\n      roomId\n      hostUnitId\n      archiveReason\n      updatedAt\n      attendance {\n        id\n        memberId\n        status\n        reason\n        isGuest\n        confirmedAt\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitMembers($unitId: ID!, $offset: Int!) {\n    members(filter: { unitId: $unitId }, first: 100, offset: $offset) {\n      totalCount\n      items {\n        id\n        name\n        category\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitMembers($unitId: ID!, $offset: Int!) {\n    members(filter: { unitId: $unitId }, first: 100, offset: $offset) {\n      totalCount\n      items {\n        id\n        name\n        category\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberSearch($name: String!) {\n    members(filter: { nameContains: $name }, first: 20) {\n      items {\n        id\n        name\n        branch {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberSearch($name: String!) {\n    members(filter: { nameContains: $name }, first: 20) {\n      items {\n        id\n        name\n        branch {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitRooms($unitId: ID!) {\n    rooms(filter: { unitId: $unitId }, first: 100) {\n      items {\n        id\n        name\n        location\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitRooms($unitId: ID!) {\n    rooms(filter: { unitId: $unitId }, first: 100) {\n      items {\n        id\n        name\n        location\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActivityAttendance($input: SetActivityAttendanceInput!) {\n    setActivityAttendance(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetActivityAttendance($input: SetActivityAttendanceInput!) {\n    setActivityAttendance(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveActivity($input: ArchiveActivityInput!) {\n    archiveActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        archivedAt\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveActivity($input: ArchiveActivityInput!) {\n    archiveActivity(input: $input) {\n      __typename\n      ... on Activity {\n        id\n        version\n        archivedAt\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyRecordList($filter: StudyRecordFilter, $first: Int!, $offset: Int!) {\n    studyRecords(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        version\n        kind\n        title\n        studiedOn\n        hours\n        integrityHours\n        provider\n        note\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudyRecordList($filter: StudyRecordFilter, $first: Int!, $offset: Int!) {\n    studyRecords(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        version\n        kind\n        title\n        studiedOn\n        hours\n        integrityHours\n        provider\n        note\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStudyRecord($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStudyRecord($input: CreateStudyRecordInput!) {\n    createStudyRecord(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveStudyRecord($input: ArchiveStudyRecordInput!) {\n    archiveStudyRecord(input: $input) {\n      __typename\n      ... on StudyRecord {\n        id\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveStudyRecord($input: ArchiveStudyRecordInput!) {\n    archiveStudyRecord(input: $input) {\n      __typename\n      ... on StudyRecord {\n        id\n      }\n      ... on Refusal {\n        errorCode\n        message\n        ruleCode\n        citation\n        field\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;