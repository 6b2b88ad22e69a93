import { Arg, Authorized, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { PageArgs, PageType } from "../common/pagination";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import { Member } from "../member/member.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { Award } from "./award.entity";
import * as GovernanceService from "./governance.service";
import { IntegrityRisk } from "./integrity-risk.entity";
import { MajorDecision } from "./major-decision.entity";
import { PartyAffairsNotice } from "./party-affairs-notice.entity";
import { Recognition } from "./recognition.entity";
import {
  AdvanceAwardInput,
  ArchiveRecordInput,
  AwardFilter,
  CreateIntegrityRiskInput,
  CreateMajorDecisionInput,
  CreatePartyAffairsNoticeInput,
  CreateRecognitionInput,
  IntegrityRiskFilter,
  MajorDecisionFilter,
  NominateAwardInput,
  PartyAffairsNoticeFilter,
  RecognitionFilter,
  UpdateIntegrityRiskInput,
  UpdateMajorDecisionInput,
  UpdatePartyAffairsNoticeInput,
  UpdateRecognitionInput,
} from "./inputs/governance.inputs";

const AwardPage = PageType(Award);
const RecognitionPage = PageType(Recognition);
const PartyAffairsNoticePage = PageType(PartyAffairsNotice);
const MajorDecisionPage = PageType(MajorDecision);
const IntegrityRiskPage = PageType(IntegrityRisk);
export const AwardResult = resultUnion("AwardResult", Award);
export const RecognitionResult = resultUnion("RecognitionResult", Recognition);
export const PartyAffairsNoticeResult = resultUnion("PartyAffairsNoticeResult", PartyAffairsNotice);
export const MajorDecisionResult = resultUnion("MajorDecisionResult", MajorDecision);
export const IntegrityRiskResult = resultUnion("IntegrityRiskResult", IntegrityRisk);

@Resolver(() => Award)
export class AwardResolver {
  @Query(() => AwardPage, { description: "评选表彰（先进基层党组织、优秀党务工作者、优秀共产党员）" })
  @Authorized(Permission.GOVERNANCE_READ)
  awards(@Ctx() ctx: RequestContext, @Arg("filter", () => AwardFilter, { nullable: true }) filter: AwardFilter, @Args() page: PageArgs) {
    return GovernanceService.listAwards(ctx, filter ?? {}, page);
  }

  @Mutation(() => AwardResult, { description: "推荐评选对象" })
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  nominateAward(@Ctx() ctx: RequestContext, @Arg("input") input: NominateAwardInput) {
    return GovernanceService.nominate(ctx, input);
  }

  @Mutation(() => AwardResult, { description: "推进评选：推荐 → 审核 → 表彰/未获表彰" })
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  advanceAward(@Ctx() ctx: RequestContext, @Arg("input") input: AdvanceAwardInput) {
    return GovernanceService.advanceAward(ctx, input);
  }

  @Mutation(() => AwardResult)
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  archiveAward(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveRecordInput) {
    return GovernanceService.archiveAward(ctx, input);
  }

  @FieldResolver(() => OrgUnit, { description: "被推荐的组织，或被推荐党员所在支部" })
  unit(@Ctx() ctx: RequestContext, @Root() award: Award) {
    return ctx.loaders.orgUnit.load(award.unitId);
  }

  @FieldResolver(() => Member, { nullable: true })
  nomineeMember(@Ctx() ctx: RequestContext, @Root() award: Award) {
    return award.nomineeMemberId ? ctx.loaders.member.load(award.nomineeMemberId) : null;
  }
}

@Resolver(() => Recognition)
export class RecognitionResolver {
  @Query(() => RecognitionPage, { description: "荣誉与媒体报道" })
  @Authorized(Permission.GOVERNANCE_READ)
  recognitions(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => RecognitionFilter, { nullable: true }) filter: RecognitionFilter,
    @Args() page: PageArgs,
  ) {
    return GovernanceService.listRecognitions(ctx, filter ?? {}, page);
  }

  @Mutation(() => RecognitionResult)
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  createRecognition(@Ctx() ctx: RequestContext, @Arg("input") input: CreateRecognitionInput) {
    return GovernanceService.createRecognition(ctx, input);
  }

  @Mutation(() => RecognitionResult)
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  updateRecognition(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateRecognitionInput) {
    return GovernanceService.updateRecognition(ctx, input);
  }

  @Mutation(() => RecognitionResult)
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  archiveRecognition(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveRecordInput) {
    return GovernanceService.archiveRecognition(ctx, input);
  }

  @FieldResolver(() => OrgUnit)
  unit(@Ctx() ctx: RequestContext, @Root() record: Recognition) {
    return ctx.loaders.orgUnit.load(record.unitId);
  }
}

@Resolver(() => PartyAffairsNotice)
export class PartyAffairsNoticeResolver {
  @Query(() => PartyAffairsNoticePage, { description: "党务公开记录" })
  @Authorized(Permission.GOVERNANCE_READ)
  partyAffairsNotices(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => PartyAffairsNoticeFilter, { nullable: true }) filter: PartyAffairsNoticeFilter,
    @Args() page: PageArgs,
  ) {
    return GovernanceService.listNotices(ctx, filter ?? {}, page);
  }

  @Mutation(() => PartyAffairsNoticeResult)
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  createPartyAffairsNotice(@Ctx() ctx: RequestContext, @Arg("input") input: CreatePartyAffairsNoticeInput) {
    return GovernanceService.createNotice(ctx, input);
  }

  @Mutation(() => PartyAffairsNoticeResult)
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  updatePartyAffairsNotice(@Ctx() ctx: RequestContext, @Arg("input") input: UpdatePartyAffairsNoticeInput) {
    return GovernanceService.updateNotice(ctx, input);
  }

  @Mutation(() => PartyAffairsNoticeResult)
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  archivePartyAffairsNotice(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveRecordInput) {
    return GovernanceService.archiveNotice(ctx, input);
  }

  @FieldResolver(() => OrgUnit)
  unit(@Ctx() ctx: RequestContext, @Root() record: PartyAffairsNotice) {
    return ctx.loaders.orgUnit.load(record.unitId);
  }
}

@Resolver(() => MajorDecision)
export class MajorDecisionResolver {
  @Query(() => MajorDecisionPage, { description: "三重一大事项决策" })
  @Authorized(Permission.GOVERNANCE_READ)
  majorDecisions(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => MajorDecisionFilter, { nullable: true }) filter: MajorDecisionFilter,
    @Args() page: PageArgs,
  ) {
    return GovernanceService.listDecisions(ctx, filter ?? {}, page);
  }

  @Mutation(() => MajorDecisionResult)
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  createMajorDecision(@Ctx() ctx: RequestContext, @Arg("input") input: CreateMajorDecisionInput) {
    return GovernanceService.createDecision(ctx, input);
  }

  @Mutation(() => MajorDecisionResult)
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  updateMajorDecision(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateMajorDecisionInput) {
    return GovernanceService.updateDecision(ctx, input);
  }

  @Mutation(() => MajorDecisionResult)
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  archiveMajorDecision(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveRecordInput) {
    return GovernanceService.archiveDecision(ctx, input);
  }

  @FieldResolver(() => OrgUnit)
  unit(@Ctx() ctx: RequestContext, @Root() record: MajorDecision) {
    return ctx.loaders.orgUnit.load(record.unitId);
  }
}

@Resolver(() => IntegrityRisk)
export class IntegrityRiskResolver {
  @Query(() => IntegrityRiskPage, { description: "廉政风险防控登记" })
  @Authorized(Permission.GOVERNANCE_READ)
  integrityRisks(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => IntegrityRiskFilter, { nullable: true }) filter: IntegrityRiskFilter,
    @Args() page: PageArgs,
  ) {
    return GovernanceService.listRisks(ctx, filter ?? {}, page);
  }

  @Mutation(() => IntegrityRiskResult)
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  createIntegrityRisk(@Ctx() ctx: RequestContext, @Arg("input") input: CreateIntegrityRiskInput) {
    return GovernanceService.createRisk(ctx, input);
  }

  @Mutation(() => IntegrityRiskResult)
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  updateIntegrityRisk(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateIntegrityRiskInput) {
    return GovernanceService.updateRisk(ctx, input);
  }

  @Mutation(() => IntegrityRiskResult)
  @Authorized(Permission.GOVERNANCE_WRITE)
  @Transaction()
  archiveIntegrityRisk(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveRecordInput) {
    return GovernanceService.archiveRisk(ctx, input);
  }

  @FieldResolver(() => OrgUnit)
  unit(@Ctx() ctx: RequestContext, @Root() record: IntegrityRisk) {
    return ctx.loaders.orgUnit.load(record.unitId);
  }
}
