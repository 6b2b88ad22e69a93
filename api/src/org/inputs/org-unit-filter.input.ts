import { Field, InputType } from "type-graphql";
import { IsOptional } from "class-validator";
import { BranchKind, OrgUnitKind } from "../org-unit.enums";
import { Optional, OptionalId, OptionalText } from "../../common/input-fields";

@InputType()
export class OrgUnitFilter {
  @Optional(() => OrgUnitKind)
  kind?: OrgUnitKind;

  @OptionalId("直接下级：parentId 的子组织")
  parentId?: string;

  @OptionalId("该组织的整个子树（不含自身）")
  underId?: string;

  @Optional(() => BranchKind)
  branchKind?: BranchKind;

  @OptionalText({ max: 100 })
  nameContains?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}
