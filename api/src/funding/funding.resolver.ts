import { Arg, Authorized, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { PageArgs, PageType } from "../common/pagination";
import { resultUnion } from "../common/refusal";
import { Transaction } from "../db/transaction";
import { ArchiveRecordInput } from "../governance/inputs/governance.inputs";
import { Member } from "../member/member.entity";
import { CommitteePosition } from "../org/committee-position.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { DuesRecord } from "./dues-record.entity";
import { FundAllocation } from "./fund-allocation.entity";
import { FundSpending } from "./fund-spending.entity";
import { FundingSetting } from "./funding-setting.entity";
import { DuesBatch, DuesRebateRow, DuesSummaryRow, FundSummaryRow } from "./funding-summaries";
import * as FundingService from "./funding.service";
import { PartyWorkAllowance } from "./party-work-allowance.entity";
import {
  AdjustDuesInput,
  CreateFundAllocationInput,
  CreateFundSpendingInput,
  CreatePartyWorkAllowanceInput,
  DuesFilter,
  FundAllocationFilter,
  FundFilter,
  PartyWorkAllowanceFilter,
  RecordBranchDuesInput,
  RecordDuesInput,
  SetFundingSettingInput,
  UpdateFundAllocationInput,
  UpdateFundSpendingInput,
  UpdatePartyWorkAllowanceInput,
} from "./inputs/funding.inputs";

const FundAllocationPage = PageType(FundAllocation);
const FundSpendingPage = PageType(FundSpending);
const DuesRecordPage = PageType(DuesRecord);
const PartyWorkAllowancePage = PageType(PartyWorkAllowance);
const PositionWithoutAllowancePage = PageType(CommitteePosition, "CommitteePositionWithoutAllowancePage");
export const FundAllocationResult = resultUnion("FundAllocationResult", FundAllocation);
export const FundSpendingResult = resultUnion("FundSpendingResult", FundSpending);
export const DuesRecordResult = resultUnion("DuesRecordResult", DuesRecord);
export const DuesBatchResult = resultUnion("DuesBatchResult", DuesBatch);
export const PartyWorkAllowanceResult = resultUnion("PartyWorkAllowanceResult", PartyWorkAllowance);

@Resolver(() => FundingSetting)
export class FundingSettingResolver {
  @Query(() => FundingSetting, { nullable: true, description: "党委年度经费设置（未设置时为空）" })
  @Authorized(Permission.FUNDING_READ)
  fundingSetting(@Ctx() ctx: RequestContext, @Arg("collegeId", () => ID) collegeId: string, @Arg("year", () => Int) year: number) {
    return FundingService.getSetting(ctx, collegeId, year);
  }

  @Mutation(() => FundingSetting, { description: "设定年度经费设置：党费返还比例、离退休党员计算口径、岗位津贴标准" })
  @Authorized(Permission.FUNDING_SETTINGS_WRITE)
  @Transaction()
  setFundingSetting(@Ctx() ctx: RequestContext, @Arg("input") input: SetFundingSettingInput) {
    return FundingService.setSetting(ctx, input);
  }
}

@Resolver(() => FundAllocation)
export class FundAllocationResolver {
  @Query(() => FundAllocationPage, { description: "活动经费下拨" })
  @Authorized(Permission.FUNDING_READ)
  fundAllocations(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => FundAllocationFilter, { nullable: true }) filter: FundAllocationFilter,
    @Args() page: PageArgs,
  ) {
    return FundingService.listAllocations(ctx, filter ?? {}, page);
  }

  @Query(() => [FundSummaryRow], { description: "子树内各党支部年度经费汇总：下拨、支出、结余、党员人数、经费下限" })
  @Authorized(Permission.FUNDING_READ)
  fundSummary(@Ctx() ctx: RequestContext, @Arg("unitId", () => ID) unitId: string, @Arg("year", () => Int) year: number) {
    return FundingService.fundSummary(ctx, unitId, year);
  }

  @Mutation(() => FundAllocationResult)
  @Authorized(Permission.FUNDING_WRITE)
  @Transaction()
  createFundAllocation(@Ctx() ctx: RequestContext, @Arg("input") input: CreateFundAllocationInput) {
    return FundingService.createAllocation(ctx, input);
  }

  @Mutation(() => FundAllocationResult)
  @Authorized(Permission.FUNDING_WRITE)
  @Transaction()
  updateFundAllocation(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateFundAllocationInput) {
    return FundingService.updateAllocation(ctx, input);
  }

  @Mutation(() => FundAllocationResult)
  @Authorized(Permission.FUNDING_WRITE)
  @Transaction()
  archiveFundAllocation(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveRecordInput) {
    return FundingService.archiveAllocation(ctx, input);
  }

  @FieldResolver(() => OrgUnit)
  branch(@Ctx() ctx: RequestContext, @Root() row: FundAllocation) {
    return ctx.loaders.orgUnit.load(row.branchId);
  }
}

@Resolver(() => FundSpending)
export class FundSpendingResolver {
  @Query(() => FundSpendingPage, { description: "活动经费支出" })
  @Authorized(Permission.FUNDING_READ)
  fundSpendings(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => FundFilter, { nullable: true }) filter: FundFilter,
    @Args() page: PageArgs,
  ) {
    return FundingService.listSpendings(ctx, filter ?? {}, page);
  }

  @Mutation(() => FundSpendingResult)
  @Authorized(Permission.FUNDING_WRITE)
  @Transaction()
  createFundSpending(@Ctx() ctx: RequestContext, @Arg("input") input: CreateFundSpendingInput) {
    return FundingService.createSpending(ctx, input);
  }

  @Mutation(() => FundSpendingResult)
  @Authorized(Permission.FUNDING_WRITE)
  @Transaction()
  updateFundSpending(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateFundSpendingInput) {
    return FundingService.updateSpending(ctx, input);
  }

  @Mutation(() => FundSpendingResult)
  @Authorized(Permission.FUNDING_WRITE)
  @Transaction()
  archiveFundSpending(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveRecordInput) {
    return FundingService.archiveSpending(ctx, input);
  }

  @FieldResolver(() => OrgUnit)
  branch(@Ctx() ctx: RequestContext, @Root() row: FundSpending) {
    return ctx.loaders.orgUnit.load(row.branchId);
  }
}

@Resolver(() => DuesRecord)
export class DuesRecordResolver {
  @Query(() => DuesRecordPage, { description: "党费缴纳记录：组织子树、月份区间、仅未交足" })
  @Authorized(Permission.FUNDING_READ)
  dues(@Ctx() ctx: RequestContext, @Arg("filter", () => DuesFilter, { nullable: true }) filter: DuesFilter, @Args() page: PageArgs) {
    return FundingService.listDues(ctx, filter ?? {}, page);
  }

  @Query(() => [DuesSummaryRow], { description: "子树内各党支部年度党费汇总" })
  @Authorized(Permission.FUNDING_READ)
  duesSummary(@Ctx() ctx: RequestContext, @Arg("unitId", () => ID) unitId: string, @Arg("year", () => Int) year: number) {
    return FundingService.duesSummary(ctx, unitId, year);
  }

  @Query(() => [DuesRebateRow], { description: "子树内各党支部年度党费返还（实收 × 返还比例，四舍五入到分）" })
  @Authorized(Permission.FUNDING_READ)
  duesRebates(@Ctx() ctx: RequestContext, @Arg("unitId", () => ID) unitId: string, @Arg("year", () => Int) year: number) {
    return FundingService.duesRebates(ctx, unitId, year);
  }

  @Mutation(() => DuesRecordResult, { description: "登记一名党员一个月的党费" })
  @Authorized(Permission.FUNDING_WRITE)
  @Transaction()
  recordDues(@Ctx() ctx: RequestContext, @Arg("input") input: RecordDuesInput) {
    return FundingService.recordDues(ctx, input);
  }

  @Mutation(() => DuesRecordResult, { description: "调整党费记录（须传回 version）" })
  @Authorized(Permission.FUNDING_WRITE)
  @Transaction()
  adjustDues(@Ctx() ctx: RequestContext, @Arg("input") input: AdjustDuesInput) {
    return FundingService.adjustDues(ctx, input);
  }

  @Mutation(() => DuesBatchResult, { description: "按支部批量登记一个月的党费（全部成功或全部不写）" })
  @Authorized(Permission.FUNDING_WRITE)
  @Transaction()
  recordBranchDues(@Ctx() ctx: RequestContext, @Arg("input") input: RecordBranchDuesInput) {
    return FundingService.recordBranchDues(ctx, input);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() row: DuesRecord) {
    return ctx.loaders.member.load(row.memberId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: "登记时所在支部" })
  branch(@Ctx() ctx: RequestContext, @Root() row: DuesRecord) {
    return ctx.loaders.orgUnit.load(row.branchId);
  }
}

@Resolver(() => PartyWorkAllowance)
export class PartyWorkAllowanceResolver {
  @Query(() => PartyWorkAllowancePage, { description: "党务工作岗位工作量与津贴" })
  @Authorized(Permission.FUNDING_READ)
  partyWorkAllowances(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => PartyWorkAllowanceFilter, { nullable: true }) filter: PartyWorkAllowanceFilter,
    @Args() page: PageArgs,
  ) {
    return FundingService.listAllowances(ctx, filter ?? {}, page);
  }

  @Query(() => PositionWithoutAllowancePage, { description: "当年在任但尚无津贴记录的委员会任职" })
  @Authorized(Permission.FUNDING_READ)
  committeePositionsWithoutAllowance(
    @Ctx() ctx: RequestContext,
    @Arg("unitId", () => ID) unitId: string,
    @Arg("year", () => Int) year: number,
    @Args() page: PageArgs,
  ) {
    return FundingService.positionsWithoutAllowance(ctx, unitId, year, page);
  }

  @Mutation(() => PartyWorkAllowanceResult)
  @Authorized(Permission.FUNDING_WRITE)
  @Transaction()
  createPartyWorkAllowance(@Ctx() ctx: RequestContext, @Arg("input") input: CreatePartyWorkAllowanceInput) {
    return FundingService.createAllowance(ctx, input);
  }

  @Mutation(() => PartyWorkAllowanceResult)
  @Authorized(Permission.FUNDING_WRITE)
  @Transaction()
  updatePartyWorkAllowance(@Ctx() ctx: RequestContext, @Arg("input") input: UpdatePartyWorkAllowanceInput) {
    return FundingService.updateAllowance(ctx, input);
  }

  @Mutation(() => PartyWorkAllowanceResult)
  @Authorized(Permission.FUNDING_WRITE)
  @Transaction()
  archivePartyWorkAllowance(@Ctx() ctx: RequestContext, @Arg("input") input: ArchiveRecordInput) {
    return FundingService.archiveAllowance(ctx, input);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() row: PartyWorkAllowance) {
    return ctx.loaders.member.load(row.memberId);
  }

  @FieldResolver(() => OrgUnit)
  unit(@Ctx() ctx: RequestContext, @Root() row: PartyWorkAllowance) {
    return ctx.loaders.orgUnit.load(row.unitId);
  }

  @FieldResolver(() => CommitteePosition, { nullable: true })
  committeePosition(@Ctx() ctx: RequestContext, @Root() row: PartyWorkAllowance) {
    return row.committeePositionId ? ctx.loaders.committeePosition.load(row.committeePositionId) : null;
  }
}

@Resolver(() => FundSummaryRow)
export class FundSummaryRowResolver {
  @FieldResolver(() => OrgUnit)
  branch(@Ctx() ctx: RequestContext, @Root() row: FundSummaryRow) {
    return ctx.loaders.orgUnit.load(row.branchId);
  }
}

@Resolver(() => DuesSummaryRow)
export class DuesSummaryRowResolver {
  @FieldResolver(() => OrgUnit)
  branch(@Ctx() ctx: RequestContext, @Root() row: DuesSummaryRow) {
    return ctx.loaders.orgUnit.load(row.branchId);
  }
}

@Resolver(() => DuesRebateRow)
export class DuesRebateRowResolver {
  @FieldResolver(() => OrgUnit)
  branch(@Ctx() ctx: RequestContext, @Root() row: DuesRebateRow) {
    return ctx.loaders.orgUnit.load(row.branchId);
  }
}

@Resolver(() => DuesBatch)
export class DuesBatchResolver {
  @FieldResolver(() => OrgUnit)
  branch(@Ctx() ctx: RequestContext, @Root() row: DuesBatch) {
    return ctx.loaders.orgUnit.load(row.branchId);
  }
}
