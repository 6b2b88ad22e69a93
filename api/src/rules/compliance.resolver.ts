import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";

import type { RequestContext } from "../context";
import { Permission } from "../auth/permissions";
import { Transaction } from "../db/transaction";
import { Member } from "../member/member.entity";
import { OrgUnit } from "../org/org-unit.entity";
import { ComplianceReport, FindingPage, FindingView, Rule, SetComplianceSettingResult, SilentUnit } from "./compliance.views";
import { findingPageView, reportView, ruleView, settingView, silentUnitView } from "./compliance.presenter";
import * as ComplianceService from "./compliance.service";
import * as ComplianceMatrixService from "./compliance-matrix.service";
import { ComplianceMatrix, ComplianceMatrixArgs, matrixView } from "./compliance-matrix.views";
import { ComplianceArgs, FindingPageArgs, PageArgs, SetComplianceSettingInput, SetRuleParametersInput } from "./inputs/compliance.inputs";

@Resolver(() => ComplianceReport)
export class ComplianceResolver {
  @Query(() => [Rule], { description: "规则库：每条制度规定及其出处、数字、生效日期" })
  @Authorized(Permission.COMPLIANCE_READ)
  async rules(@Ctx() ctx: RequestContext) {
    return (await ComplianceService.listRules(ctx)).map(ruleView);
  }

  @Query(() => ComplianceReport, { description: "某组织子树在某日期范围内对各条规定的执行情况" })
  @Authorized(Permission.COMPLIANCE_READ)
  async compliance(@Ctx() ctx: RequestContext, @Args() args: ComplianceArgs) {
    return reportView(await ComplianceService.compliance(ctx, args));
  }

  @Query(() => ComplianceMatrix, {
    description:
      "合规矩阵：子树内各组织 × 各期间（月、季度……）的达标、未达标、进行中、免检计数，及各期间、各规则类别的汇总；与 compliance 同一计算，不列出检查结果",
  })
  @Authorized(Permission.COMPLIANCE_READ)
  async complianceMatrix(@Ctx() ctx: RequestContext, @Args() args: ComplianceMatrixArgs) {
    return matrixView(await ComplianceMatrixService.complianceMatrix(ctx, args));
  }

  @Query(() => FindingPage, {
    description:
      "即将到期、尚未完成的要求（如“本月还需 1 次组织生活，截止 11 月 30 日”），最早到期的在前；分页（first/offset），totalCount 为全部即将到期的条数",
  })
  @Authorized(Permission.COMPLIANCE_READ)
  async dueSoon(
    @Ctx() ctx: RequestContext,
    @Arg("unitId", () => ID) unitId: string,
    @Arg("withinDays", () => Int, { defaultValue: 14 }) withinDays: number,
    @Args() page: PageArgs,
  ) {
    return findingPageView(await ComplianceService.dueSoon(ctx, unitId, Math.min(Math.max(withinDays, 1), 366), page));
  }

  @Query(() => [SilentUnit], { description: "连续多日没有活动记录的党总支、党支部" })
  @Authorized(Permission.COMPLIANCE_READ)
  async silentUnits(
    @Ctx() ctx: RequestContext,
    @Arg("unitId", () => ID) unitId: string,
    @Arg("days", () => Int, { nullable: true }) days?: number,
  ) {
    return (
      await ComplianceService.silentUnits(ctx, unitId, days === undefined || days === null ? undefined : Math.min(Math.max(days, 1), 3650))
    ).map(silentUnitView);
  }

  @Mutation(() => Rule, { description: "党委调整规则的数字，自某日起生效" })
  @Authorized(Permission.RULES_WRITE)
  @Transaction()
  async setRuleParameters(@Ctx() ctx: RequestContext, @Arg("input") input: SetRuleParametersInput) {
    return ruleView(await ComplianceService.setRuleParameters(ctx, input));
  }

  @Mutation(() => SetComplianceSettingResult, {
    description: "设置原文未规定的事项（学时要求是否适用于离退休党员、沉寂提醒天数）；返回设置后的值，非全校范围的调用者得到 Refusal",
  })
  @Authorized(Permission.RULES_WRITE)
  @Transaction()
  async setComplianceSetting(@Ctx() ctx: RequestContext, @Arg("input") input: SetComplianceSettingInput) {
    return settingView(await ComplianceService.setComplianceSetting(ctx, input));
  }

  @FieldResolver(() => FindingPage, { description: "检查结果（分页；可按规则、组织筛选）" })
  async findings(@Ctx() ctx: RequestContext, @Root() report: ComplianceReport, @Args() args: FindingPageArgs) {
    return findingPageView(await ComplianceService.findingsPage(ctx, report.result, args));
  }

  @FieldResolver(() => OrgUnit)
  unit(@Ctx() ctx: RequestContext, @Root() report: ComplianceReport) {
    return ctx.loaders.orgUnit.load(report.unitId);
  }
}

@Resolver(() => FindingView)
export class FindingResolver {
  @FieldResolver(() => String, { description: "一句中文说明：哪条规定、应达多少、实际多少、依据" })
  message(@Root() finding: FindingView) {
    return finding.messageOf();
  }

  @FieldResolver(() => OrgUnit)
  unit(@Ctx() ctx: RequestContext, @Root() finding: FindingView) {
    return ctx.loaders.orgUnit.load(finding.unitId);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Ctx() ctx: RequestContext, @Root() finding: FindingView) {
    return finding.memberId ? ctx.loaders.member.load(finding.memberId) : null;
  }
}
