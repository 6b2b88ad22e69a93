import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "出勤统计" })
export class AttendanceSummary {
  @Field(() => Int, { description: "应到（名单人数，不含列席）" })
  expected: number;

  @Field(() => Int, { description: "出席" })
  present: number;

  @Field(() => Int, { description: "缺席" })
  absent: number;

  @Field(() => Int, { description: "请假" })
  excused: number;

  @Field(() => Int, { description: "列席" })
  guests: number;
}
