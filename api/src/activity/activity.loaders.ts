import DataLoader from "dataloader";
import { In } from "typeorm";
import { today } from "../common/dates";
import { anchorsOf } from "../auth/record-scope";
import { byId, groupBy, LoaderSource, memoByArgs } from "../db/scoped-loaders";
import { Semester } from "../calendar/semester.entity";
import { ActivityRoomUser } from "../room/activity-room-user.entity";
import { ActivityRoom } from "../room/activity-room.entity";
import { ActivityAttendance } from "./activity-attendance.entity";
import { Activity } from "./activity.entity";
import { educationHoursOfMembers } from "./education-hours.query";
import { EducationHoursTotals } from "./education-hours.types";
import { StudyRecord } from "./study-record.entity";

/**
 * Loaders of the activity, calendar and room areas, spread into the request's bag
 * (api/src/loaders.ts): one `= ANY($1)` statement per relation and request, kept to the caller's scope.
 */
export function createActivityLoaders(ctx: LoaderSource) {
  return {
    activity: byId(ctx, Activity),
    semester: byId(ctx, Semester),
    studyRecord: byId(ctx, StudyRecord),
    activityRoom: byId(ctx, ActivityRoom),
    /** Attendance of each activity, by member name (a guest the caller may not read, whose name it cannot see, last). */
    attendanceOfActivity: new DataLoader<string, ActivityAttendance[]>(async (activityIds) => {
      const rows = await ctx.em
        .createQueryBuilder(ActivityAttendance, "at")
        .leftJoin("member", "m", "m.id = at.member_id")
        .where("at.activity_id IN (:...ids)", { ids: [...activityIds] })
        .orderBy("m.name", "ASC", "NULLS LAST")
        .addOrderBy("at.member_id", "ASC")
        .getMany();
      return groupBy(activityIds, await ctx.records.visible(rows, anchorsOf(ActivityAttendance)), (r) => r.activityId);
    }),
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
    /** Education-hour totals per member for one [from, to]; one SQL statement per distinct range. */
    educationHoursOfMember: memoByArgs((from: string, to: string) =>
      new DataLoader<string, EducationHoursTotals>(async (memberIds) =>
        (await educationHoursOfMembers(ctx.em, memberIds, from, to)).map((r) => Object.assign(new EducationHoursTotals(), r)),
      ),
    ),
  };
}
