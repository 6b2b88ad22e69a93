import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { ArchivableEntity } from "../common/archivable.entity";
import { DecimalScalar } from "../common/decimal";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";

/**
 * A party-member activity room (党员活动室, 四(五)2). Managed by one unit (its owner, which anchors
 * access), used by one or more units over time (shared rooms allowed). Area is exact: numeric(8,2).
 */
@ObjectType({ description: "党员活动室" })
@ScopedBy<ActivityRoom>({ home: "activity_room", id: (r) => r.id })
@Entity("activity_room")
@Index(["archivedAt"])
export class ActivityRoom extends ArchivableEntity {
  @CollegeColumn()
  collegeId: string;

  @Reference({ description: "管理单位" })
  ownerUnitId: string;

  @TextField()
  name: string;

  @TextField({ nullable: true, description: "位置，如“实训楼 305”" })
  location: string | null;

  @Field(() => DecimalScalar, { description: "面积（平方米）" })
  @Column({ type: "numeric", precision: 8, scale: 2 })
  area: string;

  @Field(() => [String], { description: "设施，如“投影仪”“党建书架”" })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  facilities: string[];

  @TextField({ nullable: true })
  note: string | null;
}
