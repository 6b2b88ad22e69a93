import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { PageArgs, PageType } from "../common/pagination";
import { resultUnion } from "../common/refusal";
import { DateScalar } from "../common/scalars";
import { Transaction } from "../db/transaction";
import { Member } from "../member/member.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { ActivityRoom } from "../room/activity-room.entity";
import { ActivityAttendance } from "./activity-attendance.entity";
import { Activity } from "./activity.entity";
import { AttendanceStatus } from "./activity.enums";
import * as ActivityService from "./activity.service";
import { AttendanceSummary, GuestAttendance } from "./activity.types";
import * as EducationHoursService from "./education-hours.service";
import { EducationHoursDistribution, EducationHoursTotals, MemberEducationHours } from "./education-hours.types";
import {
  ActivityFilter,
  ArchiveActivityInput,
  ConfirmGuestAttendanceInput,
  CreateActivityInput,
  SetActivityAttendanceInput,
  UpdateActivityInput,
} from "./inputs/activity.inputs";
import { EducationHoursArgs } from "./inputs/education-hours.args";
import { EducationHoursDistributionArgs } from "./inputs/education-hours-distribution.args";

const ActivityPage = PageType(Activity);
const ActivityAttendancePage = PageType(ActivityAttendance);
const EducationHoursPage = PageType(EducationHoursTotals, "EducationHoursPage");
const GuestAttendancePage = PageType(GuestAttendance);
export const ActivityResult = resultUnion("ActivityResult", Activity);
export const ActivityAttendanceResult = resultUnion("ActivityAttendanceResult", ActivityAttendance);

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => ActivityPage, { description: "活动查询：组织子树、类型、日期范围；最新的在前" })
  @Authorized(Permission.ACTIVITY_READ)
  activities(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => ActivityFilter, { nullable: true }) filter: ActivityFilter,
    @Args() page: PageArgs,
  ) {
    return ActivityService.list(ctx, filter ?? {}, page);
  }

  @Query(() => Activity, { nullable: true })
  @Authorized(Permission.ACTIVITY_READ)
  activity(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ActivityService.findOne(ctx, id);
  }

  @Query(() => ActivityAttendancePage, { description: "一名党员的出勤记录，最新的在前" })
  @Authorized(Permission.ACTIVITY_READ)
  memberAttendance(
    @Ctx() ctx: RequestContext,
    @Arg("memberId", () => ID) memberId: string,
    @Args() page: PageArgs,
    @Arg("from", () => DateScalar, { nullable: true }) from?: string,
    @Arg("to", () => DateScalar, { nullable: true }) to?: string,
  ) {
    return ActivityService.attendanceOfMember(ctx, memberId, from, to, page);
  }

  @Query(() => MemberEducationHours, { description: "一名党员在期间内的教育学时（出席活动 + 个人学习）及明细" })
  @Authorized(Permission.ACTIVITY_READ)
  memberEducationHours(
    @Ctx() ctx: RequestContext,
    @Arg("memberId", () => ID) memberId: string,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
  ) {
    return EducationHoursService.memberEducationHours(ctx, memberId, from, to);
  }

  @Query(() => EducationHoursPage, { description: "组织子树内每名在册党员在期间内的教育学时合计（一条 SQL 汇总）" })
  @Authorized(Permission.ACTIVITY_READ)
  educationHours(@Ctx() ctx: RequestContext, @Args() args: EducationHoursArgs) {
    return EducationHoursService.subtreeEducationHours(ctx, args);
  }

  @Query(() => [EducationHoursDistribution], {
    description: "教育学时分布：子树内在册党员按党总支、类别和学时分段计数（一条 SQL 汇总）；谁不足见 educationHours(shortestFirst: true)",
  })
  @Authorized(Permission.ACTIVITY_READ)
  educationHoursDistribution(@Ctx() ctx: RequestContext, @Args() args: EducationHoursDistributionArgs) {
    return EducationHoursService.hoursDistribution(ctx, args);
  }

  @Mutation(() => ActivityResult, { description: "登记活动（可同时登记出勤名单）" })
  @Authorized(Permission.ACTIVITY_WRITE)
  @Transaction()
  createActivity(@Ctx() ctx: RequestContext, @Arg("input") input: CreateActivityInput) {
    return ActivityService.create(ctx, input);
  }

  @Mutation(() => ActivityResult)
  @Authorized(Permission.ACTIVITY_WRITE)
  @Transaction()
  updateActivity(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateActivityInput) {
    return ActivityService.update(ctx, input);
  }

  @Mutation(() => ActivityResult, { description: "以新名单替换出勤名单（留痕）" })
  @Authorized(Permission.ACTIVITY_WRITE)
  @Transaction()
  setActivityAttendance(@Ctx() ctx: RequestContext, @Arg("input") input: SetActivityAttendanceInput) {
    return ActivityService.setAttendance(ctx, input);
  }

  @Mutation(() => ActivityResult, { description: "归档活动（不删除；不再计入统计和学时）" })
  @Authorized(Permission.ACTIVITY_WRITE)
  @Transaction()
  archiveActivity(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveActivityInput) {
    return ActivityService.archive(ctx, input);
  }

  @Query(() => GuestAttendancePage, { description: "本人权限范围内党员在其他组织活动中的列席出勤，待确认（确认后计入学时），最新的在前" })
  @Authorized(Permission.ACTIVITY_READ)
  guestAttendanceToConfirm(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("unitId", () => ID, { nullable: true, description: "只看该组织及其下级组织的党员" }) unitId?: string,
  ) {
    return ActivityService.guestAttendanceToConfirm(ctx, unitId, page);
  }

  @Mutation(() => ActivityAttendanceResult, {
    description: "确认列席出勤：登记人权限范围以外的党员的出勤，经其所在组织的书记确认后才计入学时和合规统计（留痕）",
  })
  @Authorized(Permission.ACTIVITY_WRITE)
  @Transaction()
  confirmGuestAttendance(@Ctx() ctx: RequestContext, @Arg("input") input: ConfirmGuestAttendanceInput) {
    return ActivityService.confirmGuestAttendance(ctx, input);
  }

  @FieldResolver(() => OrgUnit)
  hostUnit(@Ctx() ctx: RequestContext, @Root() activity: Activity) {
    return ctx.loaders.orgUnit.load(activity.hostUnitId);
  }

  @FieldResolver(() => ActivityRoom, { nullable: true })
  room(@Ctx() ctx: RequestContext, @Root() activity: Activity) {
    return activity.roomId ? ctx.loaders.activityRoom.load(activity.roomId) : null;
  }

  @FieldResolver(() => [ActivityAttendance], { description: "出勤名单（按姓名）" })
  attendance(@Ctx() ctx: RequestContext, @Root() activity: Activity) {
    return ctx.loaders.attendanceOfActivity.load(activity.id);
  }

  @FieldResolver(() => AttendanceSummary)
  async attendanceSummary(@Ctx() ctx: RequestContext, @Root() activity: Activity) {
    const rows = await ctx.loaders.attendanceOfActivity.load(activity.id);
    const count = (status: AttendanceStatus) => rows.filter((r) => r.status === status).length;
    return Object.assign(new AttendanceSummary(), {
      expected: rows.filter((r) => !r.isGuest).length,
      present: count(AttendanceStatus.PRESENT),
      absent: count(AttendanceStatus.ABSENT),
      excused: count(AttendanceStatus.EXCUSED),
      guests: rows.filter((r) => r.isGuest).length,
    });
  }
}

@Resolver(() => ActivityAttendance)
export class ActivityAttendanceResolver {
  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() row: ActivityAttendance) {
    return ctx.loaders.member.load(row.memberId);
  }

  @FieldResolver(() => Activity, { nullable: true })
  activity(@Ctx() ctx: RequestContext, @Root() row: ActivityAttendance) {
    return ctx.loaders.activity.load(row.activityId);
  }
}

@Resolver(() => EducationHoursTotals)
export class EducationHoursTotalsResolver {
  @FieldResolver(() => Member)
  member(@Ctx() ctx: RequestContext, @Root() row: EducationHoursTotals) {
    return ctx.loaders.member.load(row.memberId);
  }
}

/** `Member.educationHours(from, to)`: batched through a loader, one SQL statement for a whole page of members. */
@Resolver(() => Member)
export class MemberEducationHoursResolver {
  @FieldResolver(() => EducationHoursTotals, { description: "期间内的教育学时合计（出席活动 + 个人学习）" })
  @Authorized(Permission.ACTIVITY_READ)
  educationHours(
    @Ctx() ctx: RequestContext,
    @Root() member: Member,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
  ) {
    EducationHoursService.checkRange(from, to);
    return ctx.loaders.educationHoursOfMember(from, to).load(member.id);
  }
}
