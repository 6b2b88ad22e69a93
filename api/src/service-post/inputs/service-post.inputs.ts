import { ArgsType, Field, InputType, Int } from "type-graphql";
import { IsOptional, Length, Max, Min } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { EvaluationAspect, EvaluatorKind, ServicePlaceKind } from "../service-post.enums";
import { Archiving, Versioned } from "../../common/input-mixins";
import { IdField, Optional, OptionalDate, OptionalId, OptionalText } from "../../common/input-fields";

@InputType()
export class CreateServicePostTypeInput {
  @IdField("所属学校（党委）的 id")
  collegeId: string;

  @Field()
  @Length(1, 30)
  name: string;

  @OptionalText({ max: 500 })
  description?: string;

  @Optional(() => Int)
  @Min(0)
  sortOrder?: number;
}

@InputType()
export class CreateServicePostInput {
  @IdField()
  typeId: string;

  @IdField("设岗的党支部")
  hostUnitId: string;

  @Field()
  @Length(1, 100)
  name: string;

  @Field(() => ServicePlaceKind)
  placeKind: ServicePlaceKind;

  @Field()
  @Length(1, 200)
  place: string;

  @Field()
  @Length(1, 2000)
  duties: string;

  @Field(() => DateScalar)
  termStart: string;

  @OptionalDate()
  termEnd?: string;
}

@InputType({ description: "Only the fields given change." })
export class UpdateServicePostInput extends Versioned() {
  @OptionalText({ min: 1, max: 100 })
  name?: string;

  @Optional(() => ServicePlaceKind)
  placeKind?: ServicePlaceKind;

  @OptionalText({ min: 1, max: 200 })
  place?: string;

  @OptionalText({ min: 1, max: 2000 })
  duties?: string;

  @OptionalDate()
  termEnd?: string;
}

@InputType()
export class ArchiveServicePostInput extends Archiving() {}

@InputType()
export class ServicePostFilter {
  @OptionalId("该组织子树内设立的岗位")
  unitId?: string;

  @OptionalId()
  typeId?: string;

  @Optional(() => ServicePlaceKind)
  placeKind?: ServicePlaceKind;

  @OptionalDate("该日在任期内的岗位")
  activeOn?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}

@InputType()
export class AppointServicePostHolderInput {
  @IdField()
  postId: string;

  @IdField()
  memberId: string;

  @Field(() => DateScalar)
  startDate: string;

  @OptionalDate()
  endDate?: string;
}

@InputType()
export class EndServicePostHolderInput extends Versioned() {
  @Field(() => DateScalar)
  endDate: string;
}

@ArgsType()
export class ServicePostCoverageArgs {
  @IdField()
  unitId: string;

  @OptionalDate("统计日期，默认今天")
  on?: string;
}

@InputType()
export class CreateServicePledgeInput {
  @IdField()
  memberId: string;

  @Field({ description: "服务窗口，如“财务处窗口”" })
  @Length(1, 100)
  serviceWindow: string;

  @Field({ description: "亮标准" })
  @Length(1, 2000)
  standard: string;

  @Field({ description: "亮身份" })
  @Length(1, 200)
  identity: string;

  @Field({ description: "亮承诺" })
  @Length(1, 2000)
  pledge: string;

  @Field(() => DateScalar)
  pledgedOn: string;
}

@InputType({ description: "Only the fields given change." })
export class UpdateServicePledgeInput extends Versioned() {
  @OptionalText({ min: 1, max: 2000 })
  standard?: string;

  @OptionalText({ min: 1, max: 200 })
  identity?: string;

  @OptionalText({ min: 1, max: 2000 })
  pledge?: string;
}

@InputType()
export class ArchiveServicePledgeInput extends Archiving() {}

@InputType()
export class ServicePledgeFilter {
  @OptionalId()
  unitId?: string;

  @OptionalId()
  memberId?: string;

  @OptionalText({ max: 100 })
  serviceWindow?: string;

  @OptionalDate()
  from?: string;

  @OptionalDate()
  to?: string;
}

@InputType()
export class RecordServiceEvaluationInput {
  @OptionalId("针对的承诺；不填时须指定党员")
  pledgeId?: string;

  @OptionalId("被评议党员；指定承诺时可省略")
  memberId?: string;

  @Field(() => EvaluatorKind)
  evaluatorKind: EvaluatorKind;

  @Field({ description: "评议人，如“服务对象”“处长”" })
  @Length(1, 50)
  evaluatorLabel: string;

  @Optional(() => EvaluationAspect)
  aspect?: EvaluationAspect;

  @Field(() => Int, { description: "0–100" })
  @Min(0)
  @Max(100)
  score: number;

  @OptionalText({ max: 1000 })
  comment?: string;

  @Field(() => DateScalar)
  evaluatedOn: string;
}

@InputType()
export class ServiceEvaluationFilter {
  @OptionalId()
  unitId?: string;

  @OptionalId()
  memberId?: string;

  @OptionalId()
  pledgeId?: string;

  @Optional(() => EvaluatorKind)
  evaluatorKind?: EvaluatorKind;

  @OptionalDate()
  from?: string;

  @OptionalDate()
  to?: string;
}
