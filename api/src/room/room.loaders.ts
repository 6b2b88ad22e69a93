import DataLoader from "dataloader";
import { In } from "typeorm";
import { today } from "../common/dates";
import { anchorsOf } from "../auth/record-scope";
import { byId, groupBy, LoaderSource } from "../db/scoped-loaders";
import { ActivityRoomUser } from "./activity-room-user.entity";
import { ActivityRoom } from "./activity-room.entity";

/** Loaders of activity rooms and the units that use them, kept to the caller's scope. */
export function createRoomLoaders(ctx: LoaderSource) {
  return {
    activityRoom: byId(ctx, ActivityRoom),
    /** Rooms each unit uses today (open or not yet ended assignments), rooms not archived. */
    roomsOfUnit: new DataLoader<string, ActivityRoom[]>(async (unitIds) => {
      const rows: Array<{ unit_id: string; room_id: string }> = await ctx.em.query(
        `SELECT ru.unit_id, ru.room_id FROM activity_room_user ru JOIN activity_room r ON r.id = ru.room_id
          WHERE ru.unit_id = ANY($1::uuid[]) AND ru.since <= $2::date AND (ru.until IS NULL OR ru.until >= $2::date)
            AND r.archived_at IS NULL
          ORDER BY r.name, r.id`,
        [unitIds, today()],
      );
      const found = rows.length ? await ctx.em.find(ActivityRoom, { where: { id: In([...new Set(rows.map((r) => r.room_id))]) } }) : [];
      const rooms = await ctx.records.visible(found, anchorsOf(ActivityRoom));
      const byRoom = new Map(rooms.map((r) => [r.id, r]));
      const out = new Map<string, ActivityRoom[]>(unitIds.map((id) => [id, []]));
      for (const row of rows) {
        const room = byRoom.get(row.room_id);
        if (room) out.get(row.unit_id)!.push(room);
      }
      return unitIds.map((id) => out.get(id)!);
    }),
    /** Every unit of the caller's scope that uses or used each room, earliest first. */
    usersOfRoom: new DataLoader<string, ActivityRoomUser[]>(async (roomIds) => {
      const rows = await ctx.em.find(ActivityRoomUser, { where: { roomId: In([...roomIds]) }, order: { since: "ASC", createdAt: "ASC" } });
      return groupBy(roomIds, await ctx.records.visible(rows, anchorsOf(ActivityRoomUser)), (r) => r.roomId);
    }),
  };
}
