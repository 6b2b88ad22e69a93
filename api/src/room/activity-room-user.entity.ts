import { Entity } from "typeorm";
import { ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference, TextField } from "../common/column-fields";

/** A unit using a room from `since` until `until` (open-ended while in use); ended, never deleted. */
@ObjectType({ description: "活动室使用单位（可多个单位共用）" })
@ScopedBy<ActivityRoomUser>({ unit: (u) => u.unitId })
@Entity("activity_room_user")
export class ActivityRoomUser extends BaseEntity {
  @CollegeColumn()
  collegeId: string;

  @Reference()
  roomId: string;

  @Reference()
  unitId: string;

  @DateField({ description: "开始使用日期" })
  since: string;

  @DateField({ nullable: true, description: "停止使用日期（含）" })
  until: string | null;

  @TextField({ nullable: true })
  note: string | null;
}
