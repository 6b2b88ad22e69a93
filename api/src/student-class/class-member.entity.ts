import { Entity } from "typeorm";
import { ObjectType } from "type-graphql";
import { DatedLinkEntity } from "../common/dated-link.entity";
import { ScopedBy } from "../auth/record-scope";
import { Reference } from "../common/column-fields";

/** A student member's place in a class, dated; a member is in at most one class at a time. */
@ObjectType({ description: "学生党员的班级归属（含起止日期）" })
@ScopedBy<ClassMember>({ home: "student_class", id: (m) => m.classId })
@Entity("class_member")
export class ClassMember extends DatedLinkEntity {
  @Reference()
  classId: string;

  @Reference()
  memberId: string;
}
