import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "../common/scalars";
import { PeriodKind } from "./calendar.enums";
import { Semester } from "./semester.entity";

@ObjectType("CalendarPeriod", { description: "一个统计期间（闭区间 [start, end]）" })
export class CalendarPeriod {
  @Field(() => PeriodKind)
  kind: PeriodKind;

  @Field({ description: "稳定键，如“2025-09”“2025-Q3”“2025-H2”“2025”“2025-2026-AUTUMN”" })
  key: string;

  @Field(() => DateScalar)
  start: string;

  @Field(() => DateScalar)
  end: string;

  @Field({ description: "中文名称，如“2025年第3季度”" })
  label: string;

  @Field(() => ID, { nullable: true, description: "学期期间的学期 id" })
  semesterId?: string;
}

@ObjectType("PeriodsOfDate", { description: "某一天所在的月、季度、半年、年度和学期" })
export class PeriodsOfDate {
  @Field(() => DateScalar)
  date: string;

  @Field(() => CalendarPeriod)
  month: CalendarPeriod;

  @Field(() => CalendarPeriod)
  quarter: CalendarPeriod;

  @Field(() => CalendarPeriod)
  halfYear: CalendarPeriod;

  @Field(() => CalendarPeriod)
  year: CalendarPeriod;

  @Field(() => CalendarPeriod, { nullable: true, description: "所在学期；假期中为空" })
  semester: CalendarPeriod | null;

  @Field({ description: "是否在两学期之间的假期（或校历未覆盖）" })
  inVacation: boolean;
}

@ObjectType("AcademicYear", { description: "学年：秋季学期 + 春季学期" })
export class AcademicYear {
  @Field({ description: "如“2025-2026”" })
  label: string;

  @Field(() => DateScalar, { nullable: true })
  startsOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn: string | null;

  @Field(() => [Semester])
  semesters: Semester[];
}
