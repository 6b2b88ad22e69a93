import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Length, Max, MaxLength, Min } from "class-validator";
import { JSONObjectResolver } from "graphql-scalars";
import { DateScalar } from "../../common/scalars";
import { FindingStatusEnum } from "../compliance.views";

@ArgsType()
export class ComplianceArgs {
  @Field(() => ID)
  @IsUUID()
  unitId: string;

  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Field(() => [String], { nullable: true, description: "只检查这些规则" })
  @IsOptional()
  @ArrayMaxSize(100)
  ruleCodes?: string[];

  @Field(() => [FindingStatusEnum], { nullable: true, description: "只列出这些状态的检查结果（汇总不受影响）" })
  @IsOptional()
  status?: FindingStatusEnum[];

  @Field(() => DateScalar, { nullable: true, description: "按哪一天判断期间是否结束，默认今天" })
  @IsOptional()
  asOf?: string;
}

/** A page of findings: at most 500 at a time, however many a college has. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(500)
  first: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset: number;
}

@ArgsType()
export class FindingPageArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  ruleCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

@InputType({ description: "党委调整某条规则的数字（自某日起生效；此前的期间仍按原标准判断）" })
export class SetRuleParametersInput {
  @Field()
  @Length(1, 60)
  ruleCode: string;

  @Field(() => DateScalar)
  effectiveFrom: string;

  @Field(() => JSONObjectResolver, { description: '如 { "min": 3 }；只能包含该规则已有的参数' })
  params: Record<string, unknown>;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}

export const SETTING_KEYS = ["HOUR_FLOORS_BIND_RETIREES", "SILENT_UNIT_DAYS"] as const;

@InputType({ description: "合规检查设置（原文未规定、由学校确定的事项）" })
export class SetComplianceSettingInput {
  @Field({ description: "HOUR_FLOORS_BIND_RETIREES（布尔）或 SILENT_UNIT_DAYS（天数）" })
  @IsIn(SETTING_KEYS as unknown as string[])
  key: string;

  @Field(() => JSONObjectResolver, { description: '{ "value": true } 或 { "value": 30 }' })
  value: Record<string, unknown>;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}
