import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { LiaisonKind } from "./liaison.enums";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, DateField, Reference, TextField } from "../common/column-fields";

/**
 * One link of 三联二访: a liaison and what they keep in touch with, for a period. A leader's link
 * has one target (a secondary college or a class) so visits per assignment per period are the
 * cadence facts; a teacher's link has a list of students (LiaisonStudent).
 * `unitId` is the unit the link belongs to for scope and rules: the target college, the class's
 * college, or the teacher's own branch.
 */
@ObjectType({ description: "三联二访联系安排" })
@ScopedBy<LiaisonAssignment>({ unit: (a) => a.unitId })
@Entity("liaison_assignment")
export class LiaisonAssignment extends BaseEntity {
  @Field(() => LiaisonKind)
  @Index()
  @Column({ type: "enum", enum: LiaisonKind, enumName: "liaison_kind" })
  kind: LiaisonKind;

  @Reference({ nullable: true, description: "联系人（党员）；党员教师必填，领导为党员时填写" })
  liaisonMemberId: string | null;

  @TextField({ nullable: true, description: "联系人姓名（非党员领导时必填；党员为其姓名）" })
  leaderName: string | null;

  @TextField({ nullable: true, description: "职务，如“副校长”“院长”" })
  leaderTitle: string | null;

  @Reference({ description: "该联系所属的组织（用于范围与考核）" })
  unitId: string;

  @CollegeColumn()
  collegeId: string;

  @Reference({ nullable: true, description: "联系的二级学院（校领导）" })
  targetUnitId: string | null;

  @Reference({ nullable: true, description: "联系的班级（二级学院领导）" })
  targetClassId: string | null;

  @DateField()
  startDate: string;

  @DateField({ nullable: true })
  endDate: string | null;

  @TextField({ nullable: true })
  note: string | null;
}
