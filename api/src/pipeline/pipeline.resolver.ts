import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { PageArgs, PageType } from "../common/pagination";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import { Member } from "../member/member.entity";
import { Person } from "../member/person.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { CaseRecords } from "./case-records";
import { DevelopmentCase } from "./development-case.entity";
import { DevelopmentContact } from "./development-contact.entity";
import { DevelopmentNotice } from "./development-notice.entity";
import { DevelopmentReport } from "./development-report.entity";
import { DevelopmentStep } from "./development-step.entity";
import { DevelopmentVote } from "./development-vote.entity";
import { DevelopmentVoteExclusion } from "./development-vote-exclusion.entity";
import {
  AdvanceDevelopmentCaseInput,
  ApplyForConversionInput,
  ApplyForMembershipInput,
  ApproveDevelopmentInput,
  AssignDevelopmentContactInput,
  CloseDevelopmentNoticeInput,
  CorrectDevelopmentStepInput,
  DevelopmentCaseFilter,
  ExtendProbationInput,
  OpenDevelopmentNoticeInput,
  RecordDevelopmentProcedureInput,
  RecordDevelopmentVoteInput,
  RecordProbationReportInput,
} from "./inputs/pipeline.inputs";
import * as Queries from "./pipeline-queries";
import * as Pipeline from "./pipeline.service";
import { DevelopmentFunnelRow, NextStep } from "./pipeline.types";

const DevelopmentCasePage = PageType(DevelopmentCase);
export const DevelopmentCaseResult = resultUnion("DevelopmentCaseResult", DevelopmentCase);

@Resolver(() => DevelopmentCase)
export class DevelopmentCaseResolver {
  @Query(() => DevelopmentCasePage, { description: "发展党员档案" })
  @Authorized(Permission.PIPELINE_READ)
  developmentCases(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => DevelopmentCaseFilter, { nullable: true }) filter: DevelopmentCaseFilter,
    @Args() page: PageArgs,
  ) {
    return Queries.listCases(ctx, filter ?? {}, page);
  }

  @Query(() => DevelopmentCase, { nullable: true, description: "一份发展党员档案及其全部过程记录" })
  @Authorized(Permission.PIPELINE_READ)
  developmentCase(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return Queries.findCase(ctx, id);
  }

  @Query(() => [DevelopmentFunnelRow], { description: "发展党员漏斗：某年各阶段进入、离开与年末人数" })
  @Authorized(Permission.PIPELINE_READ)
  developmentFunnel(@Ctx() ctx: RequestContext, @Arg("unitId", () => ID) unitId: string, @Arg("year", () => Int) year: number) {
    return Queries.funnel(ctx, unitId, year);
  }

  @Mutation(() => DevelopmentCaseResult, { description: "递交入党申请书（DEV_MIN_AGE）" })
  @Authorized(Permission.PIPELINE_WRITE)
  @Transaction()
  applyForMembership(@Ctx() ctx: RequestContext, @Arg("input") input: ApplyForMembershipInput) {
    return Pipeline.applyForMembership(ctx, input);
  }

  @Mutation(() => DevelopmentCaseResult, {
    description: "阶段变更（DEV_PARTY_SCHOOL、DEV_PUBLIC_NOTICE、DEV_TRAINER、DEV_INSPECTION_YEAR）",
  })
  @Authorized(Permission.PIPELINE_WRITE)
  @Transaction()
  advanceDevelopmentCase(@Ctx() ctx: RequestContext, @Arg("input") input: AdvanceDevelopmentCaseInput) {
    return Pipeline.advance(ctx, input);
  }

  @Mutation(() => DevelopmentCaseResult, { description: "记录程序性步骤（DEV_TALK、CONVERSION_CHAIN）" })
  @Authorized(Permission.PIPELINE_WRITE)
  @Transaction()
  recordDevelopmentProcedure(@Ctx() ctx: RequestContext, @Arg("input") input: RecordDevelopmentProcedureInput) {
    return Pipeline.recordProcedure(ctx, input);
  }

  @Mutation(() => DevelopmentCaseResult, { description: "开始公示" })
  @Authorized(Permission.PIPELINE_WRITE)
  @Transaction()
  openDevelopmentNotice(@Ctx() ctx: RequestContext, @Arg("input") input: OpenDevelopmentNoticeInput) {
    return Pipeline.openNotice(ctx, input);
  }

  @Mutation(() => DevelopmentCaseResult, { description: "登记公示结果" })
  @Authorized(Permission.PIPELINE_WRITE)
  @Transaction()
  closeDevelopmentNotice(@Ctx() ctx: RequestContext, @Arg("input") input: CloseDevelopmentNoticeInput) {
    return Pipeline.closeNotice(ctx, input);
  }

  @Mutation(() => DevelopmentCaseResult, { description: "指定培养人或入党介绍人" })
  @Authorized(Permission.PIPELINE_WRITE)
  @Transaction()
  assignDevelopmentContact(@Ctx() ctx: RequestContext, @Arg("input") input: AssignDevelopmentContactInput) {
    return Pipeline.assignContact(ctx, input);
  }

  @Mutation(() => DevelopmentCaseResult, {
    description: "支部党员大会表决（DEV_VOTE_QUORUM、DEV_VOTE_MAJORITY、DEV_INTRODUCERS、PROBATION_YEAR）",
  })
  @Authorized(Permission.PIPELINE_WRITE)
  @Transaction()
  recordDevelopmentVote(@Ctx() ctx: RequestContext, @Arg("input") input: RecordDevelopmentVoteInput) {
    return Pipeline.recordVote(ctx, input);
  }

  @Mutation(() => DevelopmentCaseResult, { description: "党总支审批接收预备党员（DEV_VOTE_MAJORITY、DEV_TALK）" })
  @Authorized(Permission.PIPELINE_WRITE)
  @Transaction()
  approveAdmission(@Ctx() ctx: RequestContext, @Arg("input") input: ApproveDevelopmentInput) {
    return Pipeline.approveAdmission(ctx, input);
  }

  @Mutation(() => DevelopmentCaseResult, { description: "记录预备期汇报" })
  @Authorized(Permission.PIPELINE_WRITE)
  @Transaction()
  recordProbationReport(@Ctx() ctx: RequestContext, @Arg("input") input: RecordProbationReportInput) {
    return Pipeline.recordReport(ctx, input);
  }

  @Mutation(() => DevelopmentCaseResult, { description: "提出书面转正申请（CONVERSION_APPLY_EARLY）" })
  @Authorized(Permission.PIPELINE_WRITE)
  @Transaction()
  applyForConversion(@Ctx() ctx: RequestContext, @Arg("input") input: ApplyForConversionInput) {
    return Pipeline.applyForConversion(ctx, input);
  }

  @Mutation(() => DevelopmentCaseResult, { description: "党总支审批转正" })
  @Authorized(Permission.PIPELINE_WRITE)
  @Transaction()
  approveConversion(@Ctx() ctx: RequestContext, @Arg("input") input: ApproveDevelopmentInput) {
    return Pipeline.approveConversion(ctx, input);
  }

  @Mutation(() => DevelopmentCaseResult, { description: "延长预备期（PROBATION_EXTENSION_MAX）" })
  @Authorized(Permission.PIPELINE_WRITE)
  @Transaction()
  extendProbation(@Ctx() ctx: RequestContext, @Arg("input") input: ExtendProbationInput) {
    return Pipeline.extendProbation(ctx, input);
  }

  @Mutation(() => DevelopmentCaseResult, { description: "更正一条记录（原记录保留）" })
  @Authorized(Permission.PIPELINE_WRITE)
  @Transaction()
  correctDevelopmentStep(@Ctx() ctx: RequestContext, @Arg("input") input: CorrectDevelopmentStepInput) {
    return Pipeline.correctStep(ctx, input);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  branch(@Ctx() ctx: RequestContext, @Root() c: DevelopmentCase) {
    return ctx.loaders.orgUnit.load(c.branchId);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Ctx() ctx: RequestContext, @Root() c: DevelopmentCase) {
    return ctx.loaders.person.load(c.personId);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() c: DevelopmentCase) {
    return c.memberId ? ctx.loaders.member.load(c.memberId) : null;
  }

  @FieldResolver(() => [DevelopmentStep], { description: "全部过程记录（含更正），按记录先后" })
  steps(@Ctx() ctx: RequestContext, @Root() c: DevelopmentCase) {
    return ctx.loaders.developmentStepsOfCase.load(c.id);
  }

  @FieldResolver(() => [DevelopmentNotice])
  notices(@Ctx() ctx: RequestContext, @Root() c: DevelopmentCase) {
    return ctx.loaders.developmentNoticesOfCase.load(c.id);
  }

  @FieldResolver(() => [DevelopmentContact], { description: "培养人与入党介绍人" })
  contacts(@Ctx() ctx: RequestContext, @Root() c: DevelopmentCase) {
    return ctx.loaders.developmentContactsOfCase.load(c.id);
  }

  @FieldResolver(() => [DevelopmentVote])
  votes(@Ctx() ctx: RequestContext, @Root() c: DevelopmentCase) {
    return ctx.loaders.developmentVotesOfCase.load(c.id);
  }

  @FieldResolver(() => [DevelopmentReport])
  reports(@Ctx() ctx: RequestContext, @Root() c: DevelopmentCase) {
    return ctx.loaders.developmentReportsOfCase.load(c.id);
  }

  @FieldResolver(() => [NextStep], { description: "下一步：每一步最早可做的日期与依据的规则" })
  async nextSteps(@Ctx() ctx: RequestContext, @Root() c: DevelopmentCase) {
    const [steps, notices, contacts, votes] = await Promise.all([
      ctx.loaders.developmentStepsOfCase.load(c.id),
      ctx.loaders.developmentNoticesOfCase.load(c.id),
      ctx.loaders.developmentContactsOfCase.load(c.id),
      ctx.loaders.developmentVotesOfCase.load(c.id),
    ]);
    return Queries.nextSteps(ctx, c, new CaseRecords(steps, notices, contacts, votes));
  }
}

@Resolver(() => DevelopmentStep)
export class DevelopmentStepResolver {
  @FieldResolver(() => [DevelopmentStep], { description: "对本条的更正（按先后）" })
  corrections(@Ctx() ctx: RequestContext, @Root() s: DevelopmentStep) {
    return ctx.loaders.developmentCorrectionsOfStep.load(s.id);
  }
}

@Resolver(() => DevelopmentContact)
export class DevelopmentContactResolver {
  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() c: DevelopmentContact) {
    return ctx.loaders.member.load(c.memberId);
  }
}

@Resolver(() => DevelopmentVote)
export class DevelopmentVoteResolver {
  @FieldResolver(() => [DevelopmentVoteExclusion])
  exclusions(@Ctx() ctx: RequestContext, @Root() v: DevelopmentVote) {
    return ctx.loaders.developmentExclusionsOfVote.load(v.id);
  }
}

@Resolver(() => DevelopmentVoteExclusion)
export class DevelopmentVoteExclusionResolver {
  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() x: DevelopmentVoteExclusion) {
    return ctx.loaders.member.load(x.memberId);
  }
}

@Resolver(() => DevelopmentReport)
export class DevelopmentReportResolver {
  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() r: DevelopmentReport) {
    return ctx.loaders.member.load(r.memberId);
  }
}
