import { Column, Entity, Index } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { ArchivableEntity } from "../common/archivable.entity";
import { DecimalScalar } from "../common/decimal";
import { DateScalar } from "../common/scalars";
import { ActivityType } from "./activity.enums";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";

/**
 * One activity of a unit (三会一课, 组织生活会, 党日活动 …): what the 党支部活动记录册 is built
 * from. `heldOn` (Beijing date) and `durationMinutes` are stored, generated columns, so the rules
 * count and sum activities in SQL. Never deleted: archived with a reason.
 */
@ObjectType({ description: "组织活动（三会一课、组织生活会、党日活动等）" })
@ScopedBy<Activity>({ unit: (a) => a.hostUnitId })
@Entity("activity")
@Index(["archivedAt"])
export class Activity extends ArchivableEntity {
  @CollegeColumn()
  collegeId: string;

  @Reference({ description: "主办组织（任一层级）" })
  hostUnitId: string;

  @Field(() => ActivityType)
  @Index()
  @Column({ type: "enum", enum: ActivityType, enumName: "activity_type" })
  type: ActivityType;

  @Field(() => Date)
  @Column({ type: "timestamptz" })
  startsAt: Date;

  @Field(() => Date)
  @Column({ type: "timestamptz" })
  endsAt: Date;

  @Field(() => DateScalar, { description: "活动日期（北京时间）" })
  @Index()
  @Column({
    type: "date",
    insert: false,
    update: false,
    generatedType: "STORED",
    asExpression: "((starts_at AT TIME ZONE 'Asia/Shanghai')::date)",
  })
  heldOn: string;

  @Field(() => Int, { description: "时长（分钟）" })
  @Column({
    type: "int",
    insert: false,
    update: false,
    generatedType: "STORED",
    asExpression: "((extract(epoch FROM (ends_at - starts_at)) / 60)::int)",
  })
  durationMinutes: number;

  @Reference({ nullable: true, description: "活动室（在本系统登记的）" })
  roomId: string | null;

  @TextField({ nullable: true, description: "地点（未使用登记的活动室时）" })
  place: string | null;

  @Field({ description: "线上活动（网络支部、QQ 支部等，四(四)6）" })
  @Column({ type: "boolean", default: false })
  isOnline: boolean;

  @TextField({ description: "主题" })
  topic: string;

  @TextField({ nullable: true, description: "内容摘要 / 会议记录" })
  summary: string | null;

  @Field(() => DecimalScalar, { description: "计入的教育学时" })
  @Column({ type: "numeric", precision: 5, scale: 2, default: 0 })
  educationHours: string;

  @Field(() => DecimalScalar, { description: "其中廉政教育学时" })
  @Column({ type: "numeric", precision: 5, scale: 2, default: 0 })
  integrityHours: string;

  @Field({ description: "科级以上（含教研室主任）干部参加的民主生活会（四(二)3(1)）" })
  @Column({ type: "boolean", default: false })
  forCadres: boolean;
}
