import { Column, Entity, Index } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { ArchivableEntity } from "../common/archivable.entity";
import { ScopedBy } from "../auth/record-scope";
import { CollegeColumn, Reference, TextField } from "../common/column-fields";

/**
 * A students' class (行政班) of a secondary college, e.g. “会计2301班”. The college is its
 * GENERAL_BRANCH org unit; the grade is the entry year. Classes are archived, never deleted.
 */
@ObjectType({ description: "学生班级" })
@ScopedBy<StudentClass>({ unit: (c) => c.collegeUnitId })
@Entity("student_class")
export class StudentClass extends ArchivableEntity {
  @TextField({ description: "班级名称，如“会计2301班”" })
  name: string;

  @Reference({ description: "所属二级学院（党总支）的 id" })
  collegeUnitId: string;

  @CollegeColumn()
  collegeId: string;

  @TextField({ description: "专业" })
  major: string;

  @Field(() => Int, { description: "年级（入学年份）" })
  @Index()
  @Column({ type: "int" })
  gradeYear: number;

  @TextField({ nullable: true, description: "班主任" })
  headTeacher: string | null;
}
