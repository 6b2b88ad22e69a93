import { Field, InputType, Int } from "type-graphql";
import { IsOptional, Length, Max, Min } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { AwardKind, AwardStatus, DecisionCategory, NoticeChannel, RecognitionKind, RecognitionLevel } from "../governance.enums";
import { Archiving, Versioned } from "../../common/input-mixins";
import { IdField, Optional, OptionalDate, OptionalId, OptionalText } from "../../common/input-fields";

/** Shared by every archivable record (funds, allowances and governance records): 作废 with a reason. */
@InputType({ description: "作废一条记录（保留，不再计入统计）" })
export class ArchiveRecordInput extends Archiving({ reason: "作废原因" }) {}

@InputType()
export class GovernanceFilterBase {
  @OptionalId("该组织及其全部下级组织")
  unitId?: string;

  @Optional(() => Int)
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
  @Optional(() => AwardKind)
  kind?: AwardKind;

  @Optional(() => AwardStatus)
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

  @OptionalId("被推荐的党组织（先进基层党组织）")
  unitId?: string;

  @OptionalId("被推荐的党员（优秀党务工作者、优秀共产党员）")
  memberId?: string;

  @Field(() => DateScalar)
  nominatedOn: string;

  @OptionalText({ max: 1000 })
  note?: string;
}

@InputType({ description: "推进评选流程：推荐 → 审核 → 表彰/未获表彰" })
export class AdvanceAwardInput extends Versioned() {
  @Field(() => AwardStatus)
  to: AwardStatus;

  @Field(() => DateScalar, { description: "审核或决定日期" })
  on: string;

  @OptionalText({ min: 1, max: 100 }, "审核人")
  reviewer?: string;

  @OptionalText({ max: 1000 })
  note?: string;
}

// ── honours and media reports ──────────────────────────────────────────────────

@InputType()
export class RecognitionFilter extends GovernanceFilterBase {
  @Optional(() => RecognitionKind)
  kind?: RecognitionKind;

  @Optional(() => RecognitionLevel)
  level?: RecognitionLevel;
}

@InputType()
export class CreateRecognitionInput {
  @IdField()
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

  @OptionalText({ max: 1000 })
  note?: string;
}

@InputType({ description: "只修改给出的字段" })
export class UpdateRecognitionInput extends Versioned() {
  @Optional(() => RecognitionLevel)
  level?: RecognitionLevel;

  @OptionalText({ min: 1, max: 200 })
  title?: string;

  @OptionalDate()
  occurredOn?: string;

  @OptionalText({ min: 1, max: 200 })
  issuer?: string;

  @OptionalText({ max: 1000 })
  note?: string;
}

// ── 党务公开 ───────────────────────────────────────────────────────────────────

@InputType()
export class PartyAffairsNoticeFilter extends GovernanceFilterBase {
  @Optional(() => NoticeChannel)
  channel?: NoticeChannel;
}

@InputType()
export class CreatePartyAffairsNoticeInput {
  @IdField()
  unitId: string;

  @Field()
  @Length(1, 200)
  title: string;

  @Field(() => NoticeChannel)
  channel: NoticeChannel;

  @Field(() => DateScalar)
  publishedOn: string;

  @OptionalText({ max: 2000 })
  summary?: string;
}

@InputType({ description: "只修改给出的字段" })
export class UpdatePartyAffairsNoticeInput extends Versioned() {
  @OptionalText({ min: 1, max: 200 })
  title?: string;

  @Optional(() => NoticeChannel)
  channel?: NoticeChannel;

  @OptionalDate()
  publishedOn?: string;

  @OptionalText({ max: 2000 })
  summary?: string;
}

// ── 三重一大 ───────────────────────────────────────────────────────────────────

@InputType()
export class MajorDecisionFilter extends GovernanceFilterBase {
  @Optional(() => DecisionCategory)
  category?: DecisionCategory;
}

@InputType()
export class CreateMajorDecisionInput {
  @IdField()
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
  @OptionalText({ min: 1, max: 200 })
  title?: string;

  @Optional(() => DecisionCategory)
  category?: DecisionCategory;

  @OptionalDate()
  decidedOn?: string;

  @OptionalText({ min: 1, max: 2000 })
  consultation?: string;

  @OptionalDate()
  consultedOn?: string;

  @OptionalText({ min: 1, max: 200 })
  consultedWith?: string;
}

// ── integrity risk register ────────────────────────────────────────────────────

@InputType()
export class IntegrityRiskFilter extends GovernanceFilterBase {}

@InputType()
export class CreateIntegrityRiskInput {
  @IdField()
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
  @OptionalText({ min: 1, max: 500 })
  riskPoint?: string;

  @OptionalText({ min: 1, max: 500 })
  keyPoint?: string;

  @OptionalText({ min: 1, max: 2000 })
  controlMeasures?: string;

  @OptionalText({ min: 1, max: 100 })
  responsiblePerson?: string;

  @OptionalDate()
  reviewedOn?: string;
}
