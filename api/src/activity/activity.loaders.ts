import DataLoader from "dataloader";
import { EntityManager, In } from "typeorm";
import { today } from "../common/dates";
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
 * (api/src/loaders.ts): one `= ANY($1)` statement per relation and request.
 */
export function createActivityLoaders(em: EntityManager) {
  return {
    activity: byId(em, Activity),
    semester: byId(em, Semester),
    studyRecord: byId(em, StudyRecord),
    activityRoom: byId(em, ActivityRoom),
    /** Attendance of each activity, by member name. */
    attendanceOfActivity: new DataLoader<string, ActivityAttendance[]>(async (activityIds) => {
      const rows = await em
        .createQueryBuilder(ActivityAttendance, "at")
        .innerJoin("member", "m", "m.id = at.member_id")
        .where("at.activity_id IN (:...ids)", { ids: [...activityIds] })
        .orderBy("m.name", "ASC")
        .addOrderBy("at.member_id", "ASC")
        .getMany();
      return group(activityIds, rows, (r) => r.activityId);
    }),
    /** Rooms each unit uses today (open or not yet ended assignments), rooms not archived. */
    roomsOfUnit: new DataLoader<string, ActivityRoom[]>(async (unitIds) => {
      const rows: Array<{ unit_id: string; room_id: string }> = await em.query(
        `SELECT ru.unit_id, ru.room_id FROM activity_room_user ru JOIN activity_room r ON r.id = ru.room_id
          WHERE ru.unit_id = ANY($1::uuid[]) AND ru.since <= $2::date AND (ru.until IS NULL OR ru.until >= $2::date)
            AND r.archived_at IS NULL
          ORDER BY r.name, r.id`,
        [unitIds, today()],
      );
      const rooms = rows.length ? await em.find(ActivityRoom, { where: { id: In([...new Set(rows.map((r) => r.room_id))]) } }) : [];
      const byRoom = new Map(rooms.map((r) => [r.id, r]));
      const out = new Map<string, ActivityRoom[]>(unitIds.map((id) => [id, []]));
      for (const row of rows) out.get(row.unit_id)!.push(byRoom.get(row.room_id)!);
      return unitIds.map((id) => out.get(id)!);
    }),
    /** Every unit that uses or used each room, earliest first. */
    usersOfRoom: new DataLoader<string, ActivityRoomUser[]>(async (roomIds) => {
      const rows = await em.find(ActivityRoomUser, { where: { roomId: In([...roomIds]) }, order: { since: "ASC", createdAt: "ASC" } });
      return group(roomIds, rows, (r) => r.roomId);
    }),
    /** Education-hour totals per member for one [from, to]; one SQL statement per distinct range. */
    educationHoursOfMember: memo((from: string, to: string) =>
      new DataLoader<string, EducationHoursTotals>(async (memberIds) =>
        (await educationHoursOfMembers(em, memberIds, from, to)).map((r) => Object.assign(new EducationHoursTotals(), r)),
      ),
    ),
  };
}

function byId<T extends { id: string }>(em: EntityManager, entity: new () => T) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await em.find(entity, { where: { id: In([...ids]) } as never });
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function group<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

function memo<A extends unknown[], L>(make: (...args: A) => L): (...args: A) => L {
  const cache = new Map<string, L>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    let loader = cache.get(key);
    if (!loader) cache.set(key, (loader = make(...args)));
    return loader;
  };
}
