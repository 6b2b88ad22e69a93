import { Entity } from "typeorm";
import { ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference } from "../common/column-fields";

/** A student member on a post for a period; a member may hold several posts over time. */
@ObjectType({ description: "岗位任职（学生党员）" })
@ScopedBy<ServicePostHolder>({ home: "service_post", id: (h) => h.postId })
@Entity("service_post_holder")
export class ServicePostHolder extends BaseEntity {
  @Reference()
  postId: string;

  @Reference()
  memberId: string;

  @CollegeColumn()
  collegeId: string;

  @DateField()
  startDate: string;

  @DateField({ nullable: true })
  endDate: string | null;
}
