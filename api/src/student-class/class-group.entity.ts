import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DateScalar } from "../common/scalars";
import { ScopedBy } from "../auth/record-scope";

/** A party group covering a class (高年级有党小组, 四(三)2(2)), dated. */
@ObjectType({ description: "班级与党小组的对应（含起止日期）" })
@ScopedBy<ClassGroup>({ home: "student_class", id: (g) => g.classId })
@Entity("class_group")
export class ClassGroup extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  classId: string;

  @Field(() => ID)
  @Index()
  @Column({ type: "uuid" })
  groupUnitId: string;

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
