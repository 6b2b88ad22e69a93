import { Field, ID, Int, ObjectType } from "type-graphql";
import { StudentClass } from "./student-class.entity";

/** One class's line of the STUDENT_COVERAGE measure (低年级有党员、高年级有党小组, 四(三)2(2)). */
@ObjectType({ description: "班级党员覆盖情况" })
export class ClassCoverage {
  @Field(() => ID)
  classId: string;

  @Field(() => StudentClass)
  studentClass: StudentClass;

  @Field(() => Int, { description: "年级（入学年份）" })
  gradeYear: number;

  @Field(() => Int, { description: "该日在班的学生党员人数" })
  studentMembers: number;

  @Field(() => Int, { description: "该日对应的党小组数" })
  partyGroups: number;

  @Field({ description: "是否有党小组覆盖" })
  hasPartyGroup: boolean;
}
