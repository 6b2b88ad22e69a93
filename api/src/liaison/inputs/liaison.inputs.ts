import { Archiving, Versioned } from "../../common/input-mixins";
import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { LiaisonKind, VisitKind } from "../liaison.enums";

@InputType()
export class CreateLiaisonAssignmentInput {
  @Field(() => LiaisonKind)
  kind: LiaisonKind;

  @Field(() => ID, { nullable: true, description: "联系人（党员）；党员教师必填" })
  @IsOptional()
  @IsUUID()
  liaisonMemberId?: string;

  @Field({ nullable: true, description: "领导姓名（非党员领导时必填；党员时默认取党员姓名）" })
  @IsOptional()
  @Length(1, 50)
  leaderName?: string;

  @Field({ nullable: true, description: "职务，如“副校长”" })
  @IsOptional()
  @MaxLength(50)
  leaderTitle?: string;

  @Field(() => ID, { nullable: true, description: "校领导联系的二级学院（党总支）" })
  @IsOptional()
  @IsUUID()
  targetUnitId?: string;

  @Field(() => ID, { nullable: true, description: "二级学院领导联系的班级" })
  @IsOptional()
  @IsUUID()
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

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  endDate?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}

@InputType({ description: "Only the fields given change." })
export class UpdateLiaisonAssignmentInput extends Versioned() {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(50)
  leaderTitle?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}

@InputType()
export class EndLiaisonAssignmentInput extends Versioned() {
  @Field(() => DateScalar)
  endDate: string;
}

@InputType()
export class AddLiaisonStudentsInput {
  @Field(() => ID)
  @IsUUID()
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
  @Field(() => ID, { nullable: true, description: "该组织子树内的联系安排" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => LiaisonKind, { nullable: true })
  @IsOptional()
  kind?: LiaisonKind;

  @Field(() => DateScalar, { nullable: true, description: "该日有效的联系安排" })
  @IsOptional()
  activeOn?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  liaisonMemberId?: string;
}

@InputType()
export class VisitPersonInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field({ nullable: true, description: "未登记人员的姓名" })
  @IsOptional()
  @Length(1, 50)
  name?: string;
}

@InputType()
export class FollowUpInput {
  @Field()
  @Length(1, 1000)
  content: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  dueOn?: string;
}

@InputType()
export class CreateLiaisonVisitInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => VisitKind)
  kind: VisitKind;

  @Field(() => ID, { nullable: true, description: "走访人（党员）：须为该安排的联系人" })
  @IsOptional()
  @IsUUID()
  visitorMemberId?: string;

  @Field({ nullable: true, description: "走访人姓名（非党员领导）" })
  @IsOptional()
  @Length(1, 50)
  visitorName?: string;

  @Field(() => DateScalar)
  visitedOn: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  place?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000)
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
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  place?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000)
  notes?: string;
}

@InputType()
export class ArchiveLiaisonVisitInput extends Archiving() {}

@InputType()
export class AddFollowUpInput extends FollowUpInput {
  @Field(() => ID)
  @IsUUID()
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
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  assignmentId?: string;

  @Field(() => ID, { nullable: true, description: "走访人（党员）" })
  @IsOptional()
  @IsUUID()
  visitorMemberId?: string;

  @Field(() => ID, { nullable: true, description: "该组织子树内的走访" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => VisitKind, { nullable: true })
  @IsOptional()
  kind?: VisitKind;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  from?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  to?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}
