import { Field, Float, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUUID, Length, Max, Min } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { Versioned } from "../../common/input-mixins";
import { IdField, Optional, OptionalDate, OptionalId, OptionalText } from "../../common/input-fields";
import { GovernanceFilterBase } from "../../governance/inputs/governance.inputs";
import { AssessmentGrade, AssessmentRoundKind, AssessmentSheetStatus, DisciplineLevel } from "../assessment.enums";

@InputType({ description: "开始一轮考核：每个参加的党支部一张评分表，建议分随即依据记录提出" })
export class CreateAssessmentRoundInput {
  @IdField("学院党委")
  collegeId: string;

  @Field(() => Int, { description: "考核年度" })
  @Min(2014)
  @Max(2100)
  year: number;

  @Field(() => AssessmentRoundKind)
  kind: AssessmentRoundKind;

  @OptionalText({ min: 1, max: 200 }, "名称（默认“某年度党支部工作目标管理考核”）")
  name?: string;

  @OptionalDate("考核期间起（默认考核年度 1 月 1 日）")
  periodFrom?: string;

  @OptionalDate("考核期间止（默认考核年度 12 月 31 日）")
  periodTo?: string;

  @OptionalDate("完成期限（默认考核年度 12 月 15 日，附件 五）")
  deadline?: string;

  @Field(() => [ID], { nullable: true, description: "参加考核的党支部（默认学院全部党支部）" })
  @IsOptional()
  @IsUUID("all", { each: true })
  @ArrayMaxSize(2000)
  branchIds?: string[];

  @Field(() => [ID], { nullable: true, description: "考核领导小组成员的账号（创建人自动加入）" })
  @IsOptional()
  @IsUUID("all", { each: true })
  @ArrayMaxSize(50)
  panelUserIds?: string[];

  @OptionalText({ max: 1000 })
  note?: string;
}

@InputType()
export class AssessmentSheetFilter {
  @OptionalId("考核轮次")
  roundId?: string;

  @OptionalId("该组织及其下级党支部")
  unitId?: string;

  @Optional(() => AssessmentSheetStatus)
  status?: AssessmentSheetStatus;

  @Optional(() => AssessmentGrade)
  grade?: AssessmentGrade;
}

@InputType({ description: "评委给一个测评要素评分：不给分数即确认建议分；与建议分不同须说明理由" })
export class ScoreAssessmentElementInput extends Versioned({ id: "评分表", version: "评分表的版本" }) {
  @Field({ description: "要素编号，如 1.2；附加分为指标号 17–20" })
  @Length(1, 10)
  key: string;

  @Field(() => Float, { nullable: true, description: "给分；不给即确认建议分" })
  @IsOptional()
  @Min(0)
  @Max(100)
  score?: number;

  @OptionalText({ min: 1, max: 1000 }, "改分理由（与建议分不同时必填）")
  reason?: string;
}

@InputType({ description: "推进评分表：评分中 → 报党委审定 → 书面通知 → (申请复核 → 复核) → 定级" })
export class AdvanceAssessmentSheetInput extends Versioned() {
  @Field(() => AssessmentSheetStatus)
  to: AssessmentSheetStatus;

  @Field(() => DateScalar, { description: "该步骤的日期（通知日、申请复核日、复核意见日 …）" })
  on: string;

  @OptionalText({ min: 1, max: 2000 }, "申请复核的理由、复核意见（这两步必填）")
  note?: string;
}

@InputType({ description: "按当前记录重新提出建议分（先用 assessmentReproposal 查看差别）" })
export class ReproposeAssessmentSheetInput extends Versioned() {}

@InputType()
export class DisciplineCaseFilter extends GovernanceFilterBase {}

@InputType({ description: "登记党员受党纪处分（考核一票否决依据，附件 六(二)）" })
export class RecordDisciplineCaseInput {
  @IdField()
  memberId: string;

  @Field(() => DateScalar, { description: "处分决定日期" })
  decidedOn: string;

  @Field(() => DisciplineLevel)
  level: DisciplineLevel;

  @Field({ description: "处分决定文件（文号）" })
  @Length(1, 200)
  decisionDocument: string;

  @OptionalText({ max: 2000 }, "处分事由")
  reason?: string;
}

@InputType({ description: "登记不合格党支部的整改措施（附件 六(二)、七(四)）" })
export class RecordRectificationInput {
  @IdField("考核评分表")
  sheetId: string;

  @Field(() => DateScalar)
  recordedOn: string;

  @Field({ description: "整改措施" })
  @Length(1, 2000)
  measures: string;

  @OptionalDate("整改期限")
  dueOn?: string;

  @OptionalDate("整改完成日期")
  completedOn?: string;

  @OptionalText({ max: 1000 })
  note?: string;
}
