import { Archiving, Versioned } from "../../common/input-mixins";
import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength, Min } from "class-validator";
import { BranchKind, GroupPurpose } from "../org-unit.enums";

@InputType()
export class RenameOrgUnitInput extends Versioned() {
  @Field()
  @Length(1, 100)
  name: string;
}

@InputType({ description: "Only the fields given change." })
export class UpdateOrgUnitInput extends Versioned() {
  @Field(() => BranchKind, { nullable: true })
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

@InputType()
export class MoveOrgUnitInput extends Versioned() {
  @Field(() => ID)
  @IsUUID()
  newParentId: string;
}

@InputType()
export class ArchiveOrgUnitInput extends Archiving() {}
