import { Field, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../common/scalars";
import { DevelopmentProcedure, DevelopmentStage, NoticePurpose, VotePurpose } from "./pipeline.enums";

@ObjectType({ description: "下一步可做的事：最早日期与所依据的规则" })
export class NextStep {
  @Field({ description: "记录这一步的操作（mutation 名称）" })
  action: string;

  @Field({ description: "这一步（中文）" })
  label: string;

  @Field(() => DevelopmentStage, { nullable: true, description: "这一步进入的阶段" })
  toStage?: DevelopmentStage | null;

  @Field(() => DevelopmentProcedure, { nullable: true })
  procedure?: DevelopmentProcedure | null;

  @Field(() => NoticePurpose, { nullable: true })
  noticePurpose?: NoticePurpose | null;

  @Field(() => VotePurpose, { nullable: true })
  votePurpose?: VotePurpose | null;

  @Field(() => DateScalar, { nullable: true, description: "最早可做的日期（尚缺前提时为空）" })
  earliestOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "最迟应做的日期（如转正申请）" })
  latestOn?: string | null;

  @Field(() => String, { nullable: true })
  ruleCode?: string | null;

  @Field(() => String, { nullable: true })
  citation?: string | null;

  @Field(() => String, { nullable: true, description: "尚缺的前提" })
  missing?: string | null;
}

@ObjectType({ description: "发展党员漏斗：某年进入与离开各阶段的人数" })
export class DevelopmentFunnelRow {
  @Field(() => DevelopmentStage)
  stage: DevelopmentStage;

  @Field(() => Int, { description: "当年进入该阶段" })
  entered: number;

  @Field(() => Int, { description: "当年离开该阶段" })
  left: number;

  @Field(() => Int, { description: "年末（或今天）处于该阶段" })
  current: number;
}
