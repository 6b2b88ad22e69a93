import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { AssessmentGrade } from "./assessment.enums";
import { AssessmentSheet } from "./assessment-sheet.entity";

/*
 * The GraphQL views of what is not a stored row: the score sheet's definition (sheet-definition.ts),
 * a proposal's evidence, a re-proposal's differences, a round's ranking and grade distribution.
 */

@ObjectType({ description: "测评要素" })
export class SheetElementView {
  @Field()
  key: string;
  @Field()
  label: string;
  @Field(() => Float, { nullable: true, description: "分值；附加分为空" })
  max: number | null;
  @Field(() => String, { nullable: true, description: "建议分的计算方法；为空表示不由记录提出建议分" })
  how: string | null;
}

@ObjectType({ description: "二级指标" })
export class SheetIndicatorView {
  @Field(() => Int)
  number: number;
  @Field()
  title: string;
  @Field(() => Float, { nullable: true })
  max: number | null;
  @Field({ description: "评分方法" })
  method: string;
  @Field(() => String, { nullable: true, description: "附加分规则" })
  bonusRule: string | null;
  @Field(() => String, { nullable: true, description: "说明（如为何不由记录提出建议分）" })
  note: string | null;
  @Field(() => [SheetElementView])
  elements: SheetElementView[];
}

@ObjectType({ description: "一级指标" })
export class SheetFirstLevelView {
  @Field()
  name: string;
  @Field(() => Float, { nullable: true })
  max: number | null;
  @Field(() => [SheetIndicatorView])
  indicators: SheetIndicatorView[];
}

@ObjectType({ description: "考核等级的分数线" })
export class GradeBandView {
  @Field(() => AssessmentGrade)
  grade: AssessmentGrade;
  @Field(() => Float, { description: "该等级的最低总分（含）" })
  min: number;
  @Field()
  label: string;
}

@ObjectType({ description: "附加分：荣誉与媒体报道各级别的分值（指标17/18）" })
export class RecognitionPointsView {
  @Field()
  level: string;
  @Field(() => Float)
  points: number;
}

@ObjectType({ description: "一票否决规则" })
export class VetoRuleView {
  @Field()
  code: string;
  @Field()
  citation: string;
  @Field()
  text: string;
}

@ObjectType({ description: "考核评分表（按版本，自生效日起适用于新的考核轮次）" })
export class AssessmentSheetDefinitionView {
  @Field()
  version: string;
  @Field()
  effectiveFrom: string;
  @Field()
  title: string;
  @Field()
  citation: string;
  @Field(() => [SheetFirstLevelView])
  firstLevels: SheetFirstLevelView[];
  @Field(() => [GradeBandView])
  gradeBands: GradeBandView[];
  @Field()
  gradeCitation: string;
  @Field({ description: "小数总分如何定级" })
  gradeRounding: string;
  @Field({ description: "合规率如何折算为分数" })
  conversionRule: string;
  @Field(() => Float, { description: "给分的最小单位" })
  step: number;
  @Field(() => [RecognitionPointsView])
  recognitionPoints: RecognitionPointsView[];
  @Field(() => VetoRuleView)
  veto: VetoRuleView;
}

@ObjectType({ description: "建议分的依据：一条记录或一条规则的结论" })
export class ProposalEvidenceView {
  @Field({ description: "COMMITTEE_POSITION、DOCUMENT、PARTY_AFFAIRS_NOTICE、MAJOR_DECISION、RULE、FINDINGS、RECOGNITION …" })
  kind: string;
  @Field({ description: "记录的 id，或规则代码（RULE），或“规则|期间|组织”（FINDINGS）" })
  ref: string;
  @Field()
  label: string;
}

@ObjectType({ description: "重新提出建议分时与已存建议分的差别（尚未写入）" })
export class ReproposalDiffView {
  @Field()
  key: string;
  @Field()
  label: string;
  @Field(() => Float, { nullable: true, description: "已存的建议分" })
  storedValue: number | null;
  @Field(() => Float, { nullable: true, description: "按当前记录计算的建议分" })
  freshValue: number | null;
  @Field(() => Float, { nullable: true, description: "评委已给的分（不随重新提出而改变）" })
  score: number | null;
  @Field(() => String, { nullable: true })
  freshHow: string | null;
  @Field(() => [ProposalEvidenceView])
  freshEvidence: ProposalEvidenceView[];
}

@ObjectType({ description: "考核排名的一行" })
export class AssessmentRankingRow {
  @Field(() => Int, { description: "名次（一票否决的排在最后；总分相同名次相同）" })
  rank: number;
  @Field(() => AssessmentSheet)
  sheet: AssessmentSheet;
  @Field()
  unitName: string;
  @Field(() => String, { nullable: true, description: "所属党总支" })
  generalBranchName: string | null;
  @Field(() => Float, { nullable: true })
  total: number | null;
  @Field(() => AssessmentGrade, { nullable: true })
  grade: AssessmentGrade | null;
}

@ObjectType({ description: "等级分布：整轮（generalBranchId 为空）或某党总支" })
export class GradeDistributionRow {
  @Field(() => ID, { nullable: true })
  generalBranchId: string | null;
  @Field(() => String, { nullable: true })
  generalBranchName: string | null;
  @Field(() => Int)
  excellent: number;
  @Field(() => Int)
  good: number;
  @Field(() => Int)
  pass: number;
  @Field(() => Int)
  fail: number;
  @Field(() => Int, { description: "尚未定级" })
  ungraded: number;
  @Field(() => Int)
  total: number;
}
