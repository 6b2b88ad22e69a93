import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DateScalar } from "../common/scalars";
import { ScopedBy } from "../auth/record-scope";

/** A student member's place in a class, dated; a member is in at most one class at a time. */
@ObjectType({ description: "学生党员的班级归属（含起止日期）" })
@ScopedBy<ClassMember>({ home: "student_class", id: (m) => m.classId })
@Entity("class_member")
export class ClassMember extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  classId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  memberId: string;

  @Index()
  @Column({ type: "uuid" })
  collegeId: string;

  @Field(() => DateScalar)
  @Column({ type: "date" })
  since: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  until: string | null;
}
