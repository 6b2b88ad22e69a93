import { graphql } from "../../gql";

export const RoomFields = graphql(`
  fragment RoomFields on ActivityRoom {
    id
    name
    location
    area
    facilities
    note
    ownerUnitId
    ownerUnit {
      id
      name
      fullName
    }
    archivedAt
    archiveReason
    version
    users {
      id
      unitId
      unit {
        id
        name
        fullName
      }
      since
      until
      note
      version
    }
  }
`);

export const RoomList = graphql(`
  query RoomList($filter: RoomFilter, $first: Int!, $offset: Int!) {
    rooms(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...RoomFields
      }
    }
  }
`);

export const CreateRoom = graphql(`
  mutation CreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      __typename
      ... on ActivityRoom {
        ...RoomFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const UpdateRoom = graphql(`
  mutation UpdateRoom($input: UpdateRoomInput!) {
    updateRoom(input: $input) {
      __typename
      ... on ActivityRoom {
        ...RoomFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ArchiveRoom = graphql(`
  mutation ArchiveRoom($input: ArchiveRoomInput!) {
    archiveRoom(input: $input) {
      __typename
      ... on ActivityRoom {
        id
        archivedAt
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const AssignRoom = graphql(`
  mutation AssignRoom($input: AssignRoomInput!) {
    assignRoom(input: $input) {
      __typename
      ... on ActivityRoomUser {
        id
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const UnassignRoom = graphql(`
  mutation UnassignRoom($input: UnassignRoomInput!) {
    unassignRoom(input: $input) {
      __typename
      ... on ActivityRoomUser {
        id
        until
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);
