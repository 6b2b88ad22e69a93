import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { resultUnion } from "../common/refusal";
import { DateScalar } from "../common/scalars";
import { TERM_LABELS } from "../common/periods";
import { Transaction } from "../db/transaction";
import * as CalendarService from "./calendar.service";
import { AcademicYear, CalendarPeriod, PeriodsOfDate } from "./calendar.types";
import { Semester } from "./semester.entity";
import { VacationMonthSetting } from "./vacation-month-setting.entity";
import { CreateSemesterInput, PeriodGridInput, SetVacationMonthsInput, UpdateSemesterInput } from "./inputs/calendar.inputs";

export const SemesterResult = resultUnion("SemesterResult", Semester);

@Resolver(() => Semester)
export class CalendarResolver {
  @Query(() => [AcademicYear], { description: "学年列表（校历），按时间顺序" })
  @Authorized(Permission.ACTIVITY_READ)
  academicYears(@Ctx() ctx: RequestContext, @Arg("collegeId", () => ID, { nullable: true }) collegeId?: string) {
    return CalendarService.academicYears(ctx, collegeId);
  }

  @Query(() => [Semester], { description: "与 [from, to] 重叠的学期，按开学日期排序" })
  @Authorized(Permission.ACTIVITY_READ)
  semesters(
    @Ctx() ctx: RequestContext,
    @Arg("from", () => DateScalar, { nullable: true }) from?: string,
    @Arg("to", () => DateScalar, { nullable: true }) to?: string,
    @Arg("collegeId", () => ID, { nullable: true }) collegeId?: string,
  ) {
    return CalendarService.listSemesters(ctx, from, to, collegeId);
  }

  @Query(() => Semester, { nullable: true })
  @Authorized(Permission.ACTIVITY_READ)
  semester(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return CalendarService.findSemester(ctx, id);
  }

  @Query(() => PeriodsOfDate, { description: "某日所在的月、季度、半年、年度和学期" })
  @Authorized(Permission.ACTIVITY_READ)
  periodsOf(
    @Ctx() ctx: RequestContext,
    @Arg("date", () => DateScalar) date: string,
    @Arg("collegeId", () => ID, { nullable: true }) collegeId?: string,
  ) {
    return CalendarService.periodsOf(ctx, date, collegeId);
  }

  @Query(() => [CalendarPeriod], { description: "与 [from, to] 重叠的全部统计期间（月、季度、半年、年度、学期）" })
  @Authorized(Permission.ACTIVITY_READ)
  periodGrid(@Ctx() ctx: RequestContext, @Arg("input") input: PeriodGridInput) {
    return CalendarService.periodGrid(ctx, input);
  }

  @Query(() => [VacationMonthSetting], { description: "各类支部的假期月份设置" })
  @Authorized(Permission.ACTIVITY_READ)
  vacationMonths(@Ctx() ctx: RequestContext, @Arg("collegeId", () => ID, { nullable: true }) collegeId?: string) {
    return CalendarService.listVacationMonths(ctx, collegeId);
  }

  @Mutation(() => SemesterResult, { description: "新增学期（不得与已有学期重叠）" })
  @Authorized(Permission.CALENDAR_WRITE)
  @Transaction()
  createSemester(@Ctx() ctx: RequestContext, @Arg("input") input: CreateSemesterInput) {
    return CalendarService.createSemester(ctx, input);
  }

  @Mutation(() => SemesterResult, { description: "修改学期起止日期" })
  @Authorized(Permission.CALENDAR_WRITE)
  @Transaction()
  updateSemester(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateSemesterInput) {
    return CalendarService.updateSemester(ctx, input);
  }

  @Mutation(() => VacationMonthSetting, { description: "设置某类支部的假期月份（记录设置人和时间）" })
  @Authorized(Permission.CALENDAR_WRITE)
  @Transaction()
  setVacationMonths(@Ctx() ctx: RequestContext, @Arg("input") input: SetVacationMonthsInput) {
    return CalendarService.setVacationMonths(ctx, input);
  }

  @FieldResolver(() => String, { description: "如“2025-2026学年秋季学期”" })
  label(@Root() semester: Semester) {
    return `${semester.academicYear}学年${TERM_LABELS[semester.term]}`;
  }
}
