import { Column, Entity, Index } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";

/**
 * A kind of student-member post. The three the source names (政策宣传岗、学习互助岗、文明监督岗)
 * are built in (`collegeId` null, seeded by the migration); a college adds its own.
 */
@ObjectType({ description: "服务岗位类型" })
@ScopedBy<ServicePostType>({ college: (t) => t.collegeId })
@Entity("service_post_type")
export class ServicePostType extends BaseEntity {
  @Field(() => ID, { nullable: true, description: "为空表示内置类型（原文所列）" })
  @Index()
  @Column({ type: "uuid", nullable: true })
  collegeId: string | null;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  sortOrder: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  archivedAt: Date | null;
}
