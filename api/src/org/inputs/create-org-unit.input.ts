import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength, Min } from "class-validator";
import { BranchKind, GroupPurpose, OrgUnitKind } from "../org-unit.enums";

@InputType()
export class CreateOrgUnitInput {
  @Field(() => OrgUnitKind)
  kind: OrgUnitKind;

  @Field()
  @Length(1, 100)
  name: string;

  @Field(() => ID, { nullable: true, description: "上级组织；新建党委（学校根节点）时为空" })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @Field(() => BranchKind, { nullable: true, description: "党支部必填" })
  @IsOptional()
  branchKind?: BranchKind;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(100, { each: true })
  covers?: string[];

  @Field({ nullable: true })
  @IsOptional()
  isOnline?: boolean;

  @Field(() => GroupPurpose, { nullable: true })
  @IsOptional()
  groupPurpose?: GroupPurpose;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  location?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  sortOrder?: number;
}
