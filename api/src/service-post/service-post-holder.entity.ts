import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DateScalar } from "../common/scalars";
import { ScopedBy } from "../auth/record-scope";

/** A student member on a post for a period; a member may hold several posts over time. */
@ObjectType({ description: "岗位任职（学生党员）" })
@ScopedBy<ServicePostHolder>({ home: "service_post", id: (h) => h.postId })
@Entity("service_post_holder")
export class ServicePostHolder extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  postId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  memberId: string;

  @Index()
  @Column({ type: "uuid" })
  collegeId: string;

  @Field(() => DateScalar)
  @Column({ type: "date" })
  startDate: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  endDate: string | null;
}
