import DataLoader from "dataloader";
import { anchorsOf } from "../auth/record-scope";
import { byId, groupBy, LoaderSource, memoByArgs } from "../db/scoped-loaders";
import { ActivityAttendance } from "./activity-attendance.entity";
import { Activity } from "./activity.entity";
import { educationHoursOfMembers } from "./education-hours.query";
import { EducationHoursTotals } from "./education-hours.types";
import { StudyRecord } from "./study-record.entity";

/**
 * Loaders of activities, their attendance, study records and education hours, spread into the
 * request's bag (api/src/loaders.ts): one `= ANY($1)` statement per relation and request, kept to the
 * caller's scope.
 */
export function createActivityLoaders(ctx: LoaderSource) {
  return {
    activity: byId(ctx, Activity),
    studyRecord: byId(ctx, StudyRecord),
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
    /** Education-hour totals per member for one [from, to]; one SQL statement per distinct range. */
    educationHoursOfMember: memoByArgs(
      (from: string, to: string) =>
        new DataLoader<string, EducationHoursTotals>(async (memberIds) =>
          (await educationHoursOfMembers(ctx.em, memberIds, from, to)).map((r) => Object.assign(new EducationHoursTotals(), r)),
        ),
    ),
  };
}
