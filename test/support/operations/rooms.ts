import { graphql } from "../generated";

export const CreateRoom = graphql(`
  mutation CreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      __typename
      ... on ActivityRoom {
        id
        version
        name
        location
        area
        facilities
        archivedAt
        ownerUnit {
          name
        }
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

/** Edits a room; answers what an edit changes (area, version, location). */
export const UpdateRoom = graphql(`
  mutation UpdateRoom($input: UpdateRoomInput!) {
    updateRoom(input: $input) {
      __typename
      ... on ActivityRoom {
        area
        version
        location
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const ArchiveRoom = graphql(`
  mutation ArchiveRoom($input: ArchiveRoomInput!) {
    archiveRoom(input: $input) {
      __typename
      ... on ActivityRoom {
        archivedAt
        version
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

/** Shares a room with a unit from a day on. */
export const AssignRoom = graphql(`
  mutation AssignRoom($input: AssignRoomInput!) {
    assignRoom(input: $input) {
      __typename
      ... on ActivityRoomUser {
        id
        version
        since
        until
        unit {
          name
        }
        room {
          name
        }
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

/** Ends a room's sharing with a unit; answers the end day and version. */
export const UnassignRoom = graphql(`
  mutation UnassignRoom($input: UnassignRoomInput!) {
    unassignRoom(input: $input) {
      __typename
      ... on ActivityRoomUser {
        until
        version
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

/** The units a room is (or was) shared with. */
export const RoomUsers = graphql(`
  query RoomUsers($id: ID!) {
    room(id: $id) {
      users {
        id
        version
        unit {
          name
        }
        until
      }
    }
  }
`);

/** The rooms a unit may use today. */
export const UnitRooms = graphql(`
  query UnitRooms($id: ID!) {
    orgUnit(id: $id) {
      rooms {
        name
        area
      }
    }
  }
`);

export const RoomNames = graphql(`
  query RoomNames($filter: RoomFilter, $first: Int, $offset: Int) {
    rooms(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        name
      }
    }
  }
`);

/** Units with their rooms and each room's users: a nested read whose statement count must not grow. */
export const UnitsRoomsUsers = graphql(`
  query UnitsRoomsUsers($filter: OrgUnitFilter, $first: Int) {
    orgUnits(filter: $filter, first: $first) {
      items {
        id
        name
        rooms {
          name
          area
          users {
            unit {
              name
            }
          }
        }
      }
    }
  }
`);
