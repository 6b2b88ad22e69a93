import { Field, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsInt, IsOptional, Matches, Max, Min } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { BranchKind } from "../../org/org-unit.enums";
import { PeriodKind, SemesterTerm } from "../calendar.enums";
import { Versioned } from "../../common/input-mixins";
import { Optional, OptionalDate, OptionalId, OptionalText } from "../../common/input-fields";

const ACADEMIC_YEAR = /^\d{4}-\d{4}$/;

@InputType()
export class CreateSemesterInput {
  @OptionalId("学校（党委）id；只有一所学校时可省略")
  collegeId?: string;

  @Field({ description: "学年，如“2025-2026”" })
  @Matches(ACADEMIC_YEAR, { message: "学年格式应为“2025-2026”" })
  academicYear: string;

  @Field(() => SemesterTerm)
  term: SemesterTerm;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar)
  endsOn: string;
}

@InputType({ description: "只修改给出的字段" })
export class UpdateSemesterInput extends Versioned() {
  @OptionalDate()
  startsOn?: string;

  @OptionalDate()
  endsOn?: string;
}

@InputType()
export class SetVacationMonthsInput {
  @OptionalId("学校（党委）id；只有一所学校时可省略")
  collegeId?: string;

  @Field(() => BranchKind)
  branchKind: BranchKind;

  @Field(() => [Int], { description: "假期月份 1–12；空列表表示不设假期" })
  @ArrayMaxSize(12)
  @IsInt({ each: true })
  @Min(1, { each: true, message: "月份应在 1–12 之间" })
  @Max(12, { each: true, message: "月份应在 1–12 之间" })
  months: number[];

  @OptionalText({ max: 500 })
  note?: string;

  @Optional(() => Int, "修改已有设置时传回其版本")
  version?: number;
}

@InputType()
export class PeriodGridInput {
  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Field(() => [PeriodKind], { nullable: true, description: "默认全部类型" })
  @IsOptional()
  kinds?: PeriodKind[];

  @OptionalId()
  collegeId?: string;
}
