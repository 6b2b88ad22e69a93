import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { Gender, PersonKind } from "./member.enums";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";

/** Someone the system tracks who is not a member: a mass contact, a visited student or teacher. */
@ObjectType({ description: "非党员人员（联系群众、学生、教师）" })
@ScopedBy<Person>({ unit: (p) => p.unitId })
@Entity("person")
export class Person extends BaseEntity {
  @TextField()
  name: string;

  @Field(() => Gender, { nullable: true })
  @Column({ type: "enum", enum: Gender, enumName: "gender", nullable: true })
  gender: Gender | null;

  @Field(() => PersonKind)
  @Index()
  @Column({ type: "enum", enum: PersonKind, enumName: "person_kind" })
  kind: PersonKind;

  @Reference({ description: "登记该人员的组织单位" })
  unitId: string;

  @CollegeColumn()
  collegeId: string;

  @TextField({ nullable: true, description: "所在部门或院系" })
  department: string | null;

  @TextField({ nullable: true })
  className: string | null;

  /** Sensitive, as Member.phone. */
  @Column({ type: "text", nullable: true })
  phone: string | null;

  @TextField({ nullable: true })
  note: string | null;
}
