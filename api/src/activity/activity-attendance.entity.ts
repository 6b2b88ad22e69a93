import { Column, Entity } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { AttendanceStatus } from "./activity.enums";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";

/**
 * One member's attendance at one activity. The list is replaced as a whole (audited), never edited
 * row by row — except for the confirmation of a guest from outside the recorder's scope, which only
 * counts once confirmed by a secretary of the guest's own unit (see activity.service.ts).
 */
@ObjectType({ description: "出勤记录" })
@ScopedBy<ActivityAttendance>({ home: "activity", id: (a) => a.activityId }, { member: (a) => a.memberId })
@Entity("activity_attendance")
export class ActivityAttendance extends BaseEntity {
  @CollegeColumn()
  collegeId: string;

  @Reference()
  activityId: string;

  @Reference()
  memberId: string;

  @Field(() => AttendanceStatus)
  @Column({ type: "enum", enum: AttendanceStatus, enumName: "attendance_status" })
  status: AttendanceStatus;

  @TextField({ nullable: true, description: "请假或缺席原因" })
  reason: string | null;

  @Field({ description: "列席（不属于主办组织的党员）" })
  @Column({ type: "boolean", default: false })
  isGuest: boolean;

  @Field(() => Date, {
    nullable: true,
    description: "确认时间。登记人权限范围以外的党员（列席）的出勤须经其所在组织的书记确认后才计入学时和合规统计；为空表示待确认",
  })
  @Column({ type: "timestamptz", nullable: true })
  confirmedAt: Date | null;

  @Reference({ index: false, nullable: true, description: "确认人账号（登记人范围内的出勤为登记人）" })
  confirmedBy: string | null;
}
