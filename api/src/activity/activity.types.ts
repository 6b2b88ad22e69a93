import { Field, ID, Int, ObjectType } from "type-graphql";
import { DecimalScalar } from "../common/decimal";
import { DateScalar } from "../common/scalars";
import { ActivityType, AttendanceStatus } from "./activity.enums";

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

/**
 * A guest's attendance at another unit's activity awaiting confirmation by a secretary of the
 * guest's own unit, with what they need to judge it (the activity is usually outside their scope:
 * only these few facts of it are shown).
 */
@ObjectType({ description: "待确认的列席出勤：由列席党员所在组织的书记确认后计入学时" })
export class GuestAttendance {
  @Field(() => ID, { description: "出勤记录 id（confirmGuestAttendance 用）" })
  id: string;

  @Field(() => Int, { description: "出勤记录的版本" })
  version: number;

  @Field(() => ID)
  memberId: string;

  @Field()
  memberName: string;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;

  @Field(() => ID)
  activityId: string;

  @Field({ description: "活动主题" })
  activityTopic: string;

  @Field(() => ActivityType)
  activityType: ActivityType;

  @Field(() => DateScalar, { description: "活动日期（北京时间）" })
  heldOn: string;

  @Field(() => DecimalScalar, { description: "确认后计入的教育学时" })
  educationHours: string;

  @Field(() => DecimalScalar, { description: "其中廉政教育学时" })
  integrityHours: string;

  @Field({ description: "主办组织名称" })
  hostUnitName: string;
}
