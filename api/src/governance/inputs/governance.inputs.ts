import { Archiving, Versioned } from "../../common/input-mixins";
import { Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, IsUUID, Length, Max, MaxLength, Min } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { AwardKind, AwardStatus, DecisionCategory, NoticeChannel, RecognitionKind, RecognitionLevel } from "../governance.enums";

/** Shared by every archivable record (funds, allowances and governance records): 作废 with a reason. */
@InputType({ description: "作废一条记录（保留，不再计入统计）" })
export class ArchiveRecordInput extends Archiving({ reason: "作废原因" }) {}

@InputType()
export class GovernanceFilterBase {
  @Field(() => ID, { nullable: true, description: "该组织及其全部下级组织" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field({ nullable: true, defaultValue: false, description: "包含已作废的记录" })
  @IsOptional()
  includeArchived?: boolean;
}

// ── awards ─────────────────────────────────────────────────────────────────────

@InputType()
export class AwardFilter extends GovernanceFilterBase {
  @Field(() => AwardKind, { nullable: true })
  @IsOptional()
  kind?: AwardKind;

  @Field(() => AwardStatus, { nullable: true })
  @IsOptional()
  status?: AwardStatus;
}

@InputType({ description: "推荐评选：先进基层党组织推荐组织（unitId），个人奖项推荐党员（memberId）" })
export class NominateAwardInput {
  @Field(() => AwardKind)
  kind: AwardKind;

  @Field(() => Int, { description: "评选年度" })
  @Min(2000)
  @Max(2100)
  cycleYear: number;

  @Field(() => ID, { nullable: true, description: "被推荐的党组织（先进基层党组织）" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true, description: "被推荐的党员（优秀党务工作者、优秀共产党员）" })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field(() => DateScalar)
  nominatedOn: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string;
}

@InputType({ description: "推进评选流程：推荐 → 审核 → 表彰/未获表彰" })
export class AdvanceAwardInput extends Versioned() {
  @Field(() => AwardStatus)
  to: AwardStatus;

  @Field(() => DateScalar, { description: "审核或决定日期" })
  on: string;

  @Field({ nullable: true, description: "审核人" })
  @IsOptional()
  @Length(1, 100)
  reviewer?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string;
}

// ── honours and media reports ──────────────────────────────────────────────────

@InputType()
export class RecognitionFilter extends GovernanceFilterBase {
  @Field(() => RecognitionKind, { nullable: true })
  @IsOptional()
  kind?: RecognitionKind;

  @Field(() => RecognitionLevel, { nullable: true })
  @IsOptional()
  level?: RecognitionLevel;
}

@InputType()
export class CreateRecognitionInput {
  @Field(() => ID)
  @IsUUID()
  unitId: string;

  @Field(() => RecognitionKind)
  kind: RecognitionKind;

  @Field(() => RecognitionLevel)
  level: RecognitionLevel;

  @Field()
  @Length(1, 200)
  title: string;

  @Field(() => DateScalar)
  occurredOn: string;

  @Field({ description: "颁发单位或媒体" })
  @Length(1, 200)
  issuer: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string;
}

@InputType({ description: "只修改给出的字段" })
export class UpdateRecognitionInput extends Versioned() {
  @Field(() => RecognitionLevel, { nullable: true })
  @IsOptional()
  level?: RecognitionLevel;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  occurredOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  issuer?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string;
}

// ── 党务公开 ───────────────────────────────────────────────────────────────────

@InputType()
export class PartyAffairsNoticeFilter extends GovernanceFilterBase {
  @Field(() => NoticeChannel, { nullable: true })
  @IsOptional()
  channel?: NoticeChannel;
}

@InputType()
export class CreatePartyAffairsNoticeInput {
  @Field(() => ID)
  @IsUUID()
  unitId: string;

  @Field()
  @Length(1, 200)
  title: string;

  @Field(() => NoticeChannel)
  channel: NoticeChannel;

  @Field(() => DateScalar)
  publishedOn: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  summary?: string;
}

@InputType({ description: "只修改给出的字段" })
export class UpdatePartyAffairsNoticeInput extends Versioned() {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => NoticeChannel, { nullable: true })
  @IsOptional()
  channel?: NoticeChannel;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  publishedOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  summary?: string;
}

// ── 三重一大 ───────────────────────────────────────────────────────────────────

@InputType()
export class MajorDecisionFilter extends GovernanceFilterBase {
  @Field(() => DecisionCategory, { nullable: true })
  @IsOptional()
  category?: DecisionCategory;
}

@InputType()
export class CreateMajorDecisionInput {
  @Field(() => ID)
  @IsUUID()
  unitId: string;

  @Field()
  @Length(1, 200)
  title: string;

  @Field(() => DecisionCategory)
  category: DecisionCategory;

  @Field(() => DateScalar)
  decidedOn: string;

  @Field({ description: "酝酿沟通情况" })
  @Length(1, 2000)
  consultation: string;

  @Field(() => DateScalar, { description: "沟通日期（不晚于决策日期）" })
  consultedOn: string;

  @Field({ description: "沟通对象" })
  @Length(1, 200)
  consultedWith: string;
}

@InputType({ description: "只修改给出的字段" })
export class UpdateMajorDecisionInput extends Versioned() {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => DecisionCategory, { nullable: true })
  @IsOptional()
  category?: DecisionCategory;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  decidedOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 2000)
  consultation?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  consultedOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  consultedWith?: string;
}

// ── integrity risk register ────────────────────────────────────────────────────

@InputType()
export class IntegrityRiskFilter extends GovernanceFilterBase {}

@InputType()
export class CreateIntegrityRiskInput {
  @Field(() => ID)
  @IsUUID()
  unitId: string;

  @Field({ description: "风险点" })
  @Length(1, 500)
  riskPoint: string;

  @Field({ description: "关键点" })
  @Length(1, 500)
  keyPoint: string;

  @Field({ description: "防控措施" })
  @Length(1, 2000)
  controlMeasures: string;

  @Field({ description: "责任人（一岗双责）" })
  @Length(1, 100)
  responsiblePerson: string;

  @Field(() => DateScalar)
  reviewedOn: string;
}

@InputType({ description: "只修改给出的字段" })
export class UpdateIntegrityRiskInput extends Versioned() {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 500)
  riskPoint?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 500)
  keyPoint?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 2000)
  controlMeasures?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  responsiblePerson?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  reviewedOn?: string;
}
