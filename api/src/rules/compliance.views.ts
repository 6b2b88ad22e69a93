import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { JSONObjectResolver } from "graphql-scalars";
import { resultUnion } from "../common/refusal";
import { DateScalar } from "../common/scalars";
import type { ComplianceResult } from "./compliance.results";

/*
 * The compliance API's GraphQL types: views of the service's plain results (compliance.results.ts),
 * built by compliance.presenter.ts in the resolver layer.
 */

export enum FindingStatusEnum {
  MET = "MET",
  UNMET = "UNMET",
  PENDING = "PENDING",
  EXEMPT = "EXEMPT",
}
registerEnumType(FindingStatusEnum, {
  name: "FindingStatus",
  valuesConfig: {
    MET: { description: "已达标" },
    UNMET: { description: "未达标（期间已结束）" },
    PENDING: { description: "进行中：期间未结束，尚未达标" },
    EXEMPT: { description: "按设置免于检查（如假期月份）" },
  },
});

@ObjectType({ description: "规则的一个参数版本：原文标准或党委调整" })
export class RuleParameterVersion {
  @Field(() => DateScalar)
  effectiveFrom: string;

  @Field(() => JSONObjectResolver)
  params: Record<string, number>;

  @Field({ description: "SOURCE：原文；COMMITTEE：党委调整" })
  source: string;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType({ description: "制度规定（规则库中的一条）" })
export class Rule {
  @Field() code: string;
  @Field({ description: "COMPLIANCE：按期间检查的规定；GUARD：办理某一步骤时检查、不满足即拒绝的前提" }) kind: string;
  @Field() title: string;
  @Field({ description: "原文出处" }) citation: string;
  @Field({ description: "按当前标准填入数字的要求" }) requirement: string;
  @Field({ description: "检查对象：UNIT 组织、MEMBER 党员、ASSIGNMENT 联系关系" }) subject: string;
  @Field({
    description:
      "期间：MONTH、QUARTER、HALF_YEAR、YEAR、SEMESTER、ACADEMIC_YEAR、SNAPSHOT（当前状态）、SUBJECT（自检查对象本身的日期起算）；GUARD 为 STEP（办理时检查）",
  })
  periodKind: string;
  @Field({ description: "适用范围" }) appliesTo: string;
  @Field(() => [String], { description: "影响判断的设置" }) settings: string[];
  @Field(() => [RuleParameterVersion]) parameters: RuleParameterVersion[];
  @Field(() => String, {
    nullable: true,
    description: "规则类别（事实族：ACTIVITIES、EDUCATION_HOURS、LIAISON_VISITS、FUNDS……；GUARD 为空），按类别汇总用",
  })
  family: string | null;
}

@ObjectType()
export class EvidenceRef {
  @Field({ description: "ACTIVITY、VISIT、DUES、DOCUMENT、ROOM、HAND_IN、ALLOCATION …" }) kind: string;
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) label?: string;
}

@ObjectType()
export class AppliedSettingView {
  @Field() key: string;
  @Field() value: string;
  @Field() label: string;
}

@ObjectType({ description: "一条检查结果：哪条规定、哪个期间、应达多少、实际多少" })
export class FindingView {
  @Field() ruleCode: string;
  @Field() title: string;
  @Field() citation: string;
  @Field(() => FindingStatusEnum) status: FindingStatusEnum;
  @Field() periodKind: string;
  @Field() periodKey: string;
  @Field() periodLabel: string;
  @Field(() => DateScalar) periodStart: string;
  @Field(() => DateScalar) periodEnd: string;
  @Field({ description: "应达，含单位，如“2次”" }) expected: string;
  @Field({ description: "实际，含单位" }) actual: string;
  @Field(() => Float) expectedValue: number;
  @Field(() => Float, { nullable: true }) actualValue: number | null;
  @Field({ description: "计量单位" }) measure: string;
  @Field(() => ID) unitId: string;
  @Field(() => ID, { nullable: true }) memberId: string | null;
  @Field(() => ID, { nullable: true }) assignmentId: string | null;
  @Field({ description: "检查对象的名称" }) subjectLabel: string;
  /** Builds the zh-CN sentence (see the `message` field resolver). */
  messageOf: () => string;
  @Field(() => [EvidenceRef], { description: "计入的记录（活动、走访、党费……）" }) evidence: EvidenceRef[];
  @Field(() => [AppliedSettingView]) settings: AppliedSettingView[];
  @Field(() => DateScalar, { nullable: true, description: "进行中的要求须在此日前完成" }) dueBy: string | null;
  @Field(() => String, { nullable: true }) parameterNote: string | null;
}

@ObjectType()
export class StatusCounts {
  @Field(() => Int) met: number;
  @Field(() => Int) unmet: number;
  @Field(() => Int) pending: number;
  @Field(() => Int) exempt: number;
  @Field(() => Int) total: number;
  @Field(() => Float, { nullable: true, description: "达标率 = 达标 / (达标 + 未达标)；无已结束的检查时为空" }) complianceRate:
    number | null;
}

@ObjectType()
export class RuleSummary extends StatusCounts {
  @Field() ruleCode: string;
  @Field({ description: "规则类别（事实族）" }) family: string;
  @Field() title: string;
  @Field() citation: string;
}

@ObjectType()
export class UnitSummary extends StatusCounts {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field() unitKind: string;
}

@ObjectType()
export class FindingPage {
  @Field(() => [FindingView]) items: FindingView[];
  @Field(() => Int) totalCount: number;
}

@ObjectType({ description: "合规检查报告" })
export class ComplianceReport {
  @Field(() => ID) unitId: string;
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => DateScalar, { description: "以此日为“今天”判断期间是否结束" }) asOf: string;
  @Field(() => StatusCounts) totals: StatusCounts;
  @Field(() => [RuleSummary]) byRule: RuleSummary[];
  @Field(() => [UnitSummary]) byUnit: UnitSummary[];
  /** The evaluation behind the view: `findings` builds a page of its groups. */
  result: ComplianceResult;
}

@ObjectType({ description: "沉寂组织：连续多日无活动记录" })
export class SilentUnit {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field() unitKind: string;
  @Field(() => DateScalar, { nullable: true }) lastActivityOn: string | null;
  @Field(() => Int, { nullable: true, description: "距今天数；从未有活动时为空" }) daysSilent: number | null;
  @Field() message: string;
}

@ObjectType({ description: "合规检查设置（原文未规定、由学校确定的事项）的当前值" })
export class ComplianceSetting {
  @Field() key: string;
  @Field(() => JSONObjectResolver, { description: '{ "value": true } 或 { "value": 30 }，与设置时的形式相同' }) value: Record<
    string,
    unknown
  >;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true, description: "设置人" }) setByLabel: string | null;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;
}

export const SetComplianceSettingResult = resultUnion("SetComplianceSettingResult", ComplianceSetting);
