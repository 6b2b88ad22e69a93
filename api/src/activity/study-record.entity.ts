import { Column, Entity, Index } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { ArchivableEntity } from "../common/archivable.entity";
import { DecimalScalar } from "../common/decimal";
import { DateScalar } from "../common/scalars";
import { StudyKind } from "./activity.enums";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";

/** A member's individual study (online course, party school, self-study) credited as education hours. */
@ObjectType({ description: "个人学习记录（网络学习、党校培训、自学）" })
@ScopedBy<StudyRecord>({ member: (r) => r.memberId })
@Entity("study_record")
@Index(["archivedAt"])
export class StudyRecord extends ArchivableEntity {
  @CollegeColumn()
  collegeId: string;

  @Reference()
  memberId: string;

  @Field(() => StudyKind)
  @Index()
  @Column({ type: "enum", enum: StudyKind, enumName: "study_kind" })
  kind: StudyKind;

  @Field(() => DateScalar, { description: "学习日期（完成日期）" })
  @Index()
  @Column({ type: "date" })
  studiedOn: string;

  @TextField({ description: "课程或学习内容" })
  title: string;

  @TextField({ nullable: true, description: "提供方，如“党员网络学院”“校党校”" })
  provider: string | null;

  @Field(() => DecimalScalar, { description: "学时" })
  @Column({ type: "numeric", precision: 5, scale: 2 })
  hours: string;

  @Field(() => DecimalScalar, { description: "其中廉政教育学时" })
  @Column({ type: "numeric", precision: 5, scale: 2, default: 0 })
  integrityHours: string;

  @TextField({ nullable: true })
  note: string | null;
}
