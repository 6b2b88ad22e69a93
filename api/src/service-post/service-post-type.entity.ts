import { Column, Entity } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { Reference, TextField } from "../common/column-fields";

/**
 * A kind of student-member post. The three the source names (政策宣传岗、学习互助岗、文明监督岗)
 * are built in (`collegeId` null, seeded by the migration); a college adds its own.
 */
@ObjectType({ description: "服务岗位类型" })
@ScopedBy<ServicePostType>({ college: (t) => t.collegeId })
@Entity("service_post_type")
export class ServicePostType extends BaseEntity {
  @Reference({ nullable: true, description: "为空表示内置类型（原文所列）" })
  collegeId: string | null;

  @TextField()
  name: string;

  @TextField({ nullable: true })
  description: string | null;

  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  sortOrder: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  archivedAt: Date | null;
}
