import { Field, ID, InputType } from "type-graphql";
import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { BranchKind, OrgUnitKind } from "../org-unit.enums";

@InputType()
export class OrgUnitFilter {
  @Field(() => OrgUnitKind, { nullable: true })
  @IsOptional()
  kind?: OrgUnitKind;

  @Field(() => ID, { nullable: true, description: "直接下级：parentId 的子组织" })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @Field(() => ID, { nullable: true, description: "该组织的整个子树（不含自身）" })
  @IsOptional()
  @IsUUID()
  underId?: string;

  @Field(() => BranchKind, { nullable: true })
  @IsOptional()
  branchKind?: BranchKind;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}
