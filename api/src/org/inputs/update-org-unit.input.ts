import { Field, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, MaxLength, Min } from "class-validator";
import { BranchKind, GroupPurpose } from "../org-unit.enums";
import { Archiving, Versioned } from "../../common/input-mixins";
import { IdField, Optional, OptionalText } from "../../common/input-fields";

@InputType()
export class RenameOrgUnitInput extends Versioned() {
  @Field()
  @Length(1, 100)
  name: string;
}

@InputType({ description: "Only the fields given change." })
export class UpdateOrgUnitInput extends Versioned() {
  @Optional(() => BranchKind)
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

@InputType()
export class MoveOrgUnitInput extends Versioned() {
  @IdField()
  newParentId: string;
}

@InputType()
export class ArchiveOrgUnitInput extends Archiving() {}
