import { Archiving, Versioned } from "../../common/input-mixins";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, IsUUID, Length, Max, MaxLength, Min } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { EvaluationAspect, EvaluatorKind, ServicePlaceKind } from "../service-post.enums";

@InputType()
export class CreateServicePostTypeInput {
  @Field(() => ID, { description: "所属学校（党委）的 id" })
  @IsUUID()
  collegeId: string;

  @Field()
  @Length(1, 30)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  description?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  sortOrder?: number;
}

@InputType()
export class CreateServicePostInput {
  @Field(() => ID)
  @IsUUID()
  typeId: string;

  @Field(() => ID, { description: "设岗的党支部" })
  @IsUUID()
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

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  termEnd?: string;
}

@InputType({ description: "Only the fields given change." })
export class UpdateServicePostInput extends Versioned() {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => ServicePlaceKind, { nullable: true })
  @IsOptional()
  placeKind?: ServicePlaceKind;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  place?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 2000)
  duties?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  termEnd?: string;
}

@InputType()
export class ArchiveServicePostInput extends Archiving() {}

@InputType()
export class ServicePostFilter {
  @Field(() => ID, { nullable: true, description: "该组织子树内设立的岗位" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  typeId?: string;

  @Field(() => ServicePlaceKind, { nullable: true })
  @IsOptional()
  placeKind?: ServicePlaceKind;

  @Field(() => DateScalar, { nullable: true, description: "该日在任期内的岗位" })
  @IsOptional()
  activeOn?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}

@InputType()
export class AppointServicePostHolderInput {
  @Field(() => ID)
  @IsUUID()
  postId: string;

  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field(() => DateScalar)
  startDate: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  endDate?: string;
}

@InputType()
export class EndServicePostHolderInput extends Versioned() {
  @Field(() => DateScalar)
  endDate: string;
}

@ArgsType()
export class ServicePostCoverageArgs {
  @Field(() => ID)
  @IsUUID()
  unitId: string;

  @Field(() => DateScalar, { nullable: true, description: "统计日期，默认今天" })
  @IsOptional()
  on?: string;
}

@InputType()
export class CreateServicePledgeInput {
  @Field(() => ID)
  @IsUUID()
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
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 2000)
  standard?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  identity?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 2000)
  pledge?: string;
}

@InputType()
export class ArchiveServicePledgeInput extends Archiving() {}

@InputType()
export class ServicePledgeFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  serviceWindow?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  from?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  to?: string;
}

@InputType()
export class RecordServiceEvaluationInput {
  @Field(() => ID, { nullable: true, description: "针对的承诺；不填时须指定党员" })
  @IsOptional()
  @IsUUID()
  pledgeId?: string;

  @Field(() => ID, { nullable: true, description: "被评议党员；指定承诺时可省略" })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field(() => EvaluatorKind)
  evaluatorKind: EvaluatorKind;

  @Field({ description: "评议人，如“服务对象”“处长”" })
  @Length(1, 50)
  evaluatorLabel: string;

  @Field(() => EvaluationAspect, { nullable: true })
  @IsOptional()
  aspect?: EvaluationAspect;

  @Field(() => Int, { description: "0–100" })
  @Min(0)
  @Max(100)
  score: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  comment?: string;

  @Field(() => DateScalar)
  evaluatedOn: string;
}

@InputType()
export class ServiceEvaluationFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  pledgeId?: string;

  @Field(() => EvaluatorKind, { nullable: true })
  @IsOptional()
  evaluatorKind?: EvaluatorKind;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  from?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  to?: string;
}
