import { ActivityRoomUser } from "./activity-room-user.entity";
import { ActivityRoom } from "./activity-room.entity";
import { ActivityRoomUserResolver, OrgUnitRoomsResolver, RoomResolver } from "./room.resolver";

/**
 * Activity rooms and the units that use them. The area's resolvers and entities, composed by
 * api/src/schema.ts and api/src/entities.ts. Its loaders are in room.loaders.ts
 * (api/src/loaders.ts composes them from there).
 */
export const resolvers = [RoomResolver, ActivityRoomUserResolver, OrgUnitRoomsResolver] as const;
export const entities = [ActivityRoom, ActivityRoomUser];
