import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DateScalar } from "../common/scalars";
import { ScopedBy } from "../auth/record-scope";

/** A unit using a room from `since` until `until` (open-ended while in use); ended, never deleted. */
@ObjectType({ description: "活动室使用单位（可多个单位共用）" })
@ScopedBy<ActivityRoomUser>({ unit: (u) => u.unitId })
@Entity("activity_room_user")
export class ActivityRoomUser extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  collegeId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  roomId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  unitId: string;

  @Field(() => DateScalar, { description: "开始使用日期" })
  @Column({ type: "date" })
  since: string;

  @Field(() => DateScalar, { nullable: true, description: "停止使用日期（含）" })
  @Column({ type: "date", nullable: true })
  until: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
