import { Field, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, ValidateNested } from "class-validator";
import { DecimalScalar, IsHundredths } from "../../common/decimal";
import { ActivityType, AttendanceStatus } from "../activity.enums";
import { Archiving, Versioned } from "../../common/input-mixins";
import { IdField, Optional, OptionalDate, OptionalId, OptionalText } from "../../common/input-fields";

export const MAX_ATTENDANCE = 2000;

@InputType({ description: "一名党员的出勤" })
export class AttendanceInput {
  @IdField()
  memberId: string;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;

  @OptionalText({ max: 200 }, "请假时必填")
  reason?: string;

  @Field({ nullable: true, defaultValue: false, description: "列席：不属于主办组织的党员须标记" })
  @IsOptional()
  isGuest?: boolean;
}

@InputType({ description: "活动的可编辑信息" })
export class ActivityFieldsInput {
  @Optional(() => Date)
  startsAt?: Date;

  @Optional(() => Date)
  endsAt?: Date;

  @OptionalId("登记的活动室；与 place 二选一")
  roomId?: string | null;

  @OptionalText({ max: 200 }, "其他地点；与 roomId 二选一")
  place?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  isOnline?: boolean;

  @OptionalText({ min: 1, max: 200 })
  topic?: string;

  @OptionalText({ max: 20000 }, "内容摘要 / 会议记录")
  summary?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '计入的教育学时，如 "2"；不超过活动时长' })
  @IsHundredths("学时")
  @IsOptional()
  educationHours?: string;

  @Field(() => DecimalScalar, { nullable: true, description: "其中廉政教育学时" })
  @IsHundredths("学时")
  @IsOptional()
  integrityHours?: string;

  @Field({ nullable: true, description: "科级以上（含教研室主任）干部参加的民主生活会（四(二)3(1)）" })
  @IsOptional()
  forCadres?: boolean;
}

@InputType()
export class CreateActivityInput extends ActivityFieldsInput {
  @IdField()
  hostUnitId: string;

  @Field(() => ActivityType)
  type: ActivityType;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field()
  @Length(1, 200)
  topic: string;

  @Field(() => [AttendanceInput], { nullable: true, description: "出勤名单" })
  @IsOptional()
  @ArrayMaxSize(MAX_ATTENDANCE)
  @ValidateNested({ each: true })
  attendance?: AttendanceInput[];
}

@InputType({ description: "只修改给出的字段" })
export class UpdateActivityInput extends Versioned(ActivityFieldsInput) {
  @Optional(() => ActivityType)
  type?: ActivityType;
}

@InputType({ description: "以新名单替换活动的出勤名单" })
export class SetActivityAttendanceInput {
  @IdField()
  activityId: string;

  @Field(() => Int)
  version: number;

  @Field(() => [AttendanceInput])
  @ArrayMaxSize(MAX_ATTENDANCE)
  @ValidateNested({ each: true })
  attendance: AttendanceInput[];
}

@InputType()
export class ArchiveActivityInput extends Archiving() {}

@InputType({ description: "确认一条列席出勤（由列席党员所在组织的书记确认后计入学时）" })
export class ConfirmGuestAttendanceInput extends Versioned({ id: "出勤记录 id", version: "出勤记录的版本：确认的是看到的这一版" }) {}

@InputType()
export class ActivityFilter {
  @OptionalId("该组织及其全部下级组织主办的活动")
  unitId?: string;

  @Field(() => [ActivityType], { nullable: true })
  @IsOptional()
  types?: ActivityType[];

  @OptionalDate("活动日期不早于")
  from?: string;

  @OptionalDate("活动日期不晚于")
  to?: string;

  @OptionalText({ max: 100 }, "主题包含")
  topicContains?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}
