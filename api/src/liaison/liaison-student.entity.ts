import { Entity } from "typeorm";
import { ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference } from "../common/column-fields";

/** A student a party-member teacher keeps in touch with: a STUDENT person or a student member. */
@ObjectType({ description: "党员教师联系的学生" })
@ScopedBy<LiaisonStudent>({ home: "liaison_assignment", id: (s) => s.assignmentId })
@Entity("liaison_student")
export class LiaisonStudent extends BaseEntity {
  @Reference()
  assignmentId: string;

  @Reference({ nullable: true })
  personId: string | null;

  @Reference({ nullable: true })
  memberId: string | null;

  @CollegeColumn()
  collegeId: string;
}
