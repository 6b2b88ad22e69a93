import { Field, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, MaxLength, Min } from "class-validator";
import { BranchKind, GroupPurpose, OrgUnitKind } from "../org-unit.enums";
import { Optional, OptionalId, OptionalText } from "../../common/input-fields";

@InputType()
export class CreateOrgUnitInput {
  @Field(() => OrgUnitKind)
  kind: OrgUnitKind;

  @Field()
  @Length(1, 100)
  name: string;

  @OptionalId("上级组织；新建党委（学校根节点）时为空")
  parentId?: string;

  @Optional(() => BranchKind, "党支部必填")
  branchKind?: BranchKind;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(100, { each: true })
  covers?: string[];

  @Field({ nullable: true })
  @IsOptional()
  isOnline?: boolean;

  @Optional(() => GroupPurpose)
  groupPurpose?: GroupPurpose;

  @OptionalText({ max: 200 })
  location?: string;

  @Optional(() => Int)
  @Min(0)
  sortOrder?: number;
}
