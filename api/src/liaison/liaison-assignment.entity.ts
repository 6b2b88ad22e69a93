import { Column, Entity, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../common/base.entity";
import { DateScalar } from "../common/scalars";
import { LiaisonKind } from "./liaison.enums";
import { ScopedBy } from "../auth/record-scope";

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

  @Field(() => ID, { nullable: true, description: "联系人（党员）；党员教师必填，领导为党员时填写" })
  @Index()
  @Column({ type: "uuid", nullable: true })
  liaisonMemberId: string | null;

  @Field(() => String, { nullable: true, description: "联系人姓名（非党员领导时必填；党员为其姓名）" })
  @Column({ type: "text", nullable: true })
  leaderName: string | null;

  @Field(() => String, { nullable: true, description: "职务，如“副校长”“院长”" })
  @Column({ type: "text", nullable: true })
  leaderTitle: string | null;

  @Field(() => ID, { description: "该联系所属的组织（用于范围与考核）" })
  @Index()
  @Column({ type: "uuid" })
  unitId: string;

  @Index()
  @Column({ type: "uuid" })
  collegeId: string;

  @Field(() => ID, { nullable: true, description: "联系的二级学院（校领导）" })
  @Index()
  @Column({ type: "uuid", nullable: true })
  targetUnitId: string | null;

  @Field(() => ID, { nullable: true, description: "联系的班级（二级学院领导）" })
  @Index()
  @Column({ type: "uuid", nullable: true })
  targetClassId: string | null;

  @Field(() => DateScalar)
  @Column({ type: "date" })
  startDate: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  endDate: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
