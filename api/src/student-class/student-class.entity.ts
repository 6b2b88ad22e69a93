import { Column, Entity, Index } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ArchivableEntity } from "../common/archivable.entity";
import { ScopedBy } from "../auth/record-scope";

/**
 * A students' class (行政班) of a secondary college, e.g. “会计2301班”. The college is its
 * GENERAL_BRANCH org unit; the grade is the entry year. Classes are archived, never deleted.
 */
@ObjectType({ description: "学生班级" })
@ScopedBy<StudentClass>({ unit: (c) => c.collegeUnitId })
@Entity("student_class")
export class StudentClass extends ArchivableEntity {
  @Field({ description: "班级名称，如“会计2301班”" })
  @Column({ type: "text" })
  name: string;

  @Field(() => ID, { description: "所属二级学院（党总支）的 id" })
  @Index()
  @Column({ type: "uuid" })
  collegeUnitId: string;

  @Index()
  @Column({ type: "uuid" })
  collegeId: string;

  @Field({ description: "专业" })
  @Column({ type: "text" })
  major: string;

  @Field(() => Int, { description: "年级（入学年份）" })
  @Index()
  @Column({ type: "int" })
  gradeYear: number;

  @Field(() => String, { nullable: true, description: "班主任" })
  @Column({ type: "text", nullable: true })
  headTeacher: string | null;
}
