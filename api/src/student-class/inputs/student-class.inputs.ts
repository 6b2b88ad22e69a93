import { Archiving, Versioned } from "../../common/input-mixins";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, IsUUID, Length, Max, MaxLength, Min } from "class-validator";
import { DateScalar } from "../../common/scalars";

@InputType()
export class CreateStudentClassInput {
  @Field({ description: "班级名称，如“会计2301班”" })
  @Length(1, 50)
  name: string;

  @Field(() => ID, { description: "二级学院（党总支）" })
  @IsUUID()
  collegeUnitId: string;

  @Field()
  @Length(1, 50)
  major: string;

  @Field(() => Int, { description: "入学年份" })
  @Min(1950)
  @Max(2200)
  gradeYear: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(50)
  headTeacher?: string;
}

@InputType({ description: "Only the fields given change." })
export class UpdateStudentClassInput extends Versioned() {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 50)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 50)
  major?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1950)
  @Max(2200)
  gradeYear?: number;

  @Field(() => String, { nullable: true, description: "传 null 清除" })
  @IsOptional()
  @MaxLength(50)
  headTeacher?: string | null;
}

@InputType()
export class ArchiveStudentClassInput extends Archiving() {}

@InputType()
export class StudentClassFilter {
  @Field(() => ID, { nullable: true, description: "该组织子树内的班级（通常为二级学院党总支）" })
  @IsOptional()
  @IsUUID()
  collegeUnitId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1950)
  @Max(2200)
  gradeYear?: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(50)
  nameContains?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}

@InputType()
export class AddClassMemberInput {
  @Field(() => ID)
  @IsUUID()
  classId: string;

  @Field(() => ID)
  @IsUUID()
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
  @Field(() => ID)
  @IsUUID()
  classId: string;

  @Field(() => ID, { description: "党小组" })
  @IsUUID()
  groupUnitId: string;

  @Field(() => DateScalar)
  since: string;
}

@ArgsType()
export class ClassCoverageArgs {
  @Field(() => ID, { description: "二级学院（党总支）或其上级" })
  @IsUUID()
  collegeUnitId: string;

  @Field(() => DateScalar, { nullable: true, description: "统计日期，默认今天" })
  @IsOptional()
  on?: string;
}
