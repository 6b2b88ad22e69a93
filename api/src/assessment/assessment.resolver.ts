import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { seesSensitive } from "../auth/mask";
import { badInput } from "../common/errors";
import { PageArgs, PageType } from "../common/pagination";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import { FundAllocation } from "../funding/fund-allocation.entity";
import { ArchiveRecordInput } from "../governance/inputs/governance.inputs";
import { Member } from "../member/member.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { DISCIPLINE_LEVEL_LABELS, DisciplineLevel, GRADE_LABELS } from "./assessment.enums";
import * as Results from "./assessment-results.service";
import { AssessmentRound } from "./assessment-round.entity";
import { AssessmentScore } from "./assessment-score.entity";
import { AssessmentSheet } from "./assessment-sheet.entity";
import * as AssessmentService from "./assessment.service";
import {
  AssessmentRankingRow,
  AssessmentSheetDefinitionView,
  GradeDistributionRow,
  ProposalEvidenceView,
  ReproposalDiffView,
} from "./assessment.views";
import { DisciplineCase } from "./discipline-case.entity";
import {
  AdvanceAssessmentSheetInput,
  AssessmentSheetFilter,
  CreateAssessmentRoundInput,
  DisciplineCaseFilter,
  RecordDisciplineCaseInput,
  RecordRectificationInput,
  ReproposeAssessmentSheetInput,
  ScoreAssessmentElementInput,
} from "./inputs/assessment.inputs";
import { Rectification } from "./rectification.entity";
import { definitionView } from "./sheet-definition.view";
import { SHEET_DEFINITIONS, sheetVersion, sheetVersion as sheetVersionOf } from "./sheet-definition";

const AssessmentSheetPage = PageType(AssessmentSheet);
const DisciplineCasePage = PageType(DisciplineCase);
export const AssessmentSheetResult = resultUnion("AssessmentSheetResult", AssessmentSheet);
export const DisciplineCaseResult = resultUnion("DisciplineCaseResult", DisciplineCase);

@Resolver(() => AssessmentRound)
export class AssessmentRoundResolver {
  @Query(() => AssessmentSheetDefinitionView, { description: "考核评分表（附件 考核评分表）：给定版本，默认最新版本" })
  @Authorized(Permission.ASSESSMENT_READ)
  assessmentSheetDefinition(
    @Arg("sheetVersion", () => String, { nullable: true, description: "评分表版本，如 2014" }) sheetVersion?: string,
  ) {
    if (sheetVersion && !SHEET_DEFINITIONS.some((d) => d.version === sheetVersion))
      throw badInput({ sheetVersion: [`没有评分表版本 ${sheetVersion}`] });
    return definitionView(sheetVersion ? sheetVersionOf(sheetVersion) : SHEET_DEFINITIONS[SHEET_DEFINITIONS.length - 1]);
  }

  @Query(() => [AssessmentRound], { description: "考核轮次（本学院）" })
  @Authorized(Permission.ASSESSMENT_READ)
  assessmentRounds(@Ctx() ctx: RequestContext, @Arg("year", () => Int, { nullable: true }) year?: number) {
    return AssessmentService.listRounds(ctx, year);
  }

  @Query(() => AssessmentRound)
  @Authorized(Permission.ASSESSMENT_READ)
  assessmentRound(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return AssessmentService.findRound(ctx, id);
  }

  @Mutation(() => AssessmentRound, { description: "开始一轮考核：每个党支部一张评分表，建议分依据记录提出" })
  @Authorized(Permission.ASSESSMENT_WRITE)
  @Transaction()
  createAssessmentRound(@Ctx() ctx: RequestContext, @Arg("input") input: CreateAssessmentRoundInput) {
    return AssessmentService.createRound(ctx, input);
  }

  @FieldResolver(() => [AssessmentSheet], { description: "本轮的评分表（调用者范围内的）" })
  sheets(@Ctx() ctx: RequestContext, @Root() round: AssessmentRound) {
    return ctx.loaders.sheetsOfRound.load(round.id);
  }

  @FieldResolver(() => AssessmentSheetDefinitionView, { description: "本轮所用的评分表" })
  definition(@Root() round: AssessmentRound) {
    return definitionView(sheetVersion(round.sheetVersion));
  }
}

@Resolver(() => AssessmentSheet)
export class AssessmentSheetResolver {
  @Query(() => AssessmentSheetPage, { description: "考核评分表（调用者范围内的党支部）" })
  @Authorized(Permission.ASSESSMENT_READ)
  assessmentSheets(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => AssessmentSheetFilter, { nullable: true }) filter: AssessmentSheetFilter,
    @Args() page: PageArgs,
  ) {
    return AssessmentService.listSheets(ctx, filter ?? {}, page);
  }

  @Query(() => AssessmentSheet)
  @Authorized(Permission.ASSESSMENT_READ)
  assessmentSheet(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return AssessmentService.findSheet(ctx, id);
  }

  @Query(() => [ReproposalDiffView], { description: "按当前记录重新提出建议分会改变什么（不写入）" })
  @Authorized(Permission.ASSESSMENT_READ)
  assessmentReproposal(@Ctx() ctx: RequestContext, @Arg("sheetId", () => ID) sheetId: string) {
    return AssessmentService.reproposalPreview(ctx, sheetId);
  }

  @Query(() => [AssessmentRankingRow], { description: "考核排名（整轮，或某组织之下）" })
  @Authorized(Permission.ASSESSMENT_READ)
  assessmentRanking(
    @Ctx() ctx: RequestContext,
    @Arg("roundId", () => ID) roundId: string,
    @Arg("underUnitId", () => ID, { nullable: true }) underUnitId?: string,
  ) {
    return Results.ranking(ctx, roundId, underUnitId);
  }

  @Query(() => [GradeDistributionRow], { description: "等级分布：整轮一行，各党总支各一行" })
  @Authorized(Permission.ASSESSMENT_READ)
  assessmentGradeDistribution(@Ctx() ctx: RequestContext, @Arg("roundId", () => ID) roundId: string) {
    return Results.distribution(ctx, roundId);
  }

  @Query(() => [AssessmentSheet], { description: "某党支部历次考核" })
  @Authorized(Permission.ASSESSMENT_READ)
  branchAssessmentHistory(@Ctx() ctx: RequestContext, @Arg("unitId", () => ID) unitId: string) {
    return Results.history(ctx, unitId);
  }

  @Query(() => [AssessmentSheet], { description: "考核不合格的党支部（及其整改记录）" })
  @Authorized(Permission.ASSESSMENT_READ)
  failedAssessmentSheets(@Ctx() ctx: RequestContext, @Arg("roundId", () => ID) roundId: string) {
    return Results.failed(ctx, roundId);
  }

  @Mutation(() => AssessmentSheetResult, { description: "评委确认或修改一个测评要素的得分" })
  @Authorized(Permission.ASSESSMENT_WRITE)
  @Transaction()
  scoreAssessmentElement(@Ctx() ctx: RequestContext, @Arg("input") input: ScoreAssessmentElementInput) {
    return AssessmentService.scoreElement(ctx, input);
  }

  @Mutation(() => AssessmentSheetResult, { description: "推进评分表：报送审定、书面通知、申请复核、复核、定级" })
  @Authorized(Permission.ASSESSMENT_WRITE)
  @Transaction()
  advanceAssessmentSheet(@Ctx() ctx: RequestContext, @Arg("input") input: AdvanceAssessmentSheetInput) {
    return AssessmentService.advanceSheet(ctx, input);
  }

  @Mutation(() => AssessmentSheetResult, { description: "按当前记录重新提出建议分（评委给分不变）" })
  @Authorized(Permission.ASSESSMENT_WRITE)
  @Transaction()
  reproposeAssessmentSheet(@Ctx() ctx: RequestContext, @Arg("input") input: ReproposeAssessmentSheetInput) {
    return AssessmentService.repropose(ctx, input);
  }

  @Mutation(() => Rectification, { description: "登记不合格党支部的整改" })
  @Authorized(Permission.ASSESSMENT_WRITE)
  @Transaction()
  recordAssessmentRectification(@Ctx() ctx: RequestContext, @Arg("input") input: RecordRectificationInput) {
    return AssessmentService.recordRectification(ctx, input);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  unit(@Ctx() ctx: RequestContext, @Root() sheet: AssessmentSheet) {
    return ctx.loaders.orgUnit.load(sheet.unitId);
  }

  @FieldResolver(() => AssessmentRound, { nullable: true })
  round(@Ctx() ctx: RequestContext, @Root() sheet: AssessmentSheet) {
    return ctx.loaders.assessmentRound.load(sheet.roundId);
  }

  @FieldResolver(() => [AssessmentScore], { description: "各测评要素：建议分、依据、评委给分" })
  scores(@Ctx() ctx: RequestContext, @Root() sheet: AssessmentSheet) {
    return ctx.loaders.scoresOfSheet.load(sheet.id);
  }

  @FieldResolver(() => [Rectification])
  rectifications(@Ctx() ctx: RequestContext, @Root() sheet: AssessmentSheet) {
    return ctx.loaders.rectificationsOfSheet.load(sheet.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "等级（中文）" })
  gradeLabel(@Root() sheet: AssessmentSheet) {
    return sheet.grade ? GRADE_LABELS[sheet.grade] : null;
  }
}

@Resolver(() => AssessmentScore)
export class AssessmentScoreResolver {
  @FieldResolver(() => String, { nullable: true, description: "建议分如何计算" })
  proposalHow(@Root() line: AssessmentScore) {
    return line.proposal?.how ?? null;
  }

  @FieldResolver(() => [ProposalEvidenceView], { description: "建议分依据的记录" })
  proposalEvidence(@Root() line: AssessmentScore): ProposalEvidenceView[] {
    return (line.proposal?.evidence ?? []).map((e) => ({ kind: e.kind, ref: e.id, label: e.label }));
  }
}

@Resolver(() => DisciplineCase)
export class DisciplineCaseResolver {
  @Query(() => DisciplineCasePage, { description: "党员党纪处分记录（详情仅限有敏感信息权限者）" })
  @Authorized(Permission.ASSESSMENT_READ)
  disciplineCases(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => DisciplineCaseFilter, { nullable: true }) filter: DisciplineCaseFilter,
    @Args() page: PageArgs,
  ) {
    return AssessmentService.listDisciplineCases(ctx, filter ?? {}, page);
  }

  @Mutation(() => DisciplineCase)
  @Authorized(Permission.ASSESSMENT_WRITE)
  @Transaction()
  recordDisciplineCase(@Ctx() ctx: RequestContext, @Arg("input") input: RecordDisciplineCaseInput) {
    return AssessmentService.recordDisciplineCase(ctx, input);
  }

  @Mutation(() => DisciplineCaseResult)
  @Authorized(Permission.ASSESSMENT_WRITE)
  @Transaction()
  archiveDisciplineCase(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveRecordInput) {
    return AssessmentService.archiveDisciplineCase(ctx, input);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() d: DisciplineCase) {
    return ctx.loaders.member.load(d.memberId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  unit(@Ctx() ctx: RequestContext, @Root() d: DisciplineCase) {
    return ctx.loaders.orgUnit.load(d.unitId);
  }

  @FieldResolver(() => DisciplineLevel, { nullable: true, description: "处分种类（无敏感信息权限时为空）" })
  level(@Ctx() ctx: RequestContext, @Root() d: DisciplineCase) {
    return seesSensitive(ctx, d.memberId) ? d.level : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "处分种类（中文；无敏感信息权限时为空）" })
  levelLabel(@Ctx() ctx: RequestContext, @Root() d: DisciplineCase) {
    return seesSensitive(ctx, d.memberId) ? DISCIPLINE_LEVEL_LABELS[d.level] : null;
  }

  // Free text: masking its tail (auth/mask.ts) would still show words of it, so it is withheld whole.
  @FieldResolver(() => String, { nullable: true, description: "处分决定文件（无敏感信息权限时为空）" })
  decisionDocument(@Ctx() ctx: RequestContext, @Root() d: DisciplineCase) {
    return seesSensitive(ctx, d.memberId) ? d.decisionDocument : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "处分事由（无敏感信息权限时为空）" })
  reason(@Ctx() ctx: RequestContext, @Root() d: DisciplineCase) {
    return seesSensitive(ctx, d.memberId) ? d.reason : null;
  }
}

@Resolver(() => Rectification)
export class RectificationResolver {
  @FieldResolver(() => AssessmentSheet, { nullable: true })
  sheet(@Ctx() ctx: RequestContext, @Root() r: Rectification) {
    return ctx.loaders.assessmentSheet.load(r.sheetId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  unit(@Ctx() ctx: RequestContext, @Root() r: Rectification) {
    return ctx.loaders.orgUnit.load(r.unitId);
  }
}

/** The grade beside a unit: its latest final assessment (the general-branch secretary's view of their branches). */
@Resolver(() => OrgUnit)
export class OrgUnitAssessmentResolver {
  @FieldResolver(() => AssessmentSheet, { nullable: true, description: "最近一次已定级的考核（党支部）" })
  latestAssessment(@Ctx() ctx: RequestContext, @Root() unit: OrgUnit) {
    return ctx.loaders.latestFinalSheetOfUnit.load(unit.id);
  }
}

/** The grade beside a fund allocation (附件 七(二)：考核结果作为划拨经费的主要依据). */
@Resolver(() => FundAllocation)
export class FundAllocationAssessmentResolver {
  @FieldResolver(() => AssessmentSheet, { nullable: true, description: "经费年度之前最近一次已定级的考核" })
  branchAssessment(@Ctx() ctx: RequestContext, @Root() allocation: FundAllocation) {
    return ctx.loaders.finalSheetBeforeYear.load(`${allocation.branchId}|${allocation.year}`);
  }
}
