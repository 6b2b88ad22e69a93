import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUUID, Length, ValidateNested } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { LiaisonKind, VisitKind } from "../liaison.enums";
import { Archiving, Versioned } from "../../common/input-mixins";
import { IdField, Optional, OptionalDate, OptionalId, OptionalText } from "../../common/input-fields";

@InputType()
export class CreateLiaisonAssignmentInput {
  @Field(() => LiaisonKind)
  kind: LiaisonKind;

  @OptionalId("联系人（党员）；党员教师必填")
  liaisonMemberId?: string;

  @OptionalText({ min: 1, max: 50 }, "领导姓名（非党员领导时必填；党员时默认取党员姓名）")
  leaderName?: string;

  @OptionalText({ max: 50 }, "职务，如“副校长”")
  leaderTitle?: string;

  @OptionalId("校领导联系的二级学院（党总支）")
  targetUnitId?: string;

  @OptionalId("二级学院领导联系的班级")
  targetClassId?: string;

  @Field(() => [ID], { nullable: true, description: "党员教师联系的学生（非党员学生人员）" })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID("all", { each: true })
  studentPersonIds?: string[];

  @Field(() => [ID], { nullable: true, description: "党员教师联系的学生党员" })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID("all", { each: true })
  studentMemberIds?: string[];

  @Field(() => DateScalar)
  startDate: string;

  @OptionalDate()
  endDate?: string;

  @OptionalText({ max: 500 })
  note?: string;
}

@InputType({ description: "Only the fields given change." })
export class UpdateLiaisonAssignmentInput extends Versioned() {
  @OptionalText({ max: 50 })
  leaderTitle?: string;

  @OptionalText({ max: 500 })
  note?: string;
}

@InputType()
export class EndLiaisonAssignmentInput extends Versioned() {
  @Field(() => DateScalar)
  endDate: string;
}

@InputType()
export class AddLiaisonStudentsInput {
  @IdField()
  assignmentId: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID("all", { each: true })
  personIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID("all", { each: true })
  memberIds?: string[];
}

@InputType()
export class LiaisonAssignmentFilter {
  @OptionalId("该组织子树内的联系安排")
  unitId?: string;

  @Optional(() => LiaisonKind)
  kind?: LiaisonKind;

  @OptionalDate("该日有效的联系安排")
  activeOn?: string;

  @OptionalId()
  liaisonMemberId?: string;
}

@InputType()
export class VisitPersonInput {
  @OptionalId()
  personId?: string;

  @OptionalId()
  memberId?: string;

  @OptionalText({ min: 1, max: 50 }, "未登记人员的姓名")
  name?: string;
}

@InputType()
export class FollowUpInput {
  @Field()
  @Length(1, 1000)
  content: string;

  @OptionalDate()
  dueOn?: string;
}

@InputType()
export class CreateLiaisonVisitInput {
  @IdField()
  assignmentId: string;

  @Field(() => VisitKind)
  kind: VisitKind;

  @OptionalId("走访人（党员）：须为该安排的联系人")
  visitorMemberId?: string;

  @OptionalText({ min: 1, max: 50 }, "走访人姓名（非党员领导）")
  visitorName?: string;

  @Field(() => DateScalar)
  visitedOn: string;

  @OptionalText({ max: 200 })
  place?: string;

  @OptionalText({ max: 5000 })
  notes?: string;

  @Field(() => [VisitPersonInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  peopleMet?: VisitPersonInput[];

  @Field(() => [FollowUpInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  followUps?: FollowUpInput[];
}

@InputType({ description: "Only the fields given change." })
export class UpdateLiaisonVisitInput extends Versioned() {
  @OptionalText({ max: 200 })
  place?: string;

  @OptionalText({ max: 5000 })
  notes?: string;
}

@InputType()
export class ArchiveLiaisonVisitInput extends Archiving() {}

@InputType()
export class AddFollowUpInput extends FollowUpInput {
  @IdField()
  visitId: string;
}

@InputType()
export class ResolveFollowUpInput extends Versioned() {
  @Field(() => DateScalar)
  resolvedOn: string;

  @Field()
  @Length(1, 1000)
  resolution: string;
}

@InputType()
export class LiaisonVisitFilter {
  @OptionalId()
  assignmentId?: string;

  @OptionalId("走访人（党员）")
  visitorMemberId?: string;

  @OptionalId("该组织子树内的走访")
  unitId?: string;

  @Optional(() => VisitKind)
  kind?: VisitKind;

  @OptionalDate()
  from?: string;

  @OptionalDate()
  to?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}
