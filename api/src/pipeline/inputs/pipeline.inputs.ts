import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from "class-validator";
import { DateScalar } from "../../common/scalars";
import { Versioned } from "../../common/input-mixins";
import { IdField, OptionalDate, OptionalId, OptionalText } from "../../common/input-fields";
import { Gender } from "../../member/member.enums";
import {
  ContactRole,
  DevelopmentProcedure,
  DevelopmentStage,
  NoticeOutcome,
  NoticePurpose,
  ProbationReportKind,
  VotePurpose,
} from "../pipeline.enums";

/** What every step records besides its own fields: the filed documents behind it and a note. */
@InputType()
class StepRecordFields {
  @Field(() => [ID], { nullable: true, description: "所附备案文件（入党申请书、志愿书、会议记录等）" })
  @IsOptional()
  @IsUUID("all", { each: true })
  @ArrayMaxSize(20)
  documentIds?: string[];

  @OptionalText({ max: 1000 })
  note?: string;
}

/** A step on a case: the case, the version the caller saw, the step's day. */
@InputType()
class CaseStepInput extends Versioned(StepRecordFields, { id: "发展党员档案", version: "档案版本" }) {
  @Field(() => DateScalar, { description: "发生日期" })
  on: string;
}

@InputType({ description: "递交入党申请书：新建发展党员档案（申请人可为已登记的人员，或按姓名新登记）" })
export class ApplyForMembershipInput extends StepRecordFields {
  @IdField("接收申请的党支部（学生或教职工支部）")
  branchId: string;

  @OptionalId("已登记的申请人（非党员人员）")
  personId?: string;

  @OptionalText({ min: 1, max: 50 }, "申请人姓名（未登记时新登记）")
  name?: string;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => DateScalar, { description: "出生日期（用于年满 18 周岁的检查，不对外显示）" })
  birthDate: string;

  @Field(() => DateScalar, { description: "递交入党申请书日期" })
  appliedOn: string;
}

@InputType({ description: "阶段变更：确定为积极分子、培养考察对象、开始培养考察、确定为发展对象，或撤回、未被接收、取消预备党员资格" })
export class AdvanceDevelopmentCaseInput extends CaseStepInput {
  @Field(() => DevelopmentStage)
  to: DevelopmentStage;
}

@InputType({ description: "记录一个程序性步骤（党校考试、考察分析、推荐、讨论、审议、谈话、转正程序等）" })
export class RecordDevelopmentProcedureInput extends CaseStepInput {
  @Field(() => DevelopmentProcedure)
  procedure: DevelopmentProcedure;
}

@InputType({ description: "开始公示" })
export class OpenDevelopmentNoticeInput extends Versioned(StepRecordFields) {
  @Field(() => NoticePurpose)
  purpose: NoticePurpose;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar)
  endsOn: string;
}

@InputType({ description: "登记当前公示的结果" })
export class CloseDevelopmentNoticeInput extends CaseStepInput {
  @Field(() => NoticeOutcome)
  outcome: NoticeOutcome;
}

@InputType({ description: "指定培养人或入党介绍人" })
export class AssignDevelopmentContactInput extends CaseStepInput {
  @Field(() => ContactRole)
  role: ContactRole;

  @IdField("党员")
  memberId: string;
}

@InputType({ description: "不计入应到会人数的党员" })
export class VoteExclusionInput {
  @IdField()
  memberId: string;

  @Field({ description: "原因（请假、出国、受处分停止表决权等）" })
  @Length(1, 200)
  reason: string;
}

@InputType({ description: "支部党员大会表决（接收预备党员或预备党员转正）" })
export class RecordDevelopmentVoteInput extends Versioned(StepRecordFields) {
  @Field(() => VotePurpose)
  purpose: VotePurpose;

  @Field(() => DateScalar)
  heldOn: string;

  @Field(() => Int, { description: "到会有表决权的正式党员" })
  @Min(0)
  @Max(100000)
  present: number;

  @Field(() => Int)
  @Min(0)
  @Max(100000)
  votesFor: number;

  @Field(() => Int)
  @Min(0)
  @Max(100000)
  votesAgainst: number;

  @Field(() => Int)
  @Min(0)
  @Max(100000)
  abstentions: number;

  @Field(() => [VoteExclusionInput], { nullable: true, description: "不计入应到会人数的党员（请假、出国等）" })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(500)
  exclusions?: VoteExclusionInput[];
}

@InputType({ description: "党总支审批接收预备党员 / 审批转正" })
export class ApproveDevelopmentInput extends CaseStepInput {}

@InputType({ description: "提出书面转正申请" })
export class ApplyForConversionInput extends CaseStepInput {}

@InputType({ description: "预备党员汇报" })
export class RecordProbationReportInput extends CaseStepInput {
  @Field(() => ProbationReportKind)
  kind: ProbationReportKind;

  @OptionalId("听取汇报的入党介绍人（向介绍人汇报时）")
  introducerMemberId?: string;

  @OptionalId("书面汇报（已备案的思想汇报）")
  documentId?: string;
}

@InputType({ description: "延长预备期" })
export class ExtendProbationInput extends CaseStepInput {
  @Field(() => DateScalar, { description: "延长后的预备期满日期" })
  until: string;
}

@InputType({ description: "更正一条记录：原记录保留，更正另记一条" })
export class CorrectDevelopmentStepInput extends Versioned(StepRecordFields) {
  @IdField("被更正的记录")
  stepId: string;

  @OptionalDate("更正后的日期")
  on?: string;

  @Field({ description: "更正原因" })
  @Length(1, 500)
  reason: string;
}

@InputType()
export class DevelopmentCaseFilter {
  @OptionalId("该组织及其全部下级组织")
  unitId?: string;

  @Field(() => [DevelopmentStage], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  stages?: DevelopmentStage[];

  @OptionalDate("在此日期及以后仍在进行（或结束）的档案")
  since?: string;

  @OptionalDate("在此日期及以前已递交申请的档案")
  until?: string;

  @OptionalId()
  personId?: string;
}
