import { ArgsType, Field, InputType, Int } from "type-graphql";
import { IsOptional, Length, Max, Min } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { Archiving, Versioned } from "../../common/input-mixins";
import { IdField, Optional, OptionalDate, OptionalId, OptionalText } from "../../common/input-fields";

@InputType()
export class CreateStudentClassInput {
  @Field({ description: "班级名称，如“会计2301班”" })
  @Length(1, 50)
  name: string;

  @IdField("二级学院（党总支）")
  collegeUnitId: string;

  @Field()
  @Length(1, 50)
  major: string;

  @Field(() => Int, { description: "入学年份" })
  @Min(1950)
  @Max(2200)
  gradeYear: number;

  @OptionalText({ max: 50 })
  headTeacher?: string;
}

@InputType({ description: "Only the fields given change." })
export class UpdateStudentClassInput extends Versioned() {
  @OptionalText({ min: 1, max: 50 })
  name?: string;

  @OptionalText({ min: 1, max: 50 })
  major?: string;

  @Optional(() => Int)
  @Min(1950)
  @Max(2200)
  gradeYear?: number;

  @OptionalText({ max: 50 }, "传 null 清除")
  headTeacher?: string | null;
}

@InputType()
export class ArchiveStudentClassInput extends Archiving() {}

@InputType()
export class StudentClassFilter {
  @OptionalId("该组织子树内的班级（通常为二级学院党总支）")
  collegeUnitId?: string;

  @Optional(() => Int)
  @Min(1950)
  @Max(2200)
  gradeYear?: number;

  @OptionalText({ max: 50 })
  nameContains?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}

@InputType()
export class AddClassMemberInput {
  @IdField()
  classId: string;

  @IdField()
  memberId: string;

  @Field(() => DateScalar, { description: "自该日起在此班（此前所在班级于前一日结束）" })
  since: string;
}

@InputType()
export class EndClassLinkInput extends Versioned() {
  @Field(() => DateScalar)
  until: string;
}

@InputType()
export class LinkClassGroupInput {
  @IdField()
  classId: string;

  @IdField("党小组")
  groupUnitId: string;

  @Field(() => DateScalar)
  since: string;
}

@ArgsType()
export class ClassCoverageArgs {
  @IdField("二级学院（党总支）或其上级")
  collegeUnitId: string;

  @OptionalDate("统计日期，默认今天")
  on?: string;
}
